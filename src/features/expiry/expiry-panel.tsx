import type { JsonValue } from '../../core/json/scan-json'
import { expiryStatus, type ExpiryStatus } from '../../core/claims/expiry'
import { formatCountdown, formatUtc } from '../../core/claims/time'
import { useNowSeconds } from '../../hooks/use-now'

const tones: Record<ExpiryStatus['state'], { badge: string; bar: string; label: string }> = {
  active: { badge: 'bg-emerald-700 text-white dark:bg-emerald-400 dark:text-emerald-950', bar: 'bg-emerald-500', label: 'Active' },
  expired: { badge: 'bg-red-700 text-white dark:bg-red-400 dark:text-red-950', bar: 'bg-red-500', label: 'Expired' },
  'not-yet-valid': { badge: 'bg-amber-500 text-amber-950', bar: 'bg-amber-500', label: 'Not yet valid' },
  'no-expiry': { badge: 'bg-slate-600 text-white dark:bg-slate-400 dark:text-slate-950', bar: 'bg-slate-400', label: 'No expiry' },
}

/** `isEncrypted`: the claims are in a JWE that is not decrypted, so nothing can be said about time. */
export function ExpiryPanel({ payload, isEncrypted = false }: { payload: JsonValue | undefined; isEncrypted?: boolean }) {
  const nowSeconds = useNowSeconds()
  const status = expiryStatus(payload, nowSeconds)
  const tone = tones[status.state]
  return (
    <section aria-label="Expiry" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div data-testid="expiry-status" data-state={status.state} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className={`rounded-md px-2 py-0.5 text-sm font-bold ${tone.badge}`}>{isEncrypted ? 'Encrypted' : tone.label}</span>
        <span className="font-mono text-lg tabular-nums" aria-live="off">
          {isEncrypted ? 'the claims are encrypted: decrypt the token to see when it expires' : describeTimeLeft(status, nowSeconds)}
        </span>
      </div>
      {status.window ? <LifetimeBar status={status} window={status.window} barClass={tone.bar} /> : null}
    </section>
  )
}

function describeTimeLeft(status: ExpiryStatus, nowSeconds: number): string {
  switch (status.state) {
    case 'active':
      return `expires in ${formatCountdown(status.exp! - nowSeconds)}`
    case 'expired':
      return `expired ${formatCountdown(nowSeconds - status.exp!)} ago`
    case 'not-yet-valid':
      return `valid in ${formatCountdown(status.nbf! - nowSeconds)}`
    case 'no-expiry':
      return status.iat !== undefined
        ? `no "exp" claim: it never expires on its own (issued ${formatCountdown(Math.max(0, nowSeconds - status.iat))} ago)`
        : 'no "exp" claim: it never expires on its own'
  }
}

function LifetimeBar({ status, window, barClass }: { status: ExpiryStatus; window: NonNullable<ExpiryStatus['window']>; barClass: string }) {
  const percent = Math.round(window.fraction * 1000) / 10
  const startLabel = status.nbf !== undefined ? 'nbf' : 'iat'
  return (
    <div className="mt-3">
      <div
        role="meter"
        aria-label="Share of the token's lifetime used"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% of the lifetime used`}
        className="relative h-2.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div className={`h-full ${barClass}`} style={{ width: `${percent}%` }} />
      </div>
      <div className="mt-1 flex justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <span>
          {startLabel} {formatUtc(window.startSeconds)}
        </span>
        <span>{percent}% used</span>
        <span className="text-right">exp {formatUtc(window.endSeconds)}</span>
      </div>
    </div>
  )
}
