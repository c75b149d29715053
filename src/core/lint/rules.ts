// The findings, as data: each rule says when it applies to the token in front of the user and what
// is wrong, in the token's own values. Why it matters and how to fix it are in rule-texts.ts, which
// loads with the findings list. Every judgement of a token lives here; the decoder only reports facts.
import type { DecodedToken } from '../token/decoded-token'
import type { JsonObject } from '../json/scan-json'
import { formatDuration, formatUtc } from '../claims/time'
import { isPsychicSignature } from '../verify/psychic-signature'
import { findSensitiveClaims } from './sensitive-values'
import { quote, quoteJson, quoteList, shorten } from '../text/quote'
import { describeJsonType } from '../json/json-value'
import { utf8ByteLength } from '../encoding/utf8'
import { findInvisibleMembers, type InvisibleMember } from './invisible-members'
import { findClaimFormatProblems } from './claim-format-problems'
import { jwsHeaderOf } from './jws-header'

export type Severity = 'critical' | 'warning' | 'info'

export type RuleId =
  | 'alg-none'
  | 'missing-exp'
  | 'long-lifetime'
  | 'iat-in-future'
  | 'time-order'
  | 'missing-iss'
  | 'missing-aud'
  | 'missing-typ'
  | 'sensitive-claim'
  | 'jku-header'
  | 'x5u-header'
  | 'embedded-jwk'
  | 'embedded-x5c'
  | 'kid-injection'
  | 'weak-secret'
  | 'alg-confusion'
  | 'psychic-signature'
  | 'empty-signature'
  | 'large-token'
  | 'crit-header'
  | 'unencoded-payload'
  | 'weak-key-management'
  | 'compressed-plaintext'
  | 'invisible-characters'
  | 'missing-alg'
  | 'signature-size'
  | 'short-rsa-key'
  | 'unprotected-header'
  | 'missing-enc'
  | 'dir-encrypted-key'
  | 'claim-format'

/** What the findings know about the key box and the token's secret. */
export interface KeyFacts {
  /** The key box holds an HMAC secret of this many bytes; `isKnown` when it is on the wordlist. */
  enteredSecret?: { byteLength: number; isKnown: boolean }
  /** The key box holds public-key material (a PEM key or certificate, or an RSA, EC or OKP JWK). */
  hasPublicKey?: boolean
  /** The signature matched this well-known secret ('' for an empty key). */
  knownSecret?: string
}

export interface LintContext {
  decoded: DecodedToken
  /** The protected header, empty when it is not a JSON object. */
  header: JsonObject
  /** The claims set, or null when the payload is not a JSON object (or is encrypted). */
  claims: JsonObject | null
  nowSeconds: number
  key: KeyFacts
  /** The token is an SD-JWT's issuer-signed JWT: its audience is named by the key-binding JWT, not here. */
  isSdJwt?: boolean
}

export interface Detection {
  /** What is wrong with this token, in its own values. */
  detail: string
  /** When the rule's usual severity does not fit this case. */
  severity?: Severity
}

export interface Rule {
  id: RuleId
  severity: Severity
  /** A few words, for the findings line and the list. */
  title: string
  detect: (context: LintContext) => Detection | undefined
}

const MAX_LIFETIME_SECONDS = 24 * 3600
const CLOCK_SKEW_SECONDS = 60
const MAX_COOKIE_BYTES = 4096
const HMAC_KEY_BYTES: Record<string, number> = { HS256: 32, HS384: 48, HS512: 64 }

// Signature sizes fixed by the algorithm (RFC 7518 §3.2, §3.4; RFC 8037 §3.1).
const SIGNATURE_BYTES: Record<string, number> = {
  HS256: 32,
  HS384: 48,
  HS512: 64,
  ES256: 64,
  ES256K: 64,
  ES384: 96,
  ES512: 132,
  EdDSA: 64,
  Ed25519: 64,
  Ed448: 114,
}
/** RFC 7518 §3.3: RSA keys of 2048 bits or more, so signatures of 256 bytes or more. */
const MIN_RSA_SIGNATURE_BYTES = 256
const MAX_LISTED_PROBLEMS = 3

