// Typing into a document of megabytes. CodeMirror normally lets the browser edit the page and then
// reads the edit back, comparing the edited line with the document: one pass over a line of
// megabytes per key, slower than a frame. In a document this large, plain typing and deleting are
// applied as document changes instead, so the browser never edits the page. Smaller documents keep
// the browser's own editing (spell checking, autocorrect, input methods). In a document of any size,
// an edit over a selection of all the drawn content replaces the whole document.
import type { Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { deleteCharBackward, deleteCharForward, deleteGroupBackward, deleteGroupForward } from '@codemirror/commands'

/** Document length from which keys are applied directly. */
export const directTypingChars = 64 * 1024

type Edit = (view: EditorView) => boolean

const deletions: Record<string, Edit> = {
  deleteContentBackward: deleteCharBackward,
  deleteContentForward: deleteCharForward,
  deleteWordBackward: deleteGroupBackward,
  deleteWordForward: deleteGroupForward,
}

function insert(text: string): Edit {
  return (view) => {
    view.dispatch(view.state.replaceSelection(text), { userEvent: 'input.type', scrollIntoView: true })
    return true
  }
}

/** The edit an input event asks for, when it is one this extension applies itself. */
export function directEditFor(inputType: string, data: string | null): Edit | undefined {
  if (inputType === 'insertText' && data) return insert(data)
  if (inputType === 'insertParagraph' || inputType === 'insertLineBreak') return insert('\n')
  return Object.hasOwn(deletions, inputType) ? deletions[inputType] : undefined
}

export function directTyping(): Extension {
  return EditorView.domEventHandlers({
    beforeinput(event, view) {
      if (view.composing || view.state.readOnly) return false
      const replacesAll = selectsAllDrawn(view) && !selectsWholeDocument(view)
      if (view.state.doc.length < directTypingChars && !replacesAll) return false
      const edit = directEditFor(event.inputType, event.data)
      if (replacesAll) view.dispatch({ selection: { anchor: 0, head: view.state.doc.length } })
      if (!edit) return false
      event.preventDefault()
      return edit(view)
    },
  })
}

/**
 * Whether the page's selection spans all of the editor's drawn content, as selecting the contents of
 * the element does (a test's fill, a script, some assistive tools). Of a long document CodeMirror
 * draws only the part in view, which it would take for the whole selection; all of it was meant.
 */
function selectsAllDrawn(view: EditorView): boolean {
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection || selection.rangeCount === 0) return false
  const range = selection.getRangeAt(0)
  const content = view.contentDOM
  return range.startContainer === content && range.startOffset === 0 && range.endContainer === content && range.endOffset === content.childNodes.length
}

function selectsWholeDocument(view: EditorView): boolean {
  const { from, to } = view.state.selection.main
  return from === 0 && to === view.state.doc.length
}
