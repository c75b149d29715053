// What a history entry says about its token at a glance, decoded again from the stored text, so
// nothing but the token itself is ever stored.
import { expiryStatus, type ExpiryState } from '../claims/expiry'
import { splitSdJwt } from '../sd-jwt/split-sd-jwt'
import { decodeToken } from '../token/decode-token'
import { isJsonObject } from '../json/json-value'

export interface TokenSummary {
  /** The header's `alg`, or null when it has none. */
  alg: string | null
  iss: string | null
  sub: string | null
  /** Where `nowSeconds` falls in the token's lifetime; `encrypted` when a JWE hides the claims, `unreadable` when they are not JSON. */
  expiry: ExpiryState | 'encrypted' | 'unreadable'
}

export function summarizeToken(token: string, nowSeconds: number): TokenSummary {
  const sdJwt = splitSdJwt(token)
  const decoded = decodeToken(sdJwt ? sdJwt.issuerJwt : token)
  const header = decoded?.header.type === 'json' ? decoded.header.value : {}
  const payload = decoded?.payload
  const claims = payload?.type === 'json' && isJsonObject(payload.value) ? payload.value : null
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : null)
  return {
    alg: text(header.alg),
    iss: claims ? text(claims.iss) : null,
    sub: claims ? text(claims.sub) : null,
    expiry: payload?.type === 'encrypted' ? 'encrypted' : claims ? expiryStatus(claims, nowSeconds).state : 'unreadable',
  }
}