const algOf = ({ header }: LintContext) => (typeof header.alg === 'string' ? header.alg : '')
const isJws = ({ decoded }: LintContext) => decoded.kind === 'jws' || decoded.kind === 'unsecured'
const numberClaim = (claims: JsonObject | null, name: string) => (typeof claims?.[name] === 'number' ? claims[name] : undefined)
const detected = (condition: boolean, detail: string): Detection | undefined => (condition ? { detail } : undefined)

export const rules: Rule[] = [
  {
    id: 'alg-none',
    severity: 'critical',
    title: 'Unsigned token (alg "none")',
    detect: (context) => {
      const alg = algOf(context)
      if (alg.toLowerCase() !== 'none') return undefined
      const spelling = alg === 'none' ? '' : ', a spelling of "none" meant to slip past case-sensitive checks'
      const signature = context.decoded.signature?.length ? ' Yet a signature is attached: a verifier that honours "none" never looks at it.' : ''
      return { detail: `The header says "alg": ${quote(alg)}${spelling}, so the token claims to need no signature.${signature}` }
    },
  },
  {
    id: 'missing-exp',
    severity: 'warning',
    title: 'No expiry',
    detect: ({ claims }) => detected(claims !== null && !Object.hasOwn(claims, 'exp'), 'The payload has no "exp" claim, so the token never expires.'),
  },
  {
    id: 'long-lifetime',
    severity: 'warning',
    title: 'Long lifetime',
    detect: ({ claims, nowSeconds }) => {
      const exp = numberClaim(claims, 'exp')
      if (exp === undefined) return undefined
      if (exp === Number.POSITIVE_INFINITY) {
        return { detail: '"exp" is a number too large to be a time (it reads as infinity), so a verifier that accepts it treats the token as never expiring.' }
      }
      const iat = numberClaim(claims, 'iat')
      const from = iat !== undefined && Number.isFinite(iat) ? iat : undefined
      const lifetime = exp - (from ?? nowSeconds)
      if (!(lifetime > MAX_LIFETIME_SECONDS)) return undefined
      return { detail: `The token is valid for ${formatDuration(lifetime)}, from ${from === undefined ? 'now' : '"iat"'} to "exp" (${formatUtc(exp)}); more than 24 hours.` }
    },
  },
  {
    id: 'iat-in-future',
    severity: 'warning',
    title: 'Issued in the future',
    detect: ({ claims, nowSeconds }) => {
      const iat = numberClaim(claims, 'iat')
      if (iat === undefined || !Number.isFinite(nowSeconds) || !(iat > nowSeconds + CLOCK_SKEW_SECONDS)) return undefined
      if (!Number.isFinite(iat)) return { detail: '"iat" is a number too large to be a time (it reads as infinity), so the token claims to be issued at no finite moment.' }
      return { detail: `"iat" is ${formatUtc(iat)}, ${formatDuration(iat - nowSeconds)} from now (beyond a 60-second clock skew).` }
    },
  },
  {
    id: 'time-order',
    severity: 'warning',
    title: 'Times that contradict each other',
    detect: ({ claims }) => {
      const exp = numberClaim(claims, 'exp')
      if (exp === undefined) return undefined
      const earlier = (['nbf', 'iat'] as const).find((name) => (numberClaim(claims, name) ?? -Infinity) >= exp)
      return earlier ? { detail: `"exp" (${exp}) is not after "${earlier}" (${numberClaim(claims, earlier)}): the token is never valid.` } : undefined
    },
  },
  {
    id: 'missing-iss',
    severity: 'warning',
    title: 'No issuer',
    detect: ({ claims }) => detected(claims !== null && !Object.hasOwn(claims, 'iss'), 'The payload has no "iss" claim naming who issued it.'),
  },
  {
    id: 'missing-aud',
    severity: 'warning',
    title: 'No audience',
    // An SD-JWT is issued to a holder, not to a service: each presentation names its verifier in the
    // key-binding JWT's "aud" (RFC 9901 §4.3), so the issuer-signed JWT rightly has none.
    detect: ({ claims, isSdJwt }) => detected(isSdJwt !== true && claims !== null && !Object.hasOwn(claims, 'aud'), 'The payload has no "aud" claim naming the service it is for.'),
  },
  {
    id: 'missing-typ',
    severity: 'info',
    title: 'No explicit type',
    detect: (context) => detected(isJws(context) && context.claims !== null && !Object.hasOwn(context.header, 'typ'), 'The header has no "typ" parameter.'),
  },
  {
    id: 'sensitive-claim',
    severity: 'warning',
    title: 'Sensitive data in a readable payload',
    detect: ({ claims, decoded }) => {
      if (claims === null || decoded.payload.type === 'encrypted') return undefined
      const found = findSensitiveClaims(claims)
      if (found.length === 0) return undefined
      const listed = found.slice(0, 3).map(({ path, kind }) => `${quote(path)} looks like ${kind}`)
      const more = found.length > 3 ? `, and ${found.length - 3} more` : ''
      return { detail: `${listed.join('; ')}${more}.`, ...(found.some((claim) => claim.isPrivateKey) ? { severity: 'critical' as const } : {}) }
    },
  },
  {
    id: 'jku-header',
    severity: 'warning',
    title: 'Key set URL in the header ("jku")',
    detect: ({ header }) => (Object.hasOwn(header, 'jku') ? { detail: `The header points verifiers to a key set at ${quoteJson(header.jku)}.` } : undefined),
  },
  {
    id: 'x5u-header',
    severity: 'warning',
    title: 'Certificate URL in the header ("x5u")',
    detect: ({ header }) => (Object.hasOwn(header, 'x5u') ? { detail: `The header points verifiers to a certificate at ${quoteJson(header.x5u)}.` } : undefined),
  },
  {
    id: 'embedded-jwk',
    severity: 'warning',
    title: 'Key embedded in the header ("jwk")',
    detect: ({ header }) => detected(Object.hasOwn(header, 'jwk'), 'The header carries its own public key in "jwk".'),
  },
  {
    id: 'embedded-x5c',
    severity: 'info',
    title: 'Certificate chain in the header ("x5c")',
    detect: ({ header }) => detected(Object.hasOwn(header, 'x5c'), 'The header carries an X.509 certificate chain in "x5c".'),
  },
  {
    id: 'kid-injection',
    severity: 'critical',
    title: 'Injection in the key ID ("kid")',
    detect: ({ header }) => {
      if (typeof header.kid !== 'string') return undefined
      const kinds = kidInjections(header.kid)
      return kinds.length > 0 ? { detail: `"kid" is ${quoteJson(header.kid)}, which contains ${kinds.join(' and ')}.` } : undefined
    },
  },
  {
    id: 'weak-secret',
    severity: 'critical',
    title: 'Weak HMAC secret',
    detect: (context) => {
      const alg = algOf(context)
      const minimum = HMAC_KEY_BYTES[alg]
      if (minimum === undefined) return undefined
      const { knownSecret, enteredSecret } = context.key
      if (knownSecret !== undefined) {
        const what = knownSecret === '' ? 'an empty key' : `the well-known secret ${quoteJson(knownSecret)}`
        return { detail: `The signature was made with ${what}: this app found it in a moment.` }
      }
      if (enteredSecret?.isKnown) return { detail: 'The secret in the key box is on the wordlist of known and default secrets.' }
      if (enteredSecret && enteredSecret.byteLength < minimum) {
        return { detail: `The secret in the key box is ${enteredSecret.byteLength} bytes; ${alg} needs at least ${minimum} (the size of its hash output).`, severity: 'warning' }
      }
      return undefined
    },
  },
  {
    id: 'alg-confusion',
    severity: 'critical',
    title: 'Algorithm confusion (public key used as an HMAC secret)',
    detect: (context) => {
      const alg = algOf(context)
      if (HMAC_KEY_BYTES[alg] === undefined || !context.key.hasPublicKey) return undefined
      return { detail: `This ${alg} token is being checked with public-key material from the key box: the RS256-to-HS256 confusion attack.` }
    },
  },
  {
    id: 'psychic-signature',
    severity: 'critical',
    title: 'ECDSA signature of zeros ("psychic signature")',
    detect: (context) => detected(isPsychicSignature(algOf(context), context.decoded.signature), 'The ECDSA signature has r or s equal to zero.'),
  },
  {
    id: 'empty-signature',
    severity: 'warning',
    title: 'Signature missing',
    detect: (context) => {
      const alg = algOf(context)
      const isSigned = alg !== '' && alg.toLowerCase() !== 'none' && context.decoded.kind !== 'jwe'
      const where = context.decoded.serialization === 'compact' ? 'the signature part' : '"signature"'
      return detected(isSigned && context.decoded.signature?.length === 0, `The header says "alg": ${quote(alg)}, but ${where} is empty.`)
    },
  },
  {
    id: 'large-token',
    severity: 'warning',
    title: 'Larger than a cookie',
    detect: ({ decoded }) => {
      const bytes = utf8ByteLength(decoded.input.token)
      return detected(bytes > MAX_COOKIE_BYTES, `The token is ${bytes.toLocaleString('en')} bytes, over the 4,096 a cookie can hold.`)
    },
  },
  {
    id: 'crit-header',
    severity: 'warning',
    title: 'Critical extensions ("crit")',
    detect: ({ header }) =>
      Object.hasOwn(header, 'crit') ? { detail: `The header marks ${Array.isArray(header.crit) ? quoteList(header.crit) : quoteJson(header.crit)} as critical.` } : undefined,
  },
  {
    id: 'unencoded-payload',
    severity: 'warning',
    title: 'Unencoded payload ("b64": false)',
    detect: ({ header }) => {
      if (header.b64 !== false) return undefined
      const listed = Array.isArray(header.crit) && header.crit.includes('b64')
      return { detail: `The header sets "b64": false, so the payload is signed as raw text${listed ? '' : ', and "crit" does not list "b64" as RFC 7797 §6 requires'}.` }
    },
  },
  {
    id: 'weak-key-management',
    severity: 'warning',
    title: 'RSA1_5 key encryption',
    detect: (context) => detected(context.decoded.kind === 'jwe' && algOf(context) === 'RSA1_5', 'The content key is encrypted with RSA1_5.'),
  },
  {
    id: 'compressed-plaintext',
    severity: 'info',
    title: 'Compressed before encryption ("zip")',
    detect: ({ header }) => (Object.hasOwn(header, 'zip') ? { detail: `The header sets "zip": ${quoteJson(header.zip)}.` } : undefined),
  },
  {
    id: 'invisible-characters',
    severity: 'warning',
    title: 'Invisible or direction-changing characters',
    detect: ({ header, claims }) => {
      const members = findInvisibleMembers(header, claims)
      return members.length > 0 ? { detail: describeInvisibleMembers(members) } : undefined
    },
  },
  {
    id: 'missing-alg',
    severity: 'warning',
    title: 'No algorithm ("alg")',
    detect: ({ decoded }) => {
      const header = jwsHeaderOf(decoded)
      if (header === null) return undefined
      if (!Object.hasOwn(header, 'alg')) return { detail: 'The header has no "alg", which RFC 7515 requires; every verifier will reject this token.' }
      return typeof header.alg === 'string' ? undefined : { detail: `"alg" must be a string, but it is ${describeJsonType(header.alg)}.` }
    },
  },
  {
    id: 'signature-size',
    severity: 'warning',
    title: 'Signature of the wrong size',
    detect: ({ decoded }) => {
      const alg = jwsHeaderOf(decoded)?.alg
      const signature = decoded.signature
      if (typeof alg !== 'string' || !signature || signature.length === 0) return undefined
      const expected = Object.hasOwn(SIGNATURE_BYTES, alg) ? SIGNATURE_BYTES[alg] : undefined
      if (expected === undefined || signature.length === expected) return undefined
      const isDer = alg.startsWith('ES') && signature[0] === 0x30 && signature[1] === signature.length - 2
      return {
        detail: isDer
          ? `The signature is DER-encoded (${signature.length} bytes), but JWS needs the raw r and s values side by side (${expected} bytes for ${alg}, RFC 7518 §3.4).`
          : `A ${alg} signature has ${expected} bytes, but this one has ${signature.length}.`,
      }
    },
  },
  {
    id: 'short-rsa-key',
    severity: 'warning',
    title: 'RSA key shorter than 2048 bits',
    detect: ({ decoded }) => {
      const alg = jwsHeaderOf(decoded)?.alg
      const bytes = decoded.signature?.length ?? 0
      if (typeof alg !== 'string' || !/^(RS|PS)\d+$/.test(alg) || bytes === 0 || bytes >= MIN_RSA_SIGNATURE_BYTES) return undefined
      return { detail: `This ${shorten(alg)} signature has ${bytes} bytes, so the RSA key is shorter than 2048 bits, which RFC 7518 §3.3 forbids.` }
    },
  },
  {
    id: 'unprotected-header',
    severity: 'warning',
    title: 'Header outside the signature',
    detect: ({ decoded }) => {
      const headers = decoded.jsonHeaders
      const isAllUnprotected = headers !== null && headers.protected.type !== 'json' && Object.keys(headers.unprotected).length > 0
      return detected(isAllUnprotected, "Everything in this signature's header is unprotected: the signature does not cover it, so anyone can change it.")
    },
  },
  {
    id: 'missing-enc',
    severity: 'warning',
    title: 'No content encryption ("enc")',
    detect: ({ decoded }) => {
      const header = compactJweHeaderOf(decoded)
      return detected(header !== null && typeof header.enc !== 'string', 'The header has no "enc" naming the content encryption, which RFC 7516 requires for a JWE.')
    },
  },
  {
    id: 'dir-encrypted-key',
    severity: 'warning',
    title: 'Encrypted key with "alg": "dir"',
    detect: ({ decoded }) => {
      const header = compactJweHeaderOf(decoded)
      const hasEncryptedKey = (decoded.parts[1]?.text.length ?? 0) > 0
      return detected(header?.alg === 'dir' && hasEncryptedKey, 'With "alg": "dir" the encrypted key must be empty (RFC 7516 §5.1), but it is not.')
    },
  },
  {
    id: 'claim-format',
    severity: 'warning',
    title: 'Claims in the wrong format',
    detect: ({ claims }) => {
      const problems = claims === null ? [] : findClaimFormatProblems(claims)
      if (problems.length === 0) return undefined
      const more = problems.length - MAX_LISTED_PROBLEMS
      return { detail: [...problems.slice(0, MAX_LISTED_PROBLEMS), ...(more > 0 ? [`${more} more ${more === 1 ? 'claim has' : 'claims have'} the wrong format.`] : [])].join(' ') }
    },
  },
]

