import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { lineAndColumn, scanJson } from '../../../src/core/json/scan-json'

const parses = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
const scanOk = (text: string) => {
  const scan = scanJson(text)
  if (!scan.ok) throw new Error(`expected valid JSON: ${scan.error.message}`)
  return scan
}

/** scanJson accepts exactly what JSON.parse accepts, reads the same value, and places errors inside the text. */
const agreesWithJsonParse = (text: string) => {
  const scan = scanJson(text)
  if (parses(text)) {
    expect(scan.ok).toBe(true)
    if (scan.ok) expect(scan.value).toEqual(JSON.parse(text))
  } else {
    expect(scan.ok).toBe(false)
    if (!scan.ok) {
      expect(scan.error.position).toBeGreaterThanOrEqual(0)
      expect(scan.error.position).toBeLessThanOrEqual(text.length)
      expect(lineAndColumn(text, scan.error.position)).toEqual({ line: scan.error.line, column: scan.error.column })
      expect(scan.error.message).not.toBe('')
    }
  }
}

// Pieces that JSON is made of, and a few that it is not, so random strings are often almost JSON.
const jsonishPiece = fc.constantFrom(
  '{', '}', '[', ']', ',', ':', '"', '\\', '"a"', '"b"', '"\\u00e9"', '"\\n"', '\\u', '\\"', '0', '1', '-', '+', '.', 'e', 'E',
  '12', '-0', '1.5', '1e5', '9007199254740993', 'true', 'false', 'null', 'tru', 'nul', ' ', '\n', '\r', '\t', '\u000b', '\u0001', 'x',
  "'", 'é', '😀', '\ud800', '\ufeff',
)
const jsonish = fc.array(jsonishPiece, { maxLength: 24 }).map((pieces) => pieces.join(''))

/** A valid JSON text with one random edit applied. */
const mutatedJson = fc
  .tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), jsonishPiece)
  .map(([text, at, edit, piece]) => {
    const index = text.length === 0 ? 0 : at % (text.length + 1)
    if (edit === 'insert') return text.slice(0, index) + piece + text.slice(index)
    if (edit === 'delete') return text.slice(0, index) + text.slice(index + 1)
    return text.slice(0, index) + piece + text.slice(index + 1)
  })

describe('scanJson agrees with JSON.parse', () => {
  it('on fc.json() documents', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const scan = scanOk(text)
        expect(scan.value).toEqual(JSON.parse(text))
        expect(scan.duplicates).toEqual([])
      }),
      { numRuns: 500 },
    )
  })

  it('on fc.json() documents with Unicode strings, pretty-printed', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary', maxDepth: 4 }), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        agreesWithJsonParse(JSON.stringify(value, null, indent))
      }),
      { numRuns: 300 },
    )
  })

  it('on random JSON-ish strings', () => {
    fc.assert(fc.property(jsonish, agreesWithJsonParse), { numRuns: 3000 })
  })

  it('on valid documents with one random edit', () => {
    fc.assert(fc.property(mutatedJson, agreesWithJsonParse), { numRuns: 2000 })
  })

  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 20 }), agreesWithJsonParse), { numRuns: 500 })
  })
})

