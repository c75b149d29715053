// The keys, key texts and tokens that the generated programs are run against. Keys are made with
// jose; node:crypto only re-encodes them in the PEM forms jose does not write (PKCS #1, SEC 1).
import { KeyObject, randomBytes } from 'node:crypto'
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JSONWebKeySet, type JWK, type JWTPayload } from 'jose'
import type { ProgramKey, ProgramRequest } from '../../../src/core/code/program-request'
import type { SecretEncoding } from '../../../src/core/keys/decode-secret'
import type { ReadablePemLabel } from '../../../src/core/code/program-support'
import { selfSignedCertificate } from '../../../src/core/keys/self-signed-certificate'

export const issuer = 'https://issuer.example'
export const audience = 'api'
const kid = 'key-1'

/**
 * Which tokens a setup is tried with. `full`: the valid token and every way a token must fail;
 * `key`: the valid, a tampered and another key's token, for another way of giving the same key;
 * `claims`: the time and audience cases that only some setups need.
 */
export type CaseSet = 'full' | 'key' | 'claims'

export interface SetupSpec {
  name: string
  alg: string
  source: ProgramKey['source']
  encoding?: SecretEncoding
  label?: ReadablePemLabel
  /** The JWK in the key box is the private one. */
  privateJwk?: boolean
  /** The program expects one of several audiences. */
  audiences?: string[]
  cases: CaseSet
}

const asymmetric = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA']
const keySources = ['pem', 'jwk', 'jwks', 'jwks-url'] as const

/** Every algorithm family with every key source, then the other ways of giving a key, then the claim cases. */
export const setupSpecs: readonly SetupSpec[] = [
  ...(['utf8', 'base64url', 'base64', 'hex'] as const).map((encoding): SetupSpec => ({ name: `hs256-secret-${encoding}`, alg: 'HS256', source: 'secret', encoding, cases: 'full' })),
  { name: 'hs384-secret-base64url', alg: 'HS384', source: 'secret', encoding: 'base64url', cases: 'full' },
  { name: 'hs512-secret-hex', alg: 'HS512', source: 'secret', encoding: 'hex', cases: 'full' },
  { name: 'hs256-jwk', alg: 'HS256', source: 'jwk', cases: 'full' },
  ...asymmetric.flatMap((alg) => keySources.map((source): SetupSpec => ({ name: `${alg.toLowerCase()}-${source}`, alg, source, ...(source === 'pem' ? { label: 'PUBLIC KEY' } : {}), cases: 'full' }))),
  { name: 'rs256-pem-rsa-public-key', alg: 'RS256', source: 'pem', label: 'RSA PUBLIC KEY', cases: 'key' },
  { name: 'rs256-pem-private-key', alg: 'RS256', source: 'pem', label: 'PRIVATE KEY', cases: 'key' },
  { name: 'ps256-pem-rsa-private-key', alg: 'PS256', source: 'pem', label: 'RSA PRIVATE KEY', cases: 'key' },
  { name: 'es256-pem-certificate', alg: 'ES256', source: 'pem', label: 'CERTIFICATE', cases: 'key' },
  { name: 'es384-pem-ec-private-key', alg: 'ES384', source: 'pem', label: 'EC PRIVATE KEY', cases: 'key' },
  { name: 'es512-pem', alg: 'ES512', source: 'pem', label: 'PUBLIC KEY', cases: 'key' },
  { name: 'eddsa-pem-private-key', alg: 'EdDSA', source: 'pem', label: 'PRIVATE KEY', cases: 'key' },
  { name: 'rs256-private-jwk', alg: 'RS256', source: 'jwk', privateJwk: true, cases: 'key' },
  { name: 'es256-private-jwk', alg: 'ES256', source: 'jwk', privateJwk: true, cases: 'key' },
  { name: 'eddsa-private-jwk', alg: 'EdDSA', source: 'jwk', privateJwk: true, cases: 'key' },
  // RFC 9864's fully specified name: only jose knows it; the other languages refuse it.
  { name: 'ed25519-jwk', alg: 'Ed25519', source: 'jwk', cases: 'key' },
  { name: 'hs256-claims', alg: 'HS256', source: 'secret', encoding: 'utf8', cases: 'claims' },
  { name: 'es256-two-audiences', alg: 'ES256', source: 'jwk', audiences: ['api', 'web'], cases: 'claims' },
]

