import { afterEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { createHmac } from 'node:crypto'
import { createHmacEngine, type EngineKind, type HmacEngine } from '../../../src/core/crack/hmac-engine'
import { hasWasmSimd } from '../../../src/core/crack/wasm-hmac-engine'
import { hmacAlgs, type HmacAlg } from '../../../src/core/hash/hmac-alg'

const hashes: Record<HmacAlg, string> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' }
const kinds: EngineKind[] = ['wasm-simd', 'js']

async function webCryptoHmac(alg: HmacAlg, key: Uint8Array<ArrayBuffer>, message: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  // WebCrypto refuses an empty HMAC key, which RFC 2104 allows; Node's HMAC takes it.
  if (key.length === 0) return createHmac(hashes[alg].replace('-', '').toLowerCase(), key).update(message).digest()
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: hashes[alg] }, false, ['sign'])
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, message))
}

async function engineFor(alg: HmacAlg, message: Uint8Array, signature: Uint8Array, kind: EngineKind): Promise<HmacEngine> {
  const result = await createHmacEngine(alg, message, signature, { kind })
  if (!result.ok) throw new Error(result.error)
  return result.value
}

// Lengths where SHA-2 padding changes shape: the inner hash adds one key block, and the padding needs
// 9 (SHA-256) or 17 (SHA-384/512) bytes after the message.
const boundaryLength = fc.constantFrom(0, 1, 54, 55, 56, 57, 63, 64, 65, 110, 111, 112, 113, 119, 120, 127, 128, 129, 183, 184, 239, 240, 255, 256, 257)
const messageLength = fc.oneof(boundaryLength, fc.integer({ min: 0, max: 700 }))
const keyLength = fc.oneof(fc.constantFrom(0, 1, 32, 48, 63, 64, 65, 127, 128, 129, 200), fc.integer({ min: 0, max: 200 }))
const bytesOf = (length: fc.Arbitrary<number>) => length.chain((n) => fc.uint8Array({ minLength: n, maxLength: n })).map((bytes) => new Uint8Array(bytes))

describe('the platform', () => {
  it('runs WebAssembly SIMD in Node', () => {
    expect(hasWasmSimd()).toBe(true)
  })
})

describe.each(kinds)('the %s engine against WebCrypto', (kind) => {
  it.each(hmacAlgs)('%s: finds the key that signed a random message, among decoys', async (alg) => {
    await fc.assert(
      fc.asyncProperty(
        bytesOf(messageLength),
        bytesOf(keyLength),
        fc.array(bytesOf(keyLength), { minLength: 0, maxLength: 40 }),
        fc.nat(),
        async (message, key, decoys, position) => {
          const signature = await webCryptoHmac(alg, key, message)
          const engine = await engineFor(alg, message, signature, kind)
          const at = position % (decoys.length + 1)
          const candidates = [...decoys.slice(0, at), key, ...decoys.slice(at)]
          candidates.forEach((candidate, index) => engine.setKey(index, candidate))
          // HMAC pads short keys with zeros, so a decoy such as the key plus a zero byte signs alike
          // and comes first; the answer is the first candidate whose HMAC is the signature.
          const macs = await Promise.all(candidates.map((candidate) => webCryptoHmac(alg, candidate, message)))
          const expected = macs.findIndex((mac) => mac.every((byte, i) => byte === signature[i]))
          expect(expected).toBeLessThanOrEqual(at)
          expect(engine.test(candidates.length)).toBe(expected)
        },
      ),
      { numRuns: 60 },
    )
  })

  it.each(hmacAlgs)('%s: finds nothing when the signature is off by one bit', async (alg) => {
    await fc.assert(
      fc.asyncProperty(bytesOf(messageLength), bytesOf(keyLength), fc.nat(), async (message, key, bit) => {
        const signature = await webCryptoHmac(alg, key, message)
        signature[(bit >> 3) % signature.length]! ^= 1 << (bit & 7)
        const engine = await engineFor(alg, message, signature, kind)
        engine.setKey(0, key)
        expect(engine.test(1)).toBe(-1)
      }),
      { numRuns: 30 },
    )
  })

  it.each(hmacAlgs)('%s: tests full batches, and ignores slots past the count', async (alg) => {
    const message = new TextEncoder().encode('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJiYXRjaCJ9')
    const key = new TextEncoder().encode('the one')
    const engine = await engineFor(alg, message, await webCryptoHmac(alg, key, message), kind)
    const decoy = new TextEncoder().encode('decoy')
    for (let i = 0; i < engine.batchSize; i++) engine.setKey(i, decoy)
    engine.setKey(engine.batchSize - 1, key)
    expect(engine.test(engine.batchSize)).toBe(engine.batchSize - 1)
    expect(engine.test(engine.batchSize - 1)).toBe(-1)
    // A shorter key in a slot that held a longer one: the old bytes must not linger.
    engine.setKey(0, new TextEncoder().encode('the one plus more'))
    engine.setKey(0, key)
    expect(engine.test(1)).toBe(0)
  })

  it('reads a key from the middle of a larger buffer', async () => {
    const message = new TextEncoder().encode('header.payload')
    const buffer = new TextEncoder().encode('xxsecretyy')
    const engine = await engineFor('HS256', message, await webCryptoHmac('HS256', buffer.subarray(2, 8), message), kind)
    engine.setKey(0, buffer, 2, 8)
    expect(engine.test(1)).toBe(0)
  })
})

describe('createHmacEngine', () => {
  it.each([
    { alg: 'HS256' as const, bytes: 31, message: 'The signature is 31 bytes; an HS256 signature is 32 bytes.' },
    { alg: 'HS384' as const, bytes: 32, message: 'The signature is 32 bytes; an HS384 signature is 48 bytes.' },
    { alg: 'HS512' as const, bytes: 0, message: 'The signature is 0 bytes; an HS512 signature is 64 bytes.' },
  ])('refuses a $bytes-byte signature for $alg', async ({ alg, bytes, message }) => {
    expect(await createHmacEngine(alg, new Uint8Array(10), new Uint8Array(bytes))).toEqual({ ok: false, error: message })
  })

  it('picks WebAssembly SIMD where it is available', async () => {
    const result = await createHmacEngine('HS256', new Uint8Array(10), new Uint8Array(32))
    expect(result.ok && result.value.kind).toBe('wasm-simd')
  })
})

describe('without WebAssembly SIMD', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it.each([
    { name: 'SIMD does not validate', webAssembly: { validate: () => false } },
    { name: 'no WebAssembly at all', webAssembly: undefined },
  ])('falls back to JavaScript when $name', async ({ webAssembly }) => {
    vi.resetModules()
    vi.stubGlobal('WebAssembly', webAssembly)
    // A fresh module, as the answer is remembered once asked.
    const { createHmacEngine: freshCreate } = await import('../../../src/core/crack/hmac-engine')
    const message = new TextEncoder().encode('header.payload')
    const key = new TextEncoder().encode('secret')
    const result = await freshCreate('HS256', message, createHmac('sha256', key).update(message).digest())
    expect(result.ok && result.value.kind).toBe('js')
    if (!result.ok) return
    result.value.setKey(0, key)
    expect(result.value.test(1)).toBe(0)
  })
})
