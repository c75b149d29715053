import { beforeAll, describe, expect, it } from 'vitest'
import { CompactSign, FlattenedSign, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8 } from 'jose'
import { generateKeyPairSync, sign } from 'node:crypto'
import { decodeToken } from '../../../src/core/token/decode-token'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import { verifySignature } from '../../../src/core/verify/verify-signature'
import type { SecretEncoding } from '../../../src/core/keys/decode-secret'
import { encodeBase64url } from '../../../src/core/encoding/base64url'
import { encodeDer, encodeOid, TAG } from '../../../src/core/keys/der'
import { toPem } from '../../../src/core/keys/parse-pem'
import { rfc7519Token } from '../../fixtures/tokens'
import { ecLeafCertificate, ecLeafPrivateKey, ed25519Certificate, ed25519PrivateKey, rsaCaCertificate } from '../../fixtures/certificates'
import {
  rfc7515A2RsaJwk,
  rfc7515A2Rs256Jws,
  rfc7515A3Es256Jwk,
  rfc7515A3Es256Jws,
  rfc7515A4Es512Jwk,
  rfc7515A4Es512Jws,
  rfc7520DetachedSignature,
  rfc7520EcdsaSignature,
  rfc7520HmacSignature,
  rfc7520MultipleSignatures,
  rfc7520PartlyProtectedHeaderSignature,
  rfc7520RsaPssSignature,
  rfc7520RsaV15Signature,
  rfc7520UnprotectedHeaderSignature,
  rfc8037A2PublicJwk,
  rfc8037A4Jws,
} from '../../fixtures/rfc-vectors'

const verify = (token: string, keyText: string, encoding: SecretEncoding = 'utf8') =>
  verifySignature(decodeToken(token)!, parseKeyText(keyText), encoding)

const payload = new TextEncoder().encode(JSON.stringify({ sub: 'alice', iat: 1700000000 }))

function tamper(token: string): string {
  const [header, , signature] = token.split('.')
  return `${header}.${encodeBase64url(new TextEncoder().encode('{"sub":"mallory"}'))}.${signature}`
}

