import { beforeAll, describe, expect, it } from 'vitest'
import { CompactEncrypt, CompactSign, compactDecrypt, compactVerify, exportJWK, generateKeyPair, importJWK, importSPKI, type JWK } from 'jose'
import { isKeyProblem } from '../../../src/core/keys/is-key-problem'

// Every error here is thrown by jose or WebCrypto itself: the test is that the real classes are recognised.
const thrownBy = async (run: () => Promise<unknown>): Promise<unknown> => {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected the call to throw')
}

const payload = new TextEncoder().encode('{"sub":"alice"}')
let es256: CryptoKeyPair
let other: CryptoKeyPair
let publicJwk: JWK
let token: string
let jwe: string

beforeAll(async () => {
  es256 = await generateKeyPair('ES256', { extractable: true })
  other = await generateKeyPair('ES256')
  publicJwk = await exportJWK(es256.publicKey)
  token = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256' }).sign(es256.privateKey)
  jwe = await new CompactEncrypt(payload).setProtectedHeader({ alg: 'dir', enc: 'A128GCM' }).encrypt(new Uint8Array(16))
})

describe('isKeyProblem', () => {
  it.each([
    ['jose refusing text that is not SPKI (TypeError)', () => importSPKI('not a pem', 'RS256'), 'TypeError'],
    ['jose refusing a JWK for another algorithm (JOSENotSupported)', () => importJWK(publicJwk, 'RS256'), 'JOSENotSupported'],
    ['jose asking for an algorithm (TypeError)', () => importJWK({ kty: 'EC', crv: 'P-256', x: publicJwk.x!, y: publicJwk.y! }), 'TypeError'],
    ['WebCrypto refusing a JWK without "x" (DataError)', () => importJWK({ ...publicJwk, x: undefined }, 'ES256'), 'DataError'],
    ['jose refusing a secret for ES256 (TypeError)', () => compactVerify(token, new Uint8Array(32)), 'TypeError'],
    ['jose refusing an algorithm not allowed (JOSEAlgNotAllowed)', () => compactVerify(token, es256.publicKey, { algorithms: ['RS256'] }), 'JOSEAlgNotAllowed'],
    ['jose refusing to sign with a public key (TypeError)', () => new CompactSign(payload).setProtectedHeader({ alg: 'ES256' }).sign(es256.publicKey), 'TypeError'],
    ['jose refusing a "dir" key of the wrong size (JWEInvalid)', () => compactDecrypt(jwe, new Uint8Array(5)), 'JWEInvalid'],
    ['WebCrypto refusing bytes that are not SPKI (DataError)', () => crypto.subtle.importKey('spki', new Uint8Array(3), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']), 'DataError'],
    ['WebCrypto lacking an algorithm (NotSupportedError)', () => crypto.subtle.importKey('raw', new Uint8Array(3), { name: 'Nope' }, false, ['verify']), 'NotSupportedError'],
  ])('is true for %s', async (_name, run, errorName) => {
    const error = await thrownBy(run)
    expect(error).toHaveProperty('name', errorName)
    expect(isKeyProblem(error)).toBe(true)
  })

  it.each([
    ['a signature made with another key (JWSSignatureVerificationFailed)', () => compactVerify(token, other.publicKey), 'JWSSignatureVerificationFailed'],
    ['a token encrypted to another key (JWEDecryptionFailed)', () => compactDecrypt(jwe, new Uint8Array(16).fill(1)), 'JWEDecryptionFailed'],
  ])('is false for a mismatch, which is a verdict: %s', async (_name, run, errorName) => {
    const error = await thrownBy(run)
    expect(error).toHaveProperty('name', errorName)
    expect(isKeyProblem(error)).toBe(false)
  })

  it.each([
    ['a plain Error', new Error('a bug')],
    ['a RangeError', new RangeError('out of range')],
    ['a SyntaxError from JSON.parse', (() => { try { JSON.parse('{') } catch (error) { return error } })()],
    ['a thrown string', 'not an error'],
    ['undefined', undefined],
  ])('is false for %s, which is a bug to rethrow', (_name, error) => {
    expect(isKeyProblem(error)).toBe(false)
  })
})
