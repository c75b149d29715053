import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { describeAlgorithm } from '../../../src/core/token/algorithms'

describe('describeAlgorithm', () => {
  // RFC 7518 §3.1's "alg" values for JWS, with RFC 8037's EdDSA and RFC 9864's fully named curves.
  it.each([
    ['HS256', 'hmac', /HMAC with SHA-256/],
    ['HS384', 'hmac', /HMAC with SHA-384/],
    ['HS512', 'hmac', /HMAC with SHA-512/],
    ['RS256', 'rsa', /RSASSA-PKCS1-v1_5 with SHA-256/],
    ['RS512', 'rsa', /SHA-512/],
    ['PS256', 'rsa-pss', /RSASSA-PSS with SHA-256/],
    ['PS384', 'rsa-pss', /SHA-384/],
    ['ES256', 'ecdsa', /P-256 curve/],
    ['ES384', 'ecdsa', /P-384 curve/],
    ['ES512', 'ecdsa', /P-521 curve/],
    ['ES256K', 'ecdsa', /secp256k1/],
    ['EdDSA', 'eddsa', /RFC 8037/],
    ['Ed25519', 'eddsa', /RFC 9864/],
    ['ML-DSA-65', 'ml-dsa', /FIPS 204/],
  ])('names the JWS algorithm %s', (alg, family, description) => {
    const info = describeAlgorithm(alg)
    expect(info?.family).toBe(family)
    expect(info?.description).toMatch(description)
  })

  it.each(['none', 'None', 'NONE', 'nOnE'])('calls %s no signature at all, in any capitalisation', (alg) => {
    expect(describeAlgorithm(alg)).toEqual({ family: 'none', description: 'No signature at all: anyone can write or change this token.' })
  })

  // RFC 7518 §4.1 ("alg" for JWE) and §5.1 ("enc").
  it.each([
    ['dir', 'key-management'],
    ['RSA-OAEP-256', 'key-management'],
    ['RSA1_5', 'key-management'],
    ['A128KW', 'key-management'],
    ['A256GCMKW', 'key-management'],
    ['ECDH-ES', 'key-management'],
    ['ECDH-ES+A256KW', 'key-management'],
    ['PBES2-HS512+A256KW', 'key-management'],
    ['A128GCM', 'content-encryption'],
    ['A256CBC-HS512', 'content-encryption'],
  ])('names the JWE algorithm %s', (alg, family) => {
    expect(describeAlgorithm(alg)?.family).toBe(family)
  })

  it('warns about RSA1_5', () => {
    expect(describeAlgorithm('RSA1_5')?.description).toMatch(/padding-oracle/)
  })

  it.each(['HS128', 'HS2560', 'hs256', 'RS1', 'ES256X', 'ML-DSA-42', 'Ed448x', '', '__proto__', 'constructor', 'toString'])('knows nothing of %j', (alg) => {
    expect(describeAlgorithm(alg)).toBeUndefined()
  })

  it('answers any string with a sentence or nothing, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(HS|RS|PS|ES)\d{1,4}$/)), (alg) => {
        const info = describeAlgorithm(alg)
        if (info) expect(info.description).toMatch(/\.$/)
      }),
    )
  })
})
