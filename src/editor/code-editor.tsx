// The one React wrapper around CodeMirror, for the token editor and the JSON views alike.
import { useEffect, useState } from 'react'
import { EditorState, type Extension } from '@codemirror/state'
import { EditorView, keymap, placeholder as placeholderText } from '@codemirror/view'
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { useCodeMirror } from './use-code-mirror'

export interface CodeEditorProps {
  value: string
  onChange?: (value: string) => void
  /** Accessible name of the text area. */
  label: string
  testId?: string
  readOnly?: boolean
  placeholder?: string
  /** Read once, when the editor is created. */
  extensions?: Extension
  className?: string
  onView?: (view: EditorView | null) => void
}

const editorTheme = EditorView.theme({
  '&': { fontSize: '0.875rem', backgroundColor: 'transparent', color: 'inherit' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace", lineHeight: '1.6' },
  '.cm-content': { padding: '0.75rem 0', caretColor: 'currentColor' },
  '.cm-line': { padding: '0 0.875rem' },
  '.cm-placeholder': { color: 'var(--json-punctuation)' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': { backgroundColor: 'color-mix(in srgb, var(--part-signature) 25%, transparent) !important' },
  '.cm-cursor': { borderLeftColor: 'currentColor' },
})

export function CodeEditor({ value, onChange, label, testId, readOnly = false, placeholder, extensions = [], className, onView }: CodeEditorProps) {
  // The view reads its extensions once; later changes go through effects.
  const [allExtensions] = useState(() => [
      editorTheme,
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label, ...(testId ? { 'data-testid': testId } : {}) }),
      readOnly ? EditorState.readOnly.of(true) : [history(), keymap.of([...defaultKeymap, ...historyKeymap])],
      placeholder ? placeholderText(placeholder) : [],
      extensions,
  ])
  const { ref, view } = useCodeMirror({ value, onChange, extensions: allExtensions })
  useEffect(() => onView?.(view), [view, onView])
  return <div ref={ref} className={className} />
}
