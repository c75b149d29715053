// Claims come from tokens anyone can write: every time formatter and inspector must answer any
// number with words, never with the RangeError that Date and Intl throw.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  describeUnshowableTime,
  formatCountdown,
  formatDuration,
  formatLocal,
  formatRelative,
  formatUtc,
  isRepresentableDate,
  yearOf,
} from '../../../src/core/claims/time'
import { expiryStatus } from '../../../src/core/claims/expiry'
import { checkClaims } from '../../../src/core/claims/check-claims'
import { detectProfile } from '../../../src/core/claims/token-profile'
import { lintToken } from '../../../src/core/lint/lint-token'
import { decodeToken } from '../../../src/core/token/decode-token'
import type { JsonObject } from '../../../src/core/json/scan-json'
import { makeToken } from '../../fixtures/tokens'

const edgeNumbers = [
  0, -0, 1, -1, 0.5, -0.5, 1e11, 8.64e12, 8.64e12 + 1, -8.64e12 - 1, 8.64e15, 1e20, -1e20, 1.7e308, -1.7e308,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY, Number.NaN,
]
/** Any double (fast-check includes NaN, ±Infinity and -0), the edges above, and plain integers. */
const anyNumber = fc.oneof(fc.double(), fc.constantFrom(...edgeNumbers), fc.integer())
/** What a token may hold in a time claim: numbers, and strings that look like them. */
const anyClaimValue = fc.oneof(anyNumber, fc.constantFrom('NaN', '1e999', '-Infinity', 'Infinity', '1700000000', ''), fc.string(), fc.constant(null))
const timeClaims = fc.record({ exp: anyClaimValue, nbf: anyClaimValue, iat: anyClaimValue, auth_time: anyClaimValue }, { requiredKeys: [] })

const decoded = decodeToken(makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'x' }))!

const isText = (value: unknown) => typeof value === 'string' && value.length > 0

describe('time formatters are total', () => {
  it('every formatter answers any number with text', () => {
    fc.assert(
      fc.property(anyNumber, (seconds) => {
        for (const text of [formatDuration(seconds), formatRelative(seconds), formatCountdown(seconds), formatUtc(seconds), formatLocal(seconds), formatLocal(seconds, 'UTC')]) {
          expect(isText(text)).toBe(true)
          expect(text).not.toMatch(/NaN|Infinity|undefined/)
        }
        const problem = describeUnshowableTime(seconds)
        expect(problem === undefined || isText(problem)).toBe(true)
        expect(isRepresentableDate(seconds)).toBe(problem === undefined)
        const year = yearOf(seconds)
        expect(year === undefined || Number.isInteger(year)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('claim inspectors are total', () => {
  it('judge any time claims at any moment without throwing', () => {
    fc.assert(
      fc.property(timeClaims, anyNumber, anyNumber, (claims, nowSeconds, toleranceSeconds) => {
        const payload = claims as JsonObject
        const status = expiryStatus(payload, nowSeconds)
        if (status.window) {
          expect(status.window.fraction).toBeGreaterThanOrEqual(0)
          expect(status.window.fraction).toBeLessThanOrEqual(1)
        }
        const checks = checkClaims(payload, { issuer: 'https://issuer.example', audience: 'api', toleranceSeconds, atSeconds: nowSeconds })
        for (const check of checks) expect(check.message).not.toMatch(/NaN/)
        expect(detectProfile({ alg: 'HS256' }, payload, false).title.length).toBeGreaterThan(0)
        const findings = lintToken({ decoded, header: { alg: 'HS256' }, claims: payload, nowSeconds, key: {} })
        for (const finding of findings) expect(finding.detail).not.toMatch(/NaN|year undefined|no finite time from now/)
      }),
      { numRuns: 1000 },
    )
  })
})
