// Builds a compact token from header and payload JSON as the user wrote them, and signs it with jose.
import { FlattenedSign } from 'jose'
import { scanJson, type JsonObject, type JsonSyntaxError } from '../json/scan-json'
import { minifyJson } from '../json/format-json'
import { encodeBase64urlText } from '../encoding/base64url'
import { describeAlgorithm } from '../token/algorithms'
import type { SecretEncoding } from '../keys/decode-secret'
import type { KeyMaterial } from '../keys/parse-key-text'
import { selectKeys } from '../keys/import-key'
import { describeJsonType } from '../json/json-value'
import { isKeyProblem } from '../keys/is-key-problem'

export interface SignRequest {
  headerText: string
  payloadText: string
  material: KeyMaterial
  encoding: SecretEncoding
  /** The user has been warned about tokens without a signature and wants one anyway. */
  allowsUnsecured: boolean
}

/** The last build, and the token it left on the page. */
export interface BuildResult {
  outcome: SignOutcome
  token: string
}

export type SignOutcome =
  | { state: 'signed'; token: string; keyLabel: string }
  | { state: 'unsecured'; token: string }
  /** Header and payload are encoded, but there is no key to sign them with. */
  | { state: 'unsigned'; signingInput: string; reason: string }
  /** `alg: none`, waiting for the user to accept the risk. */
  | { state: 'needs-consent'; signingInput: string }
  | { state: 'error'; part: 'header' | 'payload'; message: string; position?: number }

const SIGNING_FAMILIES = new Set(['hmac', 'rsa', 'rsa-pss', 'ecdsa', 'eddsa', 'ml-dsa'])

export async function signToken(request: SignRequest): Promise<SignOutcome> {
  const header = readHeader(request.headerText)
  if (!header.ok) return header.error
  const payload = readPayload(request.payloadText)
  if (!payload.ok) return payload.error

  const { alg } = header.value
  const payloadText = payload.value
  // jose serializes the protected header with JSON.stringify; the unsigned forms match it.
  const payloadPart = header.value.b64 === false ? payloadText : encodeBase64urlText(payloadText)
  const signingInput = `${encodeBase64urlText(JSON.stringify(header.value))}.${payloadPart}`

  if (header.value.b64 === false && payloadText.includes('.')) {
    return { state: 'error', part: 'payload', message: 'With "b64": false the payload is carried as is, so in a compact token it cannot contain a "." (RFC 7797 §5.2).' }
  }
  if (/^none$/i.test(alg)) return request.allowsUnsecured ? { state: 'unsecured', token: `${signingInput}.` } : { state: 'needs-consent', signingInput }
  if (!SIGNING_FAMILIES.has(describeAlgorithm(alg)?.family ?? '')) {
    return { state: 'unsigned', signingInput, reason: `"${alg}" is not a signature algorithm, so the token cannot be signed. Choose one such as HS256, RS256, ES256 or EdDSA.` }
  }
  if (request.material.kind === 'empty') {
    return { state: 'unsigned', signingInput, reason: `No key to sign with: put ${describeAlgorithm(alg)?.family === 'hmac' ? 'the secret' : 'the private key'} in the key box.` }
  }
  const kid = typeof header.value.kid === 'string' ? { kid: header.value.kid } : {}
  const keys = await selectKeys(request.material, { purpose: 'sign', alg, encoding: request.encoding, ...kid })
  if (!keys.ok) return { state: 'unsigned', signingInput, reason: keys.error.message }
  const [key] = keys.value
  try {
    // jose signs unencoded payloads only in the flattened form, which leaves the payload for the caller to place.
    const jws = await new FlattenedSign(new TextEncoder().encode(payloadText)).setProtectedHeader(header.value).sign(key!.key)
    return { state: 'signed', token: `${jws.protected}.${payloadPart}.${jws.signature}`, keyLabel: key!.label }
  } catch (error) {
    if (isKeyProblem(error)) {
      return { state: 'unsigned', signingInput, reason: `Signing failed: ${error.message.replace(/\.?$/, '.')}` }
    }
    throw error
  }
}

type HeaderReading = { ok: true; value: JsonObject & { alg: string } } | { ok: false; error: Extract<SignOutcome, { state: 'error' }> }

function readHeader(text: string): HeaderReading {
  const scan = scanJson(text)
  if (!scan.ok) return { ok: false, error: jsonError('header', scan.error) }
  const header = scan.value
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    return { ok: false, error: { state: 'error', part: 'header', message: `The header must be a JSON object, but it is ${describeJsonType(header)}.` } }
  }
  if (!Object.hasOwn(header, 'alg')) {
    return { ok: false, error: { state: 'error', part: 'header', message: 'The header has no "alg": name the signing algorithm, for example "alg": "HS256".' } }
  }
  if (typeof header.alg !== 'string') {
    return { ok: false, error: { state: 'error', part: 'header', message: `"alg" must be a string naming the algorithm, but it is ${describeJsonType(header.alg)}.` } }
  }
  return { ok: true, value: header as JsonObject & { alg: string } }
}

/**
 * The payload as it goes into the token: JSON without the whitespace between tokens, or, for text
 * that does not even look like JSON (a nested token, plain words), the text itself, as JWS allows.
 */
function readPayload(text: string): { ok: true; value: string } | { ok: false; error: Extract<SignOutcome, { state: 'error' }> } {
  const scan = scanJson(text)
  if (scan.ok) return { ok: true, value: minifyJson(text) }
  return /^\s*[[{"]/.test(text) ? { ok: false, error: jsonError('payload', scan.error) } : { ok: true, value: text }
}

function jsonError(part: 'header' | 'payload', error: JsonSyntaxError): Extract<SignOutcome, { state: 'error' }> {
  const name = part === 'header' ? 'The header' : 'The payload'
  return { state: 'error', part, position: error.position, message: `${name} is not valid JSON: at line ${error.line}, column ${error.column}, ${error.message}.` }
}
