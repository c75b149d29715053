import { beforeAll, describe, expect, it } from 'vitest'
import { exportSPKI, generateKeyPair } from 'jose'
import { precheckSignature, type SignatureStatus } from '../../../src/core/verify/signature-status'
import { decodeToken } from '../../../src/core/token/decode-token'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import { makeToken, rfc7515Es256Token, rfc7519Token, rfc7519Unsecured } from '../../fixtures/tokens'
import { rfc7515A3Es256Jwk, rfc7520DetachedSignature, rfc7520MacKey, rfc7520Pbes2Encryption, rfc7520UnprotectedHeaderSignature } from '../../fixtures/rfc-vectors'

const precheck = (token: string, keyText = '') => precheckSignature(decodeToken(token)!, parseKeyText(keyText))
const withAlg = (alg: unknown) => makeToken({ alg }, { sub: 'alice' })

describe('precheckSignature: verdicts reached without a key', () => {
  it.each<{ name: string; token: string; status: SignatureStatus }>([
    {
      name: 'a token that does not decode',
      token: 'not.a.token!',
      status: { state: 'error', code: 'undecodable-token', reason: 'The token could not be decoded, so its signature cannot be checked.' },
    },
    {
      name: 'an encrypted token (RFC 7520 §5.3)',
      token: rfc7520Pbes2Encryption.compact,
      status: { state: 'unverified', reason: 'This token is encrypted (JWE): it has no signature to check.' },
    },
    {
      name: 'a header without "alg"',
      token: makeToken({ typ: 'JWT' }, {}),
      status: { state: 'error', code: 'missing-alg', reason: 'The header names no algorithm ("alg"), so no verifier can check this token.' },
    },
    {
      name: 'an "alg" that is not a string',
      token: withAlg(256),
      status: { state: 'error', code: 'missing-alg', reason: 'The header names no algorithm ("alg"), so no verifier can check this token.' },
    },
    {
      name: 'an unsecured JWT (RFC 7519 §6.1) with the key box empty',
      token: rfc7519Unsecured,
      status: { state: 'unverified', reason: 'The token is unsecured ("alg": "none"): there is no signature, so nothing proves who wrote it. Never accept such a token.' },
    },
    {
      name: 'ES256K, which WebCrypto cannot check',
      token: withAlg('ES256K'),
      status: { state: 'error', code: 'unsupported-alg', reason: 'ES256K (ECDSA on secp256k1) cannot be checked in a browser: WebCrypto has no secp256k1 curve.' },
    },
    {
      name: 'an algorithm nobody knows',
      token: withAlg('HS1'),
      status: { state: 'error', code: 'unknown-alg', reason: '"HS1" is not a signature algorithm this app knows, so no key can check this token.' },
    },
    {
      name: 'a JWE key management algorithm in a JWS',
      token: withAlg('RSA-OAEP'),
      status: { state: 'error', code: 'unknown-alg', reason: '"RSA-OAEP" is not a signature algorithm this app knows, so no key can check this token.' },
    },
    {
      name: 'a detached payload (RFC 7520 §4.5)',
      token: rfc7520DetachedSignature.compact!,
      status: {
        state: 'error',
        code: 'detached-payload',
        reason: 'The payload is detached (RFC 7515 Appendix F): it is not in the token, and the signature covers it, so it cannot be checked here.',
      },
    },
    {
      name: 'an HMAC token with the key box empty (RFC 7519 §3.1)',
      token: rfc7519Token,
      status: { state: 'unverified', reason: 'Paste the shared secret to check this HS256 signature.' },
    },
    {
      name: 'an ECDSA token with the key box empty (RFC 7515 A.3)',
      token: rfc7515Es256Token,
      status: { state: 'unverified', reason: 'Paste the public key, certificate or JWK Set to check this ES256 signature.' },
    },
    {
      name: 'a JWS JSON serialization that names "alg" in its unprotected header (RFC 7520 §4.7)',
      token: JSON.stringify(rfc7520UnprotectedHeaderSignature.flattened),
      status: { state: 'unverified', reason: 'Paste the shared secret to check this HS256 signature.' },
    },
  ])('gives the verdict for $name', ({ token, status }) => {
    expect(precheck(token)).toEqual(status)
  })

  it('quotes an "alg" that hides invisible characters, so the reason shows them', () => {
    expect(precheck(withAlg('HS256\u200b'))).toEqual({
      state: 'error',
      code: 'unknown-alg',
      reason: '"HS256\\u{200B}" is not a signature algorithm this app knows, so no key can check this token.',
    })
  })
})

describe('precheckSignature: verdicts that depend on the key box', () => {
  it.each(['none', 'None', 'NONE'])('refuses an unsecured token ("alg": "%s") once a key is given', (alg) => {
    expect(precheck(makeToken({ alg }, {}, ''), 'secret')).toEqual({
      state: 'error',
      code: 'unsecured-token',
      reason: `The token is unsecured ("alg": "${alg}"): there is no signature, so nothing proves who wrote it. Never accept such a token.`,
    })
  })

  it('passes on the code and message of key text that is no key', () => {
    expect(precheck(rfc7519Token, '{"kid": "a"}')).toEqual({
      state: 'error',
      code: 'unusable-key',
      keyError: 'not-a-jwk',
      reason: 'The key is JSON but neither a JWK (it has no "kty") nor a JWK Set (it has no "keys").',
    })
  })

  it('passes on a PEM error with its own code', () => {
    expect(precheck(rfc7515Es256Token, '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----')).toMatchObject({ state: 'error', code: 'unusable-key', keyError: 'pem-empty' })
  })

  describe('leaves the verdict to the signature check when there is a key', () => {
    let rsaToken: string
    let rsaSpki: string

    beforeAll(async () => {
      const { publicKey } = await generateKeyPair('RS256', { extractable: true })
      rsaSpki = await exportSPKI(publicKey)
      rsaToken = withAlg('RS256')
    })

    it.each<{ name: string; token: () => string; key: () => string }>([
      { name: 'an HMAC token and a secret', token: () => rfc7519Token, key: () => 'secret' },
      { name: 'an HMAC token and an oct JWK (RFC 7520 §3.5)', token: () => rfc7519Token, key: () => JSON.stringify(rfc7520MacKey) },
      { name: 'an ES256 token and its JWK (RFC 7515 A.3)', token: () => rfc7515Es256Token, key: () => JSON.stringify(rfc7515A3Es256Jwk) },
      { name: 'an RS256 token and an RSA public key', token: () => rsaToken, key: () => rsaSpki },
      { name: 'an HMAC token and a public key, which the check calls alg confusion', token: () => rfc7519Token, key: () => rsaSpki },
    ])('is undefined for $name', ({ token, key }) => {
      expect(precheck(token(), key())).toBeUndefined()
    })
  })
})
