// The coloured stretches of a text as the light view draws them before CodeMirror loads: the same
// classes CodeMirror's JSON highlighting and range marks would give each character, so nothing
// changes colour when CodeMirror takes over. No @codemirror import: this is on the first page load.
import { scanJsonLine } from './json-line-scanner'
import { readLineMember } from './json-line-member'
import type { HighlightRange } from './range-highlighting'
import type { StyleMember } from './json-highlighting'

export interface MirrorSpan {
  from: number
  to: number
  /** Space-separated classes: the JSON token's first, then those of the ranges over it. */
  className: string
  title?: string
}

interface Stretch {
  from: number
  to: number
  className: string
  title?: string
}

/**
 * Sorted, non-overlapping, non-empty spans of `text`; characters outside them have no class.
 * JSON colours come when `styleMember` is given; `ranges` may be in any order, overlap or reach past
 * the text (as CodeMirror's range marks take them). One pass over the text and the tokens.
 */
export function mirrorSpans(text: string, ranges: readonly HighlightRange[] = [], styleMember?: StyleMember): MirrorSpan[] {
  const tokens = styleMember ? jsonTokens(text, styleMember) : []
  const marks = clippedMarks(ranges, text.length)
  const spans: MirrorSpan[] = []
  const active: Stretch[] = []
  let tokenIndex = 0
  let markIndex = 0
  let position = 0
  while (position < text.length) {
    while (markIndex < marks.length && marks[markIndex]!.from <= position) active.push(marks[markIndex++]!)
    for (let i = active.length - 1; i >= 0; i--) if (active[i]!.to <= position) active.splice(i, 1)
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.to <= position) tokenIndex++
    const token = tokens[tokenIndex]
    const inToken = token !== undefined && token.from <= position
    // The next place where a token or a mark starts or ends.
    let next = text.length
    if (token) next = Math.min(next, inToken ? token.to : token.from)
    if (markIndex < marks.length) next = Math.min(next, marks[markIndex]!.from)
    for (const mark of active) next = Math.min(next, mark.to)
    const classes = inToken ? [token.className] : []
    let title: string | undefined
    for (const mark of active) {
      classes.push(mark.className)
      // The innermost mark's title shows, as with nested elements: the one that started last.
      if (mark.title) title = mark.title
    }
    if (classes.length > 0) addSpan(spans, { from: position, to: next, className: classes.join(' '), ...(title ? { title } : {}) })
    position = next
  }
  return spans
}

/** Adds a span, or lengthens the last one when it ends here with the same look. */
function addSpan(spans: MirrorSpan[], span: MirrorSpan) {
  const last = spans[spans.length - 1]
  if (last && last.to === span.from && last.className === span.className && last.title === span.title) last.to = span.to
  else spans.push(span)
}

/** What json-highlighting.ts marks, for the whole text, as absolute offsets. */
function jsonTokens(text: string, styleMember: StyleMember): Stretch[] {
  const tokens: Stretch[] = []
  for (let lineFrom = 0; lineFrom <= text.length; ) {
    const newline = text.indexOf('\n', lineFrom)
    const lineTo = newline === -1 ? text.length : newline
    const line = text.slice(lineFrom, lineTo)
    const member = readLineMember(line)
    const style = member ? styleMember(member.name) : undefined
    for (const token of scanJsonLine(line)) {
      const isMemberName = member !== undefined && style !== undefined && token.kind === 'key' && token.to <= member.nameTo
      tokens.push({ from: lineFrom + token.from, to: lineFrom + token.to, className: isMemberName ? `cm-json-key ${style.className}` : `cm-json-${token.kind}` })
    }
    lineFrom = lineTo + 1
  }
  return tokens
}

/** The ranges that mark something, clipped to the text and sorted by where they start. */
function clippedMarks(ranges: readonly HighlightRange[], length: number): Stretch[] {
  const marks: Stretch[] = []
  for (const { from, to, className, title } of ranges) {
    if (!Number.isFinite(from) || !Number.isFinite(to)) continue
    const clippedFrom = Math.max(0, Math.floor(from))
    const clippedTo = Math.min(length, Math.ceil(to))
    if (clippedFrom < clippedTo) marks.push({ from: clippedFrom, to: clippedTo, className, ...(title ? { title } : {}) })
  }
  // Stable: of two marks from one place, the later given stays inner, as CodeMirror nests them.
  return marks.sort((a, b) => a.from - b.from)
}
