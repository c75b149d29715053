import type { SigningKeyNote } from '../../core/sign/signing-key-note'

/** The one line under the header editor that says what signs the edits. */
export function SigningNote({ note }: { note: SigningKeyNote }) {
  return (
    <p
      data-testid="signing-note"
      data-signed={note.isSigned}
      className="border-t border-slate-200 px-4 py-1.5 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400"
    >
      <span aria-hidden="true">{note.isSigned ? '✓ ' : '▲ '}</span>
      {note.text}
    </p>
  )
}
