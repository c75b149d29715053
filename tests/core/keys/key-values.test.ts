import { describe, expect, it } from 'vitest'
import { exportJWK, generateKeyPair } from 'jose'
import { generateKeyPairSync } from 'node:crypto'
import { whyKeyValuesUnusable, type KeyValues } from '../../../src/core/keys/key-values'
import { decodeBase64url } from '../../../src/core/encoding/base64url'

const bytes = (base64url: string) => {
  const decoded = decodeBase64url(base64url)
  if (!decoded.ok) throw new Error('not base64url')
  return decoded.value.bytes
}
const ecValues = async (alg: string, curve: string): Promise<KeyValues & { type: 'EC' }> => {
  // WebCrypto has no secp256k1; Node's own crypto makes that key.
  const jwk = alg === 'ES256K' ? generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey.export({ format: 'jwk' }) : await exportJWK((await generateKeyPair(alg, { extractable: true })).publicKey)
  return { type: 'EC', curve, x: bytes(jwk.x!), y: bytes(jwk.y!) }
}
const rsaValues = async (): Promise<KeyValues & { type: 'RSA' }> => {
  const jwk = await exportJWK((await generateKeyPair('RS256', { extractable: true })).publicKey)
  return { type: 'RSA', modulus: bytes(jwk.n!), exponent: bytes(jwk.e!) }
}
const flipLastBit = (value: Uint8Array) => Uint8Array.from(value, (byte, index) => (index === value.length - 1 ? byte ^ 1 : byte))

describe('whyKeyValuesUnusable', () => {
  it.each([
    ['ES256', 'P-256'],
    ['ES384', 'P-384'],
    ['ES512', 'P-521'],
    ['ES256K', 'secp256k1'],
  ])('accepts a real %s key, and names a point moved off %s', async (alg, curve) => {
    const values = await ecValues(alg, curve)
    expect(whyKeyValuesUnusable(values)).toBeUndefined()
    expect(whyKeyValuesUnusable({ ...values, y: flipLastBit(values.y) })).toEqual({
      code: 'ec-point-not-on-curve',
      message: `This ${curve} key's point (x, y) is not on the ${curve} curve, so no signature can be checked with it. The key was damaged in copying, or made to attack verifiers that skip this check (invalid-curve attacks).`,
    })
  })

  it('names EC coordinates of the wrong size or outside the field', async () => {
    const values = await ecValues('ES256', 'P-256')
    expect(whyKeyValuesUnusable({ ...values, x: values.x.subarray(1) })).toEqual({
      code: 'ec-coordinate-length',
      message: 'The "x" coordinate of this P-256 key is 31 bytes long, but on P-256 it is exactly 32 (RFC 7518 §6.2.1).',
    })
    expect(whyKeyValuesUnusable({ ...values, y: new Uint8Array(32).fill(0xff) })).toEqual({
      code: 'ec-coordinate-out-of-field',
      message: 'A coordinate of this P-256 key is larger than the curve\'s field, so it is not a point on P-256.',
    })
  })

  it('leaves curves it does not know to WebCrypto', () => {
    expect(whyKeyValuesUnusable({ type: 'EC', curve: 'brainpoolP256r1', x: new Uint8Array(32), y: new Uint8Array(32) })).toBeUndefined()
  })

  it('accepts a real RSA key, and names a bad exponent or an oversized modulus', async () => {
    const values = await rsaValues()
    expect(whyKeyValuesUnusable(values)).toBeUndefined()
    expect(whyKeyValuesUnusable({ ...values, exponent: new Uint8Array([1]) })).toEqual({
      code: 'rsa-exponent-too-small',
      message:
        'This RSA key\'s public exponent "e" is 1, so it does not encrypt at all: every signature would equal the message it signs. RSA needs an odd e of at least 3 (usually 65537, RFC 8017 §3.1).',
    })
    expect(whyKeyValuesUnusable({ ...values, exponent: new Uint8Array([0, 0]) })).toMatchObject({
      code: 'rsa-exponent-too-small',
      message: expect.stringMatching(/^This RSA key's public exponent "e" is 0,/),
    })
    expect(whyKeyValuesUnusable({ ...values, exponent: new Uint8Array([0x01, 0x00, 0x00]) })).toEqual({
      code: 'rsa-exponent-even',
      message: 'This RSA key\'s public exponent "e" is even (65536), which no RSA key can have: e must be odd (RFC 8017 §3.1). Usually it is 65537.',
    })
    expect(whyKeyValuesUnusable({ ...values, exponent: Uint8Array.from(values.modulus) })).toEqual({
      code: 'rsa-exponent-not-below-modulus',
      message: 'This RSA key\'s public exponent "e" is not smaller than its modulus "n", which RFC 8017 §3.1 requires.',
    })
    expect(whyKeyValuesUnusable({ ...values, modulus: new Uint8Array(8192).fill(0xff) })).toEqual({
      code: 'rsa-modulus-too-large',
      message: 'This RSA key\'s modulus has 65,536 bits; browsers accept at most 16,384, and no real key is that large.',
    })
    expect(whyKeyValuesUnusable({ ...values, exponent: new Uint8Array([3]) })).toBeUndefined()
  })
})
