// Issuing an SD-JWT (RFC 9901 §4.1, §4.2) and presenting it with a Key Binding JWT (§4.3), signed with
// jose. The build mode uses these, and the tests make round trips with them.
import { CompactSign } from 'jose'
import type { JsonObject } from '../json/scan-json'
import { err, ok, type Result } from '../result'
import { encodeBase64url, encodeBase64urlText } from '../encoding/base64url'
import { decodeToken } from '../token/decode-token'
import { readHashAlg, sdDigest } from './sd-digest'
import { splitSdJwt } from './split-sd-jwt'
import { isJsonObject } from '../json/json-value'
import { isKeyProblem } from '../keys/is-key-problem'

export interface IssueRequest {
  claims: JsonObject
  /** Top-level claim names to make selectively disclosable. */
  disclose: string[]
  /** The protected header; "typ" defaults to "dc+sd-jwt". */
  header: JsonObject
  key: CryptoKey | Uint8Array
  /** Digests with no disclosure behind them, to hide how many claims there are (RFC 9901 §4.2.5). */
  decoys?: number
  /** Randomness for salts and decoys; tests pass a fixed source. */
  random?: (bytes: number) => Uint8Array
}

export interface IssuedSdJwt {
  /** The Issuer-signed JWT followed by every disclosure, each ending in "~". */
  sdJwt: string
  /** In the order of `disclose`. */
  disclosures: string[]
}

export interface KeyBindingRequest {
  /** The holder's private key, whose public half is the issuer's "cnf.jwk". */
  key: CryptoKey
  alg: string
  nonce: string
  aud: string
  iat: number
}

const HASH_ALG = 'sha-256'
// RFC 9901 §9.3: 128 bits of salt make guessing a disclosed value from its digest infeasible.
const SALT_BYTES = 16
const RESERVED_NAMES = ['_sd', '...', '_sd_alg']

const secureRandom = (bytes: number) => crypto.getRandomValues(new Uint8Array(bytes))

export async function issueSdJwt(request: IssueRequest): Promise<Result<IssuedSdJwt, string>> {
  const { claims, disclose, header, key, decoys = 0, random = secureRandom } = request
  if (typeof header.alg !== 'string' || /^none$/i.test(header.alg)) {
    return err('The header must name a signature algorithm in "alg"; an SD-JWT must be signed (RFC 9901 §4.1).')
  }
  for (const name of ['_sd', '_sd_alg']) {
    if (Object.hasOwn(claims, name)) return err(`The claims already have "${name}", which issuing writes itself; remove it first.`)
  }
  for (const name of disclose) {
    if (RESERVED_NAMES.includes(name)) return err(`"${name}" is reserved for digests and cannot be made selectively disclosable.`)
    if (!Object.hasOwn(claims, name)) return err(`"${name}" is not a claim in the payload, so it cannot be made selectively disclosable.`)
  }
  if (new Set(disclose).size !== disclose.length) return err('A claim is listed twice among those to disclose.')
  if (!Number.isInteger(decoys) || decoys < 0) return err(`The number of decoy digests must be a whole number of 0 or more, not ${decoys}.`)

  const disclosures = disclose.map((name) => encodeBase64urlText(JSON.stringify([encodeBase64url(random(SALT_BYTES)), name, claims[name]])))
  const decoyDigests = Array.from({ length: decoys }, () => sdDigest(HASH_ALG, encodeBase64url(random(SALT_BYTES)))!)
  // RFC 9901 §4.2.4.1: sorting hides the order the claims had.
  const digests = [...disclosures.map((disclosure) => sdDigest(HASH_ALG, disclosure)!), ...decoyDigests].sort()
  const open = Object.fromEntries(Object.entries(claims).filter(([name]) => !disclose.includes(name)))
  const payload = { ...(digests.length > 0 ? { _sd: digests } : {}), ...open, _sd_alg: HASH_ALG }

  const jws = await sign(JSON.stringify(payload), { typ: 'dc+sd-jwt', ...header }, key)
  if (!jws.ok) return jws
  return ok({ sdJwt: `${jws.value}~${disclosures.map((disclosure) => `${disclosure}~`).join('')}`, disclosures })
}

/**
 * The holder's presentation: the Issuer-signed JWT with the disclosures in `keepDisclosures` (in the
 * SD-JWT's order), then a KB-JWT over exactly that when `kb` is given. Its arguments come from
 * issueSdJwt, so it throws only when they contradict each other: a bug in the caller.
 */
export async function presentSdJwt(sdJwt: string, keepDisclosures: string[], kb?: KeyBindingRequest): Promise<string> {
  const parts = splitSdJwt(sdJwt)
  if (!parts || parts.keyBindingJwt !== null) throw new TypeError('presentSdJwt needs an issued SD-JWT, ending in "~".')
  const missing = keepDisclosures.find((disclosure) => !parts.disclosures.includes(disclosure))
  if (missing !== undefined) throw new TypeError(`presentSdJwt was asked to keep a disclosure the SD-JWT does not carry: ${missing}`)
  const kept = parts.disclosures.filter((disclosure) => keepDisclosures.includes(disclosure))
  const presentation = `${parts.issuerJwt}~${kept.map((disclosure) => `${disclosure}~`).join('')}`
  if (!kb) return presentation

  const payload = decodeToken(parts.issuerJwt)?.payload
  const hashAlg = payload?.type === 'json' && isJsonObject(payload.value) ? readHashAlg(payload.value) : null
  const sdHash = hashAlg?.isHashSupported ? sdDigest(hashAlg.hashAlg, presentation) : null
  if (sdHash === null) throw new TypeError('presentSdJwt cannot compute "sd_hash": the Issuer-signed JWT has no payload with a supported _sd_alg.')
  const kbJwt = await sign(JSON.stringify({ nonce: kb.nonce, aud: kb.aud, iat: kb.iat, sd_hash: sdHash }), { alg: kb.alg, typ: 'kb+jwt' }, kb.key)
  if (!kbJwt.ok) throw new TypeError(`presentSdJwt cannot sign the Key Binding JWT: ${kbJwt.error}`)
  return presentation + kbJwt.value
}

async function sign(payloadJson: string, header: JsonObject, key: CryptoKey | Uint8Array): Promise<Result<string, string>> {
  try {
    return ok(await new CompactSign(new TextEncoder().encode(payloadJson)).setProtectedHeader(header as { alg: string }).sign(key))
  } catch (error) {
    if (isKeyProblem(error)) {
      return err(`Signing failed: ${error.message.replace(/\.?$/, '.')}`)
    }
    throw error
  }
}

