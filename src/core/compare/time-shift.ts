// How far a time claim moved between two tokens, in words: "exp is 15 minutes later".
import { formatDuration } from '../claims/time'
import { claimKind } from '../claims/claim-kinds'
import type { JsonValue } from '../json/scan-json'

export interface TimeShift {
  name: string
  /** The second token's time minus the first's; positive when the second is later. */
  deltaSeconds: number
  /** The shift in words, e.g. "exp is 15 minutes later", "issued 2 days earlier". */
  text: string
}

/** Whether a payload claim of this name is a NumericDate the claim catalogue knows. */
export function isTimeClaim(name: string): boolean {
  return claimKind(name)?.isTime === true
}

/** The shift of a time claim whose value is a finite number on both sides; undefined otherwise or when it did not move. */
export function timeShift(name: string, before: JsonValue | undefined, after: JsonValue | undefined): TimeShift | undefined {
  if (!isTimeClaim(name) || typeof before !== 'number' || typeof after !== 'number') return undefined
  if (!Number.isFinite(before) || !Number.isFinite(after) || before === after) return undefined
  const deltaSeconds = after - before
  return { name, deltaSeconds, text: describeShift(name, deltaSeconds) }
}

function describeShift(name: string, deltaSeconds: number): string {
  const span = formatDuration(deltaSeconds)
  const direction = deltaSeconds > 0 ? 'later' : 'earlier'
  if (name === 'iat') return `issued ${span} ${direction}`
  // A later auth_time means the user signed in again, not that the token was only refreshed.
  if (name === 'auth_time' && deltaSeconds > 0) return `auth_time is ${span} later: the user signed in again`
  return `${name} is ${span} ${direction}`
}

/** A span in a summary: "15 minutes later", "2 days earlier". */
export function shortShift(deltaSeconds: number): string {
  return `${formatDuration(deltaSeconds)} ${deltaSeconds > 0 ? 'later' : 'earlier'}`
}
