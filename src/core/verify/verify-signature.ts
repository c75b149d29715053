// The signature verdict for a decoded token and the key material pasted beside it. jose does the
// cryptography; this decides which keys to try and explains the outcome.
import { compactVerify, errors, flattenedVerify, type FlattenedJWSInput } from 'jose'
import type { DecodedToken } from '../token/decoded-token'
import { scanJson, type JsonObject } from '../json/scan-json'
import type { SecretEncoding } from '../keys/decode-secret'
import { parseKeyText, type KeyMaterial } from '../keys/parse-key-text'
import { selectKeys, type KeyRequest, type UsableKey } from '../keys/import-key'
import { needsSecret } from '../keys/key-requirements'
import { tryEachKey, type KeyAttempt } from '../keys/try-keys'
import { embeddedKeyTexts } from '../keys/embedded-keys'
import { decodeBase64url } from '../encoding/base64url'
import { precheckSignature, type SignatureError, type SignatureStatus } from './signature-status'
import { isPsychicSignature } from './psychic-signature'
import { quoteList } from '../text/quote'
import { describeRefusal } from '../keys/describe-refusal'
import { isJsonObject } from '../json/json-value'
import { isKeyProblem } from '../keys/is-key-problem'

/** One signature to check: a compact token has one, a general JSON serialization one per signer. */
interface SignatureEntry {
  header: JsonObject
  jws: string | FlattenedJWSInput
  signature: Uint8Array | null
  /** What was signed: protected header and payload, joined by a dot (RFC 7515 §5.2). */
  signingInput: string
}

export async function verifySignature(decoded: DecodedToken, material: KeyMaterial, encoding: SecretEncoding): Promise<SignatureStatus> {
  const early = precheckSignature(decoded, material)
  if (early) return early
  const entries = signatureEntries(decoded)
  const verdicts: SignatureStatus[] = []
  for (const [index, entry] of entries.entries()) {
    const verdict = await verifyEntry(entry, decoded, material, encoding)
    if (verdict.state === 'valid') {
      return entries.length > 1 ? { ...verdict, reason: `Signature ${index + 1} of ${entries.length}: ${verdict.reason}` } : verdict
    }
    verdicts.push(verdict)
  }
  // With several signers, a key that fits none of them is an error; one that fits but fails is invalid.
  return verdicts.find((verdict) => verdict.state === 'invalid') ?? verdicts[0]!
}

async function verifyEntry(entry: SignatureEntry, decoded: DecodedToken, material: KeyMaterial, encoding: SecretEncoding): Promise<SignatureStatus> {
  const alg = typeof entry.header.alg === 'string' ? entry.header.alg : ''
  const request: KeyRequest = { purpose: 'verify', alg, encoding, ...(typeof entry.header.kid === 'string' ? { kid: entry.header.kid } : {}) }
  const keys = await selectKeys(material, request)
  if (!keys.ok) {
    if (!isAlgConfusion(alg, material)) return { state: 'error', code: 'unusable-key', keyError: keys.error.code, reason: keys.error.message }
    // The attack is the point, whatever else is wrong with the key text.
    const reason =
      keys.error.code === 'alg-confusion'
        ? keys.error.message
        : `This is public-key material, but ${alg} is checked with a shared secret. Using a public key as an HMAC secret is the algorithm-confusion attack (RS256 to HS256): a verifier must never do it.`
    return { state: 'error', code: 'alg-confusion', reason }
  }
  if (isPsychicSignature(alg, entry.signature)) {
    return { state: 'invalid', reason: 'The signature has r or s equal to zero: a "psychic signature" (CVE-2022-21449) that some Java versions accepted for any message. It is never valid.' }
  }

  const tried = await tryEachKey(keys.value, alg, (candidate) => checkWith(entry, candidate.key, alg, candidate.label))
  if (tried.outcome === 'unusable') return tried.error
  if (tried.outcome === 'matched') return validStatus(tried.key, await isCarriedByToken(tried.key, decoded, request))
  return {
    state: 'invalid',
    reason: `The signature does not match ${tried.tried}. Either the token was changed after signing, or it was signed with a different key${needsSecret(alg) ? ' or secret (check the secret\'s encoding)' : ''}.`,
  }
}