describe('scanJson: where and why a document is broken', () => {
  const value = 'a value (an object, array, string, number, true, false or null)'
  it.each([
    ['empty text', '', 0, 1, 1, `expected ${value}, found the end of the text`],
    ['only whitespace', '   ', 3, 1, 4, `expected ${value}, found the end of the text`],
    ['an unclosed object', '{', 1, 1, 2, 'expected a member name in double quotes, found the end of the text'],
    ['an unclosed array', '[1,2,3', 6, 1, 7, 'expected "," or "]" after the element, found the end of the text'],
    ['an unclosed nested array', '[[]', 3, 1, 4, 'expected "," or "]" after the element, found the end of the text'],
    ['a missing colon', '{"a" 1}', 5, 1, 6, 'expected ":" after the member name, found "1"'],
    ['a trailing comma in an object', '{"a":1,}', 7, 1, 8, 'expected a member name in double quotes, found "}"'],
    ['a trailing comma in an array', '[1,]', 3, 1, 4, `expected ${value}, found "]"`],
    ['a missing comma in an array', '[1 2]', 3, 1, 4, 'expected "," or "]" after the element, found "2"'],
    ['a missing comma in an object', '{"a":1 "b":2}', 7, 1, 8, 'expected "," or "}" after the member, found """'],
    ['single-quoted names', "{'a':1}", 1, 1, 2, 'expected a member name in double quotes, found "\'"'],
    ['unquoted names', '{a:1}', 1, 1, 2, 'expected a member name in double quotes, found "a"'],
    ['a missing value', '{\n  "a": 1,\n  "b": }', 19, 3, 8, `expected ${value}, found "}"`],
    ['a bad value after CRLF', '{\r\n"a":x}', 7, 2, 5, `expected ${value}, found "x"`],
    ['a second document', '{"a":1}\n{"b":2}', 8, 2, 1, 'expected the end of the text after the value, found "{"'],
    ['an extra closing brace', '{"a":1}}', 7, 1, 8, 'expected the end of the text after the value, found "}"'],
    ['a stray closing bracket', ']', 0, 1, 1, `expected ${value}, found "]"`],
    ['text after a string with an astral character', '"😀" x', 5, 1, 6, 'expected the end of the text after the value, found "x"'],
    ['an unclosed string', '"abc', 0, 1, 1, 'this string is never closed with a double quote'],
    ['an unclosed string ending in a backslash', '"ab\\', 0, 1, 1, 'this string is never closed with a double quote'],
    ['an unknown escape', '"a\\x"', 2, 1, 3, '"\\x" is not a valid escape in a JSON string'],
    ['a short \\u escape', '"\\u12G4"', 1, 1, 2, '"\\u" must be followed by four hexadecimal digits'],
    ['a \\u escape cut off by the end', '"\\u12', 1, 1, 2, '"\\u" must be followed by four hexadecimal digits'],
    ['a raw line break in a string', '"a\nb"', 2, 1, 3, 'a line break must be escaped inside a JSON string'],
    ['a raw tab in a string', '"a\tb"', 2, 1, 3, 'a tab must be escaped inside a JSON string'],
    ['a raw control character in a string', '"\u0001"', 1, 1, 2, 'the control character U+0001 must be escaped inside a JSON string'],
    ['a NUL outside a string', '[\u0000]', 1, 1, 2, `expected ${value}, found the control character U+0000`],
    ['a leading zero', '01', 1, 1, 2, 'expected the end of the text after the value, found "1"'],
    ['a hexadecimal number', '0x10', 1, 1, 2, 'expected the end of the text after the value, found "x"'],
    ['a lone minus', '-', 1, 1, 2, 'expected a digit, found the end of the text'],
    ['a minus before a letter', '-a', 1, 1, 2, 'expected a digit, found "a"'],
    ['a plus sign', '+1', 0, 1, 1, `expected ${value}, found "+"`],
    ['a leading decimal point', '.5', 0, 1, 1, `expected ${value}, found "."`],
    ['a trailing decimal point', '1.', 2, 1, 3, 'expected a digit after the decimal point, found the end of the text'],
    ['a decimal point before the exponent', '1.e5', 2, 1, 3, 'expected a digit after the decimal point, found "e"'],
    ['an empty exponent', '1e', 2, 1, 3, 'expected a digit in the exponent, found the end of the text'],
    ['an exponent with only a sign', '1e+', 3, 1, 4, 'expected a digit in the exponent, found the end of the text'],
    ['a truncated literal', 'tru', 0, 1, 1, `expected ${value}, found "t"`],
    ['a capitalised literal', 'True', 0, 1, 1, `expected ${value}, found "T"`],
    ['NaN', 'NaN', 0, 1, 1, `expected ${value}, found "N"`],
  ])('%s', (_name, text, position, line, column, message) => {
    expect(scanJson(text)).toEqual({ ok: false, error: { position, line, column, message } })
    expect(parses(text)).toBe(false)
  })

  it('counts lines by line feeds and columns in UTF-16 units', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 })
    expect(lineAndColumn('ab\ncd\nef', 2)).toEqual({ line: 1, column: 3 })
    expect(lineAndColumn('ab\ncd\nef', 3)).toEqual({ line: 2, column: 1 })
    expect(lineAndColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 })
  })
})

