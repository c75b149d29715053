// Owns one EditorView for the life of a component and keeps its document in step with React state.
import { useEffect, useRef, useState } from 'react'
import { Annotation, EditorState, type Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'

/** Marks transactions that carry the outside value in, so they are not echoed back out. */
const externalSync = Annotation.define<boolean>()

export interface CodeMirrorOptions {
  value: string
  onChange?: (value: string) => void
  /** Read once, when the view is created. */
  extensions: Extension
}

export function useCodeMirror({ value, onChange, extensions }: CodeMirrorOptions) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null)
  const [view, setView] = useState<EditorView | null>(null)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const initial = useRef({ value, extensions })

  useEffect(() => {
    if (!container) return
    const created = new EditorView({
      parent: container,
      state: EditorState.create({
        doc: initial.current.value,
        extensions: [
          initial.current.extensions,
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return
            if (update.transactions.some((tr) => tr.annotation(externalSync))) return
            onChangeRef.current?.(update.state.doc.toString())
          }),
        ],
      }),
    })
    setView(created)
    return () => {
      created.destroy()
      setView(null)
    }
  }, [container])

  useEffect(() => {
    if (!view) return
    const current = view.state.doc.toString()
    if (current === value) return
    view.dispatch({ changes: { from: 0, to: current.length, insert: value }, annotations: externalSync.of(true) })
  }, [view, value])

  return { ref: setContainer, view }
}
