import { afterEach, describe, expect, it } from 'vitest'
import { EditorSelection, EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { directEditFor, directTyping, directTypingChars } from '../../../src/editor/direct-typing'

let view: EditorView | undefined
afterEach(() => {
  view?.destroy()
  view = undefined
})

function editorWith(doc: string, caret: number, readOnly = false): EditorView {
  view = new EditorView({
    state: EditorState.create({ doc, selection: EditorSelection.cursor(caret), extensions: [directTyping(), EditorState.readOnly.of(readOnly)] }),
    parent: document.body,
  })
  return view
}

/** Fires the event the browser sends before it edits the page; true when the editor took it over. */
function typeInto(editor: EditorView, inputType: string, data: string | null = null): boolean {
  const event = new InputEvent('beforeinput', { inputType, data, bubbles: true, cancelable: true })
  editor.contentDOM.dispatchEvent(event)
  return event.defaultPrevented
}

const huge = 'a'.repeat(directTypingChars)

describe('directTyping', () => {
  it('applies typed text, line breaks and deletions itself in a document of its size', () => {
    const editor = editorWith(huge, 10)
    expect(typeInto(editor, 'insertText', 'XY')).toBe(true)
    expect(editor.state.doc.sliceString(8, 14)).toBe('aaXYaa')
    expect(editor.state.selection.main.head).toBe(12)
    expect(typeInto(editor, 'deleteContentBackward')).toBe(true)
    expect(editor.state.doc.sliceString(8, 13)).toBe('aaXaa')
    expect(typeInto(editor, 'deleteContentForward')).toBe(true)
    expect(editor.state.doc.sliceString(8, 12)).toBe('aaXa')
    expect(typeInto(editor, 'insertParagraph')).toBe(true)
    expect(editor.state.doc.line(1).length).toBe(11)
    expect(editor.state.doc.length).toBe(directTypingChars + 1)
  })

  it('replaces a selection with what is typed', () => {
    const editor = editorWith(huge, 0)
    editor.dispatch({ selection: EditorSelection.single(0, 5) })
    typeInto(editor, 'insertText', 'b')
    expect(editor.state.doc.sliceString(0, 3)).toBe('baa')
    expect(editor.state.doc.length).toBe(directTypingChars - 4)
  })

  it('leaves a smaller document, a read-only one and other inputs to the browser', () => {
    expect(typeInto(editorWith('a'.repeat(directTypingChars - 1), 0), 'insertText', 'x')).toBe(false)
    view?.destroy()
    expect(typeInto(editorWith(huge, 0, true), 'insertText', 'x')).toBe(false)
    view?.destroy()
    const editor = editorWith(huge, 0)
    expect(typeInto(editor, 'insertFromPaste', 'x')).toBe(false)
    expect(typeInto(editor, 'insertCompositionText', 'x')).toBe(false)
    expect(editor.state.doc.length).toBe(directTypingChars)
  })
})

describe('directEditFor', () => {
  it('knows typing, line breaks and deletions, and nothing else', () => {
    for (const inputType of ['insertParagraph', 'insertLineBreak', 'deleteContentBackward', 'deleteContentForward', 'deleteWordBackward', 'deleteWordForward']) {
      expect(directEditFor(inputType, null), inputType).toBeTypeOf('function')
    }
    expect(directEditFor('insertText', 'a')).toBeTypeOf('function')
    expect(directEditFor('insertText', null)).toBeUndefined()
    for (const inputType of ['insertFromPaste', 'insertFromDrop', 'historyUndo', 'formatBold', 'insertReplacementText', 'toString']) {
      expect(directEditFor(inputType, 'x'), inputType).toBeUndefined()
    }
  })
})
