// What a secret search needs from a token: the HMAC algorithm, the bytes that were signed and the
// signature; or, for a token that has no shared secret to guess, why not.
import { err, ok, type Result } from '../result'
import type { DecodedToken } from '../token/decoded-token'
import { digestBytes } from '../hash/sha2-params'
import { hashOf, isHmacAlg, type HmacAlg } from '../hash/hmac-alg'

export interface CrackTarget {
  alg: HmacAlg
  /** The JWS signing input: ASCII(header "." payload), RFC 7515 §5.1. */
  signingInput: Uint8Array
  signature: Uint8Array
}

export function crackTarget(decoded: DecodedToken): Result<CrackTarget, string> {
  if (decoded.kind !== 'jws' || decoded.serialization !== 'compact') {
    return err('Guessing a secret needs a signed token in compact form (header.payload.signature).')
  }
  const alg = decoded.header.type === 'json' ? decoded.header.value.alg : undefined
  if (!isHmacAlg(alg)) {
    const named = typeof alg === 'string' ? `"${alg}"` : 'no algorithm'
    return err(`Only HMAC tokens (HS256, HS384, HS512) have a shared secret to guess; this one names ${named}.`)
  }
  const { signature } = decoded
  const size = digestBytes(hashOf(alg))
  if (!signature || signature.length !== size) {
    return err(`The signature is not a ${size}-byte ${alg} HMAC, so no secret can produce it.`)
  }
  const token = decoded.input.token
  return ok({ alg, signingInput: new TextEncoder().encode(token.slice(0, token.lastIndexOf('.'))), signature })
}
