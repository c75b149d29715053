// A JSON value's type in words, for sentences such as "… but it is an array".
import type { JsonValue } from './scan-json'

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
