import { describe, expect, it } from 'vitest'
import { unsupportedReason } from '../../../src/core/code/program-support'
import { codeLanguages, type CodeLanguage, type ProgramKey } from '../../../src/core/code/program-request'

const jwk: ProgramKey = { source: 'jwk' }

describe('unsupportedReason', () => {
  it.each(codeLanguages)('%s verifies the common algorithms, ES512 included', (language) => {
    for (const alg of ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512']) {
      expect(unsupportedReason(language, alg, jwk), alg).toBeUndefined()
    }
  })

  it.each([
    ['node-jose', 'EdDSA'],
    ['node-jose', 'Ed25519'],
    ['python-pyjwt', 'EdDSA'],
    ['python-pyjwt', 'ES256K'],
    ['go-jwt', 'EdDSA'],
  ] as const)('%s verifies %s', (language, alg) => expect(unsupportedReason(language, alg, jwk)).toBeUndefined())

  it.each([
    ['node-jsonwebtoken', 'EdDSA', 'jsonwebtoken cannot verify EdDSA tokens; jose can.', 'node-jose'],
    ['node-jsonwebtoken', 'Ed25519', 'jsonwebtoken cannot verify Ed25519 tokens; jose can.', 'node-jose'],
    ['python-pyjwt', 'Ed25519', 'PyJWT cannot verify Ed25519 tokens; jose can.', 'node-jose'],
    ['go-jwt', 'Ed25519', 'golang-jwt v4 cannot verify Ed25519 tokens; jose can.', 'node-jose'],
    ['node-jose', 'ES256K', 'jose cannot verify ES256K tokens; PyJWT can.', 'python-pyjwt'],
    ['node-jsonwebtoken', 'ES256K', 'jsonwebtoken cannot verify ES256K tokens; PyJWT can.', 'python-pyjwt'],
    ['go-jwt', 'ES256K', 'golang-jwt v4 cannot verify ES256K tokens; PyJWT can.', 'python-pyjwt'],
  ] as const)('%s refuses %s', (language, alg, reason, suggestion) => {
    expect(unsupportedReason(language, alg, jwk)).toEqual({ reason, suggestion })
  })

  it.each(codeLanguages)('%s refuses what no library here verifies, with no suggestion', (language: CodeLanguage) => {
    expect(unsupportedReason(language, 'none', jwk)).toEqual({
      reason: 'An unsecured token (alg "none") has no signature to verify: a program that accepted it would accept any token anyone wrote.',
    })
    expect(unsupportedReason(language, 'nOnE', jwk)?.reason).toContain('(alg "nOnE")')
    expect(unsupportedReason(language, 'RSA-OAEP', jwk)?.reason).toBe('"RSA-OAEP" is an encryption algorithm: an encrypted token (JWE) is decrypted, not verified, and these programs verify signed tokens.')
    expect(unsupportedReason(language, 'XS256', jwk)).toEqual({ reason: '"XS256" is not a JWS signature algorithm that any of these libraries knows.' })
    expect(unsupportedReason(language, 'ML-DSA-44', jwk)).not.toHaveProperty('suggestion')
  })

  it('refuses a key that cannot verify the algorithm', () => {
    expect(unsupportedReason('node-jose', 'HS256', { source: 'pem', label: 'PUBLIC KEY' })?.reason).toBe(
      'An HS256 token is checked with a shared secret, not a public key: give the secret, or its JWK, as the key.',
    )
    expect(unsupportedReason('go-jwt', 'HS512', { source: 'jwks-url', url: 'https://issuer.example/jwks' })?.reason).toContain('shared secret')
    expect(unsupportedReason('python-pyjwt', 'RS256', { source: 'secret', encoding: 'utf8' })?.reason).toBe('An RS256 token is checked with a public key (PEM, JWK or JWK Set), not a secret.')
    expect(unsupportedReason('node-jsonwebtoken', 'ES256', { source: 'pem', label: 'ENCRYPTED PRIVATE KEY' })?.reason).toBe(
      'A PEM block labelled "ENCRYPTED PRIVATE KEY" holds no key that these programs read: give a public key, a certificate or an unencrypted private key.',
    )
  })
})
