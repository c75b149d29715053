import { useState } from 'react'
import type { JsonValue } from '../../core/json/scan-json'
import { checkClaims, type ClaimCheckState } from '../../core/claims/check-claims'
import { formatUtc } from '../../core/claims/time'
import { useNowSeconds } from '../../hooks/use-now'
import { Panel } from '../../components/panel'
import { buttonClass } from '../../components/copy-button'

const marks: Record<ClaimCheckState, { icon: string; label: string; className: string }> = {
  pass: { icon: '✓', label: 'Pass', className: 'text-emerald-700 dark:text-emerald-400' },
  fail: { icon: '✗', label: 'Fail', className: 'text-red-700 dark:text-red-400' },
  skipped: { icon: '–', label: 'Not checked', className: 'text-slate-500 dark:text-slate-400' },
}

const inputClass = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-950'

export function ClaimsCheckPanel({ payload }: { payload: JsonValue | undefined }) {
  const nowSeconds = useNowSeconds()
  const [issuer, setIssuer] = useState('')
  const [audience, setAudience] = useState('')
  const [toleranceText, setToleranceText] = useState('0')
  const [asOf, setAsOf] = useState('')
  const asOfSeconds = asOf === '' ? undefined : Math.floor(new Date(asOf).getTime() / 1000)
  const atSeconds = asOfSeconds !== undefined && Number.isFinite(asOfSeconds) ? asOfSeconds : nowSeconds
  const tolerance = Number(toleranceText)
  const toleranceSeconds = Number.isFinite(tolerance) && tolerance >= 0 ? tolerance : 0
  const checks = checkClaims(payload, { issuer, audience, toleranceSeconds, atSeconds })

  return (
    <Panel id="claims-check" title="Check the claims">
      <div className="grid gap-3 px-4 py-3 text-sm sm:grid-cols-2">
        <label className="space-y-1">
          <span className="block font-medium">Expected issuer (iss)</span>
          <input data-testid="expected-issuer" value={issuer} onChange={(event) => setIssuer(event.target.value)} className={inputClass} placeholder="https://login.example.com" />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Expected audience (aud)</span>
          <input data-testid="expected-audience" value={audience} onChange={(event) => setAudience(event.target.value)} className={inputClass} placeholder="your API or client id" />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Clock tolerance (seconds)</span>
          <input data-testid="clock-tolerance" type="number" min={0} value={toleranceText} onChange={(event) => setToleranceText(event.target.value)} className={inputClass} />
          {toleranceSeconds !== tolerance ? <span className="block text-xs text-red-700 dark:text-red-300">Enter a number of seconds, 0 or more; 0 is used meanwhile.</span> : null}
        </label>
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="as-of" className="block font-medium">
            Check as of (local time)
          </label>
          <div className="flex flex-wrap gap-2">
            <input id="as-of" data-testid="as-of" type="datetime-local" step={1} value={asOf} onChange={(event) => setAsOf(event.target.value)} className={`${inputClass} min-w-0 flex-1`} />
            <button type="button" className={buttonClass} onClick={() => setAsOf('')} disabled={asOf === ''}>
              Now
            </button>
          </div>
          <span className="block text-xs text-slate-600 dark:text-slate-400">{asOf === '' ? 'Now' : 'As of'}: {formatUtc(atSeconds)}</span>
        </div>
      </div>
      <ul className="divide-y divide-slate-200 border-t border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
        {checks.map((check) => (
          <li key={check.claim} data-testid="claim-check" data-claim={check.claim} data-state={check.state} className="flex gap-3 px-4 py-2">
            <span className={`w-24 shrink-0 font-semibold ${marks[check.state].className}`}>
              <span aria-hidden="true">{marks[check.state].icon} </span>
              {marks[check.state].label}
            </span>
            <span>
              <code className="font-mono font-semibold">{check.claim}</code> {check.message}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  )
}
