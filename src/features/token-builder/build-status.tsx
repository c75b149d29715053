import type { BuildResult } from '../../core/sign/sign-token'

export interface BuildStatusProps {
  result: BuildResult
  onAcceptUnsecured: () => void
}

const noteClass = 'rounded-md border px-3 py-2 text-sm'
const warningClass = `${noteClass} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100`

/** What the last edit did to the token: signed, left unsigned (and why), or waiting for consent. */
export function BuildStatus({ result, onAcceptUnsecured }: BuildStatusProps) {
  const { outcome, token } = result
  const hook = { 'data-testid': 'sign-status', 'data-state': outcome.state }
  switch (outcome.state) {
    case 'signed':
      return (
        <p {...hook} className={`${noteClass} border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100`}>
          Signed here with {outcome.keyLabel}. Edit the header, the payload or the key, and the token is signed again.
        </p>
      )
    case 'unsigned':
      return (
        <p {...hook} className={warningClass}>
          Not signed: {outcome.reason}{' '}
          {token.endsWith('.')
            ? 'The token has an empty signature for now.'
            : 'The token keeps its previous signature, which no longer matches: verifying it shows what a tampered token looks like.'}
        </p>
      )
    case 'unsecured':
      return (
        <p {...hook} className={warningClass}>
          Unsecured token (alg &quot;none&quot;): it carries no signature, so anyone can change its claims. Use it only to check that your services refuse
          it.
        </p>
      )
    case 'needs-consent':
      return (
        <div {...hook} role="alert" className={warningClass}>
          <p className="font-semibold">Build a token with no signature?</p>
          <p className="mt-1">
            With alg &quot;none&quot; the token carries no signature: whoever holds it can rewrite any claim, and nothing shows it. A verifier must
            refuse such tokens, and must pin the algorithms it accepts rather than trust the header (RFC 8725 §2.1 and §3.1); libraries that trusted
            it let attackers forge tokens by simply writing &quot;none&quot;. Build one only to test that a service rejects it.
          </p>
          <button
            type="button"
            onClick={onAcceptUnsecured}
            className="mt-2 rounded-md border border-amber-500 bg-white px-2.5 py-1 text-xs font-semibold text-amber-950 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 dark:bg-amber-900 dark:text-amber-50 dark:hover:bg-amber-800"
          >
            I understand: build the unsecured token
          </button>
        </div>
      )
    case 'error':
      return (
        <p {...hook} className={warningClass}>
          The token was not updated: the {outcome.part} has a problem, shown under its editor. What you typed is kept.
        </p>
      )
  }
}
