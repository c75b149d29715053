import { afterEach, describe, expect, it, vi } from 'vitest'
import { EditorState, Text } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { jsonDecorations, jsonHighlighting, type StyleMember } from '../../../src/editor/json-highlighting'

const styleMember: StyleMember = (name) => (name === 'exp' ? { className: 'claim-time' } : undefined)

function marksOf(doc: Text, ranges: { from: number; to: number }[]) {
  const found: Array<{ from: number; to: number; className: string }> = []
  jsonDecorations(doc, ranges, styleMember).between(0, doc.length, (from, to, value) => {
    found.push({ from, to, className: value.spec.class as string })
  })
  return found
}

let view: EditorView | undefined
afterEach(() => {
  view?.destroy()
  view = undefined
  vi.restoreAllMocks()
})

function showJson(doc: string) {
  view = new EditorView({ state: EditorState.create({ doc, extensions: [EditorView.lineWrapping, jsonHighlighting(styleMember)] }), parent: document.body })
  return view
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

describe('jsonHighlighting in an editor', () => {
  it('colours a 20 MB line, only where it is visible', () => {
    const crashes = vi.spyOn(console, 'error')
    const blob = 'a'.repeat(20 * 1024 * 1024)
    const shown = showJson(`{\n  "exp": 4102444800,\n  "blob": "${blob}"\n}`)
    expect(crashes).not.toHaveBeenCalled()
    expect(shown.contentDOM.querySelector('.claim-time')).toHaveTextContent('"exp"')
    expect(shown.contentDOM.querySelector('.cm-json-string')?.textContent?.startsWith('"aaa')).toBe(true)
    expect(shown.contentDOM.textContent?.length).toBeLessThan(100_000)
  })

  it('colours a 20 MB line of minified JSON without tokenizing all of it', () => {
    const crashes = vi.spyOn(console, 'error')
    const shown = showJson(`{${'"a":1,'.repeat((20 * 1024 * 1024) / 6)}"z":null}`)
    expect(crashes).not.toHaveBeenCalled()
    const marks = shown.contentDOM.querySelectorAll('[class^="cm-json-"]').length
    expect(marks).toBeGreaterThan(100)
    expect(marks).toBeLessThan(20_000)
  })
})
