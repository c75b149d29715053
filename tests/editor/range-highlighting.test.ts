import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { EditorState } from '@codemirror/state'
import { EditorView, type DecorationSet } from '@codemirror/view'
import { rangeHighlighting, setHighlightRangesSpec, type HighlightRange } from '../../src/editor/range-highlighting'

/** The marks the extension gives the view, as [text, class, title] in document order. */
function marksOf(state: EditorState) {
  const marks: Array<[string, string, string | undefined]> = []
  for (const source of state.facet(EditorView.decorations)) {
    // A state field provides its set itself; a function would be a view plugin's, which needs a view.
    expect(typeof source).not.toBe('function')
    ;(source as DecorationSet).between(0, state.doc.length, (from, to, value) => {
      marks.push([state.sliceDoc(from, to), value.spec.class as string, value.spec.attributes?.title as string | undefined])
    })
  }
  return marks
}

const token = 'aaaa.bbbb.cccc'
const withRanges = (doc: string, ranges: HighlightRange[]) => EditorState.create({ doc, extensions: rangeHighlighting() }).update(setHighlightRangesSpec(ranges)).state

describe('rangeHighlighting', () => {
  it('marks nothing until ranges are given', () => {
    expect(marksOf(EditorState.create({ doc: token, extensions: rangeHighlighting() }))).toEqual([])
  })

  it('marks the ranges given, with their titles, in document order whatever order they came in', () => {
    const state = withRanges(token, [
      { from: 10, to: 14, className: 'part-signature', title: 'Signature' },
      { from: 0, to: 4, className: 'part-header', title: 'Header' },
      { from: 5, to: 9, className: 'part-payload' },
    ])
    expect(marksOf(state)).toEqual([
      ['aaaa', 'part-header', 'Header'],
      ['bbbb', 'part-payload', undefined],
      ['cccc', 'part-signature', 'Signature'],
    ])
  })

  it('clips ranges to the document and drops empty, reversed and meaningless ones', () => {
    const state = withRanges(token, [
      { from: -3, to: 1, className: 'before' },
      { from: 12, to: 99, className: 'past-end' },
      { from: 20, to: 30, className: 'beyond' },
      { from: 7, to: 7, className: 'empty' },
      { from: 8, to: 6, className: 'reversed' },
      { from: Number.NaN, to: 3, className: 'nan' },
      { from: 0, to: Number.POSITIVE_INFINITY, className: 'infinite' },
      { from: 1.5, to: 2.5, className: 'fractional' },
    ])
    expect(marksOf(state)).toEqual([
      ['a', 'before', undefined],
      ['aa', 'fractional', undefined],
      ['cc', 'past-end', undefined],
    ])
  })

  it('keeps the marks on their text through edits before, inside and after them', () => {
    let state = withRanges(token, [
      { from: 0, to: 4, className: 'part-header' },
      { from: 5, to: 9, className: 'part-payload' },
    ])
    state = state.update({ changes: [{ from: 0, insert: 'Bearer ' }, { from: 6, insert: 'XY' }, { from: 14, insert: '!' }] }).state
    expect(state.doc.toString()).toBe('Bearer aaaa.bXYbbb.cccc!')
    expect(marksOf(state)).toEqual([
      ['aaaa', 'part-header', undefined],
      ['bXYbbb', 'part-payload', undefined],
    ])
    // Deleting a marked stretch whole removes its mark.
    state = state.update({ changes: { from: 0, to: 12 } }).state
    expect(marksOf(state)).toEqual([['bXYbbb', 'part-payload', undefined]])
  })

  it('replaces the marks with each new set, and clears them with an empty one', () => {
    let state = withRanges(token, [{ from: 0, to: 4, className: 'old' }])
    state = state.update(setHighlightRangesSpec([{ from: 5, to: 9, className: 'new' }])).state
    expect(marksOf(state)).toEqual([['bbbb', 'new', undefined]])
    state = state.update(setHighlightRangesSpec([])).state
    expect(marksOf(state)).toEqual([])
  })

  it('measures new ranges against the document after the change that comes with them', () => {
    const state = EditorState.create({ doc: 'ab', extensions: rangeHighlighting() }).update({
      changes: { from: 2, insert: 'cdef' },
      ...setHighlightRangesSpec([{ from: 1, to: 5, className: 'mark' }]),
    }).state
    expect(marksOf(state)).toEqual([['bcde', 'mark', undefined]])
  })

  it('marks exactly the characters inside some given range, for any ranges', () => {
    const range = fc.record({ from: fc.integer({ min: -5, max: 25 }), to: fc.integer({ min: -5, max: 25 }), className: fc.constantFrom('x', 'y', 'z') })
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(range, { maxLength: 6 }), (doc, ranges) => {
        const state = withRanges(doc, ranges)
        const marked = new Set<string>()
        for (const source of state.facet(EditorView.decorations)) {
          ;(source as DecorationSet).between(0, state.doc.length, (from, to, value) => {
            for (let i = from; i < to; i++) marked.add(`${i}:${value.spec.class as string}`)
          })
        }
        const expected = new Set<string>()
        for (const { from, to, className } of ranges) for (let i = Math.max(0, from); i < Math.min(state.doc.length, to); i++) expected.add(`${i}:${className}`)
        expect(marked).toEqual(expected)
      }),
    )
  })
})