// RFC 7515 Appendix A.1: the HMAC key of the RFC 7519 §3.1 example token.
const rfc7515HmacJwk = JSON.stringify({ kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' })

describe('RFC test vectors', () => {
  it('verifies the RFC 7519 §3.1 token with the RFC 7515 A.1 key', async () => {
    expect(await verify(rfc7519Token, rfc7515HmacJwk)).toMatchObject({ state: 'valid' })
    expect(await verify(tamper(rfc7519Token), rfc7515HmacJwk)).toMatchObject({ state: 'invalid' })
  })

  it.each([
    ['RFC 7515 A.2 (RS256)', rfc7515A2Rs256Jws, rfc7515A2RsaJwk],
    ['RFC 7515 A.3 (ES256)', rfc7515A3Es256Jws, rfc7515A3Es256Jwk],
    ['RFC 7515 A.4 (ES512)', rfc7515A4Es512Jws, rfc7515A4Es512Jwk],
    ['RFC 8037 A.4 (EdDSA)', rfc8037A4Jws, rfc8037A2PublicJwk],
  ])('verifies %s, through the public half of a private JWK too', async (_name, token, jwk) => {
    expect(await verify(token, JSON.stringify(jwk))).toMatchObject({ state: 'valid' })
    expect(await verify(tamper(token), JSON.stringify(jwk))).toMatchObject({ state: 'invalid' })
  })

  const rfc7520Signatures = [rfc7520RsaV15Signature, rfc7520RsaPssSignature, rfc7520EcdsaSignature, rfc7520HmacSignature, rfc7520PartlyProtectedHeaderSignature, rfc7520UnprotectedHeaderSignature]
  it.each(rfc7520Signatures.map((vector) => [vector.section, vector.alg, vector] as const))('verifies RFC 7520 §%s (%s) in every serialization it has', async (_section, _alg, vector) => {
    const key = JSON.stringify(vector.verificationKey)
    const forms = [vector.compact, JSON.stringify(vector.flattened), JSON.stringify(vector.general)].filter((form): form is string => form !== undefined)
    for (const form of forms) expect(await verify(form, key)).toMatchObject({ state: 'valid', key: { kid: vector.verificationKey.kid } })
    const otherKey = vector.alg.startsWith('HS') ? JSON.stringify({ kty: 'oct', k: encodeBase64url(new Uint8Array(32).fill(7)) }) : signed.get(vector.alg)!.publicJwk
    expect(await verify(forms[0]!, otherKey)).toMatchObject({ state: 'invalid' })
  })

  it('verifies each signer of RFC 7520 §4.8 (several signatures) with its own key', async () => {
    for (const signer of rfc7520MultipleSignatures.signers) {
      expect(await verify(JSON.stringify(rfc7520MultipleSignatures.general), JSON.stringify(signer.verificationKey))).toMatchObject({ state: 'valid' })
    }
  })

  it('explains that a detached payload (RFC 7520 §4.5) cannot be checked without it', async () => {
    expect(await verify(rfc7520DetachedSignature.compact!, JSON.stringify(rfc7520DetachedSignature.verificationKey))).toEqual({
      state: 'error',
      code: 'detached-payload',
      reason: 'The payload is detached (RFC 7515 Appendix F): it is not in the token, and the signature covers it, so it cannot be checked here.',
    })
  })
})

const asymmetric = [
  ['RS256', { modulusLength: 2048 }],
  ['RS384', { modulusLength: 2048 }],
  ['RS512', { modulusLength: 2048 }],
  ['PS256', { modulusLength: 2048 }],
  ['PS384', { modulusLength: 2048 }],
  ['PS512', { modulusLength: 2048 }],
  ['ES256', {}],
  ['ES384', {}],
  ['ES512', {}],
  ['EdDSA', { crv: 'Ed25519' }],
  ['Ed25519', {}],
] as const

interface Signed {
  token: string
  spki: string
  pkcs8: string
  publicJwk: string
  privateJwk: string
  otherSpki: string
}

const signed = new Map<string, Signed>()

beforeAll(async () => {
  for (const [alg, options] of asymmetric) {
    const pair = await generateKeyPair(alg, { ...options, extractable: true })
    const other = await generateKeyPair(alg, { ...options, extractable: true })
    const token = await new CompactSign(payload).setProtectedHeader({ alg }).sign(pair.privateKey)
    signed.set(alg, {
      token,
      spki: await exportSPKI(pair.publicKey),
      pkcs8: await exportPKCS8(pair.privateKey),
      publicJwk: JSON.stringify(await exportJWK(pair.publicKey)),
      privateJwk: JSON.stringify(await exportJWK(pair.privateKey)),
      otherSpki: await exportSPKI(other.publicKey),
    })
  }
})

describe.each(asymmetric.map(([alg]) => alg))('%s', (alg) => {
  const get = () => signed.get(alg)!
  it.each(['spki', 'pkcs8', 'publicJwk', 'privateJwk'] as const)('is valid with the %s form of the key', async (form) => {
    expect(await verify(get().token, get()[form])).toMatchObject({ state: 'valid' })
  })
  it('is invalid when the payload was changed', async () => {
    expect(await verify(tamper(get().token), get().spki)).toMatchObject({ state: 'invalid' })
  })
  it('is invalid with another key of the same kind', async () => {
    expect(await verify(get().token, get().otherSpki)).toMatchObject({ state: 'invalid' })
  })
  it('is an error with a shared secret', async () => {
    expect(await verify(get().token, 'some-secret-text')).toEqual({
      state: 'error',
      code: 'unusable-key',
      keyError: 'wrong-key-kind',
      reason: `${alg} is checked with a public key (PEM, JWK or JWKS), but this is a shared secret.`,
    })
  })
})

describe.each(['HS256', 'HS384', 'HS512'] as const)('%s', (alg) => {
  const secret = 'a-long-enough-secret-for-every-hmac-size-0123456789-abcdefghijklmnopqrstuvwxyz'
  let token = ''
  beforeAll(async () => {
    token = await new CompactSign(payload).setProtectedHeader({ alg }).sign(new TextEncoder().encode(secret))
  })
  it('is valid with the secret', async () => {
    expect(await verify(token, secret)).toMatchObject({ state: 'valid', reason: `The signature is valid: it was made with the key matching the ${secret.length}-byte secret.` })
  })
  it('is invalid when the payload was changed, or with another secret', async () => {
    expect(await verify(tamper(token), secret)).toMatchObject({ state: 'invalid' })
    expect(await verify(token, `${secret}!`)).toMatchObject({ state: 'invalid' })
  })
  it.each([
    ['hex', (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')],
    ['base64', (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')],
    ['base64url', (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url')],
  ] as const)('is valid with a random secret given in %s', async (encoding, encode) => {
    const bytes = crypto.getRandomValues(new Uint8Array(Number(alg.slice(2)) / 8))
    const randomToken = await new CompactSign(payload).setProtectedHeader({ alg }).sign(bytes)
    expect(await verify(randomToken, encode(bytes), encoding)).toMatchObject({ state: 'valid' })
    expect(await verify(randomToken, encode(bytes), 'utf8')).toMatchObject({ state: 'invalid' })
  })
  it('names the algorithm-confusion attack when given a public key', async () => {
    const status = await verify(token, signed.get('RS256')!.spki)
    expect(status).toEqual({
      state: 'error',
      code: 'alg-confusion',
      reason: `This is an RSA 2048-bit public key, but ${alg} is checked with a shared secret. Using a public key as an HMAC secret is the algorithm-confusion attack (RS256 to HS256): a verifier must never do it.`,
    })
  })
})

describe('key formats and sets', () => {
  it('asks for a decrypted private key, in the new and the old PEM forms', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const rsaToken = await new CompactSign(payload).setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey)
    const reason = 'This private key is encrypted with a passphrase. Decrypt it first (for example: openssl pkey -in key.pem -out plain.pem), or paste the public key instead.'
    const pkcs8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pass' }) as string
    const pkcs1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pass' }) as string
    expect(pkcs1).toContain('Proc-Type: 4,ENCRYPTED')
    expect(await verify(rsaToken, pkcs8)).toEqual({ state: 'error', code: 'unusable-key', keyError: 'encrypted-private-key', reason })
    expect(await verify(rsaToken, pkcs1)).toEqual({ state: 'error', code: 'unusable-key', keyError: 'encrypted-private-key', reason })
  })

  it('verifies with PKCS#1 and SEC1 PEM', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const rsaToken = await new CompactSign(payload).setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey)
    expect(await verify(rsaToken, rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }) as string)).toMatchObject({ state: 'valid' })
    expect(await verify(rsaToken, rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string)).toMatchObject({ state: 'valid' })
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const ecToken = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256' }).sign(ec.privateKey)
    expect(await verify(ecToken, ec.privateKey.export({ type: 'sec1', format: 'pem' }) as string)).toMatchObject({ state: 'valid' })
  })

  it('picks the key by kid from a JWK Set and reports its thumbprint', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true })
    const other = await generateKeyPair('ES256', { extractable: true })
    const token = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256', kid: 'b' }).sign(pair.privateKey)
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(other.publicKey)), kid: 'a' }, { ...(await exportJWK(pair.publicKey)), kid: 'b' }] })
    const status = await verify(token, jwks)
    expect(status).toMatchObject({ state: 'valid', key: { kid: 'b' } })
    expect(status.state === 'valid' && status.key.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('tries every fitting key when the token has no kid', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true })
    const other = await generateKeyPair('ES256', { extractable: true })
    const rsa = await generateKeyPair('RS256', { extractable: true })
    const token = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256' }).sign(pair.privateKey)
    const jwks = JSON.stringify({ keys: [await exportJWK(rsa.publicKey), await exportJWK(other.publicKey), await exportJWK(pair.publicKey)] })
    expect(await verify(token, jwks)).toMatchObject({ state: 'valid' })
  })

  it('is an error when no key in the set has the kid', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true })
    const token = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256', kid: 'missing' }).sign(pair.privateKey)
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'a' }] })
    expect(await verify(token, jwks)).toMatchObject({
      state: 'error',
      code: 'unusable-key',
      keyError: 'kid-not-found',
      reason: expect.stringMatching(/^The JWK Set has no key with kid "missing"/),
    })
  })

  it('lists why each key in the set cannot be used when none can', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true })
    const token = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256' }).sign(pair.privateKey)
    const jwks = JSON.stringify({ keys: [{ kty: 'oct', k: 'c2VjcmV0', kid: 's' }, { ...(await exportJWK(pair.publicKey)), use: 'enc' }] })
    expect(await verify(token, jwks)).toEqual({
      state: 'error',
      code: 'unusable-key',
      keyError: 'no-usable-key-in-set',
      reason:
        'No key in the JWK Set can check an ES256 token. Key 1 ("s"): ES256 is checked with a public key (PEM, JWK or JWKS), but this is a shared secret. Key 2: This key is marked for encryption ("use": "enc"), not for signatures.',
    })
  })

  it('passes on jose\'s reason when it refuses a key', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true })
    const token = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256' }).sign(pair.privateKey)
    const { x: _x, ...withoutX } = await exportJWK(pair.publicKey)
    expect(await verify(token, JSON.stringify(withoutX))).toMatchObject({ state: 'error', code: 'unusable-key', keyError: 'key-refused', reason: expect.stringMatching(/^The key cannot be used: .+\.$/) })
  })

  it('is an error when the curve does not fit, naming both', async () => {
    const status = await verify(signed.get('ES256')!.token, signed.get('ES384')!.spki)
    expect(status).toEqual({ state: 'error', code: 'unusable-key', keyError: 'wrong-curve', reason: 'ES256 needs a key on P-256, but this key is on P-384.' })
  })

  it('is an error for an RSA key under 2048 bits', async () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 })
    const status = await verify(signed.get('RS256')!.token, small.publicKey.export({ type: 'spki', format: 'pem' }) as string)
    expect(status).toMatchObject({ state: 'error', code: 'unusable-key', keyError: 'rsa-key-too-short', reason: expect.stringMatching(/^This RSA key has 1024 bits/) })
  })

  it('is an error for text that is not a usable key', async () => {
    expect(await verify(signed.get('RS256')!.token, '{"kty": "RSA"}')).toEqual({ state: 'error', code: 'unusable-key', keyError: 'jwk-member-missing', reason: 'This RSA JWK lacks its "n" or "e" member.' })
    expect(await verify(signed.get('RS256')!.token, '{"not": "a key"}')).toMatchObject({ state: 'error', code: 'unusable-key', keyError: 'not-a-jwk' })
  })

  it('verifies a flattened JSON serialization', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true })
    const jws = await new FlattenedSign(payload).setProtectedHeader({ alg: 'ES256' }).sign(pair.privateKey)
    expect(await verify(JSON.stringify(jws), await exportSPKI(pair.publicKey))).toMatchObject({ state: 'valid' })
  })
})

