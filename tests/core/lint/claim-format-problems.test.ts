import { describe, expect, it } from 'vitest'
import { findClaimFormatProblems } from '../../../src/core/lint/claim-format-problems'
import type { JsonObject } from '../../../src/core/json/scan-json'

const messages = (claims: JsonObject) => findClaimFormatProblems(claims)

describe('findClaimFormatProblems: clean payloads', () => {
  it.each<[string, JsonObject]>([
    ['an empty payload', {}],
    ['the RFC 7519 example', { iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true }],
    [
      'an ID token',
      { iss: 'https://issuer.example', sub: '248289761001', aud: 's6BhdRkqt3', nonce: 'n-0S6_WzA2Mj', exp: 1311281970, iat: 1311280970, auth_time: 1311280969 },
    ],
    ['an audience array', { aud: ['api', 'web'], nbf: 1000, exp: 2000, iat: 1000, jti: 'id-1' }],
    ['exp equal to iat', { iat: 1000, exp: 1000 }],
    ['fractional NumericDates', { iat: 1000.5, exp: 2000.25 }],
    ['zero', { iat: 0 }],
    ['the largest plausible seconds', { exp: 99_999_999_999 }],
  ])('%s has no problem', (_name, claims) => {
    expect(findClaimFormatProblems(claims)).toEqual([])
  })
})

describe('findClaimFormatProblems: NumericDate claims', () => {
  it('warns about an exp that looks like milliseconds, with the year and the date it would be', () => {
    expect(findClaimFormatProblems({ exp: 1700000000000 })).toEqual([
      '"exp" is 1700000000000, which as seconds is the year 55,840: it looks like milliseconds. As milliseconds it would be 2023-11-14 22:13:20 UTC.',
    ])
  })

  it('warns at the threshold of 1e11 seconds and not below it', () => {
    expect(messages({ iat: 100_000_000_000 })).toEqual([
      '"iat" is 100000000000, which as seconds is the year 5,138: it looks like milliseconds. As milliseconds it would be 1973-03-03 09:46:40 UTC.',
    ])
    expect(messages({ iat: 99_999_999_999 })).toEqual([])
  })

  it('does not print "the year NaN" for a value beyond any calendar date as seconds (microseconds)', () => {
    expect(messages({ exp: 1700000000000000 })).toEqual([
      '"exp" is 1700000000000000, which as seconds is a time beyond the range of dates a computer can show: it looks like milliseconds. As milliseconds it would be 55840-11-08 22:13:20 UTC.',
    ])
  })

  it.each([
    [{ exp: 1e20 }, '"exp" is 100000000000000000000, a time beyond the range of dates a computer can show, even if it were milliseconds; verifiers may overflow or reject it. Write the time in seconds since 1970.'],
    [{ iat: -1.7e308 }, '"iat" is -1.7e+308, a time beyond the range of dates a computer can show, even if it were milliseconds; verifiers may overflow or reject it. Write the time in seconds since 1970.'],
    [
      { nbf: Number.POSITIVE_INFINITY },
      '"nbf" is too large a number to be a time: it reads as infinity, not a finite time. Libraries disagree on it (some treat the token as never expiring, others reject it); write the time in seconds since 1970.',
    ],
    [
      { exp: Number.NEGATIVE_INFINITY },
      '"exp" is too large a number to be a time: it reads as minus infinity, not a finite time. Libraries disagree on it (some treat the token as never expiring, others reject it); write the time in seconds since 1970.',
    ],
    [
      { nbf: Number.NEGATIVE_INFINITY },
      '"nbf" is too large a number to be a time: it reads as minus infinity, not a finite time. Libraries disagree on it (some treat the token as never expiring, others reject it); write the time in seconds since 1970.',
    ],
  ])('says in words when a time is absurd: %o', (claims, message) => {
    expect(messages(claims)).toEqual([message])
  })

  it.each([
    ['a string of digits', { exp: '1700000000' }, '"exp" must be a number of seconds (a NumericDate), but it is a string of digits; many libraries reject such a token or ignore the claim.'],
    ['an ISO date string', { nbf: '2024-01-01T00:00:00Z' }, '"nbf" must be a number of seconds (a NumericDate), but it is a string; many libraries reject such a token or ignore the claim.'],
    ['a negative string', { iat: '-5' }, '"iat" must be a number of seconds (a NumericDate), but it is a string; many libraries reject such a token or ignore the claim.'],
    ['null', { auth_time: null }, '"auth_time" must be a number of seconds (a NumericDate), but it is null; many libraries reject such a token or ignore the claim.'],
    ['true', { updated_at: true }, '"updated_at" must be a number of seconds (a NumericDate), but it is true; many libraries reject such a token or ignore the claim.'],
    ['an object', { toe: { t: 1 } }, '"toe" must be a number of seconds (a NumericDate), but it is an object; many libraries reject such a token or ignore the claim.'],
    ['an array', { exp: [1] }, '"exp" must be a number of seconds (a NumericDate), but it is an array; many libraries reject such a token or ignore the claim.'],
    ['negative', { iat: -1 }, '"iat" is negative, a date before 1970.'],
  ])('warns about %s', (_name, claims, message) => {
    expect(messages(claims as JsonObject)).toEqual([message])
  })

  it('warns about a negative value that looks like milliseconds', () => {
    expect(messages({ exp: -100_000_000_000 })).toEqual([
      '"exp" is -100000000000, which as seconds is the year -1,199: it looks like milliseconds. As milliseconds it would be 1966-10-31 14:13:20 UTC.',
    ])
  })
})

