import { guessSecretEncoding, secretEncodingLabels, type SecretEncoding } from '../../core/keys/decode-secret'
import type { KeyMaterial } from '../../core/keys/parse-key-text'
import { CodeEditor } from '../../editor/code-editor'
import { describeKeyMaterial } from './describe-key-material'

/** The test hooks of one key box: the page's own, or those of an inner token's box. */
export interface KeyFieldHooks {
  key: string
  encoding: string
}

export interface KeyFieldProps {
  keyText: string
  onKeyTextChange: (text: string) => void
  material: KeyMaterial
  encoding: SecretEncoding
  onEncodingChange: (encoding: SecretEncoding) => void
  /** What the box takes, shown above it. */
  label: string
  placeholder: string
  hooks: KeyFieldHooks
  /** Where the text came from, when not from the user: "fetched from https://…". */
  origin?: string
}

const encodings = Object.keys(secretEncodingLabels) as SecretEncoding[]
const selectClass = 'rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-600 dark:bg-slate-800'

/** The key box: any key text, the secret's encoding while it holds a secret, and what the text was recognised as. */
export function KeyField({ keyText, onKeyTextChange, material, encoding, onEncodingChange, label, placeholder, hooks, origin }: KeyFieldProps) {
  const recognised = describeKeyMaterial(material)
  const guessedEncoding = material.kind === 'secret' ? guessSecretEncoding(material.text) : undefined
  const hasEdgeWhitespace = material.kind === 'secret' && material.text !== material.text.trim()
  // Only a secret has an encoding; for a PEM or a JWK the choice would mean nothing.
  const takesEncoding = material.kind === 'empty' || material.kind === 'secret'
  return (
    <div>
      <div className="mb-1 flex min-h-7 flex-wrap items-end justify-between gap-x-2 gap-y-1">
        <span className="text-sm font-medium">{label}</span>
        {recognised && !takesEncoding ? (
          <span data-testid={`${hooks.key}-recognised`} className="text-xs text-slate-600 dark:text-slate-400">
            Recognised: {recognised}
            {origin ? `, ${origin}` : ''}.
          </span>
        ) : null}
        {takesEncoding ? (
          <label className="flex items-center gap-2 text-xs">
            Secret encoding
            <select data-testid={hooks.encoding} value={encoding} onChange={(event) => onEncodingChange(event.target.value as SecretEncoding)} className={selectClass}>
              {encodings.map((value) => (
                <option key={value} value={value}>
                  {secretEncodingLabels[value]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <CodeEditor
        value={keyText}
        onChange={onKeyTextChange}
        label={label}
        testId={hooks.key}
        placeholder={placeholder}
        className="rounded-md border border-slate-300 font-mono text-sm focus-within:outline-2 focus-within:outline-offset-1 focus-within:outline-sky-600 dark:border-slate-700 [--editor-max-height:7rem]"
      />
      <div className="mt-1 space-y-1 text-xs text-slate-600 empty:hidden dark:text-slate-400" aria-live="polite">
        {recognised && takesEncoding ? <p data-testid={`${hooks.key}-recognised`}>Recognised: {recognised}.</p> : null}
        {guessedEncoding && guessedEncoding !== encoding ? (
          <p>
            This secret looks like {secretEncodingLabels[guessedEncoding]}.{' '}
            <button type="button" className="font-medium text-sky-700 underline dark:text-sky-400" onClick={() => onEncodingChange(guessedEncoding)}>
              Read it as {secretEncodingLabels[guessedEncoding]}
            </button>
          </p>
        ) : null}
        {hasEdgeWhitespace ? <p>The secret starts or ends with spaces or line breaks; they are part of the secret.</p> : null}
      </div>
    </div>
  )
}
