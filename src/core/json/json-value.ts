// What kind of JSON value a value is, for checks and for messages.
import type { JsonObject, JsonValue } from './scan-json'

/** A JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value's type as a sentence names it: "a string", "an array", "null", "missing". */
export function describeJsonType(value: JsonValue | undefined): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'object':
      return 'an object'
    case 'string':
      return 'a string'
    case 'number':
      return 'a number'
    case 'boolean':
      return value ? 'true' : 'false'
    default:
      return 'missing'
  }
}
