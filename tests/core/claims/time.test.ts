import { describe, expect, it } from 'vitest'
import { formatCountdown, formatLocal, formatRelative, formatUtc, isRepresentableDate, yearOf } from '../../../src/core/claims/time'

const MINUTE = 60
const HOUR = 3600
const DAY = 86400

describe('formatRelative', () => {
  it.each([
    [0, 'now'],
    [0.5, 'now'],
    [-0.999, 'now'],
    [1, 'in 1 second'],
    [-1, '1 second ago'],
    [59, 'in 59 seconds'],
    [-59.9, '59 seconds ago'],
    [MINUTE, 'in 1 minute'],
    [14 * MINUTE, 'in 14 minutes'],
    [14 * MINUTE + 59, 'in 14 minutes'],
    [-14 * MINUTE, '14 minutes ago'],
    [HOUR - 1, 'in 59 minutes'],
    [HOUR, 'in 1 hour'],
    [-5 * HOUR, '5 hours ago'],
    [DAY - 1, 'in 23 hours'],
    [DAY, 'in 1 day'],
    [-3 * DAY, '3 days ago'],
    [-3 * DAY - 23 * HOUR, '3 days ago'],
    [7 * DAY, 'in 1 week'],
    [29 * DAY, 'in 4 weeks'],
    [30 * DAY, 'in 1 month'],
    [-364 * DAY, '12 months ago'],
    [365 * DAY, 'in 1 year'],
    [-10 * 365 * DAY, '10 years ago'],
    [1000 * 365 * DAY, 'in 1,000 years'],
  ])('%d seconds is "%s"', (delta, text) => {
    expect(formatRelative(delta)).toBe(text)
  })
})

describe('formatCountdown', () => {
  it.each([
    [0, '0s'],
    [0.9, '0s'],
    [-5, '0s'],
    [9, '9s'],
    [59, '59s'],
    [59.99, '59s'],
    [MINUTE, '1m 00s'],
    [14 * MINUTE + 3, '14m 03s'],
    [HOUR - 1, '59m 59s'],
    [HOUR, '1h 00m 00s'],
    [DAY - 1, '23h 59m 59s'],
    [DAY, '1d 00h 00m 00s'],
    [2 * DAY + 4 * HOUR + 13 * MINUTE + 9, '2d 04h 13m 09s'],
    [400 * DAY, '400d 00h 00m 00s'],
  ])('%d seconds is "%s"', (seconds, text) => {
    expect(formatCountdown(seconds)).toBe(text)
  })
})

describe('formatUtc', () => {
  it.each([
    [0, '1970-01-01 00:00:00 UTC'],
    [0.999, '1970-01-01 00:00:00 UTC'],
    [-1, '1969-12-31 23:59:59 UTC'],
    [1300819380, '2011-03-22 18:43:00 UTC'],
    [253402300799, '9999-12-31 23:59:59 UTC'],
    [253402300800, '10000-01-01 00:00:00 UTC'],
    [1_700_000_000_000, '55840-11-08 22:13:20 UTC'],
    [8.64e12, '275760-09-13 00:00:00 UTC'],
    [8.64e12 + 1, 'beyond any calendar date'],
    [-8.64e12 - 1, 'beyond any calendar date'],
    [Number.NaN, 'beyond any calendar date'],
    [Number.POSITIVE_INFINITY, 'beyond any calendar date'],
  ])('%d is "%s"', (seconds, text) => {
    expect(formatUtc(seconds)).toBe(text)
  })
})

describe('formatLocal', () => {
  it.each([
    [0, '1 Jan 1970, 00:00:00 UTC'],
    [1300819380, '22 Mar 2011, 18:43:00 UTC'],
    [8.64e12 + 1, 'beyond any calendar date'],
  ])('%d in UTC is "%s"', (seconds, text) => {
    expect(formatLocal(seconds, 'UTC')).toBe(text)
  })

  it('uses the time zone it is given', () => {
    expect(formatLocal(1300819380, 'Asia/Tokyo')).toBe('23 Mar 2011, 03:43:00 GMT+9')
  })
})

describe('isRepresentableDate and yearOf', () => {
  it.each([
    [0, true],
    [-1, true],
    [8.64e12, true],
    [-8.64e12, true],
    [8.64e12 + 1, false],
    [-8.64e12 - 1, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    [Number.NEGATIVE_INFINITY, false],
  ])('%d: %s', (seconds, representable) => {
    expect(isRepresentableDate(seconds)).toBe(representable)
  })

  it('reads the UTC year', () => {
    expect(yearOf(0)).toBe(1970)
    expect(yearOf(-1)).toBe(1969)
    expect(yearOf(1_700_000_000)).toBe(2023)
  })
})
