import { describe, expect, it } from 'vitest'
import { checkIdentity } from '../../../src/core/compare/identity-checks'

describe('checkIdentity', () => {
  it('says what stayed and what changed, for the claims either token has', () => {
    const checks = checkIdentity({ iss: 'https://a', sub: 'alice', aud: ['x', 'y'], sid: '1', jti: 'j' }, { iss: 'https://b', sub: 'bob', aud: ['y', 'x', 'x'], jti: 'j' }, false)
    expect(checks).toEqual([
      { claim: 'iss', verdict: 'different', text: 'Different issuer: they come from different identity providers (staging and production?)' },
      { claim: 'sub', verdict: 'different', text: 'Different subject: the tokens are about different users or clients' },
      { claim: 'aud', verdict: 'same', text: 'Same audience' },
      { claim: 'sid', verdict: 'only-first', text: 'Only the first token has a session (sid)' },
      { claim: 'jti', verdict: 'same', text: 'Same jti: two different tokens should not share a token id' },
    ])
  })

  it('compares values by deep equality, not by how they print', () => {
    expect(checkIdentity({ sub: 1 }, { sub: '1' }, false)[0]?.verdict).toBe('different')
    expect(checkIdentity({ sub: { id: 1, t: 'u' } }, { sub: { t: 'u', id: 1 } }, false)[0]?.verdict).toBe('same')
  })

  it('checks nothing when neither token has claims', () => {
    expect(checkIdentity(null, null, false)).toEqual([])
    expect(checkIdentity(null, { aud: 'x' }, false)).toEqual([{ claim: 'aud', verdict: 'only-second', text: 'Only the second token has an audience' }])
  })
})
