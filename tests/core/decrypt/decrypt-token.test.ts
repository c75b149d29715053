import { describe, expect, it } from 'vitest'
import { CompactEncrypt, exportJWK, exportPKCS8, exportSPKI, generateKeyPair } from 'jose'
import { decodeToken, openDecrypted } from '../../../src/core/token/decode-token'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import { decryptToken } from '../../../src/core/decrypt/decrypt-token'
import type { SecretEncoding } from '../../../src/core/keys/decode-secret'
import {
  rfc7516A1,
  rfc7516A2,
  rfc7516A3,
  rfc7520AesGcmKeyWrapEncryption,
  rfc7520AesKeyWrapEncryption,
  rfc7520DirectEncryption,
  rfc7520EcdhEsDirectEncryption,
  rfc7520EcdhEsKeyWrapEncryption,
  rfc7520NestedJwt,
  rfc7520Pbes2Encryption,
  rfc7520Rsa15Encryption,
  rfc7520RsaOaepEncryption,
} from '../../fixtures/rfc-vectors'

const decrypt = (token: string, keyText: string, encoding: SecretEncoding = 'utf8') => decryptToken(decodeToken(token)!, parseKeyText(keyText), encoding)
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

const keyedVectors = [
  rfc7520RsaOaepEncryption,
  rfc7520EcdhEsKeyWrapEncryption,
  rfc7520EcdhEsDirectEncryption,
  rfc7520DirectEncryption,
  rfc7520AesGcmKeyWrapEncryption,
  rfc7520AesKeyWrapEncryption,
  rfc7516A1,
  rfc7516A3,
]

describe('RFC 7516 and RFC 7520 vectors', () => {
  it.each(keyedVectors.map((vector) => [`${vector.alg} + ${vector.enc} (§${vector.section})`, vector] as const))('decrypts %s with its JWK', async (_name, vector) => {
    const status = await decrypt(vector.compact, JSON.stringify(vector.key))
    expect(status.state).toBe('decrypted')
    expect(status.state === 'decrypted' && text(status.plaintext)).toBe(vector.plaintext)
  })

  it.each(keyedVectors.filter((vector) => vector.flattened).map((vector) => [vector.section, vector] as const))('decrypts the flattened JSON form of §%s', async (_section, vector) => {
    const status = await decrypt(JSON.stringify(vector.flattened), JSON.stringify(vector.key))
    expect(status.state === 'decrypted' && text(status.plaintext)).toBe(vector.plaintext)
  })

  it('decrypts PBES2 with the password (RFC 7520 §5.3)', async () => {
    const status = await decrypt(rfc7520Pbes2Encryption.compact, rfc7520Pbes2Encryption.password)
    expect(status).toMatchObject({ state: 'decrypted', reason: expect.stringMatching(/^Decrypted with the 34-byte password\. Only holders/) })
    expect(await decrypt(rfc7520Pbes2Encryption.compact, 'not the password')).toMatchObject({ state: 'failed' })
  })

  it.each([rfc7520Rsa15Encryption, rfc7516A2])('refuses RSA1_5 and says why (§$section)', async (vector) => {
    expect(await decrypt(vector.compact, JSON.stringify(vector.key))).toEqual({
      state: 'error',
      code: 'refused-alg',
      reason: 'RSA1_5 (RSAES-PKCS1-v1_5) is not decrypted here: it is open to padding-oracle attacks, and jose no longer supports it. The sender should switch to RSA-OAEP-256.',
    })
  })

  it('opens the nested JWT of RFC 7520 §6 as its own token', async () => {
    const decoded = decodeToken(rfc7520NestedJwt.compact)!
    const status = await decryptToken(decoded, parseKeyText(JSON.stringify(rfc7520NestedJwt.decryptionKey)), 'utf8')
    if (status.state !== 'decrypted') throw new Error(status.reason)
    const opened = openDecrypted(decoded, status.plaintext)
    expect(opened.kind).toBe('jwe')
    expect(opened.payload).toMatchObject({ type: 'text', text: rfc7520NestedJwt.jws })
    expect(opened.nested?.kind).toBe('jws')
    expect(opened.nested?.payload).toMatchObject({ type: 'json', value: JSON.parse(rfc7520NestedJwt.claims) })
  })
})

