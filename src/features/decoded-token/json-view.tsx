import { memo, useEffect, useMemo } from 'react'
import { CodeEditor } from '../../editor/code-editor'
import type { StyleMember } from '../../editor/json-highlighting'
import { loadClaimDescriptions } from './member-style'

/** What makes a JSON view editable. */
export interface JsonEditing {
  onChange: (text: string) => void
  /** The editable element's test hook. */
  testId: string
  /** Where the text stops being valid JSON, to mark it. */
  errorPosition?: number
  errorMessage?: string
}

/** A header or payload panel in edit mode: the text shown, where changes go, and the builder's controls. */
export interface PartEditor {
  text: string
  onChange: (text: string) => void
  error?: { message: string; position?: number }
  /** Controls for the panel's title bar. */
  actions?: React.ReactNode
  /** One line under the editor, such as what signs the edits. */
  note?: React.ReactNode
}

export interface JsonViewProps {
  text: string
  label: string
  /** On the element around the text, so its text content is the JSON alone. */
  testId?: string
  styleMember: StyleMember
  editing?: JsonEditing
}

/** Says, beside a panel title, that its JSON can be edited. */
export function EditableHint() {
  return <span className="ml-2 text-xs font-normal tracking-normal text-slate-500 normal-case dark:text-slate-400">edit to change the token</span>
}

/** The editor's mark and message for a part whose JSON does not parse. */
export function PartErrorMessage({ error, testId }: { error: PartEditor['error']; testId: string }) {
  if (!error) return null
  return (
    <p data-testid={testId} role="alert" className="border-t border-red-200 bg-red-50 px-4 py-2 text-sm text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100">
      {error.message}
    </p>
  )
}

/** Highlighted JSON, read-only or editable; memoised so the page's clock ticks do not touch the editor. */
export const JsonView = memo(function JsonView({ text, label, testId, styleMember, editing }: JsonViewProps) {
  // The words behind the tooltips follow the first paint.
  useEffect(() => {
    const timeout = setTimeout(() => void loadClaimDescriptions())
    return () => clearTimeout(timeout)
  }, [])
  const errorPosition = editing?.errorPosition
  const errorMessage = editing?.errorMessage
  const ranges = useMemo(() => {
    if (errorPosition === undefined || text.length === 0) return []
    // An error at the very end (unfinished JSON) marks the last character.
    const from = Math.min(errorPosition, text.length - 1)
    return [{ from, to: from + 1, className: 'cm-json-error', ...(errorMessage ? { title: errorMessage } : {}) }]
  }, [errorPosition, errorMessage, text])
  return (
    <CodeEditor
      // CodeMirror fixes read-only at creation, so switching modes makes a new editor.
      key={editing ? 'editable' : 'read-only'}
      value={text}
      label={label}
      readOnly={!editing}
      styleMember={styleMember}
      ranges={ranges}
      rangesText={text}
      // Grows with the JSON: a few dozen claims fit without an inner scrollbar; megabytes scroll inside.
      className="font-mono focus-within:outline-2 focus-within:-outline-offset-2 focus-within:outline-sky-600 [--editor-max-height:70vh] lg:[--editor-max-height:80vh]"
      {...(testId ? { containerTestId: testId } : {})}
      {...(editing ? { onChange: editing.onChange, testId: editing.testId } : {})}
    />
  )
})
