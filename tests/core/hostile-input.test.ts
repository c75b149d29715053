// Messages name the part and the problem; they never repeat a hostile value in full. Every message
// here stays short although the token or key carries values a million characters long.
import { describe, expect, it } from 'vitest'
import { decodeToken } from '../../src/core/token/decode-token'
import { lintToken } from '../../src/core/lint/lint-token'
import { checkClaims } from '../../src/core/claims/check-claims'
import { parseKeyText } from '../../src/core/keys/parse-key-text'
import { selectKeys } from '../../src/core/keys/import-key'
import { verifySignature } from '../../src/core/verify/verify-signature'
import { describeSpki } from '../../src/core/keys/key-der'
import { encodeDer, TAG } from '../../src/core/keys/der'
import { compareTokens } from '../../src/core/compare/compare-tokens'
import { readTokenSide } from '../../src/core/compare/token-side'
import { makeToken, makeTokenFromText } from '../fixtures/tokens'

const huge = 'x'.repeat(1_000_000)
const MAX_MESSAGE = 1200

const expectShort = (messages: string[]) => {
  expect(messages.length).toBeGreaterThan(0)
  for (const message of messages) expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE)
}

describe('hostile values stay out of messages', () => {
  it('in decoding and in the findings', () => {
    const header = { alg: `HS${'9'.repeat(100_000)}`, kid: `../${huge}`, jku: `https://${huge}`, x5u: huge, crit: Array.from({ length: 10_000 }, (_, i) => `ext${i}`), zip: huge }
    const decoded = decodeToken(makeToken(header, { sub: huge }, ''))!
    const lint = lintToken({ decoded, header: header, claims: { sub: huge }, nowSeconds: 0, key: {} })
    expectShort([...decoded.notices.map((notice) => notice.message), ...lint.map((finding) => finding.detail)])
  })

  it('in notices about duplicate members and huge numbers, however many there are', () => {
    const members = Array.from({ length: 5000 }, (_, i) => `"${huge.slice(0, 200)}${i}":1,"${huge.slice(0, 200)}${i}":2`).join(',')
    const decoded = decodeToken(makeTokenFromText('{"alg":"HS256"}', `{${members},"n":${'9'.repeat(100_000)}}`))!
    expect(decoded.notices.length).toBeLessThanOrEqual(25)
    expectShort(decoded.notices.map((notice) => notice.message))
  })

  it('in the claims check', () => {
    const checks = checkClaims({ iss: huge, aud: Array.from({ length: 10_000 }, () => huge.slice(0, 1000)) }, { issuer: huge.slice(1), audience: huge, toleranceSeconds: 0, atSeconds: 0 })
    expectShort(checks.map((check) => check.message))
  })

  it('in key messages', async () => {
    const token = decodeToken(makeToken({ alg: 'ES256', kid: huge }, { sub: 'a' }))!
    const jwks = parseKeyText(JSON.stringify({ keys: Array.from({ length: 1000 }, (_, i) => ({ kty: 'EC', crv: huge.slice(0, 5000), kid: `${huge.slice(0, 5000)}${i}` })) }))
    const jwk = parseKeyText(JSON.stringify({ kty: 'EC', crv: huge, x: 'AA', y: 'AA', key_ops: Array.from({ length: 1000 }, () => huge.slice(0, 500)) }))
    const verdicts = await Promise.all([verifySignature(token, jwks, 'utf8'), verifySignature(token, jwk, 'utf8')])
    const selected = await selectKeys(parseKeyText(JSON.stringify({ kty: huge })), { purpose: 'verify', alg: 'ES256', encoding: 'utf8' })
    expectShort([...verdicts.map((verdict) => ('reason' in verdict ? verdict.reason : '')), selected.ok ? '' : selected.error.message])
  })

  it('in the comparison of two tokens', () => {
    const nested = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : { [huge.slice(0, 5000)]: nested(depth - 1, leaf), other: depth })
    const first = makeToken({ alg: `HS${'9'.repeat(100_000)}`, kid: huge }, { sub: huge, aud: [huge], roles: Array.from({ length: 10_000 }, (_, i) => `${huge.slice(0, 1000)}${i}`), deep: nested(5, 1), exp: 1e308, scope: huge })
    const second = makeToken({ alg: 'none' }, { sub: `${huge}!`, aud: huge, roles: Array.from({ length: 10_000 }, (_, i) => `${huge.slice(0, 1000)}${i + 1}`), deep: nested(5, 2), exp: -1e308, iat: 0, scope: `${huge} more` })
    const result = compareTokens(readTokenSide(first), readTokenSide(second))
    if (result.state !== 'compared') throw new Error('not compared')
    const rowTexts = result.diffs.flatMap((diff) => [diff.before ?? '', diff.after ?? '', diff.note ?? ''])
    expectShort([result.summary, ...result.notes, ...result.identity.map((check) => check.text), ...result.timeShifts.map((shift) => shift.text), ...rowTexts])
  })

  it('in PEM and DER messages', () => {
    const pem = parseKeyText(`-----BEGIN ${huge}-----\nAAAA\n-----END OTHER-----`)
    const longOid = encodeDer(TAG.OBJECT_IDENTIFIER, new Uint8Array([0x2a, ...new Uint8Array(150_000).fill(0x81), 0x01]))
    const spki = describeSpki(encodeDer(TAG.SEQUENCE, encodeDer(TAG.SEQUENCE, longOid), encodeDer(0x03, new Uint8Array([0]))))
    expectShort([pem.kind === 'unusable' ? pem.message : '', spki.ok ? '' : spki.error.message])
  })
})
