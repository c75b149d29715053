import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Text } from '@codemirror/state'
import { mirrorSpans, type MirrorSpan } from '../../src/editor/mirror-spans'
import { jsonDecorations, type StyleMember } from '../../src/editor/json-highlighting'

const styleMember: StyleMember = (name) => (name === 'exp' ? { className: 'claim-time' } : name === 'sub' ? { className: 'claim-identity' } : undefined)

/** The classes of each character, as one string per character ('' for none). */
function classesByCharacter(length: number, spans: readonly { from: number; to: number; className: string }[]) {
  const classes = Array<string>(length).fill('')
  for (const { from, to, className } of spans) for (let i = from; i < to; i++) classes[i] = [classes[i], className].filter(Boolean).join(' ')
  return classes
}

/** What CodeMirror's JSON highlighting marks in the same text. */
function codeMirrorClasses(text: string) {
  const doc = Text.of(text.split('\n'))
  const marks: Array<{ from: number; to: number; className: string }> = []
  jsonDecorations(doc, [{ from: 0, to: doc.length }], styleMember).between(0, doc.length, (from, to, value) => {
    marks.push({ from, to, className: value.spec.class as string })
  })
  return classesByCharacter(text.length, marks)
}

function expectWellFormed(spans: MirrorSpan[], length: number) {
  let end = 0
  for (const span of spans) {
    expect(span.from).toBeGreaterThanOrEqual(end)
    expect(span.to).toBeGreaterThan(span.from)
    expect(span.to).toBeLessThanOrEqual(length)
    end = span.to
  }
}

describe('mirrorSpans', () => {
  it('colours token parts by range, clipping and dropping ranges as CodeMirror does, with titles', () => {
    const text = 'aaaa.bbbb.cccc'
    const spans = mirrorSpans(text, [
      { from: 10, to: 99, className: 'part-c', title: 'Signature' },
      { from: 0, to: 4, className: 'part-a', title: 'Header' },
      { from: 5, to: 9, className: 'part-b' },
      { from: 2, to: 3, className: 'error', title: 'Bad character' },
      { from: Number.NaN, to: 3, className: 'nonsense' },
      { from: 20, to: 30, className: 'beyond' },
      { from: 7, to: 7, className: 'empty' },
    ])
    expect(spans).toEqual([
      { from: 0, to: 2, className: 'part-a', title: 'Header' },
      { from: 2, to: 3, className: 'part-a error', title: 'Bad character' },
      { from: 3, to: 4, className: 'part-a', title: 'Header' },
      { from: 5, to: 9, className: 'part-b' },
      { from: 10, to: 14, className: 'part-c', title: 'Signature' },
    ])
  })

  it('gives pretty-printed JSON the classes CodeMirror gives it, the caller’s on top-level names', () => {
    const text = JSON.stringify({ sub: 'x', exp: 1, nested: { exp: true, list: [null, -1.5e3] } }, null, 2)
    expect(classesByCharacter(text.length, mirrorSpans(text, [], styleMember))).toEqual(codeMirrorClasses(text))
    expect(mirrorSpans(text, [], styleMember)).toContainEqual({ from: 4, to: 9, className: 'cm-json-key claim-identity' })
  })

  it('puts an error mark over the JSON colours without losing them', () => {
    const text = '{ "alg": "HS256", }'
    const spans = mirrorSpans(text, [{ from: 18, to: 19, className: 'cm-json-error', title: 'expected a member name' }], styleMember)
    expect(spans.at(-1)).toEqual({ from: 18, to: 19, className: 'cm-json-punctuation cm-json-error', title: 'expected a member name' })
  })

  it('joins neighbouring characters that look the same into one span', () => {
    expect(mirrorSpans('[[[1]]]', [], styleMember)).toEqual([
      { from: 0, to: 3, className: 'cm-json-punctuation' },
      { from: 3, to: 4, className: 'cm-json-number' },
      { from: 4, to: 7, className: 'cm-json-punctuation' },
    ])
  })

  it('agrees with CodeMirror on any JSON, pretty or not, and on any text typed over it', () => {
    const texts = fc.oneof(
      fc.json().map((json) => JSON.stringify(JSON.parse(json), null, 2)),
      fc.json(),
      fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', '\\', ':', ',', ' ', '\n', '1', '-', 'e', '.', 'a', 't', 'r', 'u', 'n', 'l', 'x') }),
    )
    fc.assert(
      fc.property(texts, (text) => {
        const spans = mirrorSpans(text, [], styleMember)
        expectWellFormed(spans, text.length)
        expect(classesByCharacter(text.length, spans)).toEqual(codeMirrorClasses(text))
      }),
    )
  })

  it('keeps any set of ranges inside the text, in order, each character carrying every range over it', () => {
    const range = fc.record({ from: fc.integer({ min: -5, max: 40 }), to: fc.integer({ min: -5, max: 40 }), className: fc.constantFrom('a', 'b', 'c') })
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(range, { maxLength: 6 }), (text, ranges) => {
        const spans = mirrorSpans(text, ranges)
        expectWellFormed(spans, text.length)
        const got = classesByCharacter(text.length, spans).map((classes) => classes.split(' ').filter(Boolean).sort())
        const expected = Array.from({ length: text.length }, (_, i) =>
          ranges.filter(({ from, to }) => Math.max(0, from) <= i && i < Math.min(text.length, to)).map((r) => r.className).sort(),
        )
        expect(got).toEqual(expected)
      }),
    )
  })
})
