// What a changed member's two values say beyond themselves: a time that moved, items that came and
// went from a list of roles or scopes, the members that changed inside an object.
import type { JsonValue } from '../json/scan-json'
import { describeJsonType, isJsonObject } from '../json/json-value'
import { formatUtc } from '../claims/time'
import { quoteList, shorten } from '../text/quote'
import { joinWords } from '../text/words'
import { canonicalJson, isSameJson } from './write-json'
import { isTimeClaim, timeShift } from './time-shift'

type Primitive = string | number | boolean | null

/** Names whose string value is a space-separated list (RFC 6749 §3.3, RFC 8693 §4.2). */
const spaceSeparatedLists = new Set(['scope', 'scp'])
/** Paths inside an object named before saying how many more there are. */
const maxNestedPaths = 5
/** Characters of a member path named before it is cut short. */
const maxPathChars = 60
/** Levels of an object looked into; deeper changes are named by the path above them. */
const maxNestedDepth = 6

/** Words for a member changed from `before` to `after`; undefined when the values say it all. */
export function describeChange(part: 'header' | 'payload', name: string, before: JsonValue, after: JsonValue): string | undefined {
  const shift = part === 'payload' ? timeShift(name, before, after) : undefined
  if (shift) return shift.text
  const beforeItems = listItems(name, before)
  const afterItems = listItems(name, after)
  const isList = Array.isArray(before) || Array.isArray(after) || spaceSeparatedLists.has(name)
  if (beforeItems && afterItems && isList) return describeItems(beforeItems, afterItems)
  if (isJsonObject(before) && isJsonObject(after)) return describeNested(before, after)
  const beforeType = describeJsonType(before)
  const afterType = describeJsonType(after)
  return beforeType !== afterType && !(typeof before === 'boolean' && typeof after === 'boolean') ? `was ${beforeType}, now ${afterType}` : undefined
}

/** Words for a member only one token has: the moment a time claim names. */
export function describeOneSided(part: 'header' | 'payload', name: string, value: JsonValue): string | undefined {
  return part === 'payload' && isTimeClaim(name) && typeof value === 'number' ? formatUtc(value) : undefined
}

/** The items of a list of plain values; an audience or scope written as one string counts as a list of one, or of its words. */
function listItems(name: string, value: JsonValue): Primitive[] | undefined {
  if (Array.isArray(value)) return value.every(isPrimitive) ? (value) : undefined
  if (typeof value === 'string' && spaceSeparatedLists.has(name)) return value.split(/\s+/).filter((word) => word !== '')
  if (typeof value === 'string' && name === 'aud') return [value]
  return undefined
}

function describeItems(before: Primitive[], after: Primitive[]): string {
  const beforeKeys = new Set(before.map((item) => canonicalJson(item)))
  const afterKeys = new Set(after.map((item) => canonicalJson(item)))
  const added = unique(after.filter((item) => !beforeKeys.has(canonicalJson(item))))
  const removed = unique(before.filter((item) => !afterKeys.has(canonicalJson(item))))
  const changes = [added.length > 0 ? `added ${quoteList(added)}` : '', removed.length > 0 ? `removed ${quoteList(removed)}` : ''].filter((text) => text !== '')
  return changes.length > 0 ? changes.join('; ') : 'the same items, written differently'
}

function describeNested(before: Record<string, JsonValue>, after: Record<string, JsonValue>): string | undefined {
  const paths: Array<{ path: string; change: 'added' | 'removed' | 'changed' }> = []
  let total = 0
  const walk = (a: Record<string, JsonValue>, b: Record<string, JsonValue>, prefix: string, depth: number) => {
    for (const name of unique([...Object.keys(a), ...Object.keys(b)])) {
      const path = prefix === '' ? name : `${prefix}.${name}`
      const inA = Object.hasOwn(a, name)
      const inB = Object.hasOwn(b, name)
      if (inA && inB && isSameJson(a[name]!, b[name]!)) continue
      const left = a[name]
      const right = b[name]
      if (inA && inB && isJsonObject(left) && isJsonObject(right) && depth < maxNestedDepth) {
        walk(left, right, path, depth + 1)
        continue
      }
      total++
      if (paths.length < maxNestedPaths) paths.push({ path, change: !inA ? 'added' : !inB ? 'removed' : 'changed' })
    }
  }
  walk(before, after, '', 1)
  if (total === 0) return undefined
  const named = paths.map(({ path, change }) => `${shorten(path, maxPathChars)} ${change}`)
  if (total > paths.length) named.push(`${(total - paths.length).toLocaleString('en-US')} more`)
  return `inside: ${joinWords(named)}`
}

function isPrimitive(value: JsonValue): value is Primitive {
  return value === null || typeof value !== 'object'
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}
