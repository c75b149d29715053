import { CodeEditor } from '../../editor/code-editor'

export interface SigningKeyFieldProps {
  /** The key box's text: one key verifies the token and signs its edits. */
  keyText: string
  onKeyTextChange: (text: string) => void
}

/** The signing key beside the editors, the same text as the key box under "Verify signature". */
export function SigningKeyField({ keyText, onKeyTextChange }: SigningKeyFieldProps) {
  return (
    <div className="border-t border-slate-200 px-4 py-3 text-sm dark:border-slate-800">
      <p className="mb-1 text-xs font-medium">Signing key: the same as the key box under "Verify signature"; a secret, a PKCS#8 PEM or a private JWK</p>
      <CodeEditor
        value={keyText}
        onChange={onKeyTextChange}
        label="Signing key"
        testId="sign-key"
        placeholder="Paste the secret or private key that signs your edits…"
        className="rounded-md border border-slate-300 font-mono text-xs dark:border-slate-700 [&_.cm-editor]:max-h-32 [&_textarea]:min-h-12"
      />
    </div>
  )
}
