import { describe, expect, it } from 'vitest'
import { compareTokens, type TokenComparison } from '../../../src/core/compare/compare-tokens'
import { readTokenSide } from '../../../src/core/compare/token-side'
import { makeToken, rfc7519Token } from '../../fixtures/tokens'

const iat = 1_800_000_000
const before = makeToken({ alg: 'HS256', typ: 'JWT', kid: 'k1' }, { iss: 'https://idp.example', sub: 'alice', aud: 'api', iat, exp: iat + 900, jti: 'one', roles: ['read'], sid: 's1' })
const after = makeToken(
  { alg: 'HS256', typ: 'JWT', kid: 'k2' },
  { iss: 'https://idp.example', sub: 'alice', aud: ['api'], iat: iat + 600, exp: iat + 2400, jti: 'two', roles: ['read', 'write'], sid: 's1', scope: 'openid' },
)

function compare(first: string, second: string): TokenComparison {
  return compareTokens(readTokenSide(first), readTokenSide(second))
}

function compared(first: string, second: string) {
  const result = compare(first, second)
  if (result.state !== 'compared') throw new Error(`Not compared: ${JSON.stringify(result.problems)}`)
  return result
}

const jwe = (header: object) => `${Buffer.from(JSON.stringify(header)).toString('base64url')}..${'A'.repeat(16)}.${'A'.repeat(20)}.${'A'.repeat(22)}`

