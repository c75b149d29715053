// Decrypts a JWE with the key material pasted beside it. jose does the cryptography; this picks the
// keys, explains failures, and says what a successful decryption does and does not prove.
import { compactDecrypt, errors, flattenedDecrypt, generalDecrypt, type FlattenedJWE, type GeneralJWE } from 'jose'
import type { DecodedToken } from '../token/decoded-token'
import type { SecretEncoding } from '../keys/decode-secret'
import type { KeyMaterial } from '../keys/parse-key-text'
import { selectKeys, type KeyRequest } from '../keys/import-key'
import { needsSecret } from '../keys/key-requirements'
import { tryEachKey, type KeyAttempt } from '../keys/try-keys'
import { maxPbes2Iterations, precheckDecryption, type DecryptionStatus } from './decryption-status'
import { describeRefusal } from '../keys/describe-refusal'
import { isKeyProblem } from '../keys/is-key-problem'
import type { KeyError } from '../keys/key-error'

export async function decryptToken(decoded: DecodedToken, material: KeyMaterial, encoding: SecretEncoding): Promise<DecryptionStatus> {
  const early = precheckDecryption(decoded, material)
  if (early) return early
  const header = decoded.header.type === 'json' ? decoded.header.value : {}
  const alg = header.alg as string
  const enc = header.enc as string
  const request: KeyRequest = { purpose: 'decrypt', alg, enc, encoding, ...(typeof header.kid === 'string' ? { kid: header.kid } : {}) }
  const keys = await selectKeys(material, request)
  if (!keys.ok) return { state: 'error', code: 'unusable-key', keyError: keys.error.code, reason: keys.error.message }

  const tried = await tryEachKey(keys.value, alg, (candidate) => decryptWith(decoded, candidate.key, alg, enc, candidate.label))
  if (tried.outcome === 'unusable') return { state: 'error', code: 'unusable-key', keyError: tried.error.code, reason: tried.error.message }
  if (tried.outcome === 'matched') {
    const { key: _key, ...key } = tried.key
    return { state: 'decrypted', plaintext: tried.value, key, reason: `Decrypted with ${tried.key.label}. ${whatDecryptionProves(alg)}` }
  }
  return {
    state: 'failed',
    reason: `The token does not decrypt with ${tried.tried}: it was encrypted to a different key${needsSecret(alg, enc) ? ' (check the encoding)' : ''}, or it was changed after encryption.`,
  }
}

// Encryption to a public key can be done by anyone; a shared key narrows it to those who hold it.
function whatDecryptionProves(alg: string): string {
  return needsSecret(alg)
    ? 'Only holders of this shared key could have made it, but that is not a signature: any of them could have written it.'
    : 'Anyone with the recipient\'s public key could have encrypted it, so decrypting says nothing about who wrote it.'
}

/** The plaintext, a mismatch, or why the key could not be used. */
async function decryptWith(decoded: DecodedToken, key: CryptoKey | Uint8Array, alg: string, enc: string, label: string): Promise<KeyAttempt<Uint8Array, KeyError>> {
  const options = { keyManagementAlgorithms: [alg], contentEncryptionAlgorithms: [enc], maxPBES2Count: maxPbes2Iterations }
  try {
    if (decoded.serialization === 'compact') return { outcome: 'matched', value: (await compactDecrypt(decoded.input.token, key, options)).plaintext }
    const jwe = JSON.parse(decoded.input.token) as FlattenedJWE | GeneralJWE
    const decrypted = 'recipients' in jwe ? await generalDecrypt(jwe, key, options) : await flattenedDecrypt(jwe, key, options)
    return { outcome: 'matched', value: decrypted.plaintext }
  } catch (error) {
    if (error instanceof errors.JWEDecryptionFailed) return { outcome: 'mismatch' }
    if (!isKeyProblem(error)) throw error
    return { outcome: 'unusable', error: { code: 'key-refused', message: describeRefusal(error, 'The token cannot be decrypted', label) } }
  }
}
