import type { JsonValue } from '../../core/json/scan-json'
import { expiryStatus, type ExpiryStatus } from '../../core/claims/expiry'
import { formatCountdown, formatUtc } from '../../core/claims/time'
import { useNowSeconds } from '../../hooks/use-now'

const tones: Record<ExpiryStatus['state'], { badge: string; label: string }> = {
  active: { badge: 'bg-emerald-700 text-white dark:bg-emerald-400 dark:text-emerald-950', label: 'Active' },
  expired: { badge: 'bg-red-700 text-white dark:bg-red-400 dark:text-red-950', label: 'Expired' },
  'not-yet-valid': { badge: 'bg-amber-500 text-amber-950', label: 'Not yet valid' },
  'no-expiry': { badge: 'bg-slate-600 text-white dark:bg-slate-400 dark:text-slate-950', label: 'No expiry' },
}

/** The share of the lifetime used past which the bar warns, then alarms, that expiry is near. */
const nearExpiry = { warn: 0.75, alarm: 0.9 }

/** `isEncrypted`: the claims are in a JWE that is not decrypted, so nothing can be said about time. */
export function ExpiryLine({ payload, isEncrypted = false }: { payload: JsonValue | undefined; isEncrypted?: boolean }) {
  const nowSeconds = useNowSeconds()
  const status = expiryStatus(payload, nowSeconds)
  const tone = tones[status.state]
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm">
      <p data-testid="expiry-status" data-state={status.state} className="flex min-w-0 flex-wrap items-baseline gap-x-2">
        <span className={`rounded px-1.5 py-px text-xs font-bold ${tone.badge}`}>{isEncrypted ? 'Encrypted' : tone.label}</span>
        <span className="font-mono tabular-nums" aria-live="off">
          {isEncrypted ? 'decrypt the token to see when it expires' : describeTimeLeft(status, nowSeconds)}
        </span>
      </p>
      {status.window && !isEncrypted ? <LifetimeBar status={status} window={status.window} /> : null}
    </div>
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
      return status.iat !== undefined ? `no "exp": never expires (issued ${formatCountdown(Math.max(0, nowSeconds - status.iat))} ago)` : 'no "exp": never expires on its own'
  }
}

function LifetimeBar({ status, window }: { status: ExpiryStatus; window: NonNullable<ExpiryStatus['window']> }) {
  const percent = Math.round(window.fraction * 1000) / 10
  const startLabel = status.nbf !== undefined ? 'nbf' : 'iat'
  const barClass = status.state === 'expired' || window.fraction >= nearExpiry.alarm ? 'bg-red-500' : window.fraction >= nearExpiry.warn ? 'bg-amber-500' : 'bg-emerald-500'
  return (
    <div
      role="meter"
      aria-label="Share of the token's lifetime used"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}% of the lifetime used, from ${startLabel} ${formatUtc(window.startSeconds)} to exp ${formatUtc(window.endSeconds)}`}
      title={`${percent}% used: ${startLabel} ${formatUtc(window.startSeconds)} to exp ${formatUtc(window.endSeconds)}`}
      className="relative h-1.5 w-24 shrink-0 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
    >
      <div className={`h-full ${barClass}`} style={{ width: `${percent}%` }} />
    </div>
  )
}
