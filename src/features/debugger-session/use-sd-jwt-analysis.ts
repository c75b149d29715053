// An SD-JWT's disclosures matched with their digests, and the claims its verifier sees, worked out
// once per token for every panel that needs them. The analysis loads with its own chunk, only for
// SD-JWTs, and runs in slices, so tens of thousands of disclosures never freeze the page.
import type { DecodedToken } from '../../core/token/decoded-token'
import type { SdJwtParts } from '../../core/sd-jwt/split-sd-jwt'
import type { SdJwtAnalysis } from '../../core/sd-jwt/analyze-sd-jwt'
import { useRef } from 'react'
import { useLatestResult } from '../../hooks/use-latest-result'
import { isJsonObject } from '../../core/json/json-value'

/** Thrown at a pause of an analysis that a newer token has made pointless, to stop it there. */
class Superseded extends Error {}

/** The analysis; null when there is nothing to analyse (not an SD-JWT, or no JSON payload), undefined while it is worked out. */
export function useSdJwtAnalysis(decoded: DecodedToken | null, parts: SdJwtParts | null): SdJwtAnalysis | null | undefined {
  const payload = decoded?.payload.type === 'json' ? decoded.payload.value : undefined
  const isObject = isJsonObject(payload)
  const latestRun = useRef(0)
  const analysis = useLatestResult<SdJwtAnalysis | undefined>(
    parts && isObject
      ? async () => {
          const run = ++latestRun.current
          // Between slices the page paints and takes input; an edit meanwhile ends this run at its next pause.
          const pause = async () => {
            await new Promise<void>((resolve) => setTimeout(resolve))
            if (run !== latestRun.current) throw new Superseded()
          }
          return (await import('../../core/sd-jwt/analyze-sd-jwt')).analyzeSdJwtInSlices(payload, parts.disclosures, pause)
        }
      : undefined,
    [parts, payload],
    undefined,
    // A superseded run's result is never shown, so what it gives back does not matter.
    () => undefined,
  ).value
  return parts && isObject ? analysis : null
}
