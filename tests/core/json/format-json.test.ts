import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatJson, minifyJson } from '../../../src/core/json/format-json'

const jsonTexts = fc.jsonValue().chain((value) =>
  fc.constantFrom(0, 2, 4).map((indent) => JSON.stringify(value, null, indent)),
)

/** JSON.stringify(value, null, 2), with arrays of a few plain values on one line. */
function laidOut(value: unknown, indent = ''): string {
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const inline = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`
    if (value.every((item) => item === null || typeof item !== 'object') && inline.length <= 61) return inline
    return `[\n${value.map((item) => inner + laidOut(item, inner)).join(',\n')}\n${indent}]`
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    return `{\n${entries.map(([name, item]) => `${inner}${JSON.stringify(name)}: ${laidOut(item, inner)}`).join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value)
}

describe('formatJson', () => {
  it('lays out values as JSON.stringify does with two spaces, short plain arrays on one line', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(formatJson(JSON.stringify(value))).toBe(laidOut(value))
      }),
    )
  })

  it.each([
    ['a short list of strings', '{"amr":["pwd","otp"]}', '{\n  "amr": ["pwd", "otp"]\n}'],
    ['numbers and literals, from any spacing', '[ 1 ,\n 2.5e3, true , null ]', '[1, 2.5e3, true, null]'],
    ['a list with an object, one item a line', '[1,{"a":2}]', '[\n  1,\n  {\n    "a": 2\n  }\n]'],
    ['a long list, one item a line', JSON.stringify(Array(20).fill('abcdef')), `[\n${Array(20).fill('  "abcdef"').join(',\n')}\n]`],
  ])('puts %s where it belongs', (_, text, formatted) => {
    expect(formatJson(text)).toBe(formatted)
  })

  it('keeps what the text means and settles after one pass', () => {
    fc.assert(
      fc.property(jsonTexts, (text) => {
        const formatted = formatJson(text)
        expect(JSON.parse(formatted)).toEqual(JSON.parse(text))
        expect(formatJson(formatted)).toBe(formatted)
      }),
    )
  })

  it.each([
    ['an integer beyond 2^53', '{"id":12345678901234567890}', '{\n  "id": 12345678901234567890\n}'],
    ['a number as written', '{"n": 1.0E+2}', '{\n  "n": 1.0E+2\n}'],
    ['escapes as written', '{"s":"\\u0041\\"}"}', '{\n  "s": "\\u0041\\"}"\n}'],
    ['a repeated name', '{"a":1,"a":2}', '{\n  "a": 1,\n  "a": 2\n}'],
    ['empty containers', '{ "o" : { } , "a" : [\n] }', '{\n  "o": {},\n  "a": []\n}'],
  ])('keeps %s', (_, text, formatted) => {
    expect(formatJson(text)).toBe(formatted)
  })
})

describe('minifyJson', () => {
  it('matches JSON.stringify without spaces', () => {
    fc.assert(
      fc.property(jsonTexts, (text) => {
        expect(minifyJson(text)).toBe(JSON.stringify(JSON.parse(text)))
      }),
    )
  })

  it('keeps spaces inside strings and literals as written', () => {
    expect(minifyJson('{ "a b" : "c  d",\n  "n": 1.50 }')).toBe('{"a b":"c  d","n":1.50}')
  })
})

it('leaves text nested over 100 levels as it is, rather than growing it quadratically', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}{}${']'.repeat(depth)}`
  expect(formatJson(nested(101))).toBe(nested(101))
  expect(formatJson(nested(100))).toContain('\n')
})
