import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { scanJsonLine, type JsonToken, type LineCheckpoints } from '../../src/editor/json-line-scanner'

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

  it('gives the same with remembered checkpoints on a long line, windows taken in any order', () => {
    // Strings with escaped quotes and backslashes, over several 64 KB checkpoint spans.
    const unit = fc.constantFrom('"a\\"b":1,', '"\\\\":[true,-2.5e3],', ' "x y" ,', '{"k":"v"}', '"ab",')
    fc.assert(
      fc.property(fc.array(unit, { minLength: 30000, maxLength: 40000 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), (units, starts) => {
        const text = units.join('')
        const whole = scanJsonLine(text)
        const checkpoints: LineCheckpoints = { text: '', positions: [0] }
        for (const start of starts) {
          const from = Math.floor(start * text.length)
          const to = Math.min(text.length, from + 500)
          expect(scanJsonLine(text, from, to, checkpoints)).toEqual(clipped(whole, from, to))
        }
        expect(checkpoints.positions.every((position, index) => index === 0 || position > checkpoints.positions[index - 1]!)).toBe(true)
      }),
      { numRuns: 15 },
    )
  })

  it('resumes from each remembered checkpoint outside any string', () => {
    // No escaped quotes here: one would mask a checkpoint taken inside a string by pairing it anew.
    const text = '"ab", '.repeat(40000)
    const whole = scanJsonLine(text)
    const checkpoints: LineCheckpoints = { text: '', positions: [0] }
    for (let from = text.length - 50; from > 0; from -= 997) {
      expect(scanJsonLine(text, from, from + 50, checkpoints)).toEqual(clipped(whole, from, from + 50))
    }
    expect(checkpoints.positions.length).toBeGreaterThan(3)
  })

  it('starts the checkpoints over for another text', () => {
    const checkpoints: LineCheckpoints = { text: '', positions: [0] }
    const first = `${'"ab",'.repeat(40000)}`
    scanJsonLine(first, first.length - 10, first.length, checkpoints)
    expect(checkpoints.positions.length).toBeGreaterThan(1)
    const second = `[${'1,'.repeat(50000)}"open`
    expect(scanJsonLine(second, second.length - 3, second.length, checkpoints)).toEqual([{ kind: 'string', from: second.length - 3, to: second.length }])
    expect(checkpoints.text).toBe(second)
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
