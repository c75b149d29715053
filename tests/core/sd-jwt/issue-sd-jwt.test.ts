import { beforeAll, describe, expect, it } from 'vitest'
import { CompactSign, exportJWK, generateKeyPair } from 'jose'
import { issueSdJwt, presentSdJwt, type IssueRequest } from '../../../src/core/sd-jwt/issue-sd-jwt'
import { splitSdJwt } from '../../../src/core/sd-jwt/split-sd-jwt'
import { analyzeSdJwt } from '../../../src/core/sd-jwt/analyze-sd-jwt'
import { verifyKeyBinding } from '../../../src/core/sd-jwt/verify-key-binding'
import { decodeToken } from '../../../src/core/token/decode-token'
import { verifySignature } from '../../../src/core/verify/verify-signature'
import { encodeBase64url } from '../../../src/core/encoding/base64url'
import type { JsonObject } from '../../../src/core/json/scan-json'

const claims = { iss: 'https://issuer.example', iat: 1700000000, given_name: 'Alice', family_name: 'Smith', address: { country: 'DE' } }

/** Random bytes 0, 1, 2, … so salts and decoys are the same on every run. */
function countingRandom(): (bytes: number) => Uint8Array {
  let next = 0
  return (bytes) => Uint8Array.from({ length: bytes }, () => next++ & 0xff)
}

function decodeJwt(jwt: string): { header: JsonObject; payload: JsonObject } {
  const decoded = decodeToken(jwt)!
  if (decoded.header.type !== 'json' || decoded.payload.type !== 'json') throw new Error('not a JWT')
  return { header: decoded.header.value, payload: decoded.payload.value as JsonObject }
}

