import { describe, expect, it } from 'vitest'
import { expiryStatus, type ExpiryStatus } from '../../../src/core/claims/expiry'
import type { JsonValue } from '../../../src/core/json/scan-json'

describe('expiryStatus', () => {
  it.each<[string, JsonValue | undefined, number, ExpiryStatus]>([
    ['no payload', undefined, 1000, { state: 'no-expiry' }],
    ['a payload that is not an object', [1, 2], 1000, { state: 'no-expiry' }],
    ['a payload that is a string', 'exp', 1000, { state: 'no-expiry' }],
    ['null', null, 1000, { state: 'no-expiry' }],
    ['no time claims', { sub: 'alice' }, 1000, { state: 'no-expiry' }],
    ['only iat', { iat: 500 }, 1000, { state: 'no-expiry', iat: 500 }],
    ['nbf in the past and no exp', { nbf: 500 }, 1000, { state: 'no-expiry', nbf: 500 }],
    ['nbf in the future and no exp', { nbf: 1500 }, 1000, { state: 'not-yet-valid', nbf: 1500 }],
    ['only exp, in the future', { exp: 2000 }, 1000, { state: 'active', exp: 2000 }],
    ['only exp, in the past', { exp: 500 }, 1000, { state: 'expired', exp: 500 }],
    ['now exactly at exp', { exp: 1000 }, 1000, { state: 'expired', exp: 1000 }],
    ['one second before exp', { exp: 1000 }, 999, { state: 'active', exp: 1000 }],
    ['a fraction of a second before exp', { exp: 1000 }, 999.5, { state: 'active', exp: 1000 }],
    [
      'iat and exp, halfway',
      { iat: 1000, exp: 2000 },
      1500,
      { state: 'active', iat: 1000, exp: 2000, window: { startSeconds: 1000, endSeconds: 2000, fraction: 0.5 } },
    ],
    [
      'iat and exp, a quarter of the way',
      { iat: 1000, exp: 2000 },
      1250,
      { state: 'active', iat: 1000, exp: 2000, window: { startSeconds: 1000, endSeconds: 2000, fraction: 0.25 } },
    ],
    [
      'nbf is the start of the window rather than iat',
      { iat: 0, nbf: 1000, exp: 2000 },
      1750,
      { state: 'active', iat: 0, nbf: 1000, exp: 2000, window: { startSeconds: 1000, endSeconds: 2000, fraction: 0.75 } },
    ],
    [
      'now exactly at nbf',
      { nbf: 1000, exp: 2000 },
      1000,
      { state: 'active', nbf: 1000, exp: 2000, window: { startSeconds: 1000, endSeconds: 2000, fraction: 0 } },
    ],
    [
      'one second before nbf',
      { nbf: 1000, exp: 2000 },
      999,
      { state: 'not-yet-valid', nbf: 1000, exp: 2000, window: { startSeconds: 1000, endSeconds: 2000, fraction: 0 } },
    ],
    [
      'now exactly at exp with a window',
      { iat: 1000, exp: 2000 },
      2000,
      { state: 'expired', iat: 1000, exp: 2000, window: { startSeconds: 1000, endSeconds: 2000, fraction: 1 } },
    ],
    [
      'long after exp: the fraction stops at 1',
      { iat: 1000, exp: 2000 },
      9000,
      { state: 'expired', iat: 1000, exp: 2000, window: { startSeconds: 1000, endSeconds: 2000, fraction: 1 } },
    ],
    [
      'iat in the future: the fraction stops at 0 and iat does not make it not-yet-valid',
      { iat: 1000, exp: 2000 },
      0,
      { state: 'active', iat: 1000, exp: 2000, window: { startSeconds: 1000, endSeconds: 2000, fraction: 0 } },
    ],
    ['exp equal to nbf, before both: no window', { nbf: 1000, exp: 1000 }, 500, { state: 'not-yet-valid', nbf: 1000, exp: 1000 }],
    ['exp equal to nbf, at both: expired the moment it would become valid', { nbf: 1000, exp: 1000 }, 1000, { state: 'expired', nbf: 1000, exp: 1000 }],
    ['exp before nbf: no window', { nbf: 2000, exp: 1000 }, 500, { state: 'not-yet-valid', nbf: 2000, exp: 1000 }],
    ['exp before iat: no window', { iat: 3000, exp: 2000 }, 1000, { state: 'active', iat: 3000, exp: 2000 }],
    ['a string exp is ignored', { exp: '2000' }, 1000, { state: 'no-expiry' }],
    ['a boolean exp is ignored', { exp: true, iat: 500 }, 1000, { state: 'no-expiry', iat: 500 }],
    ['a null exp is ignored', { exp: null }, 1000, { state: 'no-expiry' }],
    ['an object exp is ignored', { exp: { seconds: 2000 } }, 1000, { state: 'no-expiry' }],
    ['a string nbf is ignored', { nbf: '5000', exp: 2000 }, 1000, { state: 'active', exp: 2000 }],
    ['a fractional exp counts', { exp: 1000.5 }, 1000.25, { state: 'active', exp: 1000.5 }],
    ['a negative exp is long expired', { exp: -1 }, 0, { state: 'expired', exp: -1 }],
  ])('%s', (_name, payload, now, status) => {
    expect(expiryStatus(payload, now)).toEqual(status)
  })
})
