import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SignJWT, base64url } from 'jose'
import { createJsHmacEngine } from '../../../src/core/crack/js-hmac-engine'
import { hashOf, hmacAlgs } from '../../../src/core/hash/hmac-alg'
import { sha2Params } from '../../../src/core/hash/sha2-params'
import { rfc7520HmacSignature } from '../../fixtures/rfc-vectors'
import { rfc7519Token } from '../../fixtures/tokens'

const encoder = new TextEncoder()
/** A compact JWS as the engine takes it: the signing input's bytes and the signature's. */
const partsOf = (token: string) => ({ signingInput: encoder.encode(token.slice(0, token.lastIndexOf('.'))), signature: base64url.decode(token.slice(token.lastIndexOf('.') + 1)) })
// RFC 7515 Appendix A.1's HMAC key, which also signs the RFC 7519 §3.1 example.
const rfc7515A1Key = base64url.decode('AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow')

describe('the JavaScript HMAC engine', () => {
  it.each([
    ['RFC 7519 §3.1 with the key of RFC 7515 A.1', rfc7519Token, rfc7515A1Key],
    ['RFC 7520 §4.4', rfc7520HmacSignature.compact!, base64url.decode(rfc7520HmacSignature.signingKey.k!)],
  ])('finds the key of %s among decoys, and nothing without it', (_name, token, key) => {
    const { signingInput, signature } = partsOf(token)
    const engine = createJsHmacEngine('HS256', signingInput, signature)
    expect(engine).toMatchObject({ alg: 'HS256', kind: 'js' })
    for (const [index, decoy] of ['secret', 'your-256-bit-secret', ''].entries()) engine.setKey(index, encoder.encode(decoy))
    expect(engine.test(3)).toBe(-1)
    engine.setKey(3, key)
    expect(engine.test(4)).toBe(3)
    // Only the first `count` slots are this batch's.
    expect(engine.test(3)).toBe(-1)
  })

  it.each(hmacAlgs)('%s: finds a generated secret, short or longer than a block, in any slot of a batch', async (alg) => {
    const { blockBytes } = sha2Params(hashOf(alg))
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: blockBytes + 40 }), fc.nat(), async (secret, slot) => {
        const token = await new SignJWT({ sub: 'cracked' }).setProtectedHeader({ alg }).sign(secret)
        const { signingInput, signature } = partsOf(token)
        const engine = createJsHmacEngine(alg, signingInput, signature)
        const index = slot % engine.batchSize
        for (let i = 0; i < engine.batchSize; i++) engine.setKey(i, i === index ? secret : encoder.encode(`decoy-${i}`))
        expect(engine.test(engine.batchSize)).toBe(index)
      }),
      { numRuns: 20 },
    )
  })

  it('reads a candidate from part of a buffer, as wordlist lines arrive', async () => {
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(encoder.encode('hunter2'))
    const { signingInput, signature } = partsOf(token)
    const engine = createJsHmacEngine('HS256', signingInput, signature)
    const lines = encoder.encode('password\nhunter2\n')
    engine.setKey(0, lines, 0, 8)
    engine.setKey(1, lines, 9, 16)
    expect(engine.test(2)).toBe(1)
  })
})
