import { describe, expect, it } from 'vitest'
import { SignJWT } from 'jose'
import { lintToken } from '../../../src/core/lint/lint-token'
import { keyFactsOf } from '../../../src/core/lint/key-facts'
import { findKnownSecret } from '../../../src/core/lint/find-known-secret'
import { rules, type KeyFacts, type RuleId, type Severity } from '../../../src/core/lint/rules'
import { decodeToken } from '../../../src/core/token/decode-token'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import { encodeBase64url, encodeBase64urlText } from '../../../src/core/encoding/base64url'
import type { JsonObject } from '../../../src/core/json/scan-json'
import { makeToken, makeTokenFromText, rfc7515Es256Header, rfc7515Es256Signature, rfc7515Payload } from '../../fixtures/tokens'
import { rfc7515A3Es256Jwk } from '../../fixtures/rfc-vectors'

const NOW = 1_800_000_000
const cleanHeader = { alg: 'ES256', typ: 'at+jwt', kid: 'signing-key-2026' }
const cleanClaims = { iss: 'https://issuer.example', aud: 'api', sub: 'user-1', iat: NOW - 60, exp: NOW + 840 }

/** A signature of the size the algorithm makes, with no zero half (which would be a psychic signature). */
function signatureOf(bytes: number): string {
  return encodeBase64url(new Uint8Array(bytes).fill(7))
}
const signatureBytes: Record<string, number> = { HS256: 32, HS384: 48, HS512: 64, RS256: 256, PS256: 256 }
const signatureFor = (header: unknown) => signatureOf(signatureBytes[String((header as { alg?: unknown } | null)?.alg)] ?? 64)

function lintDecoded(text: string, key: KeyFacts = {}) {
  const decoded = decodeToken(text)!
  const header = decoded.header.type === 'json' ? decoded.header.value : {}
  const payload = decoded.payload.type === 'json' && typeof decoded.payload.value === 'object' && !Array.isArray(decoded.payload.value) ? (decoded.payload.value as JsonObject) : null
  return lintToken({ decoded, header, claims: payload, nowSeconds: NOW, key })
}
function lint(header: unknown, claims: unknown, key: KeyFacts = {}, signature = signatureFor(header)) {
  return lintDecoded(makeToken(header, claims, signature), key)
}
const rulesOf = (...args: Parameters<typeof lint>) => lint(...args).map((finding) => `${finding.rule}:${finding.severity}`)

const jwe = (header: object, encryptedKey = 'A'.repeat(342)) => `${encodeBase64urlText(JSON.stringify(header))}.${encryptedKey}.${'B'.repeat(16)}.${'C'.repeat(20)}.${'A'.repeat(22)}`
const cleanJwe = { alg: 'RSA-OAEP-256', enc: 'A256GCM' }
const flattened = (members: object) => JSON.stringify({ payload: encodeBase64urlText(JSON.stringify(cleanClaims)), signature: signatureOf(64), ...members })
const es256Protected = encodeBase64urlText(JSON.stringify(cleanHeader))

interface RuleCase {
  rule: RuleId
  severity: Severity
  name: string
  token: string
  key?: KeyFacts
}

