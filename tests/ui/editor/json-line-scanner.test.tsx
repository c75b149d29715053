// Pure: runs under happy-dom with the other editor tests but touches no DOM.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { scanJsonLine, type JsonToken } from '../../../src/editor/json-line-scanner'

const kinds = (text: string, from?: number, to?: number) => scanJsonLine(text, from, to).map((token) => [token.kind, text.slice(token.from, token.to)])

/** What a windowed scan must give: the whole line's tokens, cut to the window. */
function clipped(tokens: JsonToken[], from: number, to: number): JsonToken[] {
  return tokens
    .map((token) => ({ ...token, from: Math.max(token.from, from), to: Math.min(token.to, to) }))
    .filter((token) => token.from < token.to)
}

// Characters that matter to the scanner, so random lines hit strings, escapes, numbers and words.
const jsonishLine = fc.string({ unit: fc.constantFrom('"', '\\', ':', ',', '{', '}', '[', ']', ' ', '-', '+', '.', 'e', 'E', '0', '7', 'a', 't', 'r', 'u', 'n', 'l', '_', 'é', '\t'), maxLength: 60 })

describe('scanJsonLine', () => {
  it.each([
    ['a top-level member', '  "exp": 1700000000,', [['key', '"exp"'], ['punctuation', ':'], ['number', '1700000000'], ['punctuation', ',']]],
    ['escaped quotes and backslashes', '"a\\"b\\\\": "c\\\\"', [['key', '"a\\"b\\\\"'], ['punctuation', ':'], ['string', '"c\\\\"']]],
    ['an escape right after the opening quote', '"\\"": "\\\\"', [['key', '"\\""'], ['punctuation', ':'], ['string', '"\\\\"']]],
    ['literals, not words that start like them', '[true, nullx, false, null]', [['punctuation', '['], ['literal', 'true'], ['punctuation', ','], ['punctuation', ','], ['literal', 'false'], ['punctuation', ','], ['literal', 'null'], ['punctuation', ']']]],
    ['numbers in JSON grammar', '-1.5e+10 2E3 -x 1.', [['number', '-1.5e+10'], ['number', '2E3'], ['number', '1']]],
    ['a digit inside a word is no number', 'abc123', []],
    ['an unterminated string to the end of the line', '"open \\" still', [['string', '"open \\" still']]],
    ['a key with blanks before its colon', '"k" \t: 1', [['key', '"k"'], ['punctuation', ':'], ['number', '1']]],
  ])('reads %s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })

  it('gives, for any window, the whole line’s tokens cut to that window', () => {
    fc.assert(
      fc.property(jsonishLine, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1)
        const to = from + (b % (text.length - from + 1))
        expect(scanJsonLine(text, from, to)).toEqual(clipped(scanJsonLine(text), from, to))
      }),
      { numRuns: 2000 },
    )
  })

  it('returns sorted, disjoint tokens inside the line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        let end = 0
        for (const token of scanJsonLine(text)) {
          expect(token.from).toBeGreaterThanOrEqual(end)
          expect(token.to).toBeGreaterThan(token.from)
          end = token.to
        }
        expect(end).toBeLessThanOrEqual(text.length)
      }),
    )
  })

  it('clamps a window that reaches outside the line', () => {
    expect(kinds('[1]', -5, 99)).toEqual([['punctuation', '['], ['number', '1'], ['punctuation', ']']])
    expect(scanJsonLine('[1]', 2, 1)).toEqual([])
  })

  describe('on a 20 MB line', () => {
    const megabytes20 = 20 * 1024 * 1024
    const longString = `  "blob": "${'a\\"'.repeat(megabytes20 / 3)}",`
    const minified = `{${'"a":1,'.repeat(megabytes20 / 6)}"z":null}`

    it('reads one string whole without overflowing the stack', () => {
      const tokens = scanJsonLine(longString)
      expect(tokens.map((token) => token.kind)).toEqual(['key', 'punctuation', 'string', 'punctuation'])
      expect(tokens[2]).toEqual({ kind: 'string', from: 10, to: longString.length - 1 })
    })

    it('knows a window in the middle is inside the string', () => {
      const middle = Math.floor(longString.length / 2)
      expect(scanJsonLine(longString, middle, middle + 3000)).toEqual([{ kind: 'string', from: middle, to: middle + 3000 }])
    })

    it('tokenizes only the window of minified JSON', () => {
      const from = minified.length - 6000
      const tokens = scanJsonLine(minified, from, from + 60)
      expect(tokens.length).toBeLessThanOrEqual(60)
      expect(tokens.every((token) => token.from >= from && token.to <= from + 60)).toBe(true)
      expect(new Set(tokens.map((token) => token.kind))).toEqual(new Set(['key', 'punctuation', 'number']))
    })
  })
})
