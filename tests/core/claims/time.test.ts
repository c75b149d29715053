import { describe, expect, it } from 'vitest'
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

const MINUTE = 60
const HOUR = 3600
const DAY = 86400
const YEAR = 365 * DAY
const OUT_OF_RANGE = 'a time beyond the range of dates a computer can show'

describe('formatDuration', () => {
  it.each([
    [0, '0 seconds'],
    [-0, '0 seconds'],
    [0.9, '0 seconds'],
    [1, '1 second'],
    [59.99, '59 seconds'],
    [MINUTE, '1 minute'],
    [59 * MINUTE + 12, '59 minutes 12 seconds'],
    [HOUR, '1 hour'],
    [23 * HOUR + 5 * MINUTE + 59, '23 hours 5 minutes'],
    [DAY, '1 day'],
    [3 * DAY, '3 days'],
    [3 * DAY + 4 * HOUR + 13 * MINUTE, '3 days 4 hours'],
    [364 * DAY, '364 days'],
    [YEAR, '1 year'],
    [YEAR + DAY, '1 year 1 day'],
    [2 * YEAR + 41 * DAY + 7 * HOUR, '2 years 41 days'],
    [10 * YEAR + 41 * DAY, '10 years'],
    [73 * YEAR + 41 * DAY, '73 years'],
    [-73 * YEAR, '73 years'],
    [999_999 * YEAR, '999,999 years'],
    [1e20, 'more than a million years'],
    [1.7e308, 'more than a million years'],
    [Number.MAX_VALUE, 'more than a million years'],
    [Number.POSITIVE_INFINITY, 'more than a million years'],
    [Number.NEGATIVE_INFINITY, 'more than a million years'],
    [Number.NaN, 'no finite time'],
  ])('%d seconds is "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })
})

describe('formatRelative', () => {
  it.each([
    [0, 'now'],
    [-0, 'now'],
    [0.5, 'now'],
    [-0.999, 'now'],
    [1, 'in 1 second'],
    [-1, '1 second ago'],
    [59, 'in 59 seconds'],
    [-59.9, '59 seconds ago'],
    [MINUTE, 'in 1 minute'],
    [14 * MINUTE + 3, 'in 14 minutes 3 seconds'],
    [-14 * MINUTE, '14 minutes ago'],
    [-5 * HOUR, '5 hours ago'],
    [DAY - 1, 'in 23 hours 59 minutes'],
    [-3 * DAY - 4 * HOUR, '3 days 4 hours ago'],
    [7 * DAY, 'in 7 days'],
    [2 * YEAR + 41 * DAY, 'in 2 years 41 days'],
    [26688 * DAY + 7 * HOUR, 'in 73 years'],
    [-10 * YEAR, '10 years ago'],
    [1000 * YEAR, 'in 1,000 years'],
    [1e20, 'in more than a million years'],
    [-1.7e308, 'more than a million years ago'],
    [Number.POSITIVE_INFINITY, 'in more than a million years'],
    [Number.NEGATIVE_INFINITY, 'more than a million years ago'],
    [Number.NaN, 'not a finite time'],
  ])('%d seconds is "%s"', (delta, text) => {
    expect(formatRelative(delta)).toBe(text)
  })
})

describe('formatCountdown', () => {
  it.each([
    [0, '0s'],
    [-0, '0s'],
    [0.9, '0s'],
    [-5, '0s'],
    [9, '9s'],
    [59.99, '59s'],
    [MINUTE, '1m 00s'],
    [59 * MINUTE + 12, '59m 12s'],
    [HOUR - 1, '59m 59s'],
    [HOUR, '1h 00m 00s'],
    [23 * HOUR + 5 * MINUTE + 9, '23h 05m 09s'],
    [DAY, '1d 00h 00m 00s'],
    [2 * DAY + 4 * HOUR + 13 * MINUTE + 9, '2d 04h 13m 09s'],
    [364 * DAY, '364d 00h 00m 00s'],
    [YEAR, '1 year 0 days 00h 00m 00s'],
    [400 * DAY, '1 year 35 days 00h 00m 00s'],
    [26688 * DAY + 7 * HOUR + 13 * MINUTE + 9, '73 years 43 days 07h 13m 09s'],
    [1e20, 'more than a million years'],
    [1.7e308, 'more than a million years'],
    [-1.7e308, '0s'],
    [Number.NEGATIVE_INFINITY, '0s'],
    [Number.POSITIVE_INFINITY, 'more than a million years'],
    [Number.NaN, 'no finite time'],
  ])('%d seconds is "%s"', (seconds, text) => {
    expect(formatCountdown(seconds)).toBe(text)
  })
})

describe('formatUtc', () => {
  it.each([
    [0, '1970-01-01 00:00:00 UTC'],
    [-0, '1970-01-01 00:00:00 UTC'],
    [0.999, '1970-01-01 00:00:00 UTC'],
    [-1, '1969-12-31 23:59:59 UTC'],
    [1300819380, '2011-03-22 18:43:00 UTC'],
    [253402300799, '9999-12-31 23:59:59 UTC'],
    [253402300800, '10000-01-01 00:00:00 UTC'],
    [1_700_000_000_000, '55840-11-08 22:13:20 UTC'],
    [8.64e12, '275760-09-13 00:00:00 UTC'],
    [8.64e12 + 1, OUT_OF_RANGE],
    [-8.64e12 - 1, OUT_OF_RANGE],
    [1e20, OUT_OF_RANGE],
    [-1.7e308, OUT_OF_RANGE],
    [Number.NaN, 'not a finite time'],
    [Number.POSITIVE_INFINITY, 'not a finite time'],
    [Number.NEGATIVE_INFINITY, 'not a finite time'],
  ])('%d is "%s"', (seconds, text) => {
    expect(formatUtc(seconds)).toBe(text)
  })
})

describe('formatLocal', () => {
  it.each([
    [0, '1 Jan 1970, 00:00:00 UTC'],
    [1300819380, '22 Mar 2011, 18:43:00 UTC'],
    [8.64e12 + 1, OUT_OF_RANGE],
    [Number.POSITIVE_INFINITY, 'not a finite time'],
  ])('%d in UTC is "%s"', (seconds, text) => {
    expect(formatLocal(seconds, 'UTC')).toBe(text)
  })

  it('uses the time zone it is given', () => {
    expect(formatLocal(1300819380, 'Asia/Tokyo')).toBe('23 Mar 2011, 03:43:00 GMT+9')
  })

  it('falls back to UTC for a time zone the engine does not know', () => {
    expect(formatLocal(1300819380, 'Mars/Olympus_Mons')).toBe('2011-03-22 18:43:00 UTC')
  })
})

describe('isRepresentableDate, describeUnshowableTime and yearOf', () => {
  it.each([
    [0, undefined],
    [-1, undefined],
    [8.64e12, undefined],
    [-8.64e12, undefined],
    [8.64e12 + 1, OUT_OF_RANGE],
    [-8.64e12 - 1, OUT_OF_RANGE],
    [Number.NaN, 'not a finite time'],
    [Number.POSITIVE_INFINITY, 'not a finite time'],
    [Number.NEGATIVE_INFINITY, 'not a finite time'],
  ])('%d: %s', (seconds, problem) => {
    expect(describeUnshowableTime(seconds)).toBe(problem)
    expect(isRepresentableDate(seconds)).toBe(problem === undefined)
  })

  it('reads the UTC year, and has none for a time that is not a date', () => {
    expect(yearOf(0)).toBe(1970)
    expect(yearOf(-1)).toBe(1969)
    expect(yearOf(1_700_000_000)).toBe(2023)
    expect(yearOf(1e20)).toBeUndefined()
    expect(yearOf(Number.NaN)).toBeUndefined()
  })
})
