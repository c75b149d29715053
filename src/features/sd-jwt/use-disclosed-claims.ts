// The claims of an SD-JWT as its verifier sees them, for the panels that judge claims (expiry,
// checks, findings). The analysis loads with its own chunk, only for SD-JWTs.
import type { DecodedToken } from '../../core/token/decoded-token'
import type { JsonValue } from '../../core/json/scan-json'
import type { SdJwtParts } from '../../core/sd-jwt/split-sd-jwt'
import { useLatestResult } from '../../hooks/use-latest-result'

/** The processed claims, or undefined for a token that is not an SD-JWT (or until they are worked out). */
export function useDisclosedClaims(decoded: DecodedToken | null, parts: SdJwtParts | null): JsonValue | undefined {
  const payload = decoded?.payload.type === 'json' ? decoded.payload.value : undefined
  const isObject = typeof payload === 'object' && payload !== null && !Array.isArray(payload)
  return useLatestResult<JsonValue | undefined>(
    parts && isObject
      ? async () => (await import('./analyze-once')).analyzeOnce(payload, parts).claims
      : undefined,
    [parts, payload],
    undefined,
    () => undefined,
  ).value
}
