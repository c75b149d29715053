// A strict RFC 8259 scanner that reports what JSON.parse hides: the exact place of a syntax error,
// member names that appear twice in one object (JSON.parse silently keeps the last), and integers
// too large to survive as JavaScript numbers. Iterative, so deep nesting cannot overflow the stack.
import { describeCharacter } from '../text/words'

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

export interface JsonSyntaxError {
  /** Zero-based offset into the text. */
  position: number
  line: number
  column: number
  message: string
}

export interface DuplicateMember {
  /** Names of the enclosing object members, outermost first; empty at the top level. */
  path: string[]
  name: string
  position: number
}

export interface UnsafeInteger {
  path: string[]
  literal: string
}

export type JsonScan =
  | { ok: true; value: JsonValue; duplicates: DuplicateMember[]; unsafeIntegers: UnsafeInteger[] }
  | { ok: false; error: JsonSyntaxError }

interface Frame {
  isObject: boolean
  names: Set<string> | null
  /** The member name under which this container sits in its parent object, if any. */
  name: string | null
}

class JsonSyntax extends Error {
  constructor(
    readonly position: number,
    readonly reason: string,
  ) {
    super(reason)
  }
}

const QUOTE = 34
const BACKSLASH = 92
// A control character (anything below U+0020) or a backslash.
const NEEDS_CHARACTER_BY_CHARACTER = /[^\u0020-\uffff]|\\/

export function scanJson(text: string): JsonScan {
  try {
    const { duplicates, unsafeIntegers } = scan(text)
    return { ok: true, value: JSON.parse(text) as JsonValue, duplicates, unsafeIntegers }
  } catch (error) {
    if (!(error instanceof JsonSyntax)) throw error
    const { line, column } = lineAndColumn(text, error.position)
    return { ok: false, error: { position: error.position, line, column, message: error.reason } }
  }
}

export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: position - lineStart + 1 }
}

function scan(text: string): { duplicates: DuplicateMember[]; unsafeIntegers: UnsafeInteger[] } {
  const duplicates: DuplicateMember[] = []
  const unsafeIntegers: UnsafeInteger[] = []
  const stack: Frame[] = []
  let pos = 0
  let pendingName: string | null = null

  const found = (): string => {
    if (pos >= text.length) return 'the end of the text'
    return describeCharacter(String.fromCodePoint(text.codePointAt(pos) ?? 0))
  }
  const fail = (expected: string): never => {
    throw new JsonSyntax(pos, `expected ${expected}, found ${found()}`)
  }
  const skipWhitespace = () => {
    for (;;) {
      const c = text.charCodeAt(pos)
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++
      else return
    }
  }
  const path = (): string[] => {
    const names: string[] = []
    for (const frame of stack) if (frame.name !== null) names.push(frame.name)
    return names
  }

  const readString = (): string => {
    const start = pos
    pos++ // opening quote
    // Most strings hold no escape and no control character: one native search finds their end, which
    // matters when a single string is megabytes long. Any other string is read character by character.
    const close = text.indexOf('"', pos)
    if (close !== -1) {
      const body = text.slice(pos, close)
      if (!NEEDS_CHARACTER_BY_CHARACTER.test(body)) {
        pos = close + 1
        return body
      }
    }
    let hasEscape = false
    for (;;) {
      if (pos >= text.length) throw new JsonSyntax(start, 'this string is never closed with a double quote')
      const c = text.charCodeAt(pos)
      if (c === QUOTE) break
      if (c === BACKSLASH) {
        hasEscape = true
        const next = text[pos + 1]
        if (next === undefined) throw new JsonSyntax(start, 'this string is never closed with a double quote')
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
            throw new JsonSyntax(pos, '"\\u" must be followed by four hexadecimal digits')
          }
          pos += 6
          continue
        }
        if (!'"\\/bfnrt'.includes(next)) {
          throw new JsonSyntax(pos, `"\\${next}" is not a valid escape in a JSON string`)
        }
        pos += 2
        continue
      }
      if (c < 0x20) {
        throw new JsonSyntax(pos, `${found()} must be escaped inside a JSON string`)
      }
      pos++
    }
    pos++ // closing quote
    const raw = text.slice(start, pos)
    return hasEscape ? (JSON.parse(raw) as string) : raw.slice(1, -1)
  }

  const readNumber = () => {
    const start = pos
    if (text[pos] === '-') pos++
    if (text[pos] === '0') pos++
    else if (isDigit(text.charCodeAt(pos))) while (isDigit(text.charCodeAt(pos))) pos++
    else fail('a digit')
    let isInteger = true
    if (text[pos] === '.') {
      isInteger = false
      pos++
      if (!isDigit(text.charCodeAt(pos))) fail('a digit after the decimal point')
      while (isDigit(text.charCodeAt(pos))) pos++
    }
    if (text[pos] === 'e' || text[pos] === 'E') {
      isInteger = false
      pos++
      if (text[pos] === '+' || text[pos] === '-') pos++
      if (!isDigit(text.charCodeAt(pos))) fail('a digit in the exponent')
      while (isDigit(text.charCodeAt(pos))) pos++
    }
    const literal = text.slice(start, pos)
    if (isInteger && !Number.isSafeInteger(Number(literal))) {
      unsafeIntegers.push({ path: pendingName === null ? path() : [...path(), pendingName], literal })
    }
  }

  const readLiteral = (word: string) => {
    if (text.startsWith(word, pos)) pos += word.length
    else fail('a value (an object, array, string, number, true, false or null)')
  }

  const readMemberName = () => {
    skipWhitespace()
    if (text.charCodeAt(pos) !== QUOTE) fail('a member name in double quotes')
    const namePosition = pos
    const name = readString()
    const frame = stack[stack.length - 1]!
    if (frame.names!.has(name)) duplicates.push({ path: path(), name, position: namePosition })
    else frame.names!.add(name)
    skipWhitespace()
    if (text[pos] !== ':') fail('":" after the member name')
    pos++
    pendingName = name
  }

  skipWhitespace()
  for (;;) {
    // A value starts here.
    skipWhitespace()
    const c = text[pos]
    if (c === '{' || c === '[') {
      const isObject = c === '{'
      stack.push({ isObject, names: isObject ? new Set() : null, name: pendingName })
      pendingName = null
      pos++
      skipWhitespace()
      if (text[pos] === (isObject ? '}' : ']')) {
        pos++
        stack.pop()
      } else {
        if (isObject) readMemberName()
        continue
      }
    } else if (c === '"') {
      readString()
    } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      readNumber()
    } else if (c === 't') readLiteral('true')
    else if (c === 'f') readLiteral('false')
    else if (c === 'n') readLiteral('null')
    else fail('a value (an object, array, string, number, true, false or null)')

    // A value ended: close containers until one expects another element.
    for (;;) {
      pendingName = null
      skipWhitespace()
      const frame = stack[stack.length - 1]
      if (frame === undefined) {
        if (pos < text.length) fail('the end of the text after the value')
        return { duplicates, unsafeIntegers }
      }
      const close = frame.isObject ? '}' : ']'
      if (text[pos] === ',') {
        pos++
        if (frame.isObject) readMemberName()
        break
      }
      if (text[pos] === close) {
        pos++
        stack.pop()
        continue
      }
      fail(frame.isObject ? '"," or "}" after the member' : '"," or "]" after the element')
    }
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
