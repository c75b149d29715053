// A found token's expiry in two or three words ("expired", "valid for 12 min", "no exp"), to the
// minute: a list of them need not tick every second.
import { expiryStatus, type ExpiryState } from '../../core/claims/expiry'
import type { JsonObject } from '../../core/json/scan-json'

export interface ExpiryGlance {
  state: ExpiryState | 'encrypted'
  text: string
}

export function expiryAtAGlance(claims: JsonObject | null, isEncrypted: boolean, nowSeconds: number): ExpiryGlance {
  if (isEncrypted) return { state: 'encrypted', text: 'encrypted' }
  const status = expiryStatus(claims ?? undefined, nowSeconds)
  switch (status.state) {
    case 'expired':
      return { state: 'expired', text: `expired ${roughSpan(nowSeconds - status.exp!)} ago` }
    case 'not-yet-valid':
      return { state: 'not-yet-valid', text: `valid in ${roughSpan(status.nbf! - nowSeconds)}` }
    case 'active':
      return { state: 'active', text: `valid for ${roughSpan(status.exp! - nowSeconds)}` }
    case 'no-expiry':
      return { state: 'no-expiry', text: 'no exp' }
  }
}

/** "under a minute", "12 min", "5 h", "3 days", "2 years": the largest unit only. */
export function roughSpan(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'forever'
  if (seconds < 60) return 'under a minute'
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min`
  if (seconds < 48 * 3600) return `${Math.floor(seconds / 3600)} h`
  const days = Math.floor(seconds / 86400)
  if (days < 730) return `${days} days`
  return `${Math.floor(days / 365).toLocaleString('en-US')} years`
}
