// Highlights pretty-printed JSON in the visible part of the document only, so a megabyte of JSON
// costs no more than a screenful; on a very long line CodeMirror leaves the off-screen stretches out
// of `visibleRanges`, and only the visible windows of the line are tokenized. Top-level member names
// get classes from the caller, which is how claims are colour-coded by kind; what the caller says
// about a member is shown by json-tooltips.ts.
import type { Extension, Range, Text } from '@codemirror/state'
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view'
import { scanJsonLine, type JsonTokenKind, type LineCheckpoints } from './json-line-scanner'
import { readLineMember } from './json-line-member'

/** What a tooltip says, as plain text: a heading, then sentences, labelled values and a reference. */
export interface TooltipContent {
  heading: string
  text?: string
  /** Labelled values, e.g. one moment in several forms. */
  facts?: Array<{ label: string; value: string }>
  /** Where the thing described is defined. */
  source?: string
}

export interface MemberStyle {
  className: string
  /** Said about the member's name, on hover or at the cursor. */
  describe?: () => TooltipContent
  /** Said about the member's value, given as written in the JSON; undefined for nothing to say. */
  describeValue?: (valueText: string) => TooltipContent | undefined
}

export type StyleMember = (name: string) => MemberStyle | undefined

const tokenMarks: Record<JsonTokenKind, Decoration> = {
  key: Decoration.mark({ class: 'cm-json-key' }),
  string: Decoration.mark({ class: 'cm-json-string' }),
  number: Decoration.mark({ class: 'cm-json-number' }),
  literal: Decoration.mark({ class: 'cm-json-literal' }),
  punctuation: Decoration.mark({ class: 'cm-json-punctuation' }),
}

/**
 * The marks for the given stretches of the document, which must be sorted and must not overlap.
 * `checkpoints` speeds up later calls for the same document (see LineCheckpoints).
 */
export function jsonDecorations(doc: Text, visibleRanges: readonly { from: number; to: number }[], styleMember: StyleMember, checkpoints?: LineCheckpoints): DecorationSet {
  const marks: Range<Decoration>[] = []
  for (const { from, to } of visibleRanges) {
    for (let position = from; position <= to; ) {
      const line = doc.lineAt(position)
      decorateLine(line.text, line.from, Math.max(from, line.from) - line.from, Math.min(to, line.to) - line.from, marks, styleMember, checkpoints)
      position = line.to + 1
    }
  }
  // Built in order already; the sort only checks that, and would repair an unexpected overlap.
  return Decoration.set(marks, true)
}

function decorateLine(text: string, offset: number, from: number, to: number, marks: Range<Decoration>[], styleMember: StyleMember, checkpoints?: LineCheckpoints) {
  const tokens = scanJsonLine(text, from, to, checkpoints)
  if (tokens.length === 0) return
  const member = readLineMember(text)
  const style = member ? styleMember(member.name) : undefined
  for (const token of tokens) {
    const isMemberName = member !== undefined && style !== undefined && token.kind === 'key' && token.to <= member.nameTo
    const mark = isMemberName ? Decoration.mark({ class: `cm-json-key ${style.className}` }) : tokenMarks[token.kind]
    marks.push(mark.range(offset + token.from, offset + token.to))
  }
}

export function jsonHighlighting(styleMember: StyleMember): Extension {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet
      checkpoints: LineCheckpoints = { text: '', positions: [0] }
      constructor(view: EditorView) {
        this.decorations = jsonDecorations(view.state.doc, view.visibleRanges, styleMember, this.checkpoints)
      }
      update(update: ViewUpdate) {
        // Fresh checkpoints for a new document, so the old one's text is not kept alive.
        if (update.docChanged) this.checkpoints = { text: '', positions: [0] }
        if (update.docChanged || update.viewportChanged) this.decorations = jsonDecorations(update.state.doc, update.view.visibleRanges, styleMember, this.checkpoints)
      }
    },
    { decorations: (plugin) => plugin.decorations },
  )
}
