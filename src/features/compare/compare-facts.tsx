// What the differences mean: the summary line, identity kept or changed, times moved, which token
// expires first, and both signature verdicts with the key in use.
import type { TokenComparison } from '../../core/compare/compare-tokens'
import type { IdentityVerdict } from '../../core/compare/identity-checks'
import type { TokenSide } from '../../core/compare/token-side'
import { compareExpiry } from '../../core/compare/compare-expiry'
import { describeSignatures } from '../../core/compare/describe-signatures'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { JsonObject } from '../../core/json/scan-json'
import type { SecretEncoding } from '../../core/keys/decode-secret'
import type { KeyMaterial } from '../../core/keys/parse-key-text'
import { useNowSeconds } from '../../hooks/use-now'
import { useSignatureStatus } from '../../hooks/use-signature-status'

type Compared = Extract<TokenComparison, { state: 'compared' }>

export interface CompareFactsProps {
  comparison: Compared
  first: TokenSide
  second: TokenSide
  keyMaterial: KeyMaterial
  encoding: SecretEncoding
}

const identityMarks: Record<IdentityVerdict, { icon: string; className: string }> = {
  same: { icon: '=', className: 'text-emerald-700 dark:text-emerald-400' },
  different: { icon: '≠', className: 'text-amber-700 dark:text-amber-300' },
  'only-first': { icon: '½', className: 'text-slate-600 dark:text-slate-400' },
  'only-second': { icon: '½', className: 'text-slate-600 dark:text-slate-400' },
}

export function CompareFacts({ comparison, first, second, keyMaterial, encoding }: CompareFactsProps) {
  const { claims, identity, timeShifts, lifetimeChange, notes, summary } = comparison
  return (
    <div className="space-y-2">
      <p data-testid="compare-summary" aria-live="polite" className="font-semibold text-slate-900 sm:text-base dark:text-slate-100">
        {summary}
      </p>
      <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {identity.map((check) => (
          <li key={check.claim} data-testid="compare-identity" data-claim={check.claim} data-verdict={check.verdict} className="flex gap-2">
            <span aria-hidden="true" className={`w-4 shrink-0 text-center font-semibold ${identityMarks[check.verdict].className}`}>
              {identityMarks[check.verdict].icon}
            </span>
            <span>{check.text}</span>
          </li>
        ))}
        {timeShifts.map((shift) => (
          <li key={shift.name} data-testid="compare-time" className="flex gap-2">
            <span aria-hidden="true" className="w-4 shrink-0 text-center text-slate-600 dark:text-slate-400">
              Δ
            </span>
            <span>{shift.text}</span>
          </li>
        ))}
      </ul>
      {lifetimeChange ? <p>{lifetimeChange}</p> : null}
      {claims.first && claims.second ? <ExpiryLine first={claims.first} second={claims.second} /> : null}
      {first.decoded && second.decoded ? <SignatureLine first={first.decoded} second={second.decoded} keyMaterial={keyMaterial} encoding={encoding} /> : null}
      {notes.map((note) => (
        <p key={note} className="text-slate-700 dark:text-slate-300">
          {note}
        </p>
      ))}
    </div>
  )
}

/** Its own clock, so the rows above do not render again every second. */
function ExpiryLine({ first, second }: { first: JsonObject; second: JsonObject }) {
  const nowSeconds = useNowSeconds()
  const expiry = compareExpiry(first, second, nowSeconds)
  return (
    <p data-testid="compare-expiry" data-expires-first={expiry.expiresFirst ?? 'neither'}>
      {expiry.text}
    </p>
  )
}

function SignatureLine({ first, second, keyMaterial, encoding }: { first: DecodedToken; second: DecodedToken; keyMaterial: KeyMaterial; encoding: SecretEncoding }) {
  const a = useSignatureStatus(first, keyMaterial, encoding)
  const b = useSignatureStatus(second, keyMaterial, encoding)
  const isChecking = a.isChecking || b.isChecking
  return (
    <div data-testid="compare-signatures" data-first={a.status.state} data-second={b.status.state} aria-busy={isChecking} className="space-y-0.5">
      <p className="font-medium">{describeSignatures({ status: a.status, kind: first.kind }, { status: b.status, kind: second.kind }, keyMaterial)}</p>
      <details className="text-xs text-slate-700 dark:text-slate-300">
        <summary className="cursor-pointer">Why</summary>
        <p>First: {a.status.reason}</p>
        <p>Second: {b.status.reason}</p>
      </details>
    </div>
  )
}