describe('tokens that can never be valid', () => {
  it('never calls an unsecured token valid, whatever the key', async () => {
    const unsecured = `${encodeBase64url(new TextEncoder().encode('{"alg":"none"}'))}.${encodeBase64url(payload)}.`
    expect((await verify(unsecured, '')).state).toBe('unverified')
    expect((await verify(unsecured, 'secret')).state).toBe('error')
    expect((await verify(unsecured, signed.get('RS256')!.spki)).state).toBe('error')
  })

  it('names a psychic signature (r = s = 0)', async () => {
    const [header, body] = signed.get('ES256')!.token.split('.')
    const psychic = `${header}.${body}.${encodeBase64url(new Uint8Array(64))}`
    expect(await verify(psychic, signed.get('ES256')!.spki)).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/psychic signature/) })
  })

  it('refuses an empty secret', async () => {
    const status = await verify(rfc7519Token, '0x', 'hex')
    expect(status).toEqual({ state: 'error', code: 'unusable-key', keyError: 'empty-secret', reason: 'The secret is empty. A key of zero bytes is refused here, as it should be by every verifier.' })
  })
})

describe('algorithms some browsers lack', () => {
  // Node's WebCrypto has Ed448 (jose does not), so here it is checked; Chromium reports it missing.
  const ed448 = generateKeyPairSync('ed448')
  const signEd448 = (alg: string, claims: object) => {
    const signingInput = `${encodeBase64url(new TextEncoder().encode(JSON.stringify({ alg })))}.${encodeBase64url(new TextEncoder().encode(JSON.stringify(claims)))}`
    return `${signingInput}.${encodeBase64url(sign(null, Buffer.from(signingInput), ed448.privateKey))}`
  }

  it.each(['EdDSA', 'Ed448'])('checks an Ed448 signature under alg %s with every key form', async (alg) => {
    const token = signEd448(alg, { sub: 'alice' })
    const forms = [
      ed448.publicKey.export({ type: 'spki', format: 'pem' }) as string,
      ed448.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
      JSON.stringify(ed448.publicKey.export({ format: 'jwk' })),
    ]
    for (const keyText of forms) expect(await verify(token, keyText), keyText.slice(0, 30)).toMatchObject({ state: 'valid', key: { thumbprint: expect.any(String) } })
    expect(await verify(tamper(token), forms[0]!)).toMatchObject({ state: 'invalid' })
    expect(await verify(token, JSON.stringify(generateKeyPairSync('ed448').publicKey.export({ format: 'jwk' })))).toMatchObject({ state: 'invalid' })
  })

  it('says plainly when WebCrypto has no ML-DSA', async () => {
    const token = `${encodeBase64url(new TextEncoder().encode('{"alg":"ML-DSA-44"}'))}.${encodeBase64url(payload)}.${encodeBase64url(new Uint8Array(2420))}`
    const jwk = JSON.stringify({ kty: 'AKP', alg: 'ML-DSA-44', pub: encodeBase64url(new Uint8Array(1312)) })
    expect(await verify(token, jwk)).toEqual({ state: 'error', code: 'unusable-key', keyError: 'unsupported-by-browser', reason: 'This browser\'s WebCrypto has no ML-DSA-44, so ML-DSA-44 signatures cannot be checked here.' })
  })

  it('says plainly that ES256K cannot be checked in a browser', async () => {
    const token = `${encodeBase64url(new TextEncoder().encode('{"alg":"ES256K"}'))}.${encodeBase64url(payload)}.${encodeBase64url(new Uint8Array(64))}`
    expect(await verify(token, '{"kty":"EC","crv":"secp256k1","x":"AA","y":"AA"}')).toEqual({
      state: 'error',
      code: 'unsupported-alg',
      reason: 'ES256K (ECDSA on secp256k1) cannot be checked in a browser: WebCrypto has no secp256k1 curve.',
    })
  })
})

