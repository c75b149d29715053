// Registered claims whose type or unit libraries disagree on, so that validation silently breaks.
import type { JsonObject } from '../json/scan-json'
import { describeJsonType } from '../json/json-value'
import { timeClaimNames } from '../claims/claim-kinds'
import { formatUtc, isRepresentableDate, yearOf } from '../claims/time'

// Seconds beyond this (year 5138) are almost certainly milliseconds.
const MILLISECONDS_THRESHOLD = 1e11

/** Each problem in one sentence; the order of the time claims ("exp" before "nbf") is the time-order rule's. */
export function findClaimFormatProblems(claims: JsonObject): string[] {
  const problems: string[] = []
  const warn = (message: string) => problems.push(message)

  for (const name of timeClaimNames) {
    if (!Object.hasOwn(claims, name)) continue
    const value = claims[name]
    if (typeof value !== 'number') {
      const digits = typeof value === 'string' && /^\d+$/.test(value)
      warn(
        `"${name}" must be a number of seconds (a NumericDate), but it is ${digits ? 'a string of digits' : describeJsonType(value)}; many libraries reject such a token or ignore the claim.`,
      )
    } else if (value === Number.POSITIVE_INFINITY && (name === 'exp' || name === 'iat')) {
      // An infinite "exp" is the long-lifetime rule's, an infinite "iat" the iat-in-future rule's.
      continue
    } else if (!Number.isFinite(value)) {
      // Only an overflowing literal such as 1e999 gets here: JSON has no infinity.
      warn(
        `"${name}" is too large a number to be a time: it reads as ${value > 0 ? '' : 'minus '}infinity, not a finite time. Libraries disagree on it (some treat the token as never expiring, others reject it); write the time in seconds since 1970.`,
      )
    } else if (Math.abs(value) >= MILLISECONDS_THRESHOLD) {
      const year = yearOf(value)
      const asYear = year === undefined ? formatUtc(value) : `the year ${year.toLocaleString('en-US')}`
      const asSeconds = value / 1000
      warn(
        isRepresentableDate(asSeconds)
          ? `"${name}" is ${value}, which as seconds is ${asYear}: it looks like milliseconds. As milliseconds it would be ${formatUtc(asSeconds)}.`
          : `"${name}" is ${value}, ${formatUtc(value)}, even if it were milliseconds; verifiers may overflow or reject it. Write the time in seconds since 1970.`,
      )
    } else if (value < 0) {
      warn(`"${name}" is negative, a date before 1970.`)
    }
  }

  for (const name of ['iss', 'sub', 'jti'] as const) {
    if (Object.hasOwn(claims, name) && typeof claims[name] !== 'string') {
      warn(`"${name}" must be a string, but it is ${describeJsonType(claims[name])}; comparisons against it will fail.`)
    }
  }
  if (Object.hasOwn(claims, 'aud')) {
    const aud = claims.aud
    const isValid = typeof aud === 'string' || (Array.isArray(aud) && aud.every((entry) => typeof entry === 'string'))
    if (!isValid) warn(`"aud" must be a string or an array of strings, but it is ${describeJsonType(aud)}.`)
  }
  return problems
}
