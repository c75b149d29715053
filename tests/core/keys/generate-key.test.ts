import { describe, expect, it } from 'vitest'
import { CompactSign, base64url, calculateJwkThumbprint, compactVerify, createLocalJWKSet, importJWK, importPKCS8, importSPKI, type JWK } from 'jose'
import { generateKey, type GeneratedKey } from '../../../src/core/keys/generate-key'
import { keygenAlgorithms, type KeygenAlgorithm } from '../../../src/core/keys/keygen-algorithms'

const payload = new TextEncoder().encode('{"sub":"keygen"}')

async function generated(alg: KeygenAlgorithm, modulusLength?: number): Promise<GeneratedKey> {
  const result = await generateKey(alg, modulusLength ? { modulusLength } : undefined)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

async function pair(alg: KeygenAlgorithm, modulusLength?: number) {
  const key = await generated(alg, modulusLength)
  if (key.kind !== 'pair') throw new Error(`${alg} gave a ${key.kind}`)
  return key
}

// RSA generation is slow: tests that only inspect a key share one per algorithm.
const sharedPairs = new Map<KeygenAlgorithm, ReturnType<typeof pair>>()
const sharedPair = (alg: KeygenAlgorithm) => sharedPairs.get(alg) ?? sharedPairs.set(alg, pair(alg)).get(alg)!

function bitLength(bytes: Uint8Array): number {
  const first = bytes.findIndex((byte) => byte !== 0)
  return (bytes.length - first) * 8 - (Math.clz32(bytes[first]!) - 24)
}

const sign = (alg: string, key: CryptoKey | Uint8Array) => new CompactSign(payload).setProtectedHeader({ alg }).sign(key)

const pairAlgorithms = keygenAlgorithms.filter((alg) => !alg.startsWith('HS'))

describe('generateKey: key pairs', () => {
  it.each(pairAlgorithms)('%s: every export imports, signs and verifies', async (alg) => {
    const key = await sharedPair(alg)
    const privateKeys = [await importPKCS8(key.privatePem, alg), await importJWK(key.privateJwk as JWK)]
    const publicKeys = [await importSPKI(key.publicPem, alg), await importJWK(key.publicJwk as JWK)]
    const jwks = createLocalJWKSet(key.jwks as { keys: JWK[] })
    for (const privateKey of privateKeys) {
      const token = await sign(alg, privateKey as CryptoKey)
      for (const publicKey of publicKeys) expect((await compactVerify(token, publicKey)).payload).toEqual(payload)
      expect((await compactVerify(token, jwks)).protectedHeader).toEqual({ alg })
    }
  })

  it.each(pairAlgorithms)('%s: kid is the RFC 7638 thumbprint, and the JWKs carry alg and use', async (alg) => {
    const key = await sharedPair(alg)
    const thumbprint = await calculateJwkThumbprint(key.publicJwk as JWK)
    expect(key.thumbprint).toBe(thumbprint)
    for (const jwk of [key.publicJwk, key.privateJwk, ...key.jwks.keys]) expect(jwk).toMatchObject({ kid: thumbprint, alg, use: 'sig' })
    expect(key.jwks).toEqual({ keys: [key.publicJwk] })
    expect(key.publicJwk).not.toHaveProperty('d')
    expect(key.privateJwk).toHaveProperty('d')
    expect(key.privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----$/)
    expect(key.publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/)
  })

  it.each<[KeygenAlgorithm, string, string[], string[]]>([
    ['RS256', 'RSA 2048-bit', ['kty', 'n', 'e', 'kid', 'alg', 'use'], ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'kid', 'alg', 'use']],
    ['PS384', 'RSA 2048-bit', ['kty', 'n', 'e', 'kid', 'alg', 'use'], ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'kid', 'alg', 'use']],
    ['ES256', 'EC P-256', ['kty', 'crv', 'x', 'y', 'kid', 'alg', 'use'], ['kty', 'crv', 'x', 'y', 'd', 'kid', 'alg', 'use']],
    ['ES384', 'EC P-384', ['kty', 'crv', 'x', 'y', 'kid', 'alg', 'use'], ['kty', 'crv', 'x', 'y', 'd', 'kid', 'alg', 'use']],
    ['ES512', 'EC P-521', ['kty', 'crv', 'x', 'y', 'kid', 'alg', 'use'], ['kty', 'crv', 'x', 'y', 'd', 'kid', 'alg', 'use']],
    ['EdDSA', 'Ed25519', ['kty', 'crv', 'x', 'kid', 'alg', 'use'], ['kty', 'crv', 'x', 'd', 'kid', 'alg', 'use']],
  ])('%s is described as %s, with JWK members in a readable order', async (alg, description, publicMembers, privateMembers) => {
    const key = await sharedPair(alg)
    expect(key.description).toBe(description)
    expect(Object.keys(key.publicJwk)).toEqual(publicMembers)
    expect(Object.keys(key.privateJwk)).toEqual(privateMembers)
  })
})

describe('generateKey: RSA modulus lengths', () => {
  it.each<[KeygenAlgorithm, number | undefined, number]>([
    ['RS256', undefined, 2048],
    ['PS256', 3072, 3072],
    ['RS512', 4096, 4096],
  ])('%s with modulusLength %s makes a %i-bit modulus', async (alg, modulusLength, bits) => {
    const key = await pair(alg, modulusLength)
    expect(bitLength(base64url.decode(key.publicJwk.n as string))).toBe(bits)
    expect(key.description).toBe(`RSA ${bits}-bit`)
  })

  it.each([1024, 2047, 2560, 8192, 2048.5])('refuses %s bits', async (modulusLength) => {
    expect(await generateKey('RS256', { modulusLength })).toEqual({
      ok: false,
      error: { code: 'rsa-size-not-offered', message: `An RSA key of ${modulusLength} bits is not offered; choose 2048, 3072 or 4096 bits.` },
    })
  })

  it('ignores the modulus length for keys that have none', async () => {
    expect((await pair('ES256', 1024)).description).toBe('EC P-256')
  })
})

describe('generateKey: HMAC secrets', () => {
  it.each<[KeygenAlgorithm, number]>([
    ['HS256', 32],
    ['HS384', 48],
    ['HS512', 64],
  ])('%s makes a %i-byte secret that signs and verifies as itself and as its JWK', async (alg, bytes) => {
    const key = await generated(alg)
    if (key.kind !== 'secret') throw new Error(`${alg} gave a ${key.kind}`)
    const secret = base64url.decode(key.secret)
    expect(secret).toHaveLength(bytes)
    expect(key.byteLength).toBe(bytes)
    expect(key.jwk).toEqual({ kty: 'oct', k: key.secret, kid: key.thumbprint, alg })
    expect(Object.keys(key.jwk)).toEqual(['kty', 'k', 'kid', 'alg'])
    expect(key.thumbprint).toBe(await calculateJwkThumbprint({ kty: 'oct', k: key.secret }))
    const token = await sign(alg, secret)
    expect((await compactVerify(token, await importJWK(key.jwk as JWK))).payload).toEqual(payload)
  })
})

describe('generateKey: randomness', () => {
  it.each<KeygenAlgorithm>(['HS256', 'RS256', 'ES256', 'EdDSA'])('%s gives a different key each run', async (alg) => {
    const [first, second] = await Promise.all([generated(alg), generated(alg)])
    expect(first.thumbprint).not.toBe(second.thumbprint)
    if (first.kind === 'pair' && second.kind === 'pair') expect(first.privatePem).not.toBe(second.privatePem)
    if (first.kind === 'secret' && second.kind === 'secret') expect(first.secret).not.toBe(second.secret)
  })
})
