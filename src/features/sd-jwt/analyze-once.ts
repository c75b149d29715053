// The SD-JWT panel and the panels that judge the claims both need the analysis of the same SD-JWT;
// with tens of thousands of disclosures it takes a while, so it is worked out once per token.
import type { JsonObject } from '../../core/json/scan-json'
import type { SdJwtParts } from '../../core/sd-jwt/split-sd-jwt'
import { analyzeSdJwt, type SdJwtAnalysis } from '../../core/sd-jwt/analyze-sd-jwt'

const analyses = new WeakMap<SdJwtParts, { payload: JsonObject; analysis: SdJwtAnalysis }>()

export function analyzeOnce(payload: JsonObject, parts: SdJwtParts): SdJwtAnalysis {
  const cached = analyses.get(parts)
  if (cached?.payload === payload) return cached.analysis
  const analysis = analyzeSdJwt(payload, parts.disclosures)
  analyses.set(parts, { payload, analysis })
  return analysis
}