/** One token per rule that raises it, and where it is cheap, one beside it that must not. */
const raising: RuleCase[] = [
  { rule: 'alg-none', severity: 'critical', name: 'alg none', token: makeToken({ ...cleanHeader, alg: 'none' }, cleanClaims, '') },
  { rule: 'missing-exp', severity: 'warning', name: 'no exp', token: makeToken(cleanHeader, { ...cleanClaims, exp: undefined }, signatureOf(64)) },
  { rule: 'long-lifetime', severity: 'warning', name: 'a 2-day lifetime', token: makeToken(cleanHeader, { ...cleanClaims, exp: NOW + 2 * 86400 }, signatureOf(64)) },
  { rule: 'iat-in-future', severity: 'warning', name: 'iat in 10 minutes', token: makeToken(cleanHeader, { ...cleanClaims, iat: NOW + 600 }, signatureOf(64)) },
  { rule: 'time-order', severity: 'warning', name: 'exp before nbf', token: makeToken(cleanHeader, { ...cleanClaims, nbf: NOW + 900 }, signatureOf(64)) },
  { rule: 'missing-iss', severity: 'warning', name: 'no iss', token: makeToken(cleanHeader, { ...cleanClaims, iss: undefined }, signatureOf(64)) },
  { rule: 'missing-aud', severity: 'warning', name: 'no aud', token: makeToken(cleanHeader, { ...cleanClaims, aud: undefined }, signatureOf(64)) },
  { rule: 'missing-typ', severity: 'info', name: 'no typ', token: makeToken({ ...cleanHeader, typ: undefined }, cleanClaims, signatureOf(64)) },
  { rule: 'sensitive-claim', severity: 'warning', name: 'a password', token: makeToken(cleanHeader, { ...cleanClaims, password: 'hunter2' }, signatureOf(64)) },
  { rule: 'jku-header', severity: 'warning', name: 'jku', token: makeToken({ ...cleanHeader, jku: 'https://attacker.example/jwks.json' }, cleanClaims, signatureOf(64)) },
  { rule: 'x5u-header', severity: 'warning', name: 'x5u', token: makeToken({ ...cleanHeader, x5u: 'https://attacker.example/cert.pem' }, cleanClaims, signatureOf(64)) },
  { rule: 'embedded-jwk', severity: 'warning', name: 'an embedded jwk', token: makeToken({ ...cleanHeader, jwk: { kty: 'EC' } }, cleanClaims, signatureOf(64)) },
  { rule: 'embedded-x5c', severity: 'info', name: 'an x5c chain', token: makeToken({ ...cleanHeader, x5c: ['MIIB'] }, cleanClaims, signatureOf(64)) },
  { rule: 'kid-injection', severity: 'critical', name: 'kid path traversal', token: makeToken({ ...cleanHeader, kid: '../../dev/null' }, cleanClaims, signatureOf(64)) },
  { rule: 'weak-secret', severity: 'critical', name: 'a known secret', token: makeToken({ ...cleanHeader, alg: 'HS256' }, cleanClaims, signatureOf(32)), key: { knownSecret: 'secret' } },
  { rule: 'alg-confusion', severity: 'critical', name: 'HS256 with a public key', token: makeToken({ ...cleanHeader, alg: 'HS256' }, cleanClaims, signatureOf(32)), key: { hasPublicKey: true } },
  { rule: 'psychic-signature', severity: 'critical', name: 'r = s = 0', token: makeToken(cleanHeader, cleanClaims, 'A'.repeat(86)) },
  { rule: 'empty-signature', severity: 'warning', name: 'an empty signature part', token: makeToken(cleanHeader, cleanClaims, '') },
  { rule: 'empty-signature', severity: 'warning', name: 'an empty "signature" member', token: flattened({ protected: es256Protected, signature: '' }) },
  { rule: 'large-token', severity: 'warning', name: '5,000 bytes', token: makeToken(cleanHeader, { ...cleanClaims, groups: 'g'.repeat(5000) }, signatureOf(64)) },
  { rule: 'crit-header', severity: 'warning', name: 'crit', token: makeToken({ ...cleanHeader, crit: ['exp'] }, cleanClaims, signatureOf(64)) },
  { rule: 'unencoded-payload', severity: 'warning', name: 'b64 false', token: makeTokenFromText(JSON.stringify({ ...cleanHeader, b64: false, crit: ['b64'] }), 'x', signatureOf(64)) },
  { rule: 'weak-key-management', severity: 'warning', name: 'RSA1_5', token: jwe({ alg: 'RSA1_5', enc: 'A128CBC-HS256' }) },
  { rule: 'compressed-plaintext', severity: 'info', name: 'zip DEF', token: jwe({ ...cleanJwe, zip: 'DEF' }) },
  { rule: 'invisible-characters', severity: 'warning', name: 'a zero-width space in iss', token: makeToken(cleanHeader, { ...cleanClaims, iss: 'https://issuer.example\u200B' }, signatureOf(64)) },
  { rule: 'missing-alg', severity: 'warning', name: 'no alg', token: makeToken({ typ: 'JWT' }, cleanClaims, signatureOf(64)) },
  { rule: 'missing-alg', severity: 'warning', name: 'a numeric alg', token: makeToken({ alg: 256 }, cleanClaims, signatureOf(64)) },
  { rule: 'signature-size', severity: 'warning', name: 'a 9-byte ES256 signature', token: makeToken(cleanHeader, cleanClaims, 'c2lnbmF0dXJl') },
  { rule: 'signature-size', severity: 'warning', name: 'a DER-encoded ES256 signature', token: makeToken(cleanHeader, cleanClaims, encodeBase64url(new Uint8Array([0x30, 0x44, ...new Uint8Array(68).fill(7)]))) },
  { rule: 'short-rsa-key', severity: 'warning', name: 'a 128-byte RS256 signature', token: makeToken({ ...cleanHeader, alg: 'RS256' }, cleanClaims, signatureOf(128)) },
  { rule: 'unprotected-header', severity: 'warning', name: 'a JSON serialization with only an unprotected header', token: flattened({ header: cleanHeader }) },
  { rule: 'missing-enc', severity: 'warning', name: 'a JWE without enc', token: jwe({ alg: 'RSA-OAEP-256' }) },
  { rule: 'dir-encrypted-key', severity: 'warning', name: 'dir with an encrypted key', token: jwe({ alg: 'dir', enc: 'A256GCM' }) },
  { rule: 'claim-format', severity: 'warning', name: 'exp in milliseconds', token: makeToken(cleanHeader, { ...cleanClaims, nbf: (NOW - 60) * 1000 }, signatureOf(64)) },
  { rule: 'claim-format', severity: 'warning', name: 'a numeric sub', token: makeToken(cleanHeader, { ...cleanClaims, sub: 1234 }, signatureOf(64)) },
]