describe('keys that cannot decrypt', () => {
  it('is failed with the wrong key of the right kind', async () => {
    const other = await generateKeyPair('RSA-OAEP', { extractable: true })
    expect(await decrypt(rfc7520RsaOaepEncryption.compact, await exportPKCS8(other.privateKey))).toMatchObject({
      state: 'failed',
      reason: expect.stringMatching(/^The token does not decrypt with an RSA 2048-bit private key \(PKCS#8 private key\): it was encrypted to a different key, or it was changed/),
    })
  })

  it('is failed when the ciphertext was changed', async () => {
    const parts = rfc7520AesKeyWrapEncryption.compact.split('.')
    parts[3] = `${parts[3]!.slice(0, -2)}${parts[3]!.endsWith('AA') ? 'BA' : 'AA'}`
    expect((await decrypt(parts.join('.'), JSON.stringify(rfc7520AesKeyWrapEncryption.key))).state).toBe('failed')
  })

  it.each([
    ['a public key for RSA-OAEP', rfc7520RsaOaepEncryption, async (): Promise<string> => {
      const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicKey } = rfc7520RsaOaepEncryption.key
      return JSON.stringify(publicKey)
    }, 'needs-private-key', /^Decrypting needs the recipient's private key, but this is an RSA 4096-bit public key: a public key can only encrypt\.$/],
    ['a secret for RSA-OAEP', rfc7520RsaOaepEncryption, async (): Promise<string> => 'secret', 'wrong-key-kind', /^RSA-OAEP decrypts with the recipient's private key \(PEM or JWK\), but this is a shared secret\.$/],
    ['an RSA key for ECDH-ES', rfc7520EcdhEsKeyWrapEncryption, async (): Promise<string> => JSON.stringify(rfc7520RsaOaepEncryption.key), 'wrong-key-type', /^ECDH-ES\+A128KW needs an EC \(P-256, P-384, P-521\) or X25519 private key, but this is an RSA 4096-bit private key\.$/],
    ['a key of the wrong size for A128KW', rfc7520AesKeyWrapEncryption, async (): Promise<string> => '00112233445566778899aabbccddeeff0011', 'wrong-secret-length', /^A128KW needs a 16-byte \(128-bit\) key, but this secret is 18 bytes\. Check the secret's encoding\.$/],
    ['a PEM public key for ECDH-ES', rfc7520EcdhEsKeyWrapEncryption, async (): Promise<string> => exportSPKI((await generateKeyPair('ECDH-ES', { extractable: true, crv: 'P-384' })).publicKey), 'needs-private-key', /public key can only encrypt/],
  ] as const)('is an error with %s', async (_name, vector, key, keyError, reason) => {
    const keyText = await key()
    const status = await decrypt(vector.compact, keyText, /^[0-9a-f]+$/.test(keyText) ? 'hex' : 'utf8')
    expect(status).toMatchObject({ state: 'error', code: 'unusable-key', keyError, reason: expect.stringMatching(reason) })
  })

  it('passes on jose\'s reason when it refuses a key', async () => {
    const { d: _d, ...withoutD } = rfc7520EcdhEsKeyWrapEncryption.key
    const status = await decrypt(rfc7520EcdhEsKeyWrapEncryption.compact, JSON.stringify({ ...withoutD, d: 'AA' }))
    expect(status).toMatchObject({ state: 'error', code: 'unusable-key', keyError: 'key-refused', reason: expect.stringMatching(/^The (key cannot be used|token cannot be decrypted): .+\.$/) })
  })

  it('asks for the right kind of key before one is given', async () => {
    expect(await decrypt(rfc7520RsaOaepEncryption.compact, '')).toEqual({ state: 'encrypted', reason: 'Paste the recipient\'s private key (PEM or JWK) to decrypt this RSA-OAEP / A256GCM token.' })
    expect(await decrypt(rfc7520Pbes2Encryption.compact, '')).toEqual({ state: 'encrypted', reason: 'Paste the password to decrypt this PBES2-HS512+A256KW / A128CBC-HS256 token.' })
  })

  it('refuses a PBES2 iteration count that would freeze the page', async () => {
    const header = { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: 5_000_000, p2s: 'AAAAAAAAAAAAAAAAAAAAAA' }
    const token = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.AAAA.AAAA.AAAA.AAAA`
    expect(await decrypt(token, 'password')).toMatchObject({ state: 'error', code: 'too-many-iterations', reason: expect.stringMatching(/^The token asks for 5,000,000 PBKDF2 iterations/) })
  })
})

describe('round trips with generated keys', () => {
  it.each(['RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512', 'ECDH-ES', 'ECDH-ES+A256KW'] as const)('%s decrypts with the PKCS#8 PEM and the private JWK', async (alg) => {
    const pair = await generateKeyPair(alg, { extractable: true, ...(alg.startsWith('ECDH') ? { crv: 'X25519' } : {}) })
    const token = await new CompactEncrypt(new TextEncoder().encode('{"sub":"x"}')).setProtectedHeader({ alg, enc: 'A256GCM' }).encrypt(pair.publicKey)
    for (const keyText of [await exportPKCS8(pair.privateKey), JSON.stringify(await exportJWK(pair.privateKey))]) {
      const status = await decrypt(token, keyText)
      expect(status.state === 'decrypted' && text(status.plaintext)).toBe('{"sub":"x"}')
    }
  })
})
