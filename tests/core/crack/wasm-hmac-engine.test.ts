import { describe, expect, it } from 'vitest'
import { SignJWT, base64url } from 'jose'
import { createWasmHmacEngine, hasWasmSimd } from '../../../src/core/crack/wasm-hmac-engine'
import { hashOf, hmacAlgs } from '../../../src/core/hash/hmac-alg'
import { sha2Params } from '../../../src/core/hash/sha2-params'
import { rfc7520HmacSignature } from '../../fixtures/rfc-vectors'

const encoder = new TextEncoder()
const partsOf = (token: string) => ({ signingInput: encoder.encode(token.slice(0, token.lastIndexOf('.'))), signature: base64url.decode(token.slice(token.lastIndexOf('.') + 1)) })

describe('hasWasmSimd', () => {
  it('finds WebAssembly SIMD in Node, and answers the same when asked again', () => {
    expect(hasWasmSimd()).toBe(true)
    expect(hasWasmSimd()).toBe(true)
  })
})

describe('the WebAssembly SIMD HMAC engine', () => {
  it('finds the key of RFC 7520 §4.4 among decoys', async () => {
    const { signingInput, signature } = partsOf(rfc7520HmacSignature.compact!)
    const engine = await createWasmHmacEngine('HS256', signingInput, signature)
    expect(engine).toMatchObject({ alg: 'HS256', kind: 'wasm-simd' })
    for (let i = 0; i < 10; i++) engine.setKey(i, encoder.encode(`decoy-${i}`))
    expect(engine.test(10)).toBe(-1)
    engine.setKey(7, base64url.decode(rfc7520HmacSignature.signingKey.k!))
    expect(engine.test(10)).toBe(7)
  })

  it.each(hmacAlgs)('%s: finds a generated secret in the first slot, the last, and past a block in length', async (alg) => {
    const { blockBytes } = sha2Params(hashOf(alg))
    for (const secret of [crypto.getRandomValues(new Uint8Array(32)), crypto.getRandomValues(new Uint8Array(blockBytes + 1))]) {
      const token = await new SignJWT({ sub: 'x'.repeat(300) }).setProtectedHeader({ alg }).sign(secret)
      const { signingInput, signature } = partsOf(token)
      const engine = await createWasmHmacEngine(alg, signingInput, signature)
      for (const index of [0, engine.batchSize - 1]) {
        for (let i = 0; i < engine.batchSize; i++) engine.setKey(i, i === index ? secret : encoder.encode(`decoy-${i}`))
        expect(engine.test(engine.batchSize)).toBe(index)
      }
    }
  })

  it('reports no match in the lanes past the count, which hold earlier candidates', async () => {
    const secret = encoder.encode('in-a-lane-past-the-count')
    const { signingInput, signature } = partsOf(await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(secret))
    const engine = await createWasmHmacEngine('HS256', signingInput, signature)
    // Four 32-bit lanes: a batch of 2 runs slots 0 to 3.
    engine.setKey(3, secret)
    expect(engine.test(2)).toBe(-1)
    expect(engine.test(4)).toBe(3)
    expect(engine.test(0)).toBe(-1)
  })

  it('grows its memory for a long signing input', async () => {
    const secret = encoder.encode('long-message-key')
    const token = await new SignJWT({ data: 'y'.repeat(200_000) }).setProtectedHeader({ alg: 'HS512' }).sign(secret)
    const { signingInput, signature } = partsOf(token)
    const engine = await createWasmHmacEngine('HS512', signingInput, signature)
    engine.setKey(0, encoder.encode('nope'))
    engine.setKey(1, secret)
    expect(engine.test(2)).toBe(1)
  })
})
