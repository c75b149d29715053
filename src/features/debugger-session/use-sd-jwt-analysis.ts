// An SD-JWT's disclosures matched with their digests, and the claims its verifier sees, worked out
// once per token for every panel that needs them. The analysis loads with its own chunk, only for
// SD-JWTs, and runs in slices, so tens of thousands of disclosures never freeze the page.
import type { DecodedToken } from '../../core/token/decoded-token'
import type { SdJwtParts } from '../../core/sd-jwt/split-sd-jwt'
import type { SdJwtAnalysis } from '../../core/sd-jwt/analyze-sd-jwt'
import { useLatestResult } from '../../hooks/use-latest-result'

/** Lets the page paint and take input between slices of a long analysis. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve))

/** The analysis; null when there is nothing to analyse (not an SD-JWT, or no JSON payload), undefined while it is worked out. */
export function useSdJwtAnalysis(decoded: DecodedToken | null, parts: SdJwtParts | null): SdJwtAnalysis | null | undefined {
  const payload = decoded?.payload.type === 'json' ? decoded.payload.value : undefined
  const isObject = typeof payload === 'object' && payload !== null && !Array.isArray(payload)
  const analysis = useLatestResult<SdJwtAnalysis | undefined>(
    parts && isObject ? async () => (await import('../../core/sd-jwt/analyze-sd-jwt')).analyzeSdJwtInSlices(payload, parts.disclosures, nextTask) : undefined,
    [parts, payload],
    undefined,
    () => undefined,
  ).value
  return parts && isObject ? analysis : null
}
