// The signature verdict, and the verdicts that need no cryptography (so no crypto code is loaded
// for them): no key, an undecodable, encrypted or unsecured token.
import type { DecodedToken } from '../token/decoded-token'
import type { KeyMaterial } from '../keys/parse-key-text'
import type { KeyErrorCode } from '../keys/key-error'
import { needsSecret, requirementFor } from '../keys/key-requirements'
import { quote } from '../text/quote'

export interface VerifiedKey {
  label: string
  kid?: string
  thumbprint?: string
}

/** The contract's `signature-status` values, each with the sentence shown beside it. */
export type SignatureStatus =
  | { state: 'unverified'; reason: string }
  | { state: 'valid'; reason: string; key: VerifiedKey; isEmbeddedKey?: true }
  | { state: 'invalid'; reason: string }
  | SignatureError

/**
 * Why no verdict on the signature could be reached. 'alg-confusion' is public-key material offered
 * for an HMAC token; 'unusable-key' carries the key's own code.
 */
export type SignatureError =
  | {
      state: 'error'
      code:
        | 'undecodable-token'
        | 'missing-alg'
        | 'unsecured-token'
        | 'unsupported-alg'
        | 'unknown-alg'
        | 'detached-payload'
        | 'alg-confusion'
        | 'critical-extension'
        | 'malformed-signature'
        /** The check itself failed to run (its code could not load, or it threw). */
        | 'check-failed'
      reason: string
    }
  | { state: 'error'; code: 'unusable-key'; keyError: KeyErrorCode; reason: string }

/** The verdict when it is known without checking a signature; undefined when it needs one. */
export function precheckSignature(decoded: DecodedToken, material: KeyMaterial): SignatureStatus | undefined {
  if (decoded.kind === 'invalid') return { state: 'error', code: 'undecodable-token', reason: 'The token could not be decoded, so its signature cannot be checked.' }
  if (decoded.kind === 'jwe') return { state: 'unverified', reason: 'This token is encrypted (JWE): it has no signature to check.' }
  const alg = decoded.header.type === 'json' ? decoded.header.value.alg : undefined
  if (typeof alg !== 'string') return { state: 'error', code: 'missing-alg', reason: 'The header names no algorithm ("alg"), so no verifier can check this token.' }
  if (alg.toLowerCase() === 'none') {
    const reason = `The token is unsecured ("alg": ${quote(alg)}): there is no signature, so nothing proves who wrote it. Never accept such a token.`
    return material.kind === 'empty' ? { state: 'unverified', reason } : { state: 'error', code: 'unsecured-token', reason }
  }
  if (alg === 'ES256K') return { state: 'error', code: 'unsupported-alg', reason: 'ES256K (ECDSA on secp256k1) cannot be checked in a browser: WebCrypto has no secp256k1 curve.' }
  if (requirementFor(alg)?.purpose !== 'verify') return { state: 'error', code: 'unknown-alg', reason: `${quote(alg)} is not a signature algorithm this app knows, so no key can check this token.` }
  if (decoded.payload.type === 'detached') {
    return { state: 'error', code: 'detached-payload', reason: 'The payload is detached (RFC 7515 Appendix F): it is not in the token, and the signature covers it, so it cannot be checked here.' }
  }
  if (material.kind === 'empty') {
    const wanted = needsSecret(alg) ? 'the shared secret' : 'the public key, certificate or JWK Set'
    return { state: 'unverified', reason: `Paste ${wanted} to check this ${alg} signature.` }
  }
  if (material.kind === 'unusable') return { state: 'error', code: 'unusable-key', keyError: material.code, reason: material.message }
  return undefined
}
