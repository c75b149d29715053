// The JWS HMAC algorithms (RFC 7518 §3.2) and the SHA-2 hash behind each.
import type { Sha2Name } from './sha2-params'

export type HmacAlg = 'HS256' | 'HS384' | 'HS512'

export const hmacAlgs: readonly HmacAlg[] = ['HS256', 'HS384', 'HS512']

const hashes: Record<HmacAlg, Sha2Name> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' }

export function isHmacAlg(alg: unknown): alg is HmacAlg {
  return hmacAlgs.includes(alg as HmacAlg)
}

/** The hash an HMAC algorithm is built on. */
export function hashOf(alg: HmacAlg): Sha2Name {
  return hashes[alg]
}
