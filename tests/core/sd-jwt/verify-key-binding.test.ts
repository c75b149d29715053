import { beforeAll, describe, expect, it } from 'vitest'
import { CompactSign, exportJWK, generateKeyPair } from 'jose'
import { createHash } from 'node:crypto'
import { verifyKeyBinding } from '../../../src/core/sd-jwt/verify-key-binding'
import { splitSdJwt } from '../../../src/core/sd-jwt/split-sd-jwt'
import { encodeBase64urlText } from '../../../src/core/encoding/base64url'
import type { JsonObject, JsonValue } from '../../../src/core/json/scan-json'
import { mainDisclosures, mainKeyBindingPayload, mainPayload, mainPresentation } from '../../fixtures/sd-jwt-examples'

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url')
const compact = (header: JsonObject, payload: JsonObject) => `${encodeBase64urlText(JSON.stringify(header))}.${encodeBase64urlText(JSON.stringify(payload))}`

async function sign(header: JsonObject, payload: JsonObject, key: CryptoKey | Uint8Array): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader(header as { alg: string }).sign(key)
}

describe('verifyKeyBinding on the spec example (RFC 9901 §5.2)', () => {
  const parts = splitSdJwt(mainPresentation)!

  it('finds the Key Binding JWT valid and reports its nonce, aud and iat', async () => {
    expect(await verifyKeyBinding(parts, mainPayload)).toEqual({
      state: 'valid',
      reason:
        'The Key Binding JWT is signed by the holder key in "cnf.jwk", and its "sd_hash" matches this presentation (sha-256). A verifier must still check that "nonce" and "aud" are the ones it expects and that "iat" is recent.',
      nonce: mainKeyBindingPayload.nonce,
      aud: mainKeyBindingPayload.aud,
      iat: mainKeyBindingPayload.iat,
    })
  })

  it('finds the sd_hash wrong when a disclosure is dropped from the presentation', async () => {
    const dropped = mainPresentation.replace(`${mainDisclosures[0]!.encoded}~`, '')
    const tampered = splitSdJwt(dropped)!
    expect(tampered.disclosures).toHaveLength(3)
    expect(await verifyKeyBinding(tampered, mainPayload)).toEqual({
      state: 'invalid',
      reason: `"sd_hash" is "${mainKeyBindingPayload.sd_hash}", but this presentation hashes to "${sha256(tampered.presentation)}" (sha-256 over the Issuer-signed JWT and the disclosures, each followed by "~"): the holder signed a different presentation.`,
      nonce: mainKeyBindingPayload.nonce,
      aud: mainKeyBindingPayload.aud,
      iat: mainKeyBindingPayload.iat,
    })
  })

  it('finds the signature wrong when "cnf.jwk" names another key', async () => {
    const other = await generateKeyPair('ES256', { extractable: true })
    const payload = { ...mainPayload, cnf: { jwk: (await exportJWK(other.publicKey)) as JsonObject } }
    expect(await verifyKeyBinding(parts, payload)).toMatchObject({
      state: 'invalid',
      reason: 'The signature does not match the holder key in "cnf.jwk": the Key Binding JWT was not signed by the holder this SD-JWT was issued to.',
    })
  })
})

