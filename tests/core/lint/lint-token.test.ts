import { describe, expect, it } from 'vitest'
import { SignJWT } from 'jose'
import { lintToken } from '../../../src/core/lint/lint-token'
import { keyFactsOf } from '../../../src/core/lint/key-facts'
import { findKnownSecret } from '../../../src/core/lint/find-known-secret'
import type { KeyFacts } from '../../../src/core/lint/rules'
import { decodeToken } from '../../../src/core/token/decode-token'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import type { JsonObject } from '../../../src/core/json/scan-json'
import { makeToken } from '../../fixtures/tokens'
import { rfc7515A3Es256Jwk } from '../../fixtures/rfc-vectors'

const NOW = 1_800_000_000
const cleanHeader = { alg: 'ES256', typ: 'at+jwt', kid: 'signing-key-2026' }
const cleanClaims = { iss: 'https://issuer.example', aud: 'api', sub: 'user-1', iat: NOW - 60, exp: NOW + 840 }

function lint(header: unknown, claims: unknown, key: KeyFacts = {}, signature = 'c2lnbmF0dXJl') {
  const decoded = decodeToken(makeToken(header, claims, signature))!
  const headerValue = decoded.header.type === 'json' ? decoded.header.value : {}
  const payload = decoded.payload.type === 'json' && typeof decoded.payload.value === 'object' && !Array.isArray(decoded.payload.value) ? (decoded.payload.value as JsonObject) : null
  return lintToken({ decoded, header: headerValue, claims: payload, nowSeconds: NOW, key })
}
const rulesOf = (...args: Parameters<typeof lint>) => lint(...args).map((finding) => `${finding.rule}:${finding.severity}`)

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
    expect(finding).toMatchObject({
      rule: 'alg-none',
      detail: 'The header says "alg": "NONE", a spelling of "none" meant to slip past case-sensitive checks, so the token claims to need no signature. Yet a signature is attached: a verifier that honours "none" never looks at it.',
      references: [{ label: 'RFC 8725 §3.1', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1' }, { label: 'RFC 8725 §2.1', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-2.1' }],
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
