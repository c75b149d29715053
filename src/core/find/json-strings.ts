// Every string in a parsed JSON value with its path in the contract's spelling: members joined by
// ".", array indexes in brackets (`data.items[0].jwt`). Iterative, so deep nesting cannot overflow.
import type { JsonValue } from '../json/scan-json'

/** A member name that would read as more than one step is written as a quoted index: `["a.b"]`. */
const PLAIN_NAME = /^[^.[\]\s"]+$/

export function jsonMemberPath(parent: string, name: string): string {
  if (!PLAIN_NAME.test(name)) return `${parent}[${JSON.stringify(name)}]`
  return parent === '' ? name : `${parent}.${name}`
}

/**
 * Calls `visit` for each string value and member name worth a look (`isWorthALook` on the text),
 * with the path of the value, or of the member whose name it is. Paths are only built for those.
 */
export function forEachJsonString(root: JsonValue, isWorthALook: (text: string) => boolean, visit: (text: string, path: string) => void): void {
  const stack: Array<{ value: JsonValue; path: string }> = [{ value: root, path: '' }]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path } = item
    if (typeof value === 'string') {
      if (isWorthALook(value)) visit(value, path)
    } else if (Array.isArray(value)) {
      // Pushed in reverse so that they come off the stack in document order.
      for (let i = value.length - 1; i >= 0; i--) {
        const element = value[i]!
        if (typeof element === 'string' && !isWorthALook(element)) continue
        if (typeof element !== 'object' && typeof element !== 'string') continue
        stack.push({ value: element, path: `${path}[${i}]` })
      }
    } else if (value !== null && typeof value === 'object') {
      const names = Object.keys(value)
      for (let i = names.length - 1; i >= 0; i--) {
        const name = names[i]!
        const member = value[name]!
        const isStringWorthALook = typeof member === 'string' && isWorthALook(member)
        if (isStringWorthALook || (member !== null && typeof member === 'object')) stack.push({ value: member, path: jsonMemberPath(path, name) })
        if (isWorthALook(name)) stack.push({ value: name, path: jsonMemberPath(path, name) })
      }
    }
  }
}