describe('verifyKeyBinding', () => {
  const issuerJwt = `${compact({ alg: 'ES256', typ: 'dc+sd-jwt' }, { iss: 'https://issuer.example' })}.c2ln`
  const disclosure = encodeBase64urlText('["salt", "given_name", "Alice"]')
  const presentation = `${issuerJwt}~${disclosure}~`
  const claims = { nonce: 'n-0S6', aud: 'https://verifier.example', iat: 1700000000, sd_hash: sha256(presentation) }
  let holder: CryptoKeyPair
  let issuerPayload: JsonObject

  const check = (kbJwt: string, payload: JsonObject = issuerPayload) => verifyKeyBinding(splitSdJwt(presentation + kbJwt)!, payload)
  const kb = (payload: JsonObject = claims, header: JsonObject = { alg: 'ES256', typ: 'kb+jwt' }) => sign(header, payload, holder.privateKey)

  beforeAll(async () => {
    holder = await generateKeyPair('ES256', { extractable: true })
    issuerPayload = { iss: 'https://issuer.example', _sd_alg: 'sha-256', cnf: { jwk: (await exportJWK(holder.publicKey)) as JsonObject } }
  })

  it('finds a KB-JWT signed by the cnf key over this presentation valid', async () => {
    expect(await check(await kb())).toMatchObject({ state: 'valid', nonce: 'n-0S6', aud: 'https://verifier.example', iat: 1700000000 })
  })

  it('computes sd_hash with the issuer\'s _sd_alg', async () => {
    const sdHash = createHash('sha384').update(presentation).digest('base64url')
    const payload = { ...issuerPayload, _sd_alg: 'sha-384' }
    expect(await check(await kb({ ...claims, sd_hash: sdHash }), payload)).toMatchObject({ state: 'valid' })
    expect(await check(await kb(), payload)).toMatchObject({ state: 'invalid' })
  })

  it('names both failures when the signer and the sd_hash are wrong', async () => {
    const other = await generateKeyPair('ES256')
    const kbJwt = await sign({ alg: 'ES256', typ: 'kb+jwt' }, { ...claims, sd_hash: 'wrong' }, other.privateKey)
    expect(await check(kbJwt)).toEqual({
      state: 'invalid',
      reason: `The signature does not match the holder key in "cnf.jwk": the Key Binding JWT was not signed by the holder this SD-JWT was issued to. "sd_hash" is "wrong", but this presentation hashes to "${claims.sd_hash}" (sha-256 over the Issuer-signed JWT and the disclosures, each followed by "~"): the holder signed a different presentation.`,
      nonce: 'n-0S6',
      aud: 'https://verifier.example',
      iat: 1700000000,
    })
  })

  const { sd_hash: _sdHash, ...withoutSdHash } = claims
  const { nonce: _nonce, aud: _aud, iat: _iat, ...onlySdHash } = claims
  it.each([
    {
      name: 'no typ',
      kbJwt: () => kb(claims, { alg: 'ES256' }),
      reason: 'The Key Binding JWT has no "typ"; it must be "kb+jwt" (RFC 9901 §4.3).',
    },
    {
      name: 'typ "JWT"',
      kbJwt: () => kb(claims, { alg: 'ES256', typ: 'JWT' }),
      reason: 'The Key Binding JWT\'s "typ" is "JWT"; it must be "kb+jwt" (RFC 9901 §4.3).',
    },
    {
      name: 'no sd_hash',
      kbJwt: () => kb(withoutSdHash),
      reason: 'The Key Binding JWT has no "sd_hash" claim, which RFC 9901 §4.3 requires.',
    },
    {
      name: 'no iat, aud or nonce, each its own sentence',
      kbJwt: () => kb(onlySdHash),
      reason:
        'The Key Binding JWT has no "iat" claim, which RFC 9901 §4.3 requires. The Key Binding JWT has no "aud" claim, which RFC 9901 §4.3 requires. The Key Binding JWT has no "nonce" claim, which RFC 9901 §4.3 requires.',
    },
    {
      name: 'an aud that is an array',
      kbJwt: () => kb({ ...claims, aud: ['https://verifier.example'] }),
      reason: '"aud" in the Key Binding JWT must be a single string, but it is an array.',
    },
    {
      name: 'an iat that is a string',
      kbJwt: () => kb({ ...claims, iat: '1700000000' }),
      reason: '"iat" in the Key Binding JWT must be a number (seconds since 1970), but it is a string.',
    },
    {
      name: 'a KB-JWT that does not decode',
      kbJwt: () => Promise.resolve('!!.e30.c2ln'),
      reason:
        'The Key Binding JWT cannot be decoded. The header is not valid base64url: character 1 is "!", which is not a base64url character (A-Z, a-z, 0-9, "-" and "_").',
    },
    {
      name: 'a KB-JWT whose payload is not JSON',
      kbJwt: () => Promise.resolve(`e30.${encodeBase64urlText('not json')}.c2ln`),
      reason: 'The payload of the Key Binding JWT must be a JSON object of claims (RFC 9901 §4.3).',
    },
    {
      name: 'an unsecured KB-JWT',
      kbJwt: () => Promise.resolve(`${compact({ alg: 'none', typ: 'kb+jwt' }, claims)}.`),
      reason: 'The Key Binding JWT is unsecured ("alg": "none"); it must be signed by the holder (RFC 9901 §4.3).',
    },
    {
      name: 'a KB-JWT with an HMAC',
      kbJwt: () => sign({ alg: 'HS256', typ: 'kb+jwt' }, claims, new TextEncoder().encode('a shared secret of 32 bytes.....')),
      reason: 'The Key Binding JWT uses HS256, a shared-secret MAC; key binding needs a signature made with the holder\'s private key (RFC 9901 §4.3).',
    },
  ])('returns an error for $name', async ({ kbJwt, reason }) => {
    expect(await check(await kbJwt())).toEqual({ state: 'error', reason })
  })

  it.each<{ name: string; cnf: JsonValue | undefined; reason: string }>([
    {
      name: 'no cnf',
      cnf: undefined,
      reason: 'The Issuer-signed JWT has no "cnf" claim, so there is no holder key to check the Key Binding JWT with (RFC 9901 §4.1.2).',
    },
    { name: 'cnf that is not an object', cnf: 'key', reason: '"cnf" must be an object holding the holder\'s key, but it is a string.' },
    {
      name: 'cnf.jkt',
      cnf: { jkt: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs' },
      reason: '"cnf" names the holder key only by its thumbprint ("jkt"), which cannot be resolved here; only a key given in "cnf.jwk" can be checked.',
    },
    {
      name: 'cnf.kid',
      cnf: { kid: 'holder-key-1' },
      reason: '"cnf" names the holder key only by "kid", which cannot be resolved here; only a key given in "cnf.jwk" can be checked.',
    },
    {
      name: 'cnf with neither',
      cnf: { jku: 'https://holder.example/jwks' },
      reason: '"cnf" has no "jwk" member carrying the holder\'s public key; only a key given in "cnf.jwk" can be checked.',
    },
    { name: 'cnf.jwk that is not an object', cnf: { jwk: 'key' }, reason: '"cnf.jwk" must be a JWK object, but it is a string.' },
    {
      name: 'cnf.jwk without its curve',
      cnf: { jwk: { kty: 'EC', x: 'AAAA', y: 'AAAA' } },
      reason: 'The holder key in "cnf.jwk" cannot check the Key Binding JWT. This EC JWK has no "crv" member naming its curve.',
    },
  ])('returns an error for $name', async ({ cnf, reason }) => {
    const { cnf: _cnf, ...rest } = issuerPayload
    expect(await check(await kb(), cnf === undefined ? rest : { ...rest, cnf })).toEqual({ state: 'error', reason })
  })

  it('returns an error when the issuer\'s _sd_alg cannot be computed', async () => {
    expect(await check(await kb(), { ...issuerPayload, _sd_alg: 'sha3-256' })).toEqual({
      state: 'error',
      reason: '"sd_hash" cannot be checked. The payload names _sd_alg "sha3-256", which this app cannot compute; only sha-256, sha-384 and sha-512.',
    })
  })

  it('returns an error when there is no KB-JWT', async () => {
    expect(await verifyKeyBinding(splitSdJwt(presentation)!, issuerPayload)).toEqual({
      state: 'error',
      reason: 'There is no Key Binding JWT: the SD-JWT ends with "~", so nothing shows that the presenter holds the key.',
    })
  })
})
