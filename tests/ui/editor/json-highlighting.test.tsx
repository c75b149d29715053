import { afterEach, describe, expect, it, vi } from 'vitest'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { jsonHighlighting, type StyleMember } from '../../../src/editor/json-highlighting'

const styleMember: StyleMember = (name) => (name === 'exp' ? { className: 'claim-time' } : undefined)

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
