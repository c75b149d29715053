import { describe, expect, it } from 'vitest'
import { isTimeClaim, timeShift } from '../../../src/core/compare/time-shift'
import type { JsonValue } from '../../../src/core/json/scan-json'

describe('timeShift', () => {
  it.each([
    ['exp', 100, 1000, 'exp is 15 minutes later'],
    ['iat', 0, 2 * 86400, 'issued 2 days later'],
    ['iat', 2 * 86400, 0, 'issued 2 days earlier'],
    ['nbf', 60, 30, 'nbf is 30 seconds earlier'],
    ['auth_time', 0, 7200, 'auth_time is 2 hours later: the user signed in again'],
    ['auth_time', 7200, 0, 'auth_time is 2 hours earlier'],
    ['updated_at', 0, 3600, 'updated_at is 1 hour later'],
    ['exp', -1.7e308, 1.7e308, 'exp is more than a million years later'],
  ] as Array<[string, number, number, string]>)('%s from %d to %d: %s', (name, before, after, text) => {
    expect(timeShift(name, before, after)?.text).toBe(text)
  })

  it.each([
    ['exp', 1, 1],
    ['exp', '1', 2],
    ['exp', 1, Number.POSITIVE_INFINITY],
    ['exp', null, 2],
    ['custom_time', 1, 2],
  ] as Array<[string, JsonValue, JsonValue]>)('says nothing for %s from %j to %j', (name, before, after) => {
    expect(timeShift(name, before, after)).toBeUndefined()
  })

  it('knows the NumericDate claims of the catalogue', () => {
    expect(['exp', 'nbf', 'iat', 'auth_time', 'updated_at', 'toe'].every(isTimeClaim)).toBe(true)
    expect(isTimeClaim('sub')).toBe(false)
  })
})
