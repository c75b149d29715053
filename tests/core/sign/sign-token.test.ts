import { beforeAll, describe, expect, it } from 'vitest'
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair } from 'jose'
import { generateKeyPairSync } from 'node:crypto'
import { signToken, type SignOutcome, type SignRequest } from '../../../src/core/sign/sign-token'
import { decodeToken } from '../../../src/core/token/decode-token'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import { verifySignature } from '../../../src/core/verify/verify-signature'
import type { SecretEncoding } from '../../../src/core/keys/decode-secret'
import { rfc7515A2RsaJwk, rfc8037A2PublicJwk } from '../../fixtures/rfc-vectors'
import { rfc7519Token } from '../../fixtures/tokens'

const payloadText = '{\n  "sub": "alice",\n  "id": 12345678901234567890,\n  "iat": 1700000000\n}'
const header = (alg: string, extra: Record<string, unknown> = {}) => JSON.stringify({ alg, typ: 'JWT', ...extra }, null, 2)

const sign = (request: Partial<SignRequest> & { keyText?: string }) =>
  signToken({
    headerText: header('HS256'),
    payloadText,
    material: parseKeyText(request.keyText ?? ''),
    encoding: 'utf8',
    allowsUnsecured: false,
    ...request,
  })

function signedToken(outcome: SignOutcome): string {
  if (outcome.state !== 'signed') throw new Error(`expected a signed token, got ${JSON.stringify(outcome)}`)
  return outcome.token
}

const verify = (token: string, keyText: string, encoding: SecretEncoding = 'utf8') => verifySignature(decodeToken(token)!, parseKeyText(keyText), encoding)

interface KeyForms {
  privatePem: string
  privateJwk: string
  publicPem: string
  publicJwk: string
  jwks: string
}

async function keyForms(alg: string, options: { crv?: string } = {}): Promise<KeyForms> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, ...options })
  const publicJwk = await exportJWK(publicKey)
  return {
    privatePem: await exportPKCS8(privateKey),
    privateJwk: JSON.stringify(await exportJWK(privateKey)),
    publicPem: await exportSPKI(publicKey),
    publicJwk: JSON.stringify(publicJwk),
    jwks: JSON.stringify({ keys: [{ ...publicJwk, kid: 'k1' }] }),
  }
}

describe('signToken: every algorithm signs a token that verifies with the matching public key', () => {
  const keys = new Map<string, KeyForms>()
  beforeAll(async () => {
    const rsa = await keyForms('RS256')
    for (const alg of ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512']) keys.set(alg, rsa)
    for (const alg of ['ES256', 'ES384', 'ES512']) keys.set(alg, await keyForms(alg))
    const ed25519 = await keyForms('Ed25519')
    keys.set('EdDSA', ed25519)
    keys.set('Ed25519', ed25519)
  })

  it.each(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'])('%s', async (alg) => {
    const forms = keys.get(alg)!
    for (const signingKey of [forms.privatePem, forms.privateJwk]) {
      const outcome = await sign({ headerText: header(alg), keyText: signingKey })
      expect(outcome).toMatchObject({ state: 'signed', keyLabel: expect.stringContaining('private key') })
      const token = signedToken(outcome)
      for (const checkingKey of [forms.publicPem, forms.publicJwk, forms.jwks, signingKey]) {
        expect((await verify(token, checkingKey)).state).toBe('valid')
      }
    }
  })

  const bytes = (length: number, fill: number) => Buffer.alloc(length, fill)
  it.each([
    ['HS256', 'utf8', 'a secret of at least thirty-two bytes!', 'another secret of thirty-two bytes'],
    ['HS384', 'hex', bytes(48, 0xa1).toString('hex'), bytes(48, 0xa2).toString('hex')],
    ['HS512', 'base64', bytes(64, 0xfb).toString('base64'), bytes(64, 0xfc).toString('base64')],
    ['HS256', 'base64url', bytes(32, 0xfb).toString('base64url'), bytes(32, 0xfc).toString('base64url')],
  ] as const)('%s with a %s secret', async (alg, encoding, secret, otherSecret) => {
    const token = signedToken(await sign({ headerText: header(alg), keyText: secret, encoding }))
    expect((await verify(token, secret, encoding)).state).toBe('valid')
    expect((await verify(token, otherSecret, encoding)).state).toBe('invalid')
  })

  it('reproduces the RFC 7519 §3.1 example token from its header, payload and key', async () => {
    const [headerPart, payloadPart] = rfc7519Token.split('.')
    const text = (part: string) => Buffer.from(part, 'base64url').toString('utf8')
    const key = JSON.stringify({ kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' })
    // jose serializes the header compactly, so only the payload keeps its line breaks as written.
    const outcome = await sign({ headerText: text(headerPart!), payloadText: text(payloadPart!), keyText: key })
    expect(signedToken(outcome).split('.')[2]).not.toBe('')
    expect((await verify(signedToken(outcome), key)).state).toBe('valid')
  })
})

describe('signToken: what goes into the token', () => {
  it('encodes the payload exactly as written, minus the whitespace between tokens', async () => {
    const token = signedToken(await sign({ keyText: 'a secret of at least thirty-two bytes!' }))
    const payload = Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')
    expect(payload).toBe('{"sub":"alice","id":12345678901234567890,"iat":1700000000}')
  })

  it('encodes an unsigned token exactly as a key would sign it', async () => {
    const token = signedToken(await sign({ keyText: 'a secret of at least thirty-two bytes!' }))
    expect(await sign({})).toMatchObject({ state: 'unsigned', signingInput: token.slice(0, token.lastIndexOf('.')) })
  })

  it('carries a payload that is not JSON, such as a nested token, as its text', async () => {
    const nested = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJpbm5lciJ9.c2ln'
    for (const payloadText of [nested, 'plain words', '']) {
      const token = signedToken(await sign({ payloadText, keyText: 'a secret of at least thirty-two bytes!' }))
      expect(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')).toBe(payloadText)
    }
  })

  it('picks the key named by kid from a JWK Set of private keys', async () => {
    const first = JSON.parse((await keyForms('ES256')).privateJwk)
    const second = JSON.parse((await keyForms('ES256')).privateJwk)
    const jwks = JSON.stringify({ keys: [{ ...first, kid: 'one' }, { ...second, kid: 'two' }] })
    const outcome = await sign({ headerText: header('ES256', { kid: 'two' }), keyText: jwks })
    expect(outcome).toMatchObject({ state: 'signed', keyLabel: expect.stringContaining('kid "two"') })
    const { kid: _kid, d: _d, ...secondPublic } = second
    expect((await verify(signedToken(outcome), JSON.stringify(secondPublic))).state).toBe('valid')
  })

  it('signs a PKCS#1 RSA private key and a SEC1 EC private key', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }) as string
    for (const [alg, key] of [['RS256', rsa], ['ES256', ec]] as const) {
      const token = signedToken(await sign({ headerText: header(alg), keyText: key }))
      expect((await verify(token, key)).state).toBe('valid')
    }
  })

  it('builds an unsecured token only once the user accepts it', async () => {
    const waiting = await sign({ headerText: header('none') })
    expect(waiting).toEqual({ state: 'needs-consent', signingInput: expect.stringMatching(/^[\w-]+\.[\w-]+$/) })
    const accepted = await sign({ headerText: header('none'), allowsUnsecured: true, keyText: 'ignored' })
    expect(accepted).toEqual({ state: 'unsecured', token: `${(waiting as { signingInput: string }).signingInput}.` })
    expect(decodeToken((accepted as { token: string }).token)?.kind).toBe('unsecured')
    expect((await sign({ headerText: header('nOnE') })).state).toBe('needs-consent')
  })

  it('keeps an unencoded payload as text when "b64" is false', async () => {
    const outcome = await sign({ headerText: header('HS256', { b64: false, crit: ['b64'] }), payloadText: '"hello"', keyText: 'a secret of at least thirty-two bytes!' })
    expect(signedToken(outcome).split('.')[1]).toBe('"hello"')
    expect((await verify(signedToken(outcome), 'a secret of at least thirty-two bytes!')).state).toBe('valid')
    expect(await sign({ headerText: header('HS256', { b64: false, crit: ['b64'] }), payloadText: '"a.b"' })).toEqual({
      state: 'error',
      part: 'payload',
      message: 'With "b64": false the payload is carried as is, so in a compact token it cannot contain a "." (RFC 7797 §5.2).',
    })
  })
})

