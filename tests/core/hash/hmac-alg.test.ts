import { describe, expect, it } from 'vitest'
import { hashOf, hmacAlgs, isHmacAlg } from '../../../src/core/hash/hmac-alg'
import { digestBytes } from '../../../src/core/hash/sha2-params'

describe('isHmacAlg', () => {
  it('accepts the three JWS HMAC algorithms and nothing else', () => {
    expect(hmacAlgs.filter(isHmacAlg)).toEqual(['HS256', 'HS384', 'HS512'])
    for (const other of ['hs256', 'HS1', 'RS256', 'none', '', null, undefined, 256, ['HS256']]) expect(isHmacAlg(other)).toBe(false)
  })
})

describe('hashOf', () => {
  it.each([
    ['HS256', 'SHA-256', 32],
    ['HS384', 'SHA-384', 48],
    ['HS512', 'SHA-512', 64],
  ] as const)('%s is built on %s, whose digest is %i bytes, as WebCrypto says', async (alg, hash, bytes) => {
    expect(hashOf(alg)).toBe(hash)
    expect(digestBytes(hashOf(alg))).toBe(bytes)
    expect((await crypto.subtle.digest(hash, new Uint8Array())).byteLength).toBe(bytes)
  })
})
