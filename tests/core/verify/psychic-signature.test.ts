import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { generateKeyPairSync, sign } from 'node:crypto'
import { isPsychicSignature } from '../../../src/core/verify/psychic-signature'
import { decodeBase64url } from '../../../src/core/encoding/base64url'
import { rfc7515Es256Signature } from '../../fixtures/tokens'

const zeros = (length: number) => new Uint8Array(length)
const ones = (length: number) => new Uint8Array(length).fill(1)
const concat = (a: Uint8Array, b: Uint8Array) => Uint8Array.from([...a, ...b])

describe('isPsychicSignature: an ECDSA signature with r or s zero (CVE-2022-21449)', () => {
  it.each<{ name: string; alg: string; signature: Uint8Array | null; expected: boolean }>([
    { name: 'an all-zero ES256 signature', alg: 'ES256', signature: zeros(64), expected: true },
    { name: 'an ES384 signature whose r is zero', alg: 'ES384', signature: concat(zeros(48), ones(48)), expected: true },
    { name: 'an ES512 signature whose s is zero', alg: 'ES512', signature: concat(ones(66), zeros(66)), expected: true },
    { name: 'an ES256K signature whose r is zero', alg: 'ES256K', signature: concat(zeros(32), ones(32)), expected: true },
    { name: 'an ES256 signature with both halves non-zero', alg: 'ES256', signature: ones(64), expected: false },
    { name: 'an all-zero signature on an HMAC token', alg: 'HS256', signature: zeros(32), expected: false },
    { name: 'an all-zero signature on an RSA token', alg: 'RS256', signature: zeros(256), expected: false },
    { name: 'an algorithm that only starts like ECDSA', alg: 'ES2560', signature: zeros(64), expected: false },
    { name: 'a lowercase algorithm name', alg: 'es256', signature: zeros(64), expected: false },
    { name: 'no signature', alg: 'ES256', signature: null, expected: false },
    { name: 'an empty signature', alg: 'ES256', signature: zeros(0), expected: false },
    { name: 'a signature of odd length, which has no halves', alg: 'ES256', signature: zeros(63), expected: false },
  ])('is $expected for $name', ({ alg, signature, expected }) => {
    expect(isPsychicSignature(alg, signature)).toBe(expected)
  })

  it('is false for the RFC 7515 A.3 ES256 signature', () => {
    const signature = decodeBase64url(rfc7515Es256Signature)
    if (!signature.ok) throw new Error(signature.error.message)
    expect(isPsychicSignature('ES256', signature.value.bytes)).toBe(false)
  })

  it('is false for real signatures made with node:crypto', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    for (let i = 0; i < 5; i++) {
      const signature = sign('sha256', Buffer.from(`message ${i}`), { key: privateKey, dsaEncoding: 'ieee-p1363' })
      expect(isPsychicSignature('ES256', new Uint8Array(signature))).toBe(false)
    }
  })

  it('is true exactly when one half of an even-length signature is all zeros', () => {
    fc.assert(
      fc.property(fc.constantFrom('ES256', 'ES384', 'ES512', 'ES256K'), fc.integer({ min: 1, max: 66 }), fc.uint8Array({ minLength: 132, maxLength: 132 }), (alg, half, bytes) => {
        const signature = bytes.subarray(0, half * 2)
        const isZero = (part: Uint8Array) => part.every((byte) => byte === 0)
        expect(isPsychicSignature(alg, signature)).toBe(isZero(signature.subarray(0, half)) || isZero(signature.subarray(half)))
      }),
    )
  })
})
