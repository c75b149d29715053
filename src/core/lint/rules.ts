// The security findings, as data: each rule says when it applies to the token in front of the user
// and, in words, what is wrong, why it matters and how to fix it, with the RFC section behind it.
import type { DecodedToken } from '../token/decoded-token'
import type { JsonObject } from '../json/scan-json'
import { formatDuration, formatUtc } from '../claims/time'
import { isPsychicSignature } from '../verify/psychic-signature'
import { findSensitiveClaims } from './sensitive-values'
import { quote, quoteJson, quoteList } from '../text/quote'
import { utf8ByteLength } from '../encoding/utf8'
import { findInvisibleMembers, type InvisibleMember } from './invisible-members'

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

export interface Reference {
  label: string
  url: string
}

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
  title: string
  why: string
  fix: string
  references: Reference[]
  detect: (context: LintContext) => Detection | undefined
}

const MAX_LIFETIME_SECONDS = 24 * 3600
const CLOCK_SKEW_SECONDS = 60
const MAX_COOKIE_BYTES = 4096
const HMAC_KEY_BYTES: Record<string, number> = { HS256: 32, HS384: 48, HS512: 64 }

const rfc = (number: number, section?: string): Reference => ({
  label: `RFC ${number}${section ? ` §${section}` : ''}`,
  url: `https://www.rfc-editor.org/rfc/rfc${number}${section ? `#section-${section}` : ''}`,
})

const algOf = ({ header }: LintContext) => (typeof header.alg === 'string' ? header.alg : '')
const isJws = ({ decoded }: LintContext) => decoded.kind === 'jws' || decoded.kind === 'unsecured'
const numberClaim = (claims: JsonObject | null, name: string) => (typeof claims?.[name] === 'number' ? (claims[name] as number) : undefined)
const detected = (condition: boolean, detail: string): Detection | undefined => (condition ? { detail } : undefined)