const quiet: RuleCase[] = [
  { rule: 'alg-none', severity: 'critical', name: 'alg "nonE" is judged, "nonce" is not', token: makeToken({ ...cleanHeader, alg: 'nonce' }, cleanClaims, signatureOf(64)) },
  { rule: 'long-lifetime', severity: 'warning', name: 'a 23-hour lifetime', token: makeToken(cleanHeader, { ...cleanClaims, exp: NOW - 60 + 23 * 3600 }, signatureOf(64)) },
  { rule: 'iat-in-future', severity: 'warning', name: 'iat 30 seconds ahead (clock skew)', token: makeToken(cleanHeader, { ...cleanClaims, iat: NOW + 30 }, signatureOf(64)) },
  { rule: 'kid-injection', severity: 'critical', name: 'an ordinary kid', token: makeToken({ ...cleanHeader, kid: '2026-01_rsa.key-A' }, cleanClaims, signatureOf(64)) },
  { rule: 'weak-secret', severity: 'critical', name: 'a long unknown secret', token: makeToken({ ...cleanHeader, alg: 'HS256' }, cleanClaims, signatureOf(32)), key: { enteredSecret: { byteLength: 32, isKnown: false } } },
  { rule: 'alg-confusion', severity: 'critical', name: 'ES256 with a public key', token: makeToken(cleanHeader, cleanClaims, signatureOf(64)), key: { hasPublicKey: true } },
  { rule: 'empty-signature', severity: 'warning', name: 'an unsecured token', token: makeToken({ ...cleanHeader, alg: 'none' }, cleanClaims, '') },
  { rule: 'unencoded-payload', severity: 'warning', name: 'b64 true', token: makeToken({ ...cleanHeader, b64: true }, cleanClaims, signatureOf(64)) },
  { rule: 'weak-key-management', severity: 'warning', name: 'RSA-OAEP-256', token: jwe(cleanJwe) },
  { rule: 'weak-key-management', severity: 'warning', name: 'a JWS that says RSA1_5', token: makeToken({ ...cleanHeader, alg: 'RSA1_5' }, cleanClaims, signatureOf(64)) },
  { rule: 'compressed-plaintext', severity: 'info', name: 'a JWE without zip', token: jwe(cleanJwe) },
  { rule: 'missing-alg', severity: 'warning', name: 'a JWE, which has its own rules', token: jwe({ enc: 'A256GCM' }) },
  { rule: 'missing-alg', severity: 'warning', name: 'alg in the unprotected header of a JSON serialization', token: flattened({ protected: encodeBase64urlText('{"typ":"JWT"}'), header: { alg: 'ES256' } }) },
  { rule: 'signature-size', severity: 'warning', name: 'the RFC 7515 A.3 ES256 signature', token: `${rfc7515Es256Header}.${rfc7515Payload}.${rfc7515Es256Signature}` },
  { rule: 'signature-size', severity: 'warning', name: 'an RS256 signature, whose size depends on the key', token: makeToken({ ...cleanHeader, alg: 'RS256' }, cleanClaims, signatureOf(384)) },
  { rule: 'signature-size', severity: 'warning', name: 'an empty signature (empty-signature says so)', token: makeToken(cleanHeader, cleanClaims, '') },
  { rule: 'short-rsa-key', severity: 'warning', name: 'a 256-byte PS256 signature', token: makeToken({ ...cleanHeader, alg: 'PS256' }, cleanClaims, signatureOf(256)) },
  { rule: 'unprotected-header', severity: 'warning', name: 'a protected header beside an unprotected one', token: flattened({ protected: es256Protected, header: { kid: 'a' } }) },
  { rule: 'unprotected-header', severity: 'warning', name: 'a compact token', token: makeToken(cleanHeader, cleanClaims, signatureOf(64)) },
  { rule: 'missing-enc', severity: 'warning', name: 'a JWE with enc', token: jwe(cleanJwe) },
  { rule: 'dir-encrypted-key', severity: 'warning', name: 'dir with an empty encrypted key', token: jwe({ alg: 'dir', enc: 'A256GCM' }, '') },
  { rule: 'claim-format', severity: 'warning', name: 'an exp before nbf (time-order says so)', token: makeToken(cleanHeader, { ...cleanClaims, nbf: NOW + 900 }, signatureOf(64)) },
]