function issued(result: Awaited<ReturnType<typeof issueSdJwt>>) {
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('issueSdJwt', () => {
  let issuer: CryptoKeyPair
  let holder: CryptoKeyPair
  let holderJwk: JsonObject
  const issue = (request: Partial<IssueRequest> = {}) =>
    issueSdJwt({ claims, disclose: ['given_name', 'family_name', 'address'], header: { alg: 'ES256' }, key: issuer.privateKey, random: countingRandom(), ...request })

  beforeAll(async () => {
    issuer = await generateKeyPair('ES256', { extractable: true })
    holder = await generateKeyPair('ES256', { extractable: true })
    holderJwk = (await exportJWK(holder.publicKey))
  })

  it('hides the chosen claims behind sorted digests and signs the rest with jose', async () => {
    const { sdJwt, disclosures } = issued(await issue())
    const parts = splitSdJwt(sdJwt)!
    expect(parts.disclosures).toEqual(disclosures)
    expect(parts.keyBindingJwt).toBeNull()

    const { header, payload } = decodeJwt(parts.issuerJwt)
    expect(header).toEqual({ typ: 'dc+sd-jwt', alg: 'ES256' })
    const analysis = analyzeSdJwt(payload, disclosures)
    expect(payload).toEqual({ _sd: analysis.disclosures.map(({ digest }) => digest).sort(), iss: claims.iss, iat: claims.iat, _sd_alg: 'sha-256' })
    expect(analysis.claims).toEqual(claims)
    expect(analysis.problems).toEqual([])

    const signature = await verifySignature(decodeToken(parts.issuerJwt)!, { kind: 'jwk', jwk: (await exportJWK(issuer.publicKey)) }, 'utf8')
    expect(signature.state).toBe('valid')
  })

  it('salts each disclosure with 128 random bits, in the order asked for', async () => {
    const { disclosures } = issued(await issue({ disclose: ['family_name', 'given_name'] }))
    const analysis = analyzeSdJwt({}, disclosures)
    expect(analysis.disclosures.map(({ salt, name, value }) => [salt, name, value])).toEqual([
      [encodeBase64url(Uint8Array.from({ length: 16 }, (_, i) => i)), 'family_name', 'Smith'],
      [encodeBase64url(Uint8Array.from({ length: 16 }, (_, i) => 16 + i)), 'given_name', 'Alice'],
    ])
  })

  it('draws fresh salts from WebCrypto when no random source is given', async () => {
    const { disclosures } = issued(await issue({ random: undefined }))
    const salts = analyzeSdJwt({}, disclosures).disclosures.map(({ salt }) => salt!)
    expect(salts.every((salt) => /^[A-Za-z0-9_-]{22}$/.test(salt))).toBe(true)
    expect(new Set(salts).size).toBe(salts.length)
  })

  it('adds decoy digests, which no disclosure fills', async () => {
    const { sdJwt, disclosures } = issued(await issue({ decoys: 4 }))
    const { payload } = decodeJwt(splitSdJwt(sdJwt)!.issuerJwt)
    expect(payload._sd).toHaveLength(7)
    expect(payload._sd).toEqual([...(payload._sd as string[])].sort())
    const analysis = analyzeSdJwt(payload, disclosures)
    expect(analysis.hiddenCount).toBe(4)
    expect(analysis.claims).toEqual(claims)
  })

  it('leaves out _sd when nothing is hidden', async () => {
    const { sdJwt, disclosures } = issued(await issue({ disclose: [] }))
    expect(disclosures).toEqual([])
    expect(sdJwt.endsWith('~')).toBe(true)
    expect(decodeJwt(splitSdJwt(sdJwt)!.issuerJwt).payload).toEqual({ ...claims, _sd_alg: 'sha-256' })
  })

  it('keeps the typ the header gives', async () => {
    const { sdJwt } = issued(await issue({ header: { alg: 'ES256', typ: 'vc+sd-jwt', kid: 'issuer-1' } }))
    expect(decodeJwt(splitSdJwt(sdJwt)!.issuerJwt).header).toEqual({ typ: 'vc+sd-jwt', alg: 'ES256', kid: 'issuer-1' })
  })

  it.each([
    { name: 'a header without alg', request: { header: {} }, error: 'The header must name a signature algorithm in "alg"; an SD-JWT must be signed (RFC 9901 §4.1).' },
    { name: 'alg "none"', request: { header: { alg: 'none' } }, error: 'The header must name a signature algorithm in "alg"; an SD-JWT must be signed (RFC 9901 §4.1).' },
    { name: 'claims with _sd already', request: { claims: { ...claims, _sd: [] } }, error: 'The claims already have "_sd", which issuing writes itself; remove it first.' },
    { name: 'claims with _sd_alg already', request: { claims: { ...claims, _sd_alg: 'sha-256' } }, error: 'The claims already have "_sd_alg", which issuing writes itself; remove it first.' },
    { name: 'a name that is no claim', request: { disclose: ['email'] }, error: '"email" is not a claim in the payload, so it cannot be made selectively disclosable.' },
    { name: 'a reserved name', request: { disclose: ['...'] }, error: '"..." is reserved for digests and cannot be made selectively disclosable.' },
    { name: 'a name listed twice', request: { disclose: ['given_name', 'given_name'] }, error: 'A claim is listed twice among those to disclose.' },
    { name: 'a negative number of decoys', request: { decoys: -1 }, error: 'The number of decoy digests must be a whole number of 0 or more, not -1.' },
  ])('refuses $name', async ({ request, error }) => {
    expect(await issue(request as Partial<IssueRequest>)).toEqual({ ok: false, error })
  })

  it('reports a key that cannot sign the algorithm as a value', async () => {
    expect(await issue({ header: { alg: 'RS256' } })).toEqual({
      ok: false,
      error: 'Signing failed: CryptoKey does not support this operation, its algorithm.name must be RSASSA-PKCS1-v1_5.',
    })
  })

  describe('presentSdJwt and the round trip through analysis and key binding', () => {
    const kb = () => ({ key: holder.privateKey, alg: 'ES256', nonce: 'n-0S6', aud: 'https://verifier.example', iat: 1700000100 })
    let sdJwt: string
    let disclosures: string[]

    beforeAll(async () => {
      ;({ sdJwt, disclosures } = issued(await issue({ claims: { ...claims, cnf: { jwk: holderJwk } }, decoys: 2 })))
    })

    async function check(presentation: string) {
      const parts = splitSdJwt(presentation)!
      const { payload } = decodeJwt(parts.issuerJwt)
      return { parts, analysis: analyzeSdJwt(payload, parts.disclosures), keyBinding: await verifyKeyBinding(parts, payload) }
    }

    it('presents the chosen disclosures, in the SD-JWT\'s order, with a valid KB-JWT', async () => {
      const presentation = await presentSdJwt(sdJwt, [disclosures[2]!, disclosures[0]!], kb())
      const { parts, analysis, keyBinding } = await check(presentation)
      expect(parts.disclosures).toEqual([disclosures[0], disclosures[2]])
      expect(analysis.claims).toEqual({ iss: claims.iss, iat: claims.iat, cnf: { jwk: holderJwk }, given_name: 'Alice', address: { country: 'DE' } })
      expect(analysis.hiddenCount).toBe(3)
      expect(keyBinding).toMatchObject({ state: 'valid', nonce: 'n-0S6', aud: 'https://verifier.example', iat: 1700000100 })
      expect(decodeJwt(parts.keyBindingJwt!).header).toEqual({ alg: 'ES256', typ: 'kb+jwt' })
    })

    it('binds a presentation of no disclosures too', async () => {
      const { parts, analysis, keyBinding } = await check(await presentSdJwt(sdJwt, [], kb()))
      expect(parts.disclosures).toEqual([])
      expect(analysis.claims).toEqual({ iss: claims.iss, iat: claims.iat, cnf: { jwk: holderJwk } })
      expect(keyBinding.state).toBe('valid')
    })

    it('presents without key binding when no KB key is given', async () => {
      const presentation = await presentSdJwt(sdJwt, [disclosures[1]!])
      expect(presentation).toBe(`${splitSdJwt(sdJwt)!.issuerJwt}~${disclosures[1]}~`)
    })

    it('finds the KB-JWT invalid once a disclosure is dropped after signing', async () => {
      const presentation = await presentSdJwt(sdJwt, disclosures, kb())
      const { keyBinding } = await check(presentation.replace(`${disclosures[1]}~`, ''))
      expect(keyBinding.state).toBe('invalid')
      expect(keyBinding.reason).toMatch(/^"sd_hash" is "[\w-]{43}", but this presentation hashes to "[\w-]{43}"/)
    })

    it('finds a KB-JWT with a wrong sd_hash invalid', async () => {
      const presentation = await presentSdJwt(sdJwt, disclosures)
      const kbJwt = await new CompactSign(new TextEncoder().encode(JSON.stringify({ nonce: 'n', aud: 'a', iat: 1, sd_hash: 'not-the-hash' })))
        .setProtectedHeader({ alg: 'ES256', typ: 'kb+jwt' })
        .sign(holder.privateKey)
      const { keyBinding } = await check(presentation + kbJwt)
      expect(keyBinding.state).toBe('invalid')
      expect(keyBinding.reason).toMatch(/^"sd_hash" is "not-the-hash", but this presentation hashes to /)
    })

    it('finds a KB-JWT signed by another key invalid', async () => {
      const stranger = await generateKeyPair('ES256')
      const { keyBinding } = await check(await presentSdJwt(sdJwt, disclosures, { ...kb(), key: stranger.privateKey }))
      expect(keyBinding).toMatchObject({
        state: 'invalid',
        reason: 'The signature does not match the holder key in "cnf.jwk": the Key Binding JWT was not signed by the holder this SD-JWT was issued to.',
      })
    })

    it('cannot check key binding for an SD-JWT issued without cnf', async () => {
      const unbound = issued(await issue())
      const { keyBinding } = await check(await presentSdJwt(unbound.sdJwt, unbound.disclosures, kb()))
      expect(keyBinding).toEqual({
        state: 'error',
        reason: 'The Issuer-signed JWT has no "cnf" claim, so there is no holder key to check the Key Binding JWT with (RFC 9901 §4.1.2).',
      })
    })

    it.each([
      { name: 'text that is not an SD-JWT', sdJwt: () => 'a.b', keep: [], message: 'presentSdJwt needs an issued SD-JWT, ending in "~".' },
      { name: 'an SD-JWT+KB', sdJwt: () => `${sdJwt}a.b.c`, keep: [], message: 'presentSdJwt needs an issued SD-JWT, ending in "~".' },
      {
        name: 'a disclosure the SD-JWT does not carry',
        sdJwt: () => sdJwt,
        keep: ['WyJzIiwgIngiLCAxXQ'],
        message: 'presentSdJwt was asked to keep a disclosure the SD-JWT does not carry: WyJzIiwgIngiLCAxXQ',
      },
    ])('throws, as for a bug in the caller, on $name', async ({ sdJwt: text, keep, message }) => {
      await expect(presentSdJwt(text(), keep)).rejects.toThrow(new TypeError(message))
    })
  })
})
