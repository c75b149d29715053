import { beforeAll, describe, expect, it } from 'vitest'
import { exportJWK, exportSPKI, generateKeyPair, generateSecret } from 'jose'
import { keyFactsOf } from '../../../src/core/lint/key-facts'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import type { SecretEncoding } from '../../../src/core/keys/decode-secret'
import { rfc7520MacKey } from '../../fixtures/rfc-vectors'

const knownSecrets: ReadonlySet<string> = new Set(['secret', 'your-256-bit-secret'])
const factsOf = (keyText: string, encoding: SecretEncoding = 'utf8') => keyFactsOf(parseKeyText(keyText), encoding, knownSecrets)

let rsaSpki: string
let ecPublicJwk: string
let octJwk: string

beforeAll(async () => {
  const rsa = await generateKeyPair('RS256', { extractable: true })
  rsaSpki = await exportSPKI(rsa.publicKey)
  ecPublicJwk = JSON.stringify(await exportJWK((await generateKeyPair('ES256', { extractable: true })).publicKey))
  octJwk = JSON.stringify(await exportJWK(await generateSecret('HS384', { extractable: true })))
})

describe('keyFactsOf: what the findings learn from a secret in the key box', () => {
  it.each<{ name: string; key: string; encoding: SecretEncoding; byteLength: number; isKnown: boolean }>([
    { name: 'a wordlist secret', key: 'secret', encoding: 'utf8', byteLength: 6, isKnown: true },
    { name: 'a secret not on the wordlist', key: 'correct horse battery staple', encoding: 'utf8', byteLength: 28, isKnown: false },
    { name: 'a multi-byte UTF-8 secret', key: 'clé', encoding: 'utf8', byteLength: 4, isKnown: false },
    { name: 'a hex secret, counted in decoded bytes', key: '00112233445566778899aabbccddeeff', encoding: 'hex', byteLength: 16, isKnown: false },
    { name: 'a base64url secret, counted in decoded bytes', key: 'AAAAAAAAAAAAAAAAAAAAAA', encoding: 'base64url', byteLength: 16, isKnown: false },
  ])('gives the length and whether it is known for $name', ({ key, encoding, byteLength, isKnown }) => {
    expect(factsOf(key, encoding)).toEqual({ enteredSecret: { byteLength, isKnown } })
  })

  it('knows nothing of a secret that does not decode in the chosen encoding', () => {
    expect(factsOf('not hex', 'hex')).toEqual({})
  })
})

describe('keyFactsOf: public keys and JWKs', () => {
  it('marks a PEM public key as public-key material', () => {
    expect(factsOf(rsaSpki)).toEqual({ hasPublicKey: true })
  })

  it('marks an EC JWK as public-key material', () => {
    expect(factsOf(ecPublicJwk)).toEqual({ hasPublicKey: true })
  })

  it('marks a JWK Set holding any non-oct key as public-key material', () => {
    expect(factsOf(JSON.stringify({ keys: [JSON.parse(octJwk), JSON.parse(ecPublicJwk)] }))).toEqual({ hasPublicKey: true })
  })

  it('gives the decoded length of an oct JWK\'s "k", never calling it known', () => {
    expect(factsOf(octJwk)).toEqual({ enteredSecret: { byteLength: 48, isKnown: false } })
  })

  it('reads the RFC 7520 §3.5 MAC key as 32 bytes', () => {
    expect(factsOf(JSON.stringify(rfc7520MacKey))).toEqual({ enteredSecret: { byteLength: 32, isKnown: false } })
  })

  it('goes by the first key of a JWK Set of oct keys', () => {
    const keys = [{ kty: 'oct', k: 'AAAA' }, JSON.parse(octJwk)]
    expect(factsOf(JSON.stringify({ keys }))).toEqual({ enteredSecret: { byteLength: 3, isKnown: false } })
  })

  it.each<{ name: string; jwk: object }>([
    { name: 'has no "k"', jwk: { kty: 'oct' } },
    { name: 'has a "k" that is not a string', jwk: { kty: 'oct', k: 42 } },
    { name: 'has a "k" that is not base64url', jwk: { kty: 'oct', k: 'not base64url!' } },
  ])('knows nothing of an oct JWK that $name', ({ jwk }) => {
    expect(factsOf(JSON.stringify(jwk))).toEqual({})
  })
})

describe('keyFactsOf: nothing to learn', () => {
  it.each<{ name: string; key: string }>([
    { name: 'an empty key box', key: '  ' },
    { name: 'key text that is no key', key: '{"kid": "a"}' },
    { name: 'a broken PEM block', key: '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----' },
  ])('gives no facts for $name', ({ key }) => {
    expect(factsOf(key)).toEqual({})
  })
})
