import { afterEach, describe, expect, it, vi } from 'vitest'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { redoDepth, undo, undoDepth } from '@codemirror/commands'
import { boundedHistory, maxUndoChars } from '../../../src/editor/bounded-history'
import { createCodeMirror, type CodeMirrorHandle } from '../../../src/editor/code-mirror-view'

// This file tests the real editor, not the light views tests/setup-ui.ts keeps by default.
vi.unmock('../../../src/editor/code-mirror-view')

const afterMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 0))
const userChange = (view: EditorView, from: number, to: number, insert: string) => view.dispatch({ changes: { from, to, insert }, userEvent: 'input.paste' })

let view: EditorView | undefined
let handle: CodeMirrorHandle | undefined
afterEach(() => {
  view?.destroy()
  handle?.destroy()
  view = handle = undefined
})

describe('boundedHistory', () => {
  it('undoes changes while the text they removed stays under the bound', async () => {
    view = new EditorView({ state: EditorState.create({ doc: 'abcdef', extensions: boundedHistory(10) }) })
    userChange(view, 0, 6, 'ghijkl')
    await afterMicrotasks()
    expect(undo(view)).toBe(true)
    expect(view.state.doc.toString()).toBe('abcdef')
  })

  it('starts afresh once it would hold more, keeping the text and undoing what comes next', async () => {
    view = new EditorView({ state: EditorState.create({ doc: 'x'.repeat(8), extensions: boundedHistory(10) }) })
    userChange(view, 0, 8, 'y'.repeat(8))
    userChange(view, 0, 8, 'z'.repeat(8))
    await afterMicrotasks()
    expect(undoDepth(view.state)).toBe(0)
    expect(redoDepth(view.state)).toBe(0)
    expect(view.state.doc.toString()).toBe('z'.repeat(8))
    userChange(view, 8, 8, '!')
    expect(undo(view)).toBe(true)
    expect(view.state.doc.toString()).toBe('z'.repeat(8))
  })

  it('keeps no megabyte-sized token after a paste over it', async () => {
    view = new EditorView({ state: EditorState.create({ doc: 'a'.repeat(maxUndoChars + 1), extensions: boundedHistory() }) })
    userChange(view, 0, view.state.doc.length, 'b'.repeat(4 * 1024 * 1024))
    await afterMicrotasks()
    expect(undoDepth(view.state)).toBe(0)
  })
})

describe('an editor given a value from outside', () => {
  function openEditor(value: string) {
    const changes: string[] = []
    handle = createCodeMirror({ value, label: 'Encoded token', readOnly: false, onChange: (next) => changes.push(next) })
    const parent = document.createElement('div')
    document.body.appendChild(parent)
    handle.mount(parent)
    return { view: EditorView.findFromDOM(parent.firstElementChild as HTMLElement)!, changes }
  }

  it('cannot undo back to text from before it (Clear really clears)', () => {
    const { view: editor, changes } = openEditor('first.token.here')
    userChange(editor, 0, editor.state.doc.length, 'typed.token.here')
    expect(changes).toEqual(['typed.token.here'])
    handle!.setValue('')
    expect(undo(editor)).toBe(false)
    expect(editor.state.doc.toString()).toBe('')
    // The outside value is not echoed back as a change.
    expect(changes).toEqual(['typed.token.here'])
  })

  it('keeps the cursor where it was, within the new text', () => {
    const { view: editor } = openEditor('0123456789')
    editor.dispatch({ selection: { anchor: 4 } })
    handle!.setValue('abcdefghij')
    expect(editor.state.selection.main.head).toBe(4)
    handle!.setValue('ab')
    expect(editor.state.selection.main.head).toBe(2)
  })
})
