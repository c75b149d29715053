// The signature verdict for a decoded token and the key material pasted beside it. jose does the
// cryptography; this decides which keys to try and explains the outcome.
import { compactVerify, errors, flattenedVerify, generalVerify, type FlattenedJWSInput, type GeneralJWSInput } from 'jose'
import type { DecodedToken } from '../token/decoded-token'
import type { SecretEncoding } from '../keys/decode-secret'
import { parseKeyText, type KeyMaterial } from '../keys/parse-key-text'
import { selectKeys, type KeyRequest, type UsableKey } from '../keys/import-key'
import { needsSecret } from '../keys/key-requirements'
import { embeddedKeyTexts } from '../keys/embedded-keys'
import { decodeBase64url } from '../encoding/base64url'
import { precheckSignature, type SignatureStatus } from './signature-status'

export async function verifySignature(decoded: DecodedToken, material: KeyMaterial, encoding: SecretEncoding): Promise<SignatureStatus> {
  const early = precheckSignature(decoded, material)
  if (early) return early
  const header = decoded.header.type === 'json' ? decoded.header.value : {}
  const alg = header.alg as string
  const request: KeyRequest = { purpose: 'verify', alg, encoding, ...(typeof header.kid === 'string' ? { kid: header.kid } : {}) }
  const keys = await selectKeys(material, request)
  if (!keys.ok) return { state: 'error', reason: keys.error, ...(isAlgConfusion(alg, material) ? { isAlgConfusion: true as const } : {}) }
  if (isPsychicSignature(alg, decoded.signature)) {
    return { state: 'invalid', reason: 'The signature has r or s equal to zero: a "psychic signature" (CVE-2022-21449) that some Java versions accepted for any message. It is never valid.' }
  }

  const failures: string[] = []
  for (const candidate of keys.value) {
    const outcome = await checkWith(decoded, candidate.key, alg)
    if (outcome === 'valid') return validStatus(candidate, await isCarriedByToken(candidate, decoded, request))
    if (outcome !== 'mismatch') failures.push(outcome)
  }
  if (failures.length === keys.value.length) return { state: 'error', reason: failures[0]! }
  const tried = keys.value.length === 1 ? keys.value[0]!.label : `any of the ${keys.value.length} keys that fit ${alg}`
  return {
    state: 'invalid',
    reason: `The signature does not match ${tried}. Either the token was changed after signing, or it was signed with a different key${needsSecret(alg) ? ' or secret (check the secret\'s encoding)' : ''}.`,
  }
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

/** 'valid', 'mismatch', or why the key could not be used. */
async function checkWith(decoded: DecodedToken, key: CryptoKey | Uint8Array, alg: string): Promise<'valid' | 'mismatch' | string> {
  if (key instanceof CryptoKey && key.algorithm.name === 'Ed448') return checkEd448(decoded, key)
  const options = { algorithms: [alg] }
  try {
    if (decoded.serialization === 'compact') await compactVerify(decoded.input.token, key, options)
    else {
      const jws = JSON.parse(decoded.input.token) as FlattenedJWSInput | GeneralJWSInput
      if ('signatures' in jws) await generalVerify(jws, key, options)
      else await flattenedVerify(jws, key, options)
    }
    return 'valid'
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return 'mismatch'
    // Unusable keys: jose throws JOSEError or TypeError, WebCrypto a DOMException.
    if (error instanceof errors.JOSEError || error instanceof TypeError || error instanceof DOMException) return `The key cannot check this token: ${error.message.replace(/\.$/, '')}.`
    throw error
  }
}

// jose has no Ed448 (RFC 8037), so WebCrypto checks it directly; only the compact form, the one in use.
async function checkEd448(decoded: DecodedToken, key: CryptoKey): Promise<'valid' | 'mismatch' | string> {
  if (decoded.serialization !== 'compact') return 'Ed448 signatures are checked here only in compact tokens.'
  const header = decoded.header.type === 'json' ? decoded.header.value : {}
  if (Array.isArray(header.crit) && header.crit.length > 0) return `The token marks ${header.crit.map((name) => JSON.stringify(name)).join(', ')} as critical ("crit"), which this Ed448 check does not understand, so it must reject the token.`
  const token = decoded.input.token
  const signature = decodeBase64url(token.slice(token.lastIndexOf('.') + 1))
  if (!signature.ok) return 'The signature is not valid base64url.'
  const signingInput = new TextEncoder().encode(token.slice(0, token.lastIndexOf('.')))
  const isValid = await crypto.subtle.verify({ name: 'Ed448' }, key, signature.value.bytes.slice(), signingInput)
  return isValid ? 'valid' : 'mismatch'
}

function isPsychicSignature(alg: string, signature: Uint8Array | null): boolean {
  if (!signature || !/^ES(256|384|512|256K)$/.test(alg) || signature.length === 0 || signature.length % 2 === 1) return false
  const half = signature.length / 2
  const isZero = (bytes: Uint8Array) => bytes.every((byte) => byte === 0)
  return isZero(signature.subarray(0, half)) || isZero(signature.subarray(half))
}