describe('certificates', () => {
  const derBase64 = (pem: string) => pem.replace(/-----[^-]+-----|\s/g, '')

  it.each([
    ['ES256', ecLeafCertificate, ecLeafPrivateKey, 'an EC P-256 public key in the certificate for CN=api.example.com, OU=Signing, O=JWT Workbench Tests, C=GB'],
    ['EdDSA', ed25519Certificate, ed25519PrivateKey, 'an Ed25519 public key in the certificate for'],
  ])('verifies %s with the signer\'s certificate, naming its subject', async (alg, certificate, privateKey, label) => {
    const token = await new CompactSign(payload).setProtectedHeader({ alg }).sign(await importPKCS8(privateKey, alg))
    const status = await verify(token, certificate)
    expect(status).toMatchObject({ state: 'valid', key: { label: expect.stringContaining(label), thumbprint: expect.any(String) } })
    expect(await verify(tamper(token), certificate)).toMatchObject({ state: 'invalid' })
  })

  it('uses the first certificate of a chain, which is the signer\'s', async () => {
    const token = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256' }).sign(await importPKCS8(ecLeafPrivateKey, 'ES256'))
    expect(await verify(token, `${ecLeafCertificate}\n${rsaCaCertificate}`)).toMatchObject({ state: 'valid', key: { label: expect.stringContaining('(the first of 2 PEM blocks)') } })
  })

  it('says when the key that matched is the one the token carries in "x5c"', async () => {
    const token = await new CompactSign(payload)
      .setProtectedHeader({ alg: 'ES256', x5c: [derBase64(ecLeafCertificate), derBase64(rsaCaCertificate)] })
      .sign(await importPKCS8(ecLeafPrivateKey, 'ES256'))
    expect(await verify(token, ecLeafCertificate)).toMatchObject({ state: 'valid', isEmbeddedKey: true, reason: expect.stringMatching(/which is the key the token carries in its own header/) })
  })

  it('says when the key that matched is the one the token carries in "jwk"', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true })
    const token = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256', jwk: await exportJWK(pair.publicKey) }).sign(pair.privateKey)
    expect(await verify(token, await exportSPKI(pair.publicKey))).toMatchObject({ state: 'valid', isEmbeddedKey: true })
    const other = await generateKeyPair('ES256', { extractable: true })
    const otherToken = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256', jwk: await exportJWK(other.publicKey) }).sign(pair.privateKey)
    expect(await verify(otherToken, await exportSPKI(pair.publicKey))).not.toHaveProperty('isEmbeddedKey')
  })
})

