// Everything that imports CodeMirror, loaded as its own chunk once the page has rendered.
// The rest of the app talks to it through the small imperative handle below.
import { Annotation, EditorSelection, EditorState, Transaction, type Extension } from '@codemirror/state'
import { EditorView, placeholder as placeholderText } from '@codemirror/view'
import { boundedHistory, forgetHistory } from './bounded-history'
import { directTyping } from './direct-typing'
import { rangeHighlighting, setHighlightRanges, type HighlightRange } from './range-highlighting'
import { jsonHighlighting, type StyleMember } from './json-highlighting'
import { jsonTooltips } from './json-tooltips'

export interface CodeMirrorOptions {
  value: string
  label: string
  testId?: string
  readOnly: boolean
  placeholder?: string
  /** Colours JSON, with top-level member names styled and described by this function. */
  styleMember?: StyleMember
  onChange?: (value: string) => void
}

export interface CodeMirrorHandle {
  setValue(value: string): void
  /** Colours ranges of the document, if it still holds `forText`. */
  setRanges(ranges: HighlightRange[], forText: string): void
  /** Puts the editor in the page; until then it is detached, so it never shows beside the text it replaces. */
  mount(parent: HTMLElement): void
  /** Scrolls the editor's own scroller, once mounted. */
  scrollTo(top: number): void
  /** Selects a range, clipped to the text. */
  select(anchor: number, head: number): void
  focus(): void
  destroy(): void
}

/** Marks transactions that carry the outside value in, so they are not echoed back out. */
const externalSync = Annotation.define<boolean>()

const editorTheme = EditorView.theme({
  // The page caps an editor's height with --editor-max-height; the light view reads it too.
  '&': { fontSize: '0.8125rem', backgroundColor: 'transparent', color: 'inherit', maxHeight: 'var(--editor-max-height)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.5' },
  '.cm-content': { padding: '0.75rem 0', caretColor: 'currentColor' },
  '.cm-line': { padding: '0 0.875rem' },
  '.cm-placeholder': { color: 'var(--json-punctuation)' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': {
    backgroundColor: 'color-mix(in srgb, var(--part-signature) 25%, transparent) !important',
  },
  '.cm-cursor': { borderLeftColor: 'currentColor' },
})

/** Characters in one line past which its text waits to be given to an editor until it is on the page. */
const longLineChars = 64 * 1024

function hasLongLine(text: string): boolean {
  if (text.length <= longLineChars) return false
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start)
    if ((end === -1 ? text.length : end) - start > longLineChars) return true
    if (end === -1) return false
    start = end + 1
  }
  return false
}

export function createCodeMirror(options: CodeMirrorOptions): CodeMirrorHandle {
  const { value, label, testId, readOnly, placeholder, styleMember, onChange } = options
  // The document as one string, kept in step with it: comparing against it costs nothing when the
  // caller passes the string back, where doc.toString() would join megabytes on every keystroke.
  // CodeMirror stores \r\n and \r as \n, so text holding those is read back from the document.
  let text = ''
  const syncText = (given: string) => {
    text = given.includes('\r') ? view.state.doc.toString() : given
  }
  const extensions: Extension[] = [
    editorTheme,
    EditorView.lineWrapping,
    // An explicit tabindex lets checkers see that a scrolling editor can be reached from the keyboard.
    EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0', ...(testId ? { 'data-testid': testId } : {}) }),
    readOnly ? EditorState.readOnly.of(true) : [boundedHistory(), directTyping()],
    placeholder ? placeholderText(placeholder) : [],
    // Ranges mark parts of a token, or a JSON error on top of the JSON colours.
    styleMember ? [jsonHighlighting(styleMember), jsonTooltips(styleMember), rangeHighlighting()] : rangeHighlighting(),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged || update.transactions.some((tr) => tr.annotation(externalSync))) return
      text = update.state.doc.toString()
      onChange?.(text)
    }),
  ]
  // A text with a line of megabytes, given before the editor is on the page, is drawn whole at the
  // first measure, every wrapped row of that line; given as a change once the editor is on the page,
  // only what is in view is. (Many short lines are the other way round: a fresh state draws the top.)
  let isMounted = false
  let pendingText: string | undefined = hasLongLine(value) ? value : undefined
  const view = new EditorView({ state: EditorState.create({ doc: pendingText === undefined ? value : '', extensions }) })
  const clippedSelection = (anchor: number, head: number, length: number) => EditorSelection.single(Math.min(Math.max(0, anchor), length), Math.min(Math.max(0, head), length))
  syncText(value)
  return {
    setValue(next) {
      if (next === text) return
      if (!isMounted && (pendingText !== undefined || hasLongLine(next))) {
        pendingText = next
        syncText(next)
        return
      }
      // A value from outside is not an edit here: undo reaches only what was typed since (after
      // Clear, the old token is gone, as it is from memory). The cursor stays where it was.
      const { anchor, head } = view.state.selection.main
      if (view.inView) {
        const doc = view.state.toText(next)
        view.dispatch({
          changes: { from: 0, to: view.state.doc.length, insert: doc },
          selection: clippedSelection(anchor, head, doc.length),
          annotations: [externalSync.of(true), Transaction.addToHistory.of(false)],
        })
        forgetHistory(view)
      } else {
        // Out of view, CodeMirror keeps its drawn range through a change and stretches it over all of
        // the new text, drawing thousands of lines unseen; a fresh state lays out only the top. In view
        // a change is cheaper: a fresh state measures its long lines again.
        const fresh = EditorState.create({ doc: next, extensions })
        view.setState(fresh.update({ selection: clippedSelection(anchor, head, fresh.doc.length) }).state)
      }
      syncText(next)
    },
    setRanges(ranges, forText) {
      // Colours computed for older text would land on the wrong characters.
      if (forText === text) setHighlightRanges(view, ranges)
    },
    mount(parent) {
      parent.appendChild(view.dom)
      isMounted = true
      if (pendingText !== undefined) {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: view.state.toText(pendingText) }, annotations: [externalSync.of(true), Transaction.addToHistory.of(false)] })
        pendingText = undefined
      }
      view.requestMeasure()
    },
    scrollTo(top) {
      view.scrollDOM.scrollTop = top
    },
    select(anchor, head) {
      view.dispatch({ selection: clippedSelection(anchor, head, view.state.doc.length) })
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  }
}
