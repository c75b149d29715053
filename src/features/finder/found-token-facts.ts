// What a found token is, in the few words a row of the list has room for: decoded only when its row is drawn.
import { decodeToken } from '../../core/token/decode-token'
import { splitSdJwt } from '../../core/sd-jwt/split-sd-jwt'
import { isJsonObject } from '../../core/json/json-value'
import type { JsonObject } from '../../core/json/scan-json'
import type { FoundToken } from '../../core/find/found-token'

export interface FoundTokenFacts {
  alg: string | null
  iss: string | null
  sub: string | null
  /** The claims, for the expiry; null for an encrypted token or a payload that is not a JSON object. */
  claims: JsonObject | null
  isEncrypted: boolean
}

export function factsOf(found: FoundToken): FoundTokenFacts {
  const jwt = found.kind === 'sd-jwt' ? (splitSdJwt(found.token)?.issuerJwt ?? found.token) : found.token
  const decoded = decodeToken(jwt)
  const header = decoded?.header.type === 'json' ? decoded.header.value : null
  const payload = decoded?.payload.type === 'json' ? decoded.payload.value : undefined
  const claims = isJsonObject(payload) ? payload : null
  const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null)
  return { alg: text(header?.alg), iss: text(claims?.iss), sub: text(claims?.sub), claims, isEncrypted: found.kind === 'jwe' }
}
