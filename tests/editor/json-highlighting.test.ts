import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Text } from '@codemirror/state'
import { jsonDecorations, type StyleMember } from '../../src/editor/json-highlighting'
import type { LineCheckpoints } from '../../src/editor/json-line-scanner'

// The marks the JSON view plugin gives the visible stretches, computed from the document alone. The
// plugin itself (which stretches are visible) needs a view: tests/ui/editor/json-highlighting.test.tsx.

const styleMember: StyleMember = (name) => (name === 'exp' ? { className: 'claim-time' } : undefined)

function marksOf(doc: Text, ranges: { from: number; to: number }[], checkpoints?: LineCheckpoints) {
  const found: Array<{ from: number; to: number; className: string }> = []
  jsonDecorations(doc, ranges, styleMember, checkpoints).between(0, doc.length, (from, to, value) => {
    found.push({ from, to, className: value.spec.class as string })
  })
  return found
}

describe('jsonDecorations', () => {
  it('colours members, with the caller’s class on top-level names only', () => {
    const doc = Text.of(['{', '  "exp": 1,', '  "o": { "exp": true }', '}'])
    const classes = marksOf(doc, [{ from: 0, to: doc.length }]).map((mark) => [doc.sliceString(mark.from, mark.to), mark.className])
    expect(classes).toEqual([
      ['{', 'cm-json-punctuation'],
      ['"exp"', 'cm-json-key claim-time'],
      [':', 'cm-json-punctuation'],
      ['1', 'cm-json-number'],
      [',', 'cm-json-punctuation'],
      ['"o"', 'cm-json-key'],
      [':', 'cm-json-punctuation'],
      ['{', 'cm-json-punctuation'],
      ['"exp"', 'cm-json-key'],
      [':', 'cm-json-punctuation'],
      ['true', 'cm-json-literal'],
      ['}', 'cm-json-punctuation'],
      ['}', 'cm-json-punctuation'],
    ])
  })

  // CodeMirror splits a long line into several visible stretches; each used to restart the line.
  it('marks each visible stretch of one long line once, in order', () => {
    const line = `  "blob": "${'x'.repeat(1_000_000)}", "n": 1`
    const doc = Text.of(['{', line, '}'])
    const start = doc.line(2).from
    const marks = marksOf(doc, [
      { from: 0, to: start + 5000 },
      { from: start + 500_000, to: start + 502_000 },
      { from: doc.length - 12, to: doc.length },
    ])
    expect(marks.map((mark) => [mark.from - start, mark.to - start, mark.className])).toEqual([
      [-2, -1, 'cm-json-punctuation'],
      [2, 8, 'cm-json-key'],
      [8, 9, 'cm-json-punctuation'],
      [10, 5000, 'cm-json-string'],
      [500_000, 502_000, 'cm-json-string'],
      [line.length - 10, line.length - 8, 'cm-json-string'],
      [line.length - 8, line.length - 7, 'cm-json-punctuation'],
      [line.length - 6, line.length - 3, 'cm-json-key'],
      [line.length - 3, line.length - 2, 'cm-json-punctuation'],
      [line.length - 1, line.length, 'cm-json-number'],
      [line.length + 1, line.length + 2, 'cm-json-punctuation'],
    ])
  })

  it('leaves a name with an invalid escape uncoloured by the caller instead of failing', () => {
    const doc = Text.of(['{', '  "\\q": 1', '}'])
    expect(marksOf(doc, [{ from: 0, to: doc.length }]).map((mark) => mark.className)).toContain('cm-json-key')
  })
})

describe('jsonDecorations over any stretches', () => {
  const jsonish = fc.string({ unit: fc.constantFrom('"', '\\', ':', ',', '{', '}', '[', ']', ' ', '\n', '-', '1', 'e', 't', 'r', 'u', 'x'), maxLength: 80 })

  it('gives each stretch the marks of the whole document there, cut to the stretch', () => {
    fc.assert(
      fc.property(jsonish, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const doc = Text.of(text.split('\n'))
        const points = [...new Set(cuts.map((cut) => cut % (doc.length + 1)))].sort((a, b) => a - b)
        const stretches: Array<{ from: number; to: number }> = []
        for (let i = 0; i + 1 < points.length; i += 2) stretches.push({ from: points[i]!, to: points[i + 1]! })
        const whole = marksOf(doc, [{ from: 0, to: doc.length }])
        const expected = stretches.flatMap(({ from, to }) =>
          whole.map((mark) => ({ ...mark, from: Math.max(mark.from, from), to: Math.min(mark.to, to) })).filter((mark) => mark.from < mark.to),
        )
        expect(marksOf(doc, stretches)).toEqual(expected)
      }),
    )
  })

  it('gives the same marks with checkpoints kept from earlier calls on the same document', () => {
    const line = `  "blob": "${'ab\\"'.repeat(40_000)}", "exp": 1, "n": [true, null]`
    const doc = Text.of(['{', line, '}'])
    const checkpoints: LineCheckpoints = { text: '', positions: [0] }
    const start = doc.line(2).from
    for (const offset of [150_000, 10, 80_000, line.length - 30]) {
      const stretch = [{ from: start + offset, to: Math.min(doc.length, start + offset + 40) }]
      expect(marksOf(doc, stretch, checkpoints)).toEqual(marksOf(doc, stretch))
    }
  })
})