describe('algorithm confusion comes first', () => {
  it('names the attack even when the public key text is broken', async () => {
    const brokenPem = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----'
    expect(await verify(rfc7519Token, brokenPem)).toEqual({
      state: 'error',
      code: 'alg-confusion',
      reason: 'This is public-key material, but HS256 is checked with a shared secret. Using a public key as an HMAC secret is the algorithm-confusion attack (RS256 to HS256): a verifier must never do it.',
    })
  })
})

describe('keys the browser would refuse without a reason', () => {
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url')
  const integer = (bytes: Uint8Array) => encodeDer(TAG.INTEGER, bytes[0]! >= 0x80 ? new Uint8Array([0, ...bytes]) : bytes)
  const rsaSpkiPem = (modulus: Uint8Array, exponent: Uint8Array) => {
    const rsaPublicKey = encodeDer(TAG.SEQUENCE, integer(modulus), integer(exponent))
    const spki = encodeDer(TAG.SEQUENCE, encodeDer(TAG.SEQUENCE, encodeOid('1.2.840.113549.1.1.1'), encodeDer(TAG.NULL)), encodeDer(TAG.BIT_STRING, new Uint8Array([0, ...rsaPublicKey])))
    return toPem('PUBLIC KEY', spki)
  }

  it('names an RSA exponent of 1, in a JWK and in a PEM', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true })
    const token = await new CompactSign(payload).setProtectedHeader({ alg: 'RS256' }).sign(privateKey)
    const jwk = await exportJWK(publicKey)
    const reason = 'This RSA key\'s public exponent "e" is 1, so it does not encrypt at all: every signature would equal the message it signs. RSA needs an odd e of at least 3 (usually 65537, RFC 8017 §3.1).'
    expect(await verify(token, JSON.stringify({ ...jwk, e: 'AQ' }))).toEqual({ state: 'error', code: 'unusable-key', keyError: 'rsa-exponent-too-small', reason })
    const modulus = Buffer.from(jwk.n!, 'base64url')
    expect(await verify(token, rsaSpkiPem(modulus, new Uint8Array([1])))).toEqual({ state: 'error', code: 'unusable-key', keyError: 'rsa-exponent-too-small', reason })
  })

  it('names a 65,536-bit RSA modulus', async () => {
    const { privateKey } = await generateKeyPair('RS256')
    const token = await new CompactSign(payload).setProtectedHeader({ alg: 'RS256' }).sign(privateKey)
    expect(await verify(token, JSON.stringify({ kty: 'RSA', n: b64(new Uint8Array(8192).fill(0xff)), e: 'AQAB' }))).toEqual({
      state: 'error',
      code: 'unusable-key',
      keyError: 'rsa-modulus-too-large',
      reason: 'This RSA key\'s modulus has 65,536 bits; browsers accept at most 16,384, and no real key is that large.',
    })
  })

  it('names an EC point that is not on its curve, in a JWK and in a PEM', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true })
    const token = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256' }).sign(privateKey)
    const jwk = await exportJWK(publicKey)
    const y = Buffer.from(jwk.y!, 'base64url')
    y[31]! ^= 1
    const reason = 'This P-256 key\'s point (x, y) is not on the P-256 curve, so no signature can be checked with it. The key was damaged in copying, or made to attack verifiers that skip this check (invalid-curve attacks).'
    expect(await verify(token, JSON.stringify({ ...jwk, y: b64(y) }))).toEqual({ state: 'error', code: 'unusable-key', keyError: 'ec-point-not-on-curve', reason })
    const spki = Buffer.from((await exportSPKI(publicKey)).replace(/-----[^-]+-----|\s/g, ''), 'base64')
    spki[spki.length - 1]! ^= 1
    expect(await verify(token, toPem('PUBLIC KEY', spki))).toEqual({ state: 'error', code: 'unusable-key', keyError: 'ec-point-not-on-curve', reason })
  })
})