export interface TokenCase {
  name: string
  token: string
  /** The payload a program must print, for a token that must verify. */
  payload?: JWTPayload
}

/** A setup made real: the program request's key, what goes in JWT_KEY, what a URL serves, and the tokens. */
export interface KeySetup {
  spec: SetupSpec
  request: Omit<ProgramRequest, 'language' | 'form'>
  keyText?: string
  served?: JSONWebKeySet
  cases: TokenCase[]
}

interface Signer {
  sign: (payload: JWTPayload, header?: Record<string, unknown>) => Promise<string>
}

interface AsymmetricMaterial {
  keyPair: { publicKey: CryptoKey; privateKey: CryptoKey }
  other: { publicKey: CryptoKey; privateKey: CryptoKey }
}

const materials = new Map<string, Promise<AsymmetricMaterial>>()

/** One key pair and another per algorithm, made once per test file. */
function materialFor(alg: string): Promise<AsymmetricMaterial> {
  let material = materials.get(alg)
  if (!material) {
    material = Promise.all([generateKeyPair(alg, { extractable: true }), generateKeyPair(alg, { extractable: true })]).then(([keyPair, other]) => ({ keyPair, other }))
    materials.set(alg, material)
  }
  return material
}

function signerFor(alg: string, key: CryptoKey | Uint8Array, headerKid?: string): Signer {
  return {
    sign: (payload, header = {}) => new SignJWT(payload).setProtectedHeader({ alg, ...(headerKid ? { kid: headerKid } : {}), ...header }).sign(key),
  }
}

function secretText(bytes: Uint8Array, encoding: SecretEncoding): string {
  // A UTF-8 secret is text; the others are the bytes written in that encoding.
  return encoding === 'utf8' ? `utf8-secret-${Buffer.from(bytes).toString('hex')}` : Buffer.from(bytes).toString(encoding)
}

function secretBytes(text: string, encoding: SecretEncoding): Uint8Array {
  return new Uint8Array(Buffer.from(text, encoding))
}

async function pemText(label: ReadablePemLabel, material: AsymmetricMaterial): Promise<string> {
  const { publicKey, privateKey } = material.keyPair
  switch (label) {
    case 'PUBLIC KEY':
      return exportSPKI(publicKey)
    case 'PRIVATE KEY':
      return exportPKCS8(privateKey)
    case 'RSA PUBLIC KEY':
      return KeyObject.from(publicKey).export({ type: 'pkcs1', format: 'pem' }).toString()
    case 'RSA PRIVATE KEY':
      return KeyObject.from(privateKey).export({ type: 'pkcs1', format: 'pem' }).toString()
    case 'EC PRIVATE KEY':
      return KeyObject.from(privateKey).export({ type: 'sec1', format: 'pem' }).toString()
    case 'CERTIFICATE':
      return selfSignedCertificate(material.keyPair, 'issuer.example', new Date(Date.now() - 86_400_000))
  }
}

function validPayload(nowSeconds: number): JWTPayload {
  return { iss: issuer, aud: audience, sub: 'user-42', name: 'Ada', roles: ['reader'], profile: { team: 'blue', level: 3 }, iat: nowSeconds, nbf: nowSeconds - 10, exp: nowSeconds + 600 }
}

function tamper(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string]
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as JWTPayload
  return [header, Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url'), signature].join('.')
}

