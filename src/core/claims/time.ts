// Formats NumericDate values (seconds since the epoch) for people: UTC, local, relative, countdown.

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'always' })

/** "in 14 minutes", "3 days ago": the largest unit that fits, rounded down. */
export function formatRelative(deltaSeconds: number): string {
  const magnitude = Math.abs(deltaSeconds)
  if (magnitude < 1) return 'now'
  for (const [unit, size] of UNITS) {
    if (magnitude >= size) {
      const count = Math.floor(magnitude / size)
      return relativeFormat.format(deltaSeconds < 0 ? -count : count, unit)
    }
  }
  return 'now'
}

/** "2d 04h 13m 09s", "14m 03s", "9s": a countdown that visibly ticks every second. */
export function formatCountdown(totalSeconds: number): string {
  let rest = Math.max(0, Math.floor(totalSeconds))
  const days = Math.floor(rest / 86400)
  rest -= days * 86400
  const hours = Math.floor(rest / 3600)
  rest -= hours * 3600
  const minutes = Math.floor(rest / 60)
  const seconds = rest - minutes * 60
  const pad = (n: number) => String(n).padStart(2, '0')
  if (days > 0) return `${days}d ${pad(hours)}h ${pad(minutes)}m ${pad(seconds)}s`
  if (hours > 0) return `${hours}h ${pad(minutes)}m ${pad(seconds)}s`
  if (minutes > 0) return `${minutes}m ${pad(seconds)}s`
  return `${seconds}s`
}

/** Whether a NumericDate can be shown as a calendar date (JavaScript dates end in year 275760). */
export function isRepresentableDate(seconds: number): boolean {
  return Number.isFinite(seconds) && Math.abs(seconds) <= 8.64e12
}

export function formatUtc(seconds: number): string {
  if (!isRepresentableDate(seconds)) return 'beyond any calendar date'
  // Years past 9999 come as "+055840-11-08T…": split at the "T" rather than at fixed offsets.
  const [date, time] = new Date(seconds * 1000).toISOString().split('T') as [string, string]
  return `${date.replace(/^\+0*/, '')} ${time.slice(0, 8)} UTC`
}

export function formatLocal(seconds: number, timeZone?: string): string {
  if (!isRepresentableDate(seconds)) return 'beyond any calendar date'
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(seconds * 1000))
}

export function yearOf(seconds: number): number {
  return new Date(seconds * 1000).getUTCFullYear()
}