describe('compareTokens', () => {
  it('lists each header parameter and claim that differs, from the first token to the second', () => {
    const result = compared(before, after)
    expect(result.diffs.map(({ part, name, change }) => `${part}:${name}:${change}`)).toEqual([
      'header:kid:changed',
      'payload:aud:changed',
      'payload:iat:changed',
      'payload:exp:changed',
      'payload:jti:changed',
      'payload:roles:changed',
      'payload:scope:added',
    ])
  })

  it('shows both values compactly and says what the change means', () => {
    const { diffs } = compared(before, after)
    const byName = new Map(diffs.map((diff) => [diff.name, diff]))
    expect(byName.get('kid')).toEqual({ part: 'header', name: 'kid', change: 'changed', before: '"k1"', after: '"k2"' })
    expect(byName.get('exp')).toMatchObject({ before: String(iat + 900), after: String(iat + 2400), note: 'exp is 25 minutes later' })
    expect(byName.get('iat')?.note).toBe('issued 10 minutes later')
    expect(byName.get('roles')).toMatchObject({ before: '["read"]', after: '["read","write"]', note: 'added "write"' })
    expect(byName.get('scope')).toEqual({ part: 'payload', name: 'scope', change: 'added', after: '"openid"' })
  })

  it('treats an audience written as a string or a list of one as the same audience, but a changed claim', () => {
    const { identity, diffs } = compared(before, after)
    expect(diffs.find((diff) => diff.name === 'aud')).toMatchObject({ change: 'changed', note: 'the same items, written differently' })
    expect(identity.map((check) => check.text)).toEqual([
      'Same issuer',
      'Same subject',
      'Same audience',
      'Same session (sid)',
      'Different jti: a new token, as a rotation should give',
    ])
  })

  it('sums the differences up in one line', () => {
    expect(compared(before, after).summary).toBe('5 claims changed, 1 added · 1 header parameter changed · same subject · exp 25 minutes later')
    expect(compared(after, before).summary).toBe('5 claims changed, 1 removed · 1 header parameter changed · same subject · exp 25 minutes earlier')
  })

  it('names the lifetime when it changed', () => {
    expect(compared(before, after).lifetimeChange).toBe('Lifetime (exp - iat): 15 minutes in the first, 30 minutes in the second.')
  })

  it('gives no rows for the same token on both sides', () => {
    const result = compared(before, `  Bearer ${before}\n`)
    expect(result.diffs).toEqual([])
    expect(result.isSameToken).toBe(true)
    expect(result.summary).toBe('The same token on both sides: nothing differs.')
    expect(result.identity.find((check) => check.claim === 'jti')?.text).toBe('Same jti: the same token')
  })

  it('gives no rows for objects and arrays that are deeply equal, whatever their member order', () => {
    const first = makeToken({ alg: 'HS256' }, { a: { x: 1, y: [1, { z: true }] }, list: [1, 2] })
    const second = makeToken({ alg: 'HS256' }, { list: [1, 2], a: { y: [1, { z: true }], x: 1 } })
    const result = compared(first, second)
    expect(result.diffs).toEqual([])
    expect(result.summary).toBe('No differences in the header or the claims')
    expect(result.notes).toEqual(['The header and the claims are the same; the tokens are written differently (member order, spacing or serialization).'])
  })

  it('says when only the signatures differ', () => {
    const result = compared(makeToken({ alg: 'HS256' }, { a: 1 }), makeToken({ alg: 'HS256' }, { a: 1 }, 'B'.repeat(43)))
    expect(result.notes).toEqual([expect.stringContaining('only the signatures differ')])
  })

  it('names the members that changed inside an object', () => {
    const first = makeToken({ alg: 'HS256' }, { realm_access: { roles: ['a'], other: 1, nested: { deep: 1 } } })
    const second = makeToken({ alg: 'HS256' }, { realm_access: { roles: ['a', 'b'], nested: { deep: 2 }, extra: true } })
    expect(compared(first, second).diffs[0]?.note).toBe('inside: roles changed, other removed, nested.deep changed and extra added')
  })

  it('describes changed scopes by their words and types by name', () => {
    const first = makeToken({ alg: 'HS256' }, { scope: 'openid profile', n: 1 })
    const second = makeToken({ alg: 'HS256' }, { scope: 'openid email', n: '1' })
    const notes = compared(first, second).diffs.map((diff) => diff.note)
    expect(notes).toEqual(['added "email"; removed "profile"', 'was a number, now a string'])
  })

  it('shows the date of a time claim only one token has', () => {
    const result = compared(makeToken({ alg: 'HS256' }, {}), makeToken({ alg: 'HS256' }, { exp: 1_800_000_000 }))
    expect(result.diffs).toEqual([{ part: 'payload', name: 'exp', change: 'added', after: '1800000000', note: '2027-01-15 08:00:00 UTC' }])
  })

  it('shortens long values', () => {
    const result = compared(makeToken({ alg: 'HS256' }, { blob: 'a' }), makeToken({ alg: 'HS256' }, { blob: 'b'.repeat(5000) }))
    const shown = result.diffs[0]!.after!
    expect(shown).toHaveLength(121)
    expect(shown.endsWith('…')).toBe(true)
  })

  it('compares only the headers of encrypted tokens', () => {
    const result = compared(jwe({ alg: 'dir', enc: 'A256GCM' }), jwe({ alg: 'dir', enc: 'A128GCM' }))
    expect(result.diffs.map((diff) => diff.name)).toEqual(['enc'])
    expect(result.payload).toEqual({ state: 'not-compared', reason: 'Both payloads are encrypted (JWE): only the headers are compared.' })
    expect(result.summary).toBe('1 header parameter changed · payloads not compared')
  })

  it('says which kind each token is when they differ', () => {
    const result = compared(before, jwe({ alg: 'dir', enc: 'A256GCM' }))
    expect(result.notes).toEqual([
      'The first is a signed token (JWS), HS256; the second is an encrypted token (JWE), dir.',
      "The second token's payload is encrypted (JWE): only the headers are compared.",
    ])
  })

  it('compares payloads that are not JSON as a whole', () => {
    const result = compared(makeToken({ alg: 'HS256' }, 'hello'), makeToken({ alg: 'HS256' }, 'hello!'))
    expect(result.diffs).toEqual([])
    expect(result.notes).toEqual(['Neither payload is a set of JSON claims; they are different.'])
    const mixed = compared(makeToken({ alg: 'HS256' }, 'hello'), before)
    expect(mixed.notes).toContain('Only the second payload is a set of claims; the other is text, not JSON, so the claims are not compared.')
    expect(mixed.identity.map((check) => check.text)).toContain('Only the second token has an issuer')
  })

  it("compares an SD-JWT's issuer-signed claims and counts its disclosures", () => {
    const disclosure = Buffer.from(JSON.stringify(['salt', 'name', 'Ada'])).toString('base64url')
    const result = compared(`${rfc7519Token}~${disclosure}~${disclosure}~`, `${rfc7519Token}~`)
    expect(result.isSameToken).toBe(false)
    expect(result.diffs).toEqual([])
    expect(result.notes[0]).toBe("The first is an SD-JWT with 2 disclosures; the second is an SD-JWT with 0 disclosures. The claims compared are the issuer-signed JWT's, before any disclosure.")
  })

  it('names the side that does not decode, the part and the reason', () => {
    expect(compare(before, 'abc.def')).toEqual({
      state: 'incomplete',
      problems: [{ side: 'second', kind: 'undecodable', message: 'The second token does not decode. A token has 3 parts (JWS) or 5 parts (JWE) separated by dots; this one has 2.' }],
    })
    const result = compare('e30.!!!.x', '')
    expect(result.state === 'incomplete' && result.problems.map((problem) => [problem.side, problem.kind])).toEqual([
      ['first', 'undecodable'],
      ['second', 'empty'],
    ])
  })
})
