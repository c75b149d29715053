import { beforeAll, describe, expect, it } from 'vitest'
import { exportJWK, exportSPKI, generateKeyPair, type JWK } from 'jose'
import { generateKeyPairSync } from 'node:crypto'
import { selectKeys, type KeyRequest } from '../../../src/core/keys/import-key'
import type { KeyError } from '../../../src/core/keys/key-error'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'

const verifyEs256: KeyRequest = { purpose: 'verify', alg: 'ES256', encoding: 'utf8' }
let es256Public: JWK
let es256Private: JWK
let es256Spki: string
let rsaPrivate: JWK

beforeAll(async () => {
  const es256 = await generateKeyPair('ES256', { extractable: true })
  es256Public = await exportJWK(es256.publicKey)
  es256Private = await exportJWK(es256.privateKey)
  es256Spki = await exportSPKI(es256.publicKey)
  rsaPrivate = await exportJWK((await generateKeyPair('RSA-OAEP', { extractable: true })).privateKey)
})

const select = async (keyText: string, request: KeyRequest): Promise<KeyError | 'ok'> => {
  const selected = await selectKeys(parseKeyText(keyText), request)
  return selected.ok ? 'ok' : selected.error
}

describe('selectKeys: the code says why no key serves the request', () => {
  it.each<{ name: string; key: () => string; request?: KeyRequest; error: KeyError }>([
    { name: 'an empty key box', key: () => '', error: { code: 'no-key', message: 'Paste a key first.' } },
    {
      name: 'key text that is not a key, passed through with its own code',
      key: () => '{"kid": "a"}',
      error: { code: 'not-a-jwk', message: 'The key is JSON but neither a JWK (it has no "kty") nor a JWK Set (it has no "keys").' },
    },
    {
      name: 'a secret that is not hex',
      key: () => 'xyz',
      request: { purpose: 'verify', alg: 'HS256', encoding: 'hex' },
      error: { code: 'secret-invalid-character', message: 'The secret is not hex: character 1 is "x". Choose another encoding, or fix the secret.' },
    },
    {
      name: 'an empty secret',
      key: () => '0x',
      request: { purpose: 'verify', alg: 'HS256', encoding: 'hex' },
      error: { code: 'empty-secret', message: 'The secret is empty. A key of zero bytes is refused here, as it should be by every verifier.' },
    },
    {
      name: 'a PEM block that is no key',
      key: () => '-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----',
      error: { code: 'pem-not-a-key', message: 'A "CERTIFICATE REQUEST" PEM block is not a key. Paste a public key, a certificate or a private key.' },
    },
    {
      name: 'a PEM body that is not DER',
      key: () => '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
      error: { code: 'der-invalid-structure', message: 'The public key is not a valid SubjectPublicKeyInfo: the SubjectPublicKeyInfo sequence is an element with tag 0x00, not a SEQUENCE.' },
    },
    {
      name: 'a JWK marked for another algorithm',
      key: () => JSON.stringify({ ...es256Public, alg: 'ES384' }),
      error: { code: 'jwk-alg-mismatch', message: 'This key is marked for ES384 ("alg" in the JWK), but the token says ES256.' },
    },
    {
      name: 'a JWK marked for encryption',
      key: () => JSON.stringify({ ...es256Public, use: 'enc' }),
      error: { code: 'jwk-use-mismatch', message: 'This key is marked for encryption ("use": "enc"), not for signatures.' },
    },
    {
      name: 'a JWK whose key_ops forbid verifying',
      key: () => JSON.stringify({ ...es256Public, key_ops: ['sign'] }),
      error: { code: 'jwk-key-ops-mismatch', message: 'This key\'s "key_ops" ("sign") do not allow "verify".' },
    },
    {
      name: 'an RSA JWK whose "n" is not base64url',
      key: () => '{"kty": "RSA", "n": "A", "e": "AQAB"}',
      request: { purpose: 'verify', alg: 'RS256', encoding: 'utf8' },
      error: { code: 'jwk-member-not-base64url', message: 'The "n" member of this RSA JWK is not base64url: its length (1 characters) is impossible for base64url: one character too many or too few.' },
    },
    {
      name: 'a key type nobody knows',
      key: () => '{"kty": "DSA"}',
      error: { code: 'unknown-key-type', message: '"kty": "DSA" is not a key type this app knows (oct, RSA, EC, OKP, AKP).' },
    },
    {
      name: 'a public key for signing',
      key: () => es256Spki,
      request: { purpose: 'sign', alg: 'ES256', encoding: 'utf8' },
      error: {
        code: 'needs-private-key',
        message: 'Signing needs a private key, but this is an EC P-256 public key, which can only verify. Paste the private key (PKCS#8 PEM or a private JWK), or generate a key pair.',
      },
    },
    {
      name: 'an Ed448 key for signing',
      key: () => generateKeyPairSync('ed448').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
      request: { purpose: 'sign', alg: 'Ed448', encoding: 'utf8' },
      error: { code: 'cannot-sign-with-ed448', message: 'Ed448 keys can verify here but not sign. Sign with an Ed25519 key instead (alg "EdDSA" or "Ed25519").' },
    },
    {
      name: 'an algorithm jose no longer supports',
      key: () => JSON.stringify(rsaPrivate),
      request: { purpose: 'decrypt', alg: 'RSA1_5', enc: 'A128GCM', encoding: 'utf8' },
      error: {
        code: 'key-unsupported',
        message: 'The key cannot be used: Invalid or unsupported JWK "alg" (Algorithm) Parameter value. This browser\'s WebCrypto may not support this algorithm or curve.',
      },
    },
    {
      name: 'a JWK WebCrypto refuses (no "x")',
      key: () => JSON.stringify({ ...es256Public, x: undefined }),
      error: { code: 'key-refused', message: 'The key cannot be used: Invalid keyData.' },
    },
  ])('$name', async ({ key, request, error }) => {
    expect(await select(key(), request ?? verifyEs256)).toEqual(error)
  })

  it('accepts a fitting key', async () => {
    expect(await select(JSON.stringify(es256Public), verifyEs256)).toBe('ok')
    expect(await select(JSON.stringify(es256Private), { purpose: 'sign', alg: 'ES256', encoding: 'utf8' })).toBe('ok')
  })
})