async function tokenCases(spec: SetupSpec, signer: Signer, other: Signer, confusionSecret: string | undefined): Promise<TokenCase[]> {
  const now = Math.floor(Date.now() / 1000)
  const payload = validPayload(now)
  const valid = await signer.sign(payload)
  const { aud: _aud, ...withoutAudience } = payload
  const { exp: _exp, ...withoutExpiry } = payload
  const keyCases: TokenCase[] = [
    { name: 'valid', token: valid, payload },
    { name: 'tampered payload', token: tamper(valid) },
    { name: 'signed with another key', token: await other.sign(payload) },
  ]
  if (spec.cases === 'key') return keyCases
  if (spec.cases === 'claims') {
    const audiences = spec.audiences ?? [audience]
    const toSecondAudience = { ...payload, aud: [audiences.at(-1)!, 'elsewhere'] }
    return [
      { name: 'valid', token: await signer.sign(toSecondAudience), payload: toSecondAudience },
      { name: 'not valid yet', token: await signer.sign({ ...payload, nbf: now + 600 }) },
      { name: 'without exp', token: await signer.sign(withoutExpiry) },
      // nbf ahead of the clock, but less than the leeway ahead however late the case runs.
      { name: 'nbf within the leeway', token: await signer.sign({ ...payload, nbf: now + 20 }), payload: { ...payload, nbf: now + 20 } },
      { name: 'audiences that are not ours', token: await signer.sign({ ...payload, aud: ['elsewhere', 'other'] }) },
    ]
  }
  return [
    ...keyCases,
    { name: 'expired', token: await signer.sign({ ...payload, nbf: now - 1200, exp: now - 600 }) },
    { name: 'another issuer', token: await signer.sign({ ...payload, iss: 'https://attacker.example' }) },
    { name: 'another audience', token: await signer.sign({ ...payload, aud: 'other-api' }) },
    { name: 'without aud', token: await signer.sign(withoutAudience) },
    ...(confusionSecret === undefined
      ? []
      : [{ name: 'HS256 signed with the public key PEM (algorithm confusion)', token: await signerFor('HS256', new TextEncoder().encode(confusionSecret)).sign(payload) }]),
  ]
}

async function publicJwk(key: CryptoKey, withKid?: string): Promise<JWK> {
  return { ...(await exportJWK(key)), ...(withKid ? { kid: withKid } : {}) }
}

/** The setup's keys and tokens; `jwksUrl` is where a `jwks-url` setup's key set will be served. */
export async function makeSetup(spec: SetupSpec, jwksUrl: string): Promise<KeySetup> {
  const base = { alg: spec.alg, issuer, audience: spec.audiences ?? audience, hasExpiry: true, hasNotBefore: true }
  if (spec.alg.startsWith('HS')) {
    const bytes = randomBytes(spec.alg === 'HS512' ? 64 : 32)
    const otherBytes = randomBytes(bytes.length)
    if (spec.source === 'jwk') {
      const jwk = await exportJWK(bytes)
      return { spec, request: { ...base, key: { source: 'jwk' } }, keyText: JSON.stringify(jwk), cases: await tokenCases(spec, signerFor(spec.alg, bytes), signerFor(spec.alg, otherBytes), undefined) }
    }
    const encoding = spec.encoding ?? 'utf8'
    const text = secretText(bytes, encoding)
    const signer = signerFor(spec.alg, secretBytes(text, encoding))
    return { spec, request: { ...base, key: { source: 'secret', encoding } }, keyText: text, cases: await tokenCases(spec, signer, signerFor(spec.alg, otherBytes), undefined) }
  }
  const material = await materialFor(spec.alg)
  const usesKid = spec.source === 'jwks' || spec.source === 'jwks-url'
  const signer = signerFor(spec.alg, material.keyPair.privateKey, usesKid ? kid : undefined)
  // Another key under the same kid: the program finds the right key, and the signature does not match it.
  const other = signerFor(spec.alg, material.other.privateKey, usesKid ? kid : undefined)
  switch (spec.source) {
    case 'pem': {
      const label = spec.label ?? 'PUBLIC KEY'
      const text = await pemText(label, material)
      return { spec, request: { ...base, key: { source: 'pem', label } }, keyText: text, cases: await tokenCases(spec, signer, other, spec.cases === 'full' ? text : undefined) }
    }
    case 'jwk': {
      const jwk = spec.privateJwk ? await exportJWK(material.keyPair.privateKey) : await publicJwk(material.keyPair.publicKey)
      return { spec, request: { ...base, key: { source: 'jwk' } }, keyText: JSON.stringify(jwk), cases: await tokenCases(spec, signer, other, undefined) }
    }
    case 'jwks':
    case 'jwks-url': {
      // A set of two keys, so the program has to pick by kid.
      const keySet: JSONWebKeySet = { keys: [await publicJwk(material.other.publicKey, 'key-0'), await publicJwk(material.keyPair.publicKey, kid)] }
      const cases = await tokenCases(spec, signer, other, undefined)
      return spec.source === 'jwks'
        ? { spec, request: { ...base, key: { source: 'jwks' } }, keyText: JSON.stringify(keySet), cases }
        : { spec, request: { ...base, key: { source: 'jwks-url', url: jwksUrl } }, served: keySet, cases }
    }
    case 'secret':
      throw new Error(`${spec.name}: an ${spec.alg} setup has no secret`)
  }
}