describe('signToken: why a token cannot be signed', () => {
  it.each([
    ['header', '{"alg": "HS256",}', 'The header is not valid JSON: at line 1, column 17, expected a member name in double quotes, found "}".', 16],
    ['payload', '{"sub": }', 'The payload is not valid JSON: at line 1, column 9, expected a value (an object, array, string, number, true, false or null), found "}".', 8],
  ])('names the %s and the place of a JSON error', async (part, text, message, position) => {
    const outcome = await sign(part === 'header' ? { headerText: text } : { payloadText: text })
    expect(outcome).toEqual({ state: 'error', part, message, position })
  })

  it.each([
    ['[1]', 'The header must be a JSON object, but it is an array.'],
    ['{"typ": "JWT"}', 'The header has no "alg": name the signing algorithm, for example "alg": "HS256".'],
    ['{"alg": 256}', '"alg" must be a string naming the algorithm, but it is a number.'],
  ])('refuses the header %s', async (headerText, message) => {
    expect(await sign({ headerText })).toEqual({ state: 'error', part: 'header', message })
  })

  it.each([
    ['HS256', '', 'No key to sign with: put the secret in the key box.'],
    ['ES256', '', 'No key to sign with: put the private key in the key box.'],
    ['RSA-OAEP', 'x', '"RSA-OAEP" is not a signature algorithm, so the token cannot be signed. Choose one such as HS256, RS256, ES256 or EdDSA.'],
    ['RS256', JSON.stringify({ kty: 'RSA', n: rfc7515A2RsaJwk.n, e: rfc7515A2RsaJwk.e }), 'Signing needs a private key, but this is an RSA 2048-bit public key, which can only verify. Paste the private key (PKCS#8 PEM or a private JWK), or generate a key pair.'],
    ['EdDSA', JSON.stringify({ ...rfc8037A2PublicJwk, key_ops: ['verify'], d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A' }), 'This key\'s "key_ops" ("verify") do not allow "sign".'],
    ['HS256', '', 'No key to sign with: put the secret in the key box.'],
  ])('leaves a %s token unsigned: %s', async (alg, keyText, reason) => {
    const outcome = await sign({ headerText: header(alg), keyText })
    expect(outcome).toEqual({ state: 'unsigned', signingInput: expect.any(String), reason })
  })

  it('says why a secret cannot sign an RSA token', async () => {
    const outcome = await sign({ headerText: header('RS256'), keyText: 'a secret' })
    expect(outcome).toMatchObject({ state: 'unsigned', reason: 'RS256 is checked with a public key (PEM, JWK or JWKS), but this is a shared secret.' })
  })
})
