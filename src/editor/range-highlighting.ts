// Colours ranges of a document given from outside (e.g. the parts of a token), and keeps them in
// place through edits until the next set arrives.
import { StateEffect, StateField, type Extension, type Range } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'

export interface HighlightRange {
  from: number
  to: number
  className: string
  title?: string
}

const setRanges = StateEffect.define<HighlightRange[]>()

const rangesField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = decorations.map(tr.changes)
    for (const effect of tr.effects) if (effect.is(setRanges)) next = buildDecorations(effect.value, tr.state.doc.length)
    return next
  },
  provide: (field) => EditorView.decorations.from(field),
})

function buildDecorations(ranges: HighlightRange[], docLength: number): DecorationSet {
  const marks: Range<Decoration>[] = []
  for (const { from, to, className, title } of ranges) {
    if (from < 0 || to > docLength || from >= to) continue
    marks.push(Decoration.mark({ class: className, ...(title ? { attributes: { title } } : {}) }).range(from, to))
  }
  return Decoration.set(marks, true)
}

export function rangeHighlighting(): Extension {
  return rangesField
}

export function setHighlightRanges(view: EditorView, ranges: HighlightRange[]) {
  view.dispatch({ effects: setRanges.of(ranges) })
}
