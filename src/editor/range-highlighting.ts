// Colours ranges of a document given from outside (e.g. the parts of a token), and keeps them in
// place through edits until the next set arrives.
import { StateEffect, StateField, type Extension, type Range, type TransactionSpec } from '@codemirror/state'
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

// Callers compute ranges from text that may have moved on, in any order, possibly overlapping:
// ranges are clipped to the document, empty or meaningless ones dropped, and the rest sorted;
// overlapping marks simply nest.
function buildDecorations(ranges: readonly HighlightRange[], docLength: number): DecorationSet {
  const marks: Range<Decoration>[] = []
  for (const { from, to, className, title } of ranges) {
    if (!Number.isFinite(from) || !Number.isFinite(to)) continue
    const clippedFrom = Math.max(0, Math.floor(from))
    const clippedTo = Math.min(docLength, Math.ceil(to))
    if (clippedFrom >= clippedTo) continue
    marks.push(Decoration.mark({ class: className, ...(title ? { attributes: { title } } : {}) }).range(clippedFrom, clippedTo))
  }
  // `true`: sort by position and side (O(n log n)), as the RangeSet builder requires.
  return Decoration.set(marks, true)
}

export function rangeHighlighting(): Extension {
  return rangesField
}

/** The transaction that replaces the coloured ranges (as @codemirror/lint's setDiagnostics does for its own). */
export function setHighlightRangesSpec(ranges: HighlightRange[]): TransactionSpec {
  return { effects: setRanges.of(ranges) }
}

export function setHighlightRanges(view: EditorView, ranges: HighlightRange[]) {
  view.dispatch(setHighlightRangesSpec(ranges))
}