describe('findClaimFormatProblems: what other rules judge', () => {
  it.each<[string, JsonObject]>([
    ['an infinite exp (long-lifetime)', { exp: Number.POSITIVE_INFINITY }],
    ['an infinite iat (iat-in-future)', { iat: Number.POSITIVE_INFINITY }],
    ['exp before nbf (time-order)', { nbf: 2000, exp: 1000 }],
    ['exp before iat (time-order)', { iat: 2000, exp: 1000 }],
  ])('leaves %s alone', (_name, claims) => {
    expect(messages(claims)).toEqual([])
  })

  it('still names a string exp next to an nbf', () => {
    expect(messages({ nbf: 2000, exp: '1000' })).toEqual([
      '"exp" must be a number of seconds (a NumericDate), but it is a string of digits; many libraries reject such a token or ignore the claim.',
    ])
  })
})

describe('findClaimFormatProblems: string-valued claims', () => {
  it.each([
    ['iss as a number', { iss: 42 }, '"iss" must be a string, but it is a number; comparisons against it will fail.'],
    ['iss as an object', { iss: { url: 'https://issuer.example' } }, '"iss" must be a string, but it is an object; comparisons against it will fail.'],
    ['iss as null', { iss: null }, '"iss" must be a string, but it is null; comparisons against it will fail.'],
    ['sub as a number', { sub: 1234 }, '"sub" must be a string, but it is a number; comparisons against it will fail.'],
    ['jti as false', { jti: false }, '"jti" must be a string, but it is false; comparisons against it will fail.'],
    ['aud as a number', { aud: 5 }, '"aud" must be a string or an array of strings, but it is a number.'],
    ['aud as an object', { aud: { id: 'api' } }, '"aud" must be a string or an array of strings, but it is an object.'],
    ['aud as null', { aud: null }, '"aud" must be a string or an array of strings, but it is null.'],
    ['aud as an array holding a number', { aud: ['api', 7] }, '"aud" must be a string or an array of strings, but it is an array.'],
  ])('warns about %s', (_name, claims, message) => {
    expect(messages(claims as JsonObject)).toEqual([message])
  })

  it('accepts an empty aud array', () => {
    expect(messages({ aud: [] })).toEqual([])
  })
})
