// Formats NumericDate values (seconds since the epoch) for people: UTC, local, relative, countdown.
// Every function here is total: the numbers come from tokens anyone can write, and Date and Intl
// throw a RangeError on NaN, on ±Infinity (a JSON literal like 1e999 parses to Infinity) and on
// values past the year 275760, so those get words instead.
import { plural } from '../text/words'

const MINUTE = 60
const HOUR = 3600
const DAY = 86400
/** Calendar years vary; durations count years of 365 days, as people do when they say "in 2 years". */
const YEAR = 365 * DAY
/** ECMAScript dates end 100,000,000 days either side of 1970 (ECMA-262 §21.4.1.22). */
const MAX_DATE_SECONDS = 8.64e12
/** Past this, a count of years says nothing more to a reader than "absurdly far". */
const MAX_COUNTED_YEARS = 1_000_000

const NOT_FINITE = 'not a finite time'
const OUT_OF_RANGE = 'a time beyond the range of dates a computer can show'

/** The clock as a NumericDate: whole seconds since 1970. */
export function currentSeconds(): number {
  return Math.floor(Date.now() / 1000)
}

/** Why a NumericDate cannot be shown as a date, in words; undefined when it can be. */
export function describeUnshowableTime(seconds: number): string | undefined {
  if (!Number.isFinite(seconds)) return NOT_FINITE
  if (Math.abs(seconds) > MAX_DATE_SECONDS) return OUT_OF_RANGE
  return undefined
}

/** Whether a NumericDate can be shown as a calendar date (JavaScript dates end in year 275760). */
export function isRepresentableDate(seconds: number): boolean {
  return describeUnshowableTime(seconds) === undefined
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Splits a span into whole units; the span must be finite and non-negative. */
function splitSpan(totalSeconds: number) {
  const whole = Math.floor(totalSeconds)
  const years = Math.floor(whole / YEAR)
  let rest = whole - years * YEAR
  const days = Math.floor(rest / DAY)
  rest -= days * DAY
  const hours = Math.floor(rest / HOUR)
  rest -= hours * HOUR
  const minutes = Math.floor(rest / MINUTE)
  return { years, days, hours, minutes, seconds: rest - minutes * MINUTE }
}

/** "3 days", "3 days 4 hours": a unit and, when it is not zero, the next smaller one. */
function twoUnits(count: number, unit: string, smaller: number, smallerUnit: string): string {
  return smaller === 0 ? plural(count, unit) : `${plural(count, unit)} ${plural(smaller, smallerUnit)}`
}

/**
 * A span in words, as precise as its size deserves: "12 seconds", "59 minutes 12 seconds",
 * "23 hours 5 minutes", "3 days 4 hours", "2 years 41 days", "73 years". The sign is ignored. An
 * infinite span (subtracting two huge finite times can give one) is "more than a million years";
 * NaN is "no finite time".
 */
export function formatDuration(seconds: number): string {
  if (Number.isNaN(seconds)) return 'no finite time'
  if (!Number.isFinite(seconds)) return 'more than a million years'
  const span = splitSpan(Math.abs(seconds))
  if (span.years >= MAX_COUNTED_YEARS) return 'more than a million years'
  // Past ten years, a count of days is noise next to the years.
  if (span.years >= 10) return plural(span.years, 'year')
  if (span.years > 0) return twoUnits(span.years, 'year', span.days, 'day')
  if (span.days > 0) return twoUnits(span.days, 'day', span.hours, 'hour')
  if (span.hours > 0) return twoUnits(span.hours, 'hour', span.minutes, 'minute')
  if (span.minutes > 0) return twoUnits(span.minutes, 'minute', span.seconds, 'second')
  return plural(span.seconds, 'second')
}

/** "in 14 minutes 3 seconds", "3 days 4 hours ago", "in 73 years": how far a moment is from now. */
export function formatRelative(deltaSeconds: number): string {
  if (Number.isNaN(deltaSeconds)) return NOT_FINITE
  if (Math.abs(deltaSeconds) < 1) return 'now'
  const span = formatDuration(deltaSeconds)
  return deltaSeconds < 0 ? `${span} ago` : `in ${span}`
}

/**
 * "14m 03s", "2d 04h 13m 09s", "73 years 41 days 07h 13m 09s": a countdown that visibly ticks every
 * second (the expiry status promises that), with long spans in years and days rather than 26688d.
 * Negative spans count as 0s; NaN is "no finite time".
 */
export function formatCountdown(totalSeconds: number): string {
  if (Number.isNaN(totalSeconds)) return 'no finite time'
  if (totalSeconds === Number.POSITIVE_INFINITY) return 'more than a million years'
  const span = splitSpan(Math.max(0, totalSeconds))
  if (span.years >= MAX_COUNTED_YEARS) return 'more than a million years'
  const clock = `${pad(span.hours)}h ${pad(span.minutes)}m ${pad(span.seconds)}s`
  if (span.years > 0) return `${plural(span.years, 'year')} ${plural(span.days, 'day')} ${clock}`
  if (span.days > 0) return `${span.days}d ${clock}`
  if (span.hours > 0) return `${span.hours}h ${pad(span.minutes)}m ${pad(span.seconds)}s`
  if (span.minutes > 0) return `${span.minutes}m ${pad(span.seconds)}s`
  return `${span.seconds}s`
}

export function formatUtc(seconds: number): string {
  const problem = describeUnshowableTime(seconds)
  if (problem !== undefined) return problem
  // Years past 9999 come as "+055840-11-08T…": split at the "T" rather than at fixed offsets.
  const [date, time] = new Date(seconds * 1000).toISOString().split('T') as [string, string]
  return `${date.replace(/^\+0*/, '')} ${time.slice(0, 8)} UTC`
}

/** The moment in the reader's time zone (or `timeZone`); falls back to UTC for a zone the engine does not know. */
export function formatLocal(seconds: number, timeZone?: string): string {
  const problem = describeUnshowableTime(seconds)
  if (problem !== undefined) return problem
  try {
    return new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'long',
      ...(timeZone ? { timeZone } : {}),
    }).format(new Date(seconds * 1000))
  } catch (error) {
    if (error instanceof RangeError) return formatUtc(seconds)
    throw error
  }
}

/** The UTC year of a NumericDate, or undefined when it is not a date a computer can show. */
export function yearOf(seconds: number): number | undefined {
  return isRepresentableDate(seconds) ? new Date(seconds * 1000).getUTCFullYear() : undefined
}