/** The protected header of a compact JWE (five parts), when it is a JSON object. */
function compactJweHeaderOf(decoded: DecodedToken): JsonObject | null {
  const isCompactJwe = decoded.serialization === 'compact' && decoded.parts.length === 5
  return isCompactJwe && decoded.header.type === 'json' ? decoded.header.value : null
}

/** "U+200B ZERO WIDTH SPACE at character 9", for each hidden character of a member, the first few by name. */
function describeInvisibleMembers(members: InvisibleMember[]): string {
  const listed = members.slice(0, 3).map(({ where, characters }) => {
    const shown = characters.slice(0, 3).map(({ codePoint, name, position }) => `${codePoint} ${name} at character ${position}`)
    const more = characters.length > 3 ? ` and ${characters.length - 3} more` : ''
    return `${where} holds ${shown.join(', ')}${more}`
  })
  const more = members.length > 3 ? `; ${members.length - 3} more ${members.length - 3 === 1 ? 'member holds' : 'members hold'} some too` : ''
  const detail = `${listed.join('; ')}${more}.`
  return detail.charAt(0).toUpperCase() + detail.slice(1)
}

/** The injection patterns a "kid" carries, in words. */
function kidInjections(kid: string): string[] {
  const kinds: string[] = []
  if (/\.\.[/\\]|^[/\\]|^[A-Za-z]:\\|\0/.test(kid)) kinds.push('a file path (path traversal)')
  if (/['"]|--|\/\*|;|\b(union\s+select|or\s+\d+\s*=\s*\d+|sleep\s*\()/i.test(kid)) kinds.push('SQL syntax')
  if (/[`|&$]|\$\(|[\r\n]/.test(kid)) kinds.push('shell metacharacters')
  return kinds
}