export const rules: Rule[] = [
  {
    id: 'alg-none',
    severity: 'critical',
    title: 'Unsigned token (alg "none")',
    why: 'Anyone can write a token with alg "none" and any claims. A verifier that takes the algorithm from the token, instead of from its own configuration, accepts it as genuine.',
    fix: 'Configure every verifier with the exact algorithms it accepts (for example only RS256) and reject "none" in every spelling. Issue only signed tokens.',
    references: [rfc(8725, '3.1'), rfc(8725, '2.1')],
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
    why: 'A token that leaks (through logs, browser history or a compromised client) works forever, and nothing short of changing the signing key takes it back.',
    fix: 'Give every token an "exp", as short as its use allows: minutes for access tokens, with refresh tokens for long sessions.',
    references: [rfc(7519, '4.1.4')],
    detect: ({ claims }) => detected(claims !== null && !Object.hasOwn(claims, 'exp'), 'The payload has no "exp" claim, so the token never expires.'),
  },
  {
    id: 'long-lifetime',
    severity: 'warning',
    title: 'Long lifetime',
    why: 'The longer a token lives, the longer a stolen copy works. Self-contained tokens are hard to revoke, so their lifetime is the main limit on the damage.',
    fix: 'Keep access tokens to minutes or an hour, and renew them with refresh tokens that the issuer can revoke.',
    references: [rfc(7519, '4.1.4')],
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
    why: 'Either the issuer\'s clock is wrong, or the time was written by hand. Verifiers that check "iat" reject the token; others accept a token that claims to be younger than it is.',
    fix: 'Check the issuer\'s clock (NTP) and set "iat" to the moment of issue.',
    references: [rfc(7519, '4.1.6')],
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
    why: 'A token whose expiry comes before its start can never be valid; it usually means seconds and milliseconds were mixed up, or a clock or time zone is wrong.',
    fix: 'Write every time claim in seconds since 1970 (UTC), with "iat" ≤ "nbf" < "exp".',
    references: [rfc(7519, '2')],
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
    why: 'Without "iss" a verifier cannot tell which issuer\'s keys and rules apply, so a token from one issuer may pass at a service that trusts another one sharing the same keys.',
    fix: 'Set "iss" to the issuer\'s URL, and have every verifier require that exact value.',
    references: [rfc(8725, '3.8')],
    detect: ({ claims }) => detected(claims !== null && !Object.hasOwn(claims, 'iss'), 'The payload has no "iss" claim naming who issued it.'),
  },
  {
    id: 'missing-aud',
    severity: 'warning',
    title: 'No audience',
    why: 'A token that does not say which service it is for can be replayed at any other service that trusts the same issuer (a substitution attack).',
    fix: 'Set "aud" to the recipient\'s identifier, and have each service reject tokens not addressed to it.',
    references: [rfc(8725, '3.9'), rfc(8725, '2.7')],
    // An SD-JWT is issued to a holder, not to a service: each presentation names its verifier in the
    // key-binding JWT's "aud" (RFC 9901 §4.3), so the issuer-signed JWT rightly has none.
    detect: ({ claims, isSdJwt }) => detected(isSdJwt !== true && claims !== null && !Object.hasOwn(claims, 'aud'), 'The payload has no "aud" claim naming the service it is for.'),
  },
  {
    id: 'missing-typ',
    severity: 'info',
    title: 'No explicit type',
    why: 'Without "typ", one kind of token (an ID token, a logout token) can be mistaken for another by a service that accepts several kinds from the same issuer.',
    fix: 'Set "typ" to the token\'s media type, such as "at+jwt" for access tokens (RFC 9068), and check it when verifying.',
    references: [rfc(8725, '3.11')],
    detect: (context) => detected(isJws(context) && context.claims !== null && !Object.hasOwn(context.header, 'typ'), 'The header has no "typ" parameter.'),
  },
  {
    id: 'sensitive-claim',
    severity: 'warning',
    title: 'Sensitive data in a readable payload',
    why: 'A signed token is not encrypted: its payload is only base64url-encoded, so the browser, proxies, logs and anyone who sees the token can read every claim.',
    fix: 'Keep secrets and personal data out of tokens. Send an opaque reference and look the data up on the server, or encrypt the token (JWE) if the recipient needs the data itself.',
    references: [rfc(7519, '12'), rfc(8725, '3.10')],
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
    why: 'A verifier that fetches keys from a URL the token names lets the token\'s author choose the key that checks it, and can be made to send requests inside its own network (SSRF).',
    fix: 'Ignore "jku", or accept only URLs on an exact allow-list of your issuers\' JWKS endpoints. Configure the JWKS URL on the verifier instead.',
    references: [rfc(8725, '3.10'), rfc(7515, '4.1.2')],
    detect: ({ header }) => (Object.hasOwn(header, 'jku') ? { detail: `The header points verifiers to a key set at ${quoteJson(header.jku)}.` } : undefined),
  },
  {
    id: 'x5u-header',
    severity: 'warning',
    title: 'Certificate URL in the header ("x5u")',
    why: 'A verifier that downloads the certificate a token points to lets the token\'s author supply the key, and can be made to send requests inside its own network (SSRF).',
    fix: 'Ignore "x5u", or accept only allow-listed URLs and validate the chain against your own trust anchors.',
    references: [rfc(8725, '3.10'), rfc(7515, '4.1.5')],
    detect: ({ header }) => (Object.hasOwn(header, 'x5u') ? { detail: `The header points verifiers to a certificate at ${quoteJson(header.x5u)}.` } : undefined),
  },
  {
    id: 'embedded-jwk',
    severity: 'warning',
    title: 'Key embedded in the header ("jwk")',
    why: 'If a verifier checks the signature with the key the token carries, anyone can sign a token with their own key pair and attach the public half: the check always passes (CVE-2018-0114).',
    fix: 'Verify only with keys you configured or fetched from the issuer. At most, use the embedded key to look up a trusted key by its thumbprint.',
    references: [rfc(8725, '3.10'), rfc(7515, '4.1.3')],
    detect: ({ header }) => detected(Object.hasOwn(header, 'jwk'), 'The header carries its own public key in "jwk".'),
  },
  {
    id: 'embedded-x5c',
    severity: 'info',
    title: 'Certificate chain in the header ("x5c")',
    why: 'A certificate chain proves nothing by itself: only a verifier that validates it up to a trust anchor of its choosing, and checks that the certificate belongs to the issuer, gains anything from it.',
    fix: 'Validate the chain against your own trust anchors and pin the expected subject, or verify with configured keys instead.',
    references: [rfc(7515, '4.1.6')],
    detect: ({ header }) => detected(Object.hasOwn(header, 'x5c'), 'The header carries an X.509 certificate chain in "x5c".'),
  },
  {
    id: 'kid-injection',
    severity: 'critical',
    title: 'Injection in the key ID ("kid")',
    why: 'Servers that put "kid" into a file path, an SQL query or a shell command can be made to use a file of known content (such as the empty /dev/null) or an attacker-chosen value as the key.',
    fix: 'Treat "kid" as an opaque label: look it up in a fixed map of keys, never in a path, a query or a command.',
    references: [rfc(8725, '3.10')],
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
    why: 'An HMAC secret that can be guessed, or is shorter than the hash, can be found offline from a single token (with hashcat, jwt_tool or the cracker on this page). Whoever finds it can sign any token.',
    fix: 'Use a random secret at least as long as the hash output (32 bytes for HS256; generate one on this page), kept out of code and config repositories. Or switch to an asymmetric algorithm so that verifiers hold no signing key.',
    references: [rfc(8725, '3.5'), rfc(8725, '2.2'), rfc(7518, '3.2')],
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
    why: 'If a verifier lets the token choose HMAC and passes it the RSA or EC public key as the secret, anyone holding the public key (which is public) can sign tokens that pass.',
    fix: 'Pin the algorithm to the key: an RSA or EC key is only ever used with RS, PS or ES algorithms, and never reaches an HMAC check.',
    references: [rfc(8725, '3.1'), rfc(8725, '2.1')],
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
    why: 'Some Java versions (CVE-2022-21449) accepted an ECDSA signature with r = s = 0 for any message and any key, so this token is an attack on them.',
    fix: 'Reject it. Update Java (17.0.3, 18.0.1 or later) and use a verifier that checks 0 < r, s < n.',
    references: [rfc(8725, '3.4')],
    detect: (context) => detected(isPsychicSignature(algOf(context), context.decoded.signature), 'The ECDSA signature has r or s equal to zero.'),
  },
  {
    id: 'empty-signature',
    severity: 'warning',
    title: 'Signature missing',
    why: 'The header names a signature algorithm but the signature part is empty. Some libraries skipped the check for an empty signature and accepted any claims (CVE-2020-28042).',
    fix: 'Reject tokens with an empty signature, and make sure your library does too.',
    references: [rfc(8725, '3.3')],
    detect: (context) => {
      const alg = algOf(context)
      const isSigned = alg !== '' && alg.toLowerCase() !== 'none' && context.decoded.kind !== 'jwe'
      return detected(isSigned && context.decoded.serialization === 'compact' && context.decoded.signature?.length === 0, `The header says "alg": ${quote(alg)}, but the signature part is empty.`)
    },
  },
  {
    id: 'large-token',
    severity: 'warning',
    title: 'Larger than a cookie',
    why: 'Browsers drop cookies over 4096 bytes, and many servers and proxies refuse request headers over 8 KB, so the token may be silently lost on the way.',
    fix: 'Carry less in the token: reference data by ID and look it up on the server.',
    references: [rfc(6265, '6.1')],
    detect: ({ decoded }) => {
      const bytes = utf8ByteLength(decoded.input.token)
      return detected(bytes > MAX_COOKIE_BYTES, `The token is ${bytes.toLocaleString('en')} bytes, over the 4,096 a cookie can hold.`)
    },
  },
  {
    id: 'crit-header',
    severity: 'warning',
    title: 'Critical extensions ("crit")',
    why: 'Every verifier must understand each extension listed in "crit" or reject the token. Libraries that ignore "crit" accept tokens whose meaning they do not know.',
    fix: 'Make sure every verifier supports these extensions, or drop them.',
    references: [rfc(7515, '4.1.11')],
    detect: ({ header }) =>
      Object.hasOwn(header, 'crit') ? { detail: `The header marks ${Array.isArray(header.crit) ? quoteList(header.crit) : quoteJson(header.crit)} as critical.` } : undefined,
  },
  {
    id: 'unencoded-payload',
    severity: 'warning',
    title: 'Unencoded payload ("b64": false)',
    why: 'Verifiers that do not implement RFC 7797 read the payload differently from those that do; unless "crit" lists "b64", they may accept the token with another meaning.',
    fix: 'Use ordinary base64url payloads for JWTs. Where RFC 7797 is needed, list "b64" in "crit".',
    references: [rfc(7797, '3'), rfc(7797, '6')],
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
    why: 'RSAES-PKCS1-v1_5 is open to padding-oracle attacks (Bleichenbacher): a server that reveals decryption failures lets an attacker recover the content key.',
    fix: 'Use RSA-OAEP-256 or ECDH-ES instead.',
    references: [rfc(8725, '3.2')],
    detect: (context) => detected(context.decoded.kind === 'jwe' && algOf(context) === 'RSA1_5', 'The content key is encrypted with RSA1_5.'),
  },
  {
    id: 'compressed-plaintext',
    severity: 'info',
    title: 'Compressed before encryption ("zip")',
    why: 'Compressing before encrypting makes the ciphertext length depend on the content, which can leak secrets when attackers control part of the plaintext.',
    fix: 'Do not compress tokens that mix secret and attacker-influenced data; drop "zip".',
    references: [rfc(8725, '3.6')],
    detect: ({ header }) => (Object.hasOwn(header, 'zip') ? { detail: `The header sets "zip": ${quoteJson(header.zip)}.` } : undefined),
  },
  {
    id: 'invisible-characters',
    severity: 'warning',
    title: 'Invisible or direction-changing characters',
    why: 'Two strings that look the same on screen can differ by characters nobody sees. An issuer check against "https://login.example.com" then fails for a token whose "iss" hides a zero-width space, while an issuer that only looks like yours passes a check made by eye; direction controls make text read in another order than it is stored (Trojan Source).',
    fix: 'Remove these characters where the token is issued. Verifiers should compare identifiers (iss, aud, sub, kid, typ) byte for byte against configured values, and reject tokens whose identifiers hold format characters.',
    references: [
      { label: 'Unicode TR #36 (security considerations)', url: 'https://www.unicode.org/reports/tr36/' },
      { label: 'CVE-2021-42574 (Trojan Source)', url: 'https://www.cve.org/CVERecord?id=CVE-2021-42574' },
    ],
    detect: ({ header, claims }) => {
      const members = findInvisibleMembers(header, claims)
      return members.length > 0 ? { detail: describeInvisibleMembers(members) } : undefined
    },
  },
]

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
