// Where "now" falls in a token's validity window (RFC 7519 §4.1.4, §4.1.5).
import type { JsonValue } from '../json/scan-json'
import { isJsonObject } from '../json/json-value'

/** The contract's `expiry-status` values. */
export type ExpiryState = 'active' | 'expired' | 'not-yet-valid' | 'no-expiry'

export interface ExpiryStatus {
  state: ExpiryState
  exp?: number
  nbf?: number
  iat?: number
  /** The window the lifetime bar spans, and how far through it now is (0..1), when it has both ends. */
  window?: { startSeconds: number; endSeconds: number; fraction: number }
}

export function expiryStatus(payload: JsonValue | undefined, nowSeconds: number): ExpiryStatus {
  const claims = isJsonObject(payload) ? payload : {}
  const numeric = (name: string): number | undefined => {
    const value = claims[name]
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined
  }
  const exp = numeric('exp')
  const nbf = numeric('nbf')
  const iat = numeric('iat')
  const times = { ...(exp !== undefined && { exp }), ...(nbf !== undefined && { nbf }), ...(iat !== undefined && { iat }) }

  const startSeconds = nbf ?? iat
  const window =
    exp !== undefined && startSeconds !== undefined && exp > startSeconds
      ? { startSeconds, endSeconds: exp, fraction: clamp((nowSeconds - startSeconds) / (exp - startSeconds)) }
      : undefined
  const withWindow = window ? { ...times, window } : times

  // A token is unusable on or after exp, and before nbf.
  if (exp !== undefined && nowSeconds >= exp) return { state: 'expired', ...withWindow }
  if (nbf !== undefined && nowSeconds < nbf) return { state: 'not-yet-valid', ...withWindow }
  if (exp !== undefined) return { state: 'active', ...withWindow }
  return { state: 'no-expiry', ...withWindow }
}

/** Also maps NaN (a clock that is not a number) to 0, so the lifetime bar always has a width. */
function clamp(fraction: number): number {
  return fraction > 0 ? Math.min(1, fraction) : 0
}
