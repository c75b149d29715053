// Tells an SD-JWT's issuer-signed JWT from an ordinary token by its own contents, for when the
// disclosures that came with it are not at hand.
import type { DecodedToken } from '../token/decoded-token'

/** A typ ending in "+sd-jwt" (dc+sd-jwt, vc+sd-jwt, example+sd-jwt), a vct, or the "_sd" and "_sd_alg" members of RFC 9901 §4.1. */
export function isSdJwtIssuerJwt(decoded: DecodedToken): boolean {
  const header = decoded.header.type === 'json' ? decoded.header.value : {}
  if (typeof header.typ === 'string' && /\+sd-jwt$/i.test(header.typ)) return true
  const payload = decoded.payload.type === 'json' ? decoded.payload.value : null
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false
  return typeof payload.vct === 'string' || Object.hasOwn(payload, '_sd_alg') || Array.isArray(payload._sd)
}
