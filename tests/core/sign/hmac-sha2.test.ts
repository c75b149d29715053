import { describe, expect, it } from 'vitest'
import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { hmacSha2 } from '../../../src/core/sign/hmac-sha2'
import type { HmacAlg } from '../../../src/core/hash/hmac-alg'

const hashes: Record<HmacAlg, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

describe('hmacSha2', () => {
  // RFC 4231 §4.2, test case 1.
  it('matches RFC 4231 test case 1', () => {
    const key = new Uint8Array(20).fill(0x0b)
    const data = new TextEncoder().encode('Hi There')
    expect(hex(hmacSha2('HS256', key, data))).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7')
    expect(hex(hmacSha2('HS512', key, data))).toBe(
      '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
    )
  })

  // RFC 4231 §4.7, test case 6: a key longer than the block is hashed first.
  it('hashes a key longer than the block (RFC 4231 test case 6)', () => {
    const key = new Uint8Array(131).fill(0xaa)
    const data = new TextEncoder().encode('Test Using Larger Than Block-Size Key - Hash Key First')
    expect(hex(hmacSha2('HS256', key, data))).toBe('60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54')
  })

  it('agrees with node:crypto for any key and message', () => {
    fc.assert(
      fc.property(fc.constantFrom<HmacAlg>('HS256', 'HS384', 'HS512'), fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 300 }), (alg, key, message) => {
        expect(hex(hmacSha2(alg, key, message))).toBe(createHmac(hashes[alg], key).update(message).digest('hex'))
      }),
      { numRuns: 200 },
    )
  })
})
