import { beforeAll, describe, expect, it } from 'vitest'
import { exportJWK, exportPKCS8, generateKeyPair } from 'jose'
import { maxPbes2Iterations, precheckDecryption, type DecryptionStatus } from '../../../src/core/decrypt/decryption-status'
import { decodeToken } from '../../../src/core/token/decode-token'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import { encodeBase64urlText } from '../../../src/core/encoding/base64url'
import { rfc7519Token } from '../../fixtures/tokens'
import {
  rfc7516A1,
  rfc7520DirectEncryption,
  rfc7520EcdhEsKeyWrapEncryption,
  rfc7520Pbes2Encryption,
  rfc7520Rsa15Encryption,
  rfc7520RsaOaepEncryption,
} from '../../fixtures/rfc-vectors'

const precheck = (token: string, keyText = '') => precheckDecryption(decodeToken(token)!, parseKeyText(keyText))

/** A compact JWE with this protected header; the other parts are placeholders that decode. */
const jweWithHeader = (header: object) => `${encodeBase64urlText(JSON.stringify(header))}.AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`

const missingAlgOrEnc: DecryptionStatus = {
  state: 'error',
  code: 'missing-alg-or-enc',
  reason: 'The protected header must name the key management ("alg") and the content encryption ("enc") before anything can be decrypted.',
}

describe('precheckDecryption: tokens that cannot be decrypted whatever the key', () => {
  it.each<{ name: string; token: string }>([
    { name: 'a JWS, which has no "enc" (RFC 7519 §3.1)', token: rfc7519Token },
    { name: 'a JWE header without "enc"', token: jweWithHeader({ alg: 'dir' }) },
    { name: 'a JWE header without "alg"', token: jweWithHeader({ enc: 'A128GCM' }) },
    { name: 'an "enc" that is not a string', token: jweWithHeader({ alg: 'dir', enc: 128 }) },
  ])('asks for "alg" and "enc" for $name', ({ token }) => {
    expect(precheck(token, 'a key')).toEqual(missingAlgOrEnc)
  })

  it('refuses RSA1_5, even with its key (RFC 7520 §5.1)', () => {
    expect(precheck(rfc7520Rsa15Encryption.compact, JSON.stringify(rfc7520Rsa15Encryption.key))).toEqual({
      state: 'error',
      code: 'refused-alg',
      reason: 'RSA1_5 (RSAES-PKCS1-v1_5) is not decrypted here: it is open to padding-oracle attacks, and jose no longer supports it. The sender should switch to RSA-OAEP-256.',
    })
  })

  it.each(['HS256', 'A128GCM', 'RSA-OAEP-1024'])('calls "%s" an unknown key management algorithm', (alg) => {
    expect(precheck(jweWithHeader({ alg, enc: 'A128GCM' }))).toEqual({ state: 'error', code: 'unknown-alg', reason: `"${alg}" is not a JWE key management algorithm this app knows.` })
  })
})

describe('precheckDecryption: the PBKDF2 iteration count ("p2c")', () => {
  const pbes2 = (p2c: number) => jweWithHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'AAAAAAAAAAAAAAAAAAAAAA', p2c })

  it('refuses more than a million iterations, naming both counts', () => {
    expect(precheck(pbes2(2_147_483_647), 'password')).toEqual({
      state: 'error',
      code: 'too-many-iterations',
      reason:
        'The token asks for 2,147,483,647 PBKDF2 iterations ("p2c"); more than 1,000,000 are refused here, since a hostile token can use a huge count to freeze the page.',
    })
  })

  it('accepts exactly the limit', () => {
    expect(maxPbes2Iterations).toBe(1_000_000)
    expect(precheck(pbes2(maxPbes2Iterations), 'password')).toBeUndefined()
  })

  it('refuses a huge count before asking for a key', () => {
    expect(precheck(pbes2(maxPbes2Iterations + 1))).toMatchObject({ state: 'error', code: 'too-many-iterations' })
  })
})

describe('precheckDecryption: with the key box empty, names the key each algorithm needs', () => {
  it.each<{ name: string; token: string; reason: string }>([
    { name: 'PBES2 (RFC 7520 §5.3)', token: rfc7520Pbes2Encryption.compact, reason: 'Paste the password to decrypt this PBES2-HS512+A256KW / A128CBC-HS256 token.' },
    { name: 'direct encryption (RFC 7520 §5.6)', token: rfc7520DirectEncryption.compact, reason: 'Paste the shared key to decrypt this dir / A128GCM token.' },
    { name: 'AES key wrap', token: jweWithHeader({ alg: 'A256KW', enc: 'A256GCM' }), reason: 'Paste the shared key to decrypt this A256KW / A256GCM token.' },
    { name: 'RSA-OAEP (RFC 7520 §5.2)', token: rfc7520RsaOaepEncryption.compact, reason: 'Paste the recipient\'s private key (PEM or JWK) to decrypt this RSA-OAEP / A256GCM token.' },
    { name: 'RSA-OAEP (RFC 7516 A.1)', token: rfc7516A1.compact, reason: 'Paste the recipient\'s private key (PEM or JWK) to decrypt this RSA-OAEP / A256GCM token.' },
    {
      name: 'ECDH-ES key agreement (RFC 7520 §5.4)',
      token: rfc7520EcdhEsKeyWrapEncryption.compact,
      reason: 'Paste the recipient\'s private key (PEM or JWK) to decrypt this ECDH-ES+A128KW / A128GCM token.',
    },
  ])('for $name', ({ token, reason }) => {
    expect(precheck(token)).toEqual({ state: 'encrypted', reason })
  })
})

describe('precheckDecryption: with a key', () => {
  it('passes on the code and message of key text that is no key', () => {
    expect(precheck(rfc7520DirectEncryption.compact, '[1, 2]')).toEqual({
      state: 'error',
      code: 'unusable-key',
      keyError: 'json-array',
      reason: 'The key is a JSON array. Paste one JWK, or a JWK Set: {"keys": [ … ]}.',
    })
  })

  describe('leaves the verdict to decryption when the key can be tried', () => {
    let rsaPkcs8: string
    let rsaJwk: string

    beforeAll(async () => {
      const { privateKey } = await generateKeyPair('RSA-OAEP-256', { extractable: true })
      rsaPkcs8 = await exportPKCS8(privateKey)
      rsaJwk = JSON.stringify(await exportJWK(privateKey))
    })

    it.each<{ name: string; token: () => string; key: () => string }>([
      { name: 'PBES2 and a password (RFC 7520 §5.3)', token: () => rfc7520Pbes2Encryption.compact, key: () => rfc7520Pbes2Encryption.password },
      { name: 'dir and its JWK (RFC 7520 §5.6)', token: () => rfc7520DirectEncryption.compact, key: () => JSON.stringify(rfc7520DirectEncryption.key) },
      { name: 'RSA-OAEP and its JWK (RFC 7520 §5.2)', token: () => rfc7520RsaOaepEncryption.compact, key: () => JSON.stringify(rfc7520RsaOaepEncryption.key) },
      { name: 'RSA-OAEP-256 and a PKCS#8 key', token: () => jweWithHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }), key: () => rsaPkcs8 },
      { name: 'RSA-OAEP-256 and a private JWK', token: () => jweWithHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }), key: () => rsaJwk },
      { name: 'dir and a key of the wrong size, which import judges', token: () => rfc7520DirectEncryption.compact, key: () => 'short' },
    ])('is undefined for $name', ({ token, key }) => {
      expect(precheck(token(), key())).toBeUndefined()
    })
  })
})
