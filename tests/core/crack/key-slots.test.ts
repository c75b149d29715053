import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { KeySlots } from '../../../src/core/crack/key-slots'
import { hashOf, hmacAlgs, type HmacAlg } from '../../../src/core/hash/hmac-alg'
import { sha2Params } from '../../../src/core/hash/sha2-params'

const nodeHash: Record<HmacAlg, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }

/** The key block RFC 2104 §2 makes of a key: the key (or its hash, when longer than a block), then zeros. */
function keyBlock(alg: HmacAlg, key: Uint8Array): Uint8Array {
  const block = new Uint8Array(sha2Params(hashOf(alg)).blockBytes)
  block.set(key.length > block.length ? createHash(nodeHash[alg]).update(key).digest() : key)
  return block
}

const slotOf = (slots: KeySlots, index: number) => slots.bytes.subarray(index * slots.slotBytes, (index + 1) * slots.slotBytes)

describe('KeySlots', () => {
  it('gives each candidate one block of the hash: 64 bytes for HS256, 128 for HS384 and HS512', () => {
    expect(hmacAlgs.map((alg) => new KeySlots(alg, new Uint8Array(0), 0).slotBytes)).toEqual([64, 128, 128])
  })

  it('puts a key in its own slot, zero-padded, and leaves the others alone', () => {
    const slots = new KeySlots('HS256', new Uint8Array(3 * 64).fill(0), 3)
    slots.set(1, new TextEncoder().encode('secret'))
    expect(slotOf(slots, 1)).toEqual(keyBlock('HS256', new TextEncoder().encode('secret')))
    expect(slotOf(slots, 0).every((byte) => byte === 0)).toBe(true)
    expect(slotOf(slots, 2).every((byte) => byte === 0)).toBe(true)
  })

  it('takes part of a buffer, as a wordlist hands over one line of it', () => {
    const slots = new KeySlots('HS384', new Uint8Array(128), 1)
    const lines = new TextEncoder().encode('first\nsecond\n')
    slots.set(0, lines, 6, 12)
    expect(slotOf(slots, 0)).toEqual(keyBlock('HS384', new TextEncoder().encode('second')))
  })

  it('clears what a longer key left when a shorter one follows', () => {
    const slots = new KeySlots('HS256', new Uint8Array(64), 1)
    slots.set(0, new TextEncoder().encode('a much longer key'))
    slots.set(0, new TextEncoder().encode('ab'))
    expect(slotOf(slots, 0)).toEqual(keyBlock('HS256', new TextEncoder().encode('ab')))
  })

  it.each(hmacAlgs)('%s: replaces a key longer than a block by its hash (RFC 2104 §2)', (alg) => {
    const { blockBytes } = sha2Params(hashOf(alg))
    const slots = new KeySlots(alg, new Uint8Array(blockBytes), 1)
    const long = Uint8Array.from({ length: blockBytes + 1 }, (_, i) => i)
    slots.set(0, long)
    expect(slotOf(slots, 0)).toEqual(keyBlock(alg, long))
    // A block-long key is used as it is.
    slots.set(0, long.subarray(0, blockBytes))
    expect(slotOf(slots, 0)).toEqual(long.subarray(0, blockBytes))
  })

  it.each(hmacAlgs)('%s: holds the key block of the last key set in each slot, after any sequence of keys', (alg) => {
    const key = fc.oneof(fc.uint8Array({ maxLength: 20 }), fc.uint8Array({ minLength: 60, maxLength: 200 }))
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 3 }), key), { maxLength: 12 }), (sets) => {
        const slots = new KeySlots(alg, new Uint8Array(4 * sha2Params(hashOf(alg)).blockBytes), 4)
        const last: Uint8Array[] = Array.from({ length: 4 }, () => new Uint8Array())
        for (const [index, bytes] of sets) {
          slots.set(index, bytes)
          last[index] = bytes
        }
        for (let index = 0; index < 4; index++) expect(slotOf(slots, index)).toEqual(keyBlock(alg, last[index]!))
      }),
    )
  })
})