describe('every rule, table-driven', () => {
  it.each(raising)('$rule: raised by $name', ({ rule, severity, token, key }) => {
    expect(lintDecoded(token, key).map((finding) => `${finding.rule}:${finding.severity}`)).toContain(`${rule}:${severity}`)
  })

  it.each(quiet)('$rule: not raised by $name', ({ rule, token, key }) => {
    expect(lintDecoded(token, key).map((finding) => finding.rule)).not.toContain(rule)
  })

  it.each(rules.map((rule) => rule.id))('%s has a row that raises it', (id) => {
    expect(raising.some((row) => row.rule === id)).toBe(true)
  })
})

describe('lintToken', () => {
  it('finds nothing in a clean token', () => {
    expect(lint(cleanHeader, cleanClaims)).toEqual([])
  })

  it('leaves the audience of an SD-JWT to its key-binding JWT', () => {
    const decoded = decodeToken(makeToken({ alg: 'ES256', typ: 'dc+sd-jwt' }, {}, 'c2lnbmF0dXJl'))!
    const claims = { iss: 'https://issuer.example', vct: 'Identity', iat: NOW, exp: NOW + 600 }
    const rules = (isSdJwt?: boolean) => lintToken({ decoded, header: { alg: 'ES256', typ: 'dc+sd-jwt' }, claims, nowSeconds: NOW, key: {}, ...(isSdJwt === undefined ? {} : { isSdJwt }) }).map((finding) => finding.rule)
    expect(rules(true)).not.toContain('missing-aud')
    expect(rules(false)).toContain('missing-aud')
    expect(rules()).toContain('missing-aud')
  })

  it.each<[string, JsonObject, string | undefined]>([
    ['an infinite exp', { exp: Number.POSITIVE_INFINITY }, '"exp" is a number too large to be a time (it reads as infinity), so a verifier that accepts it treats the token as never expiring.'],
    ['exp 1.7e308 after iat -1.7e308', { exp: 1.7e308, iat: -1.7e308 }, 'The token is valid for more than a million years, from "iat" to "exp" (a time beyond the range of dates a computer can show); more than 24 hours.'],
    ['exp 1e20 without iat', { exp: 1e20, iat: 'unknown' }, 'The token is valid for more than a million years, from now to "exp" (a time beyond the range of dates a computer can show); more than 24 hours.'],
    ['an infinite iat before a finite exp', { exp: NOW + 60, iat: Number.NEGATIVE_INFINITY }, undefined],
    ['exp in 2 years 41 days', { exp: NOW + (2 * 365 + 41) * 86400, iat: NOW }, 'The token is valid for 2 years 41 days, from "iat" to "exp" (2029-02-24 08:00:00 UTC); more than 24 hours.'],
  ])('words the lifetime of %s', (_name, claims, detail) => {
    const decoded = decodeToken(makeToken(cleanHeader, {}, 'c2lnbmF0dXJl'))!
    const findings = lintToken({ decoded, header: cleanHeader, claims: { ...cleanClaims, ...claims }, nowSeconds: NOW, key: {} })
    expect(findings.find((finding) => finding.rule === 'long-lifetime')?.detail).toBe(detail)
  })

  it.each<[string, number, string | undefined]>([
    ['an infinite iat', Number.POSITIVE_INFINITY, '"iat" is a number too large to be a time (it reads as infinity), so the token claims to be issued at no finite moment.'],
    ['an iat of 1e20', 1e20, '"iat" is a time beyond the range of dates a computer can show, more than a million years from now (beyond a 60-second clock skew).'],
    ['an iat of minus infinity', Number.NEGATIVE_INFINITY, undefined],
  ])('words %s in the future', (_name, iat, detail) => {
    const decoded = decodeToken(makeToken(cleanHeader, {}, 'c2lnbmF0dXJl'))!
    const findings = lintToken({ decoded, header: cleanHeader, claims: { ...cleanClaims, iat }, nowSeconds: NOW, key: {} })
    expect(findings.find((finding) => finding.rule === 'iat-in-future')?.detail).toBe(detail)
  })

  it.each([
    ['alg none', { ...cleanHeader, alg: 'none' }, cleanClaims, 'alg-none:critical'],
    ['alg None', { ...cleanHeader, alg: 'nOnE' }, cleanClaims, 'alg-none:critical'],
    ['no exp', cleanHeader, { ...cleanClaims, exp: undefined }, 'missing-exp:warning'],
    ['a 2-day lifetime', cleanHeader, { ...cleanClaims, exp: NOW + 2 * 86400 }, 'long-lifetime:warning'],
    ['iat in the future', cleanHeader, { ...cleanClaims, iat: NOW + 600 }, 'iat-in-future:warning'],
    ['exp before nbf', cleanHeader, { ...cleanClaims, nbf: NOW + 900 }, 'time-order:warning'],
    ['no iss', cleanHeader, { ...cleanClaims, iss: undefined }, 'missing-iss:warning'],
    ['no aud', cleanHeader, { ...cleanClaims, aud: undefined }, 'missing-aud:warning'],
    ['no typ', { ...cleanHeader, typ: undefined }, cleanClaims, 'missing-typ:info'],
    ['a password', cleanHeader, { ...cleanClaims, user_password: 'hunter2' }, 'sensitive-claim:warning'],
    ['a card number', cleanHeader, { ...cleanClaims, billing: { number: '4111 1111 1111 1111' } }, 'sensitive-claim:warning'],
    ['a private key', cleanHeader, { ...cleanClaims, key: '-----BEGIN PRIVATE KEY-----\nMC4=\n-----END PRIVATE KEY-----' }, 'sensitive-claim:critical'],
    ['jku', { ...cleanHeader, jku: 'https://attacker.example/jwks.json' }, cleanClaims, 'jku-header:warning'],
    ['x5u', { ...cleanHeader, x5u: 'https://attacker.example/cert.pem' }, cleanClaims, 'x5u-header:warning'],
    ['an embedded jwk', { ...cleanHeader, jwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' } }, cleanClaims, 'embedded-jwk:warning'],
    ['an x5c chain', { ...cleanHeader, x5c: ['MIIB'] }, cleanClaims, 'embedded-x5c:info'],
    ['kid path traversal', { ...cleanHeader, kid: '../../../../dev/null' }, cleanClaims, 'kid-injection:critical'],
    ['kid SQL', { ...cleanHeader, kid: "x' UNION SELECT 'key" }, cleanClaims, 'kid-injection:critical'],
    ['kid shell', { ...cleanHeader, kid: 'key|id' }, cleanClaims, 'kid-injection:critical'],
    ['crit', { ...cleanHeader, crit: ['exp'], exp: 1 }, cleanClaims, 'crit-header:warning'],
    ['b64 false', { ...cleanHeader, b64: false, crit: ['b64'] }, cleanClaims, 'unencoded-payload:warning'],
    ['a zero-width space in iss', cleanHeader, { ...cleanClaims, iss: 'https://issuer.example\u200B' }, 'invisible-characters:warning'],
  ])('flags %s', (_, header, claims, expected) => {
    expect(rulesOf(header, claims)).toContain(expected)
    expect(rulesOf(header, claims).filter((rule) => !rule.endsWith(':info') && rule !== expected && !rule.startsWith('crit-header'))).toEqual([])
  })

  it.each<[string, object, object, string]>([
    [
      'a claim value',
      cleanHeader,
      { ...cleanClaims, iss: 'https://issuer\u200B.example' },
      'The claim "iss" holds U+200B ZERO WIDTH SPACE at character 15.',
    ],
    [
      'a claim name, a nested value and a header parameter',
      { ...cleanHeader, kid: '\u202Esigning-key' },
      { ...cleanClaims, 'ro\u200Dle': 'admin', address: { street: ['Main\u00AD St', 'x\u2066\u2069'] } },
      'The header parameter "kid" holds U+202E RIGHT-TO-LEFT OVERRIDE at character 1; the name of the claim "ro\\u{200D}le" holds U+200D ZERO WIDTH JOINER at character 3; the claim "address.street[0]" holds U+00AD SOFT HYPHEN at character 5; 1 more member holds some too.',
    ],
    [
      'many in one value',
      cleanHeader,
      { ...cleanClaims, sub: 'a\u200Bb\u200Bc\u200Bd\u200B' },
      'The claim "sub" holds U+200B ZERO WIDTH SPACE at character 2, U+200B ZERO WIDTH SPACE at character 4, U+200B ZERO WIDTH SPACE at character 6 and 1 more.',
    ],
  ])('says where invisible characters hide: %s', (_name, header, claims, detail) => {
    expect(lint(header, claims).find((finding) => finding.rule === 'invisible-characters')?.detail).toBe(detail)
  })

  it('flags a psychic ECDSA signature, a missing signature and a token too big for a cookie', () => {
    expect(rulesOf(cleanHeader, cleanClaims, {}, '')).toEqual(['empty-signature:warning'])
    expect(lintDecoded(flattened({ protected: es256Protected, signature: '' })).find((finding) => finding.rule === 'empty-signature')?.detail).toBe(
      'The header says "alg": "ES256", but "signature" is empty.',
    )
    expect(rulesOf(cleanHeader, cleanClaims, {}, 'A'.repeat(86))).toContain('psychic-signature:critical')
    expect(rulesOf(cleanHeader, { ...cleanClaims, groups: 'g'.repeat(5000) })).toContain('large-token:warning')
  })

  it.each([
    ['a known secret', { enteredSecret: { byteLength: 40, isKnown: true } }, 'weak-secret:critical'],
    ['a short secret', { enteredSecret: { byteLength: 31, isKnown: false } }, 'weak-secret:warning'],
    ['a secret found by signature', { knownSecret: 'secret' }, 'weak-secret:critical'],
    ['public-key material', { hasPublicKey: true }, 'alg-confusion:critical'],
  ])('judges the key: %s', (_, key, expected) => {
    expect(rulesOf({ ...cleanHeader, alg: 'HS256' }, cleanClaims, key)).toEqual([expected])
  })

  it('says what it found, in the token\'s own values', () => {
    const [finding] = lint({ ...cleanHeader, alg: 'NONE' }, cleanClaims, {}, 'c2ln')
    expect(finding).toEqual({
      rule: 'alg-none',
      severity: 'critical',
      title: 'Unsigned token (alg "none")',
      detail: 'The header says "alg": "NONE", a spelling of "none" meant to slip past case-sensitive checks, so the token claims to need no signature. Yet a signature is attached: a verifier that honours "none" never looks at it.',
    })
    expect(lint(cleanHeader, { ...cleanClaims, exp: NOW + 3 * 86400, iat: NOW })[0]?.detail).toBe('The token is valid for 3 days, from "iat" to "exp" (2027-01-18 08:00:00 UTC); more than 24 hours.')
    expect(lint({ ...cleanHeader, alg: 'HS384' }, cleanClaims, { enteredSecret: { byteLength: 20, isKnown: false } })[0]?.detail).toBe(
      'The secret in the key box is 20 bytes; HS384 needs at least 48 (the size of its hash output).',
    )
  })

  it('does not mistake ordinary claims for sensitive ones', () => {
    const ordinary = { ...cleanClaims, has_password: true, password_changed_at: 1700000000000, secret_santa: '', order: 4111111111111, ts_ms: 1700000000000, phone: '+33 6 12 34 56 78' }
    expect(rulesOf(cleanHeader, ordinary)).toEqual([])
  })
})

describe('judgements the decoder leaves to the rules, in the same words', () => {
  const der = encodeBase64url(new Uint8Array([0x30, 0x44, ...new Uint8Array(68)]))
  it.each<[string, string, RuleId, string]>([
    ['a DER-encoded ES256 signature', `${rfc7515Es256Header}.${rfc7515Payload}.${der}`, 'signature-size', 'The signature is DER-encoded (70 bytes), but JWS needs the raw r and s values side by side (64 bytes for ES256, RFC 7518 §3.4).'],
    ['an HS512 signature of 32 bytes', makeToken({ alg: 'HS512' }, {}, signatureOf(32)), 'signature-size', 'A HS512 signature has 64 bytes, but this one has 32.'],
    ['a 128-byte RS256 signature', makeToken({ alg: 'RS256' }, {}, signatureOf(128)), 'short-rsa-key', 'This RS256 signature has 128 bytes, so the RSA key is shorter than 2048 bits, which RFC 7518 §3.3 forbids.'],
    ['no alg', makeToken({ typ: 'JWT' }, {}), 'missing-alg', 'The header has no "alg", which RFC 7515 requires; every verifier will reject this token.'],
    ['alg as a number', makeToken({ alg: 256 }, {}), 'missing-alg', '"alg" must be a string, but it is a number.'],
    ['no enc', jwe({ alg: 'RSA-OAEP' }), 'missing-enc', 'The header has no "enc" naming the content encryption, which RFC 7516 requires for a JWE.'],
    ['dir with an encrypted key', jwe({ alg: 'dir', enc: 'A256GCM' }), 'dir-encrypted-key', 'With "alg": "dir" the encrypted key must be empty (RFC 7516 §5.1), but it is not.'],
    ['an unprotected header only', flattened({ header: { alg: 'ES256' } }), 'unprotected-header', "Everything in this signature's header is unprotected: the signature does not cover it, so anyone can change it."],
    ['alg none with a signature', makeToken({ alg: 'none' }, {}), 'alg-none', 'The header says "alg": "none", so the token claims to need no signature. Yet a signature is attached: a verifier that honours "none" never looks at it.'],
    ['an empty signature', makeToken({ alg: 'HS256' }, {}, ''), 'empty-signature', 'The header says "alg": "HS256", but the signature part is empty.'],
    [
      'b64 false without crit',
      makeTokenFromText('{"alg":"HS256","b64":false}', 'hello', signatureOf(32)),
      'unencoded-payload',
      'The header sets "b64": false, so the payload is signed as raw text, and "crit" does not list "b64" as RFC 7797 §6 requires.',
    ],
    [
      'iat in milliseconds and a numeric iss',
      makeToken({ alg: 'HS256' }, { iat: 1_700_000_000_000, iss: 42 }, signatureOf(32)),
      'claim-format',
      '"iat" is 1700000000000, which as seconds is the year 55,840: it looks like milliseconds. As milliseconds it would be 2023-11-14 22:13:20 UTC. "iss" must be a string, but it is a number; comparisons against it will fail.',
    ],
    [
      'five claims in the wrong format',
      makeToken({ alg: 'HS256' }, { exp: '1', nbf: '2', iat: '3', iss: 4, sub: 5 }, signatureOf(32)),
      'claim-format',
      '"exp" must be a number of seconds (a NumericDate), but it is a string of digits; many libraries reject such a token or ignore the claim. "nbf" must be a number of seconds (a NumericDate), but it is a string of digits; many libraries reject such a token or ignore the claim. "iat" must be a number of seconds (a NumericDate), but it is a string of digits; many libraries reject such a token or ignore the claim. 2 more claims have the wrong format.',
    ],
  ])('%s', (_name, token, rule, detail) => {
    expect(lintDecoded(token).filter((finding) => finding.rule === rule).map((finding) => finding.detail)).toEqual([detail])
  })

  it('leaves the decoder with no notice about them', () => {
    for (const token of [`${rfc7515Es256Header}.${rfc7515Payload}.${der}`, makeToken({ alg: 'none' }, {}), makeToken({ alg: 'HS256' }, {}, ''), makeToken({ typ: 'JWT' }, {}), jwe({ alg: 'dir' })]) {
      expect(decodeToken(token)?.notices).toEqual([])
    }
  })
})

describe('keyFactsOf', () => {
  const known = new Set(['secret'])
  it.each([
    ['secret', 'utf8', { enteredSecret: { byteLength: 6, isKnown: true } }],
    ['00ff', 'hex', { enteredSecret: { byteLength: 2, isKnown: false } }],
    [JSON.stringify(rfc7515A3Es256Jwk), 'utf8', { hasPublicKey: true }],
    ['-----BEGIN PUBLIC KEY-----\nMFk=\n-----END PUBLIC KEY-----', 'utf8', { hasPublicKey: true }],
    [JSON.stringify({ kty: 'oct', k: 'AAAA' }), 'utf8', { enteredSecret: { byteLength: 3, isKnown: false } }],
    ['', 'utf8', {}],
  ] as const)('%s', (text, encoding, facts) => {
    expect(keyFactsOf(parseKeyText(text), encoding, known)).toEqual(facts)
  })
})

describe('findKnownSecret', () => {
  const sign = (secret: Uint8Array, alg = 'HS256') => new SignJWT({ sub: 'x' }).setProtectedHeader({ alg }).sign(secret)

  it('finds the well-known secret that signed the token, and an empty key', async () => {
    const token = await sign(new TextEncoder().encode('your-256-bit-secret'), 'HS512')
    expect(await findKnownSecret(decodeToken(token)!, ['secret', 'your-256-bit-secret'])).toBe('your-256-bit-secret')
    expect(await findKnownSecret(decodeToken(await sign(new Uint8Array(1)))!, ['secret'])).toBe('')
    expect(await findKnownSecret(decodeToken(await sign(new TextEncoder().encode('a long random secret nobody guesses')))!, ['secret'])).toBeUndefined()
  })

  it('leaves other algorithms alone', async () => {
    expect(await findKnownSecret(decodeToken(makeToken(cleanHeader, cleanClaims))!, ['secret'])).toBeUndefined()
  })
})