describe('scanJson: duplicate member names', () => {
  it.each([
    ['none', '{"a":1,"b":{"a":2}}', []],
    ['at the top level', '{"a":1,"a":2}', [{ path: [], name: 'a', position: 7 }]],
    ['three times', '{"a":1,"a":2,"a":3}', [
      { path: [], name: 'a', position: 7 },
      { path: [], name: 'a', position: 13 },
    ]],
    ['spelled with an escape', '{"a":1,"\\u0061":2}', [{ path: [], name: 'a', position: 7 }]],
    ['in nested objects', '{"x":{"y":{"a":1,"a":2}}}', [{ path: ['x', 'y'], name: 'a', position: 17 }]],
    ['in an array of objects', '{"list":[{"id":1,"id":2},{"id":3}]}', [{ path: ['list'], name: 'id', position: 17 }]],
    ['not across the objects of an array', '[{"a":1},{"a":2}]', []],
    ['not in arrays', '{"a":[1,1]}', []],
    ['after a nested object closes', '{"a":{"b":1},"c":2,"a":3}', [{ path: [], name: 'a', position: 19 }]],
    ['named "__proto__"', '{"__proto__":1,"__proto__":2}', [{ path: [], name: '__proto__', position: 15 }]],
  ])('%s', (_name, text, duplicates) => {
    const scan = scanOk(text)
    expect(scan.duplicates).toEqual(duplicates)
    expect(scan.value).toEqual(JSON.parse(text))
  })
})

describe('scanJson: integers JavaScript cannot hold exactly', () => {
  it.each([
    ['a safe integer', '9007199254740991', []],
    ['the smallest safe integer', '-9007199254740991', []],
    ['2^53 + 1 at the top level', '9007199254740993', [{ path: [], literal: '9007199254740993' }]],
    ['a negative one', '-9007199254740993', [{ path: [], literal: '-9007199254740993' }]],
    ['one in a member', '{"id":12345678901234567890}', [{ path: ['id'], literal: '12345678901234567890' }]],
    ['one in a nested member', '{"a":{"b":9007199254740993}}', [{ path: ['a', 'b'], literal: '9007199254740993' }]],
    ['one in an array in a member', '{"ids":[1,9007199254740993]}', [{ path: ['ids'], literal: '9007199254740993' }]],
    ['not a fraction', '{"x":9007199254740993.5}', []],
    ['not an exponent', '{"x":1e400}', []],
  ])('%s', (_name, text, unsafeIntegers) => {
    expect(scanOk(text).unsafeIntegers).toEqual(unsafeIntegers)
  })

  it('names the member of the number, not a member read before it', () => {
    expect(scanOk('{"a":{"b":1},"c":[{"d":2},9007199254740993]}').unsafeIntegers).toEqual([
      { path: ['c'], literal: '9007199254740993' },
    ])
  })
})

describe('scanJson: hostile documents', () => {
  it('returns a result for 100000 unclosed "["', () => {
    expect(scanJson('['.repeat(100000))).toEqual({
      ok: false,
      error: {
        position: 100000,
        line: 1,
        column: 100001,
        message: 'expected a value (an object, array, string, number, true, false or null), found the end of the text',
      },
    })
  })

  it('returns a result for 100000 nested arrays', () => {
    const scan = scanJson('['.repeat(100000) + ']'.repeat(100000))
    expect(scan.ok).toBe(true)
  })

  it('returns a result for 100000 nested objects with a duplicate at the bottom', () => {
    const scan = scanJson('{"a":'.repeat(50000) + '{"b":1,"b":2}' + '}'.repeat(50000))
    expect(scan.ok).toBe(true)
    if (scan.ok) {
      expect(scan.duplicates).toHaveLength(1)
      expect(scan.duplicates[0]!.path).toHaveLength(50000)
    }
  })

  it('keeps "__proto__" as a plain own member', () => {
    const scan = scanOk('{"__proto__":{"polluted":true},"a":1}')
    const value = scan.value as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['__proto__', 'a'])
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(value.polluted).toBeUndefined()
  })
})
