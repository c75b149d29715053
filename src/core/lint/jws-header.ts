// The header a JWS verifier goes by, for the rules that judge the signature.
import type { JsonObject } from '../json/scan-json'
import type { DecodedToken } from '../token/decoded-token'

/**
 * A compact JWS's protected header, or a JSON serialization's unprotected header members with the
 * protected ones over them; null for a JWE, a token without a payload part, or a header that is not
 * a JSON object.
 */
export function jwsHeaderOf(decoded: DecodedToken): JsonObject | null {
  if (decoded.jsonHeaders) {
    const { protected: protectedHeader, unprotected } = decoded.jsonHeaders
    return protectedHeader.type === 'json' ? { ...unprotected, ...protectedHeader.value } : unprotected
  }
  const isCompactJws = decoded.serialization === 'compact' && decoded.parts.length >= 2 && decoded.parts.length !== 5
  return isCompactJws && decoded.header.type === 'json' ? decoded.header.value : null
}
