import { describe, expect, it } from 'vitest'
import { checkClaims, type ClaimExpectations } from '../../../src/core/claims/check-claims'

const at = 1_800_000_000
const expect0: ClaimExpectations = { issuer: '', audience: '', toleranceSeconds: 0, atSeconds: at }
const states = (payload: Record<string, unknown>, expectations: Partial<ClaimExpectations> = {}) =>
  Object.fromEntries(checkClaims(payload as never, { ...expect0, ...expectations }).map((check) => [check.claim, check.state]))

describe('checkClaims', () => {
  it.each([
    ['exp in the future', { exp: at + 60 }, {}, { exp: 'pass' }],
    ['exp exactly now is expired', { exp: at }, {}, { exp: 'fail' }],
    ['exp just past, within tolerance', { exp: at - 30 }, { toleranceSeconds: 60 }, { exp: 'pass' }],
    ['nbf in the future', { nbf: at + 10 }, {}, { nbf: 'fail' }],
    ['nbf in the future, within tolerance', { nbf: at + 10 }, { toleranceSeconds: 30 }, { nbf: 'pass' }],
    ['iat in the future', { iat: at + 120 }, {}, { iat: 'fail' }],
    ['matching issuer', { iss: 'https://a.example' }, { issuer: 'https://a.example' }, { iss: 'pass' }],
    ['other issuer', { iss: 'https://a.example/' }, { issuer: 'https://a.example' }, { iss: 'fail' }],
    ['audience in an array', { aud: ['x', 'api'] }, { audience: 'api' }, { aud: 'pass' }],
    ['audience missing', {}, { audience: 'api' }, { aud: 'fail' }],
  ])('%s', (_name, payload, expectations, expected) => {
    expect(states(payload, expectations)).toMatchObject(expected)
  })

  it('skips what it was not asked to check, and says why', () => {
    expect(checkClaims({}, expect0)).toEqual([
      { claim: 'exp', state: 'skipped', message: 'No "exp": nothing limits how long this token is accepted.' },
      { claim: 'nbf', state: 'skipped', message: 'No "nbf": the token is valid from the moment it exists.' },
      { claim: 'iat', state: 'skipped', message: 'No "iat": the token does not say when it was issued.' },
      { claim: 'iss', state: 'skipped', message: 'Enter the issuer you trust to check "iss".' },
      { claim: 'aud', state: 'skipped', message: 'Enter your service\'s identifier to check "aud".' },
    ])
  })

  it('explains failures with times and the near-miss of a trailing slash', () => {
    const checks = checkClaims({ exp: at - 3661, iss: 'https://a.example/', aud: 'web' }, { ...expect0, issuer: 'https://a.example', audience: 'api' })
    expect(checks.find((check) => check.claim === 'exp')?.message).toBe('Expired at 2027-01-15 06:58:59 UTC, 1h 01m 01s before the check time.')
    expect(checks.find((check) => check.claim === 'iss')?.message).toBe(
      'The issuer is "https://a.example/", not "https://a.example". They differ only by a trailing slash, which still makes them different issuers.',
    )
    expect(checks.find((check) => check.claim === 'aud')?.message).toBe(
      'Not meant for "api": it is meant for "web". Accepting it would let a token for another service be replayed here.',
    )
  })

  it('fails a time claim that is not finite, and never prints NaN for a check time that is not a date', () => {
    const checks = checkClaims({ exp: Number.POSITIVE_INFINITY, nbf: Number.NEGATIVE_INFINITY, iat: 1e20 }, expect0)
    expect(checks.slice(0, 3)).toEqual([
      { claim: 'exp', state: 'fail', message: '"exp" is infinity (a number too large to be a time), so it cannot be checked; reject the token.' },
      { claim: 'nbf', state: 'fail', message: '"nbf" is minus infinity (a number too large to be a time), so it cannot be checked; reject the token.' },
      {
        claim: 'iat',
        state: 'fail',
        message: 'Issued in the future: at a time beyond the range of dates a computer can show, more than a million years after the check time. The issuer\'s clock may be wrong.',
      },
    ])
    expect(checkClaims({ exp: at }, { ...expect0, atSeconds: Number.NaN, toleranceSeconds: Number.NaN })[0]).toEqual({
      claim: 'exp',
      state: 'skipped',
      message: 'The check time is not a valid date: choose another one, or Now.',
    })
  })

  it('says when the expected issuer and the token\'s differ only by invisible characters', () => {
    const check = (iss: string, issuer: string) => checkClaims({ iss }, { ...expect0, issuer }).find((entry) => entry.claim === 'iss')
    expect(check('https://login\u200B.example.com', 'https://login.example.com')).toEqual({
      claim: 'iss',
      state: 'fail',
      message:
        'The issuer is "https://login\\u{200B}.example.com", not "https://login.example.com". They differ only by invisible characters (the token\'s has U+200B ZERO WIDTH SPACE at character 14): they look identical but are different issuers, so a byte-for-byte check rejects the token, and a check by eye would accept it.',
    })
    expect(check('https://login.example.com', 'https://login.example.com\u2060')?.message).toContain('(the expected one has U+2060 WORD JOINER at character 26)')
    expect(check('https://login.example.com/', 'https://login.example.com')?.message).toContain('They differ only by a trailing slash')
  })

  it('says when an audience differs from the expected one only by invisible characters', () => {
    const [aud] = checkClaims({ aud: ['web', 'api\u200E'] }, { ...expect0, audience: 'api' }).filter((entry) => entry.claim === 'aud')
    expect(aud?.state).toBe('fail')
    expect(aud?.message).toBe(
      'Not meant for "api": it is meant for "web", "api\\u{200E}". They differ only by invisible characters (the token\'s has U+200E LEFT-TO-RIGHT MARK at character 4): they look identical but are different audiences, so a byte-for-byte check rejects the token, and a check by eye would accept it. Accepting it would let a token for another service be replayed here.',
    )
  })
})
