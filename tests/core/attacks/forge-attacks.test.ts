import { beforeAll, describe, expect, it } from 'vitest'
import { SignJWT, exportJWK, exportSPKI, generateKeyPair, jwtVerify, importJWK, createLocalJWKSet, decodeProtectedHeader } from 'jose'
import { X509Certificate } from 'node:crypto'
import { forgeAttacks, type Attack } from '../../../src/core/attacks/forge-attacks'
import { decodeToken } from '../../../src/core/token/decode-token'
import { lintToken } from '../../../src/core/lint/lint-token'
import { keyFactsOf } from '../../../src/core/lint/key-facts'
import { findKnownSecret } from '../../../src/core/lint/find-known-secret'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import type { JsonObject } from '../../../src/core/json/scan-json'

let rsaToken: string
let publicPem: string
let publicJwk: string

beforeAll(async () => {
  const rsa = await generateKeyPair('RS256', { extractable: true })
  rsaToken = await new SignJWT({ sub: 'alice', role: 'user' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuedAt().sign(rsa.privateKey)
  publicPem = await exportSPKI(rsa.publicKey)
  publicJwk = JSON.stringify(await exportJWK(rsa.publicKey))
})

const options = (keyText: string) => ({ keyText, jkuUrl: 'https://attacker.example/jwks.json', x5uUrl: 'https://attacker.example/cert.pem', now: new Date('2026-11-23T00:00:00Z') })

async function forge(keyText: string): Promise<Attack[]> {
  const attacks = await forgeAttacks(decodeToken(rsaToken)!, options(keyText))
  if (!attacks.ok) throw new Error(attacks.error)
  return attacks.value
}

/** The findings for a forged token pasted back into the debugger, with the same key box. */
async function findingsFor(token: string, keyText: string) {
  const decoded = decodeToken(token)!
  const header = decoded.header.type === 'json' ? decoded.header.value : {}
  const claims = decoded.payload.type === 'json' ? (decoded.payload.value as JsonObject) : null
  const knownSecret = await findKnownSecret(decoded, ['secret'])
  const key = { ...keyFactsOf(parseKeyText(keyText), 'utf8', new Set()), ...(knownSecret !== undefined ? { knownSecret } : {}) }
  return lintToken({ decoded, header, claims, nowSeconds: Math.floor(Date.now() / 1000), key }).map((finding) => finding.rule)
}

describe('forgeAttacks', () => {
  it('forges every attack, each caught by its finding when pasted back', async () => {
    const attacks = await forge(publicPem)
    expect(attacks.map((attack) => attack.id)).toEqual(['alg-none', 'null-signature', 'key-confusion', 'embedded-jwk', 'jku', 'x5u', 'kid-injection', 'psychic-signature', 'empty-key'])
    for (const attack of attacks) {
      for (const { variant, token } of attack.tokens) {
        expect(await findingsFor(token, publicPem), `${attack.id}: ${variant}`).toContain(attack.caughtBy)
        expect(decodeToken(token)!.payload).toMatchObject({ type: 'json', value: { sub: 'alice', role: 'user' } })
      }
    }
  })

  it('spells alg none four ways, with and without the signature', async () => {
    const [none] = await forge('')
    expect(none!.tokens.map((token) => token.variant)).toEqual([
      'none, signature dropped', 'none, signature kept', 'None, signature dropped', 'None, signature kept',
      'NONE, signature dropped', 'NONE, signature kept', 'nOnE, signature dropped', 'nOnE, signature kept',
    ])
    expect(none!.tokens[1]!.token.split('.')[2]).toBe(rsaToken.split('.')[2])
  })

  it('signs the key-confusion tokens with the exact bytes of the public key, as PEM and as JWK', async () => {
    const confusion = (await forge(publicPem)).find((attack) => attack.id === 'key-confusion')!
    expect(confusion.tokens.map((token) => token.variant)).toEqual(['HS256 with the PEM, with its final line break', 'HS256 with the PEM, without it', 'HS256 with the JWK'])
    await jwtVerify(confusion.tokens[0]!.token, new TextEncoder().encode(`${publicPem.trim()}\n`))
    await jwtVerify(confusion.tokens[1]!.token, new TextEncoder().encode(publicPem.trim()))
    await jwtVerify(confusion.tokens[2]!.token, new TextEncoder().encode(publicJwk))
    const fromJwk = (await forge(publicJwk)).find((attack) => attack.id === 'key-confusion')!
    expect(fromJwk.tokens.map((token) => token.variant)).toEqual(['HS256 with the JWK as pasted', 'HS256 with the same key as a PEM'])
    expect((await forge('a secret')).some((attack) => attack.id === 'key-confusion')).toBe(false)
  })

  it('signs the embedded-jwk, jku and x5u tokens with keys that the hosted files hold', async () => {
    const attacks = await forge('')
    const byId = (id: string) => attacks.find((attack) => attack.id === id)!
    const embedded = byId('embedded-jwk').tokens[0]!.token
    await jwtVerify(embedded, await importJWK(decodeProtectedHeader(embedded).jwk!, 'ES256'))
    const jku = byId('jku')
    expect(decodeProtectedHeader(jku.tokens[0]!.token)).toMatchObject({ alg: 'ES256', jku: 'https://attacker.example/jwks.json', kid: 'attacker-key' })
    await jwtVerify(jku.tokens[0]!.token, createLocalJWKSet(JSON.parse(jku.hosted!.text)))
    const x5u = byId('x5u')
    const certificate = new X509Certificate(x5u.hosted!.text)
    expect(certificate.subject).toBe('CN=attacker.example')
    await jwtVerify(x5u.tokens[0]!.token, certificate.publicKey)
  })

  it('signs the kid injections with the key the injection would produce', async () => {
    const kid = (await forge('')).find((attack) => attack.id === 'kid-injection')!
    expect(kid.tokens.map((token) => decodeProtectedHeader(token.token).kid)).toEqual(['../../../../../../../../dev/null', "x' UNION SELECT 'attacker-secret' -- "])
    await jwtVerify(kid.tokens[0]!.token, new Uint8Array(1))
    await jwtVerify(kid.tokens[1]!.token, new TextEncoder().encode('attacker-secret'))
  })

  it('refuses a JWE', async () => {
    const jwe = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y3Q.dGFn'
    expect(await forgeAttacks(decodeToken(jwe)!, options(''))).toEqual({ ok: false, error: 'The attack lab starts from a compact signed token whose header is JSON; this token is not one.' })
  })
})
