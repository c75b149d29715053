import { useEffect, useState } from 'react'
import type { EditorView } from '@codemirror/view'
import { CodeEditor } from '../../editor/code-editor'
import { rangeHighlighting, setHighlightRanges } from '../../editor/range-highlighting'
import type { DecodedToken } from '../../core/token/decoded-token'
import { tokenHighlightRanges } from './token-highlight-ranges'

export interface TokenEditorProps {
  value: string
  onChange: (value: string) => void
  decoded: DecodedToken | null
  /** The text `decoded` was decoded from; it can trail `value` while typing. */
  decodedText: string
}

export function TokenEditor({ value, onChange, decoded, decodedText }: TokenEditorProps) {
  const [view, setView] = useState<EditorView | null>(null)
  useEffect(() => {
    // Colours computed for older text would land on the wrong characters; wait for the decode to catch up.
    if (view && view.state.doc.toString() === decodedText) setHighlightRanges(view, tokenHighlightRanges(decoded))
  }, [view, decoded, decodedText])

  return (
    <CodeEditor
      value={value}
      onChange={onChange}
      label="Encoded token"
      testId="token-input"
      placeholder="Paste a JWT, a JWE, a JWS in JSON form, or a whole Authorization header…"
      extensions={rangeHighlighting()}
      onView={setView}
      className="min-h-48 break-all font-mono [&_.cm-content]:min-h-48 [&_.cm-editor]:max-h-[60vh] lg:[&_.cm-editor]:max-h-[calc(100vh-16rem)]"
    />
  )
}
