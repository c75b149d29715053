// What a found token is, in the few words a row of the list has room for. Only its header and, for
// a signed token, its payload are read, without the full decoder's checks: a row costs microseconds,
// and only the rows drawn are read.
import { decodeBase64url } from '../../core/encoding/base64url'
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

const utf8 = new TextDecoder()

export function factsOf(found: FoundToken): FoundTokenFacts {
  // An SD-JWT starts with its issuer-signed JWT; its disclosures follow the first "~".
  const [jwt = ''] = found.token.split('~', 1)
  const [headerText = '', payloadText = ''] = jwt.split('.', 2)
  const header = readJsonObject(headerText)
  const isEncrypted = found.kind === 'jwe'
  const claims = isEncrypted ? null : readJsonObject(payloadText)
  return { alg: text(header?.alg), iss: text(claims?.iss), sub: text(claims?.sub), claims, isEncrypted }
}

function readJsonObject(part: string): JsonObject | null {
  const decoded = decodeBase64url(part)
  if (!decoded.ok) return null
  try {
    const value: unknown = JSON.parse(utf8.decode(decoded.value.bytes))
    return isJsonObject(value) ? value : null
  } catch {
    return null
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null
}
