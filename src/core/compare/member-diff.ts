// The members of a header or a payload that differ between two tokens, seen from the first token to
// the second. Equality is deep: an object or array with the same contents, in any member order, is
// unchanged.
import type { JsonObject, JsonValue } from '../json/scan-json'
import { isolate } from '../text/quote'
import { describeChange, describeOneSided } from './describe-change'
import { isSameJson, writeJson } from './write-json'

/** The contract's `diff-row` values. */
export type DiffPart = 'header' | 'payload'
export type DiffChange = 'added' | 'removed' | 'changed'

export interface MemberDiff {
  part: DiffPart
  name: string
  change: DiffChange
  /** The first token's value as compact JSON, shortened when long; absent when the member was added. */
  before?: string
  /** The second token's value, likewise; absent when the member was removed. */
  after?: string
  /** What changed, in words, when the values do not say it all: "exp is 15 minutes later". */
  note?: string
}

/** Characters of a value shown in a row before it is cut short. */
export const maxShownValueChars = 120

/** The first object's members in their order, then the members only the second has, in its order. */
export function diffMembers(part: DiffPart, first: JsonObject, second: JsonObject): MemberDiff[] {
  const diffs: MemberDiff[] = []
  for (const name of Object.keys(first)) {
    const before = first[name]!
    if (!Object.hasOwn(second, name)) {
      diffs.push(withNote({ part, name, change: 'removed', before: showValue(before) }, describeOneSided(part, name, before)))
      continue
    }
    const after = second[name]!
    if (isSameJson(before, after)) continue
    diffs.push(withNote({ part, name, change: 'changed', before: showValue(before), after: showValue(after) }, describeChange(part, name, before, after)))
  }
  for (const name of Object.keys(second)) {
    if (Object.hasOwn(first, name)) continue
    const after = second[name]!
    diffs.push(withNote({ part, name, change: 'added', after: showValue(after) }, describeOneSided(part, name, after)))
  }
  return diffs
}

/** A value as one line of JSON, cut at `maxChars` with "…"; invisible and direction characters written out. */
export function showValue(value: JsonValue, maxChars = maxShownValueChars): string {
  const text = writeJson(value, { sortKeys: false, maxChars })
  if (text.length <= maxChars) return isolate(text)
  // Never cut between the halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars
  return isolate(`${text.slice(0, end)}…`)
}

function withNote(diff: MemberDiff, note: string | undefined): MemberDiff {
  return note === undefined ? diff : { ...diff, note }
}
