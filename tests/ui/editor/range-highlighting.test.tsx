import { afterEach, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { rangeHighlighting, setHighlightRanges } from '../../../src/editor/range-highlighting'

let view: EditorView | undefined
afterEach(() => view?.destroy())

it('takes ranges in any order, overlapping or reaching past the text, and marks what lies inside', () => {
  view = new EditorView({ state: EditorState.create({ doc: 'aaaa.bbbb.cccc', extensions: rangeHighlighting() }), parent: document.body })
  setHighlightRanges(view, [
    { from: 10, to: 99, className: 'part-c' },
    { from: 0, to: 4, className: 'part-a' },
    { from: 5, to: 9, className: 'part-b' },
    { from: 2, to: 3, className: 'error' },
    { from: -3, to: 1, className: 'before' },
    { from: Number.NaN, to: 3, className: 'nonsense' },
    { from: 20, to: 30, className: 'beyond' },
    { from: 7, to: 7, className: 'empty' },
  ])
  // A mark crossed by another may be drawn as several pieces.
  const marked = (className: string) => [...view!.contentDOM.querySelectorAll(`.${className}`)].map((element) => element.textContent).join('')
  expect(marked('part-a')).toBe('aaaa')
  expect(marked('part-c')).toBe('cccc')
  expect(marked('part-b')).toBe('bbbb')
  expect(marked('error')).toBe('a')
  expect(marked('before')).toBe('a')
  for (const absent of ['nonsense', 'beyond', 'empty']) expect(view.contentDOM.querySelector(`.${absent}`)).toBeNull()
})
