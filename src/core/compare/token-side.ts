// One side of a comparison: the token as the debugger reads it (an SD-JWT's issuer-signed JWT, with
// its disclosures counted), so both sides are read the same way.
import { decodeToken } from '../token/decode-token'
import type { DecodedToken } from '../token/decoded-token'
import { splitSdJwt } from '../sd-jwt/split-sd-jwt'

export interface TokenSide {
  /** null for blank text. */
  decoded: DecodedToken | null
  /** For an SD-JWT, how many disclosures it presents; null for other tokens. */
  disclosureCount: number | null
  /** The whole token without what surrounded it (whitespace, quotes, "Bearer "), disclosures included. */
  token: string
}

export function readTokenSide(text: string): TokenSide {
  const sdJwt = splitSdJwt(text)
  const decoded = decodeToken(sdJwt ? sdJwt.issuerJwt : text)
  return { decoded, disclosureCount: sdJwt ? sdJwt.disclosures.length : null, token: sdJwt ? sdJwt.input.token : (decoded?.input.token ?? '') }
}