function signatureEntries(decoded: DecodedToken): SignatureEntry[] {
  const header = decoded.header.type === 'json' ? decoded.header.value : {}
  const token = decoded.input.token
  if (decoded.serialization === 'compact') {
    return [{ header, jws: token, signature: decoded.signature, signingInput: token.slice(0, token.lastIndexOf('.')) }]
  }
  const json = JSON.parse(token) as FlattenedJWSInput & { signatures?: Array<Omit<FlattenedJWSInput, 'payload'>> }
  const payload = typeof json.payload === 'string' ? json.payload : ''
  const signers = json.signatures ?? [json]
  return signers.map((signer) => {
    const protectedHeader = typeof signer.protected === 'string' ? decodeJsonObject(signer.protected) : {}
    return {
      header: { ...(signer.header as JsonObject | undefined), ...protectedHeader },
      jws: { ...signer, payload },
      signature: typeof signer.signature === 'string' ? decodeBytes(signer.signature) : null,
      signingInput: `${signer.protected ?? ''}.${payload}`,
    }
  })
}

function decodeBytes(text: string): Uint8Array | null {
  const decoded = decodeBase64url(text)
  return decoded.ok ? decoded.value.bytes : null
}

function decodeJsonObject(text: string): JsonObject {
  const bytes = decodeBytes(text)
  const scan = bytes ? scanJson(new TextDecoder().decode(bytes)) : undefined
  return scan?.ok && isJsonObject(scan.value) ? scan.value : {}
}

function validStatus(candidate: UsableKey, isEmbeddedKey: boolean): SignatureStatus {
  const { key: _key, ...key } = candidate
  if (isEmbeddedKey) {
    return {
      state: 'valid',
      key,
      isEmbeddedKey: true,
      reason: `The signature matches ${candidate.label}, which is the key the token carries in its own header. That proves only that its maker held that key, and anyone can make a key: trust it only if you recognise the key's thumbprint or the certificate.`,
    }
  }
  return { state: 'valid', key, reason: `The signature is valid: it was made with the key matching ${candidate.label}.` }
}

/** Feeding public-key material to an HMAC token is the RS256 -> HS256 confusion, whatever the error said. */
function isAlgConfusion(alg: string, material: KeyMaterial): boolean {
  if (!needsSecret(alg)) return false
  if (material.kind === 'pem') return true
  if (material.kind === 'jwk') return material.jwk.kty !== 'oct'
  return material.kind === 'jwks' && material.keys.every((key) => key.kty !== 'oct')
}

/** Whether the key that matched is the one the token brought along (header "jwk" or "x5c"). */
async function isCarriedByToken(candidate: UsableKey, decoded: DecodedToken, request: KeyRequest): Promise<boolean> {
  if (!candidate.thumbprint || decoded.header.type !== 'json') return false
  for (const text of Object.values(embeddedKeyTexts(decoded.header.value))) {
    const carried = await selectKeys(parseKeyText(text), request)
    if (carried.ok && carried.value.some((key) => key.thumbprint === candidate.thumbprint)) return true
  }
  return false
}

type SignatureCheck = KeyAttempt<true, SignatureError>

const matched: SignatureCheck = { outcome: 'matched', value: true }
const mismatch: SignatureCheck = { outcome: 'mismatch' }

async function checkWith(entry: SignatureEntry, key: CryptoKey | Uint8Array, alg: string, label: string): Promise<SignatureCheck> {
  if (key instanceof CryptoKey && key.algorithm.name === 'Ed448') return checkEd448(entry, key)
  const options = { algorithms: [alg] }
  try {
    if (typeof entry.jws === 'string') await compactVerify(entry.jws, key, options)
    else await flattenedVerify(entry.jws, key, options)
    return matched
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return mismatch
    if (!isKeyProblem(error)) throw error
    const reason = describeRefusal(error, 'The key cannot check this token', label)
    return { outcome: 'unusable', error: { state: 'error', code: 'unusable-key', keyError: 'key-refused', reason } }
  }
}

// jose has no Ed448 (RFC 8037), so WebCrypto checks it directly, after the checks jose would make.
async function checkEd448(entry: SignatureEntry, key: CryptoKey): Promise<SignatureCheck> {
  const { crit } = entry.header
  if (Array.isArray(crit) && crit.length > 0) {
    const reason = `The token marks ${quoteList(crit)} as critical ("crit"), which this Ed448 check does not understand, so it must reject the token.`
    return { outcome: 'unusable', error: { state: 'error', code: 'critical-extension', reason } }
  }
  if (!entry.signature) return { outcome: 'unusable', error: { state: 'error', code: 'malformed-signature', reason: 'The signature is not valid base64url.' } }
  const isValid = await crypto.subtle.verify({ name: 'Ed448' }, key, entry.signature.slice(), new TextEncoder().encode(entry.signingInput))
  return isValid ? matched : mismatch
}

