import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { compressBlock, initialState, loadBlock, messageSchedules, padMessage, scheduleBlock, scheduleWords, sha2Digest } from '../../../src/core/hash/sha2-digest'
import { digestBytes, sha2Params, type Sha2Name } from '../../../src/core/hash/sha2-params'

const hashes: readonly Sha2Name[] = ['SHA-256', 'SHA-384', 'SHA-512']
const nodeHash: Record<Sha2Name, string> = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' }
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

function digest(hash: Sha2Name, bytes: Uint8Array): string {
  const out = new Uint8Array(digestBytes(hash))
  sha2Digest(hash, bytes, out)
  return hex(out)
}

/** A state's words as the big-endian bytes of the digest they stand for. */
function stateBytes(hash: Sha2Name, state: Int32Array): string {
  const out = new Uint8Array(digestBytes(hash))
  const view = new DataView(out.buffer)
  for (let i = 0; i < out.length / 4; i++) view.setInt32(4 * i, state[i]!)
  return hex(out)
}

// Lengths around the block boundaries, where the padding takes one block more.
const boundaryLength = fc.constantFrom(0, 1, 55, 56, 63, 64, 65, 111, 112, 119, 120, 127, 128, 129, 239, 240, 256)
const bytesOf = (length: fc.Arbitrary<number>) => length.chain((n) => fc.uint8Array({ minLength: n, maxLength: n }))

describe('sha2Digest', () => {
  // FIPS 180-4's worked examples (NIST CSRC "Example Algorithms"): the one-block message "abc".
  it.each<[Sha2Name, string]>([
    ['SHA-256', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['SHA-384', 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'],
    ['SHA-512', 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
  ])('%s of "abc" is FIPS 180-4’s', (hash, expected) => {
    expect(digest(hash, new TextEncoder().encode('abc'))).toBe(expected)
  })

  it.each(hashes)('%s agrees with node:crypto on any bytes, across block boundaries', (hash) => {
    fc.assert(
      fc.property(bytesOf(fc.oneof(boundaryLength, fc.integer({ min: 0, max: 400 }))), (bytes) => {
        expect(digest(hash, bytes)).toBe(createHash(nodeHash[hash]).update(bytes).digest('hex'))
      }),
    )
  })

  it('writes only its digest, at the offset given', () => {
    const out = new Uint8Array(80).fill(0xaa)
    sha2Digest('SHA-256', new Uint8Array(), out, 16)
    expect(hex(out.subarray(16, 48))).toBe(createHash('sha256').digest('hex'))
    expect([...out.subarray(0, 16), ...out.subarray(48)].every((byte) => byte === 0xaa)).toBe(true)
  })
})

describe('padMessage', () => {
  it.each(hashes)('%s pads to whole blocks: 0x80, zeros, then the bit length counting the prefix', (hash) => {
    const p = sha2Params(hash)
    fc.assert(
      fc.property(bytesOf(fc.oneof(boundaryLength, fc.integer({ min: 0, max: 300 }))), fc.constantFrom(0, p.blockBytes), (message, prefixBytes) => {
        const padded = padMessage(p, message, prefixBytes)
        expect(padded.length % p.blockBytes).toBe(0)
        // The fewest blocks that hold the message, the 0x80 byte and the length field.
        expect(padded.length - p.blockBytes).toBeLessThan(message.length + 1 + p.lengthBytes)
        expect(padded.subarray(0, message.length)).toEqual(message)
        expect(padded[message.length]).toBe(0x80)
        expect(padded.subarray(message.length + 1, padded.length - 8).every((byte) => byte === 0)).toBe(true)
        expect(new DataView(padded.buffer).getBigUint64(padded.length - 8)).toBe(BigInt((prefixBytes + message.length) * 8))
      }),
    )
  })
})

describe('messageSchedules', () => {
  // HMAC's inner hash: one key block, then the message. The schedules are the message's part of it.
  it.each(hashes)('%s: one key block compressed, then the message schedules, is the hash of both', (hash) => {
    const p = sha2Params(hash)
    fc.assert(
      fc.property(bytesOf(fc.constant(p.blockBytes)), bytesOf(fc.oneof(boundaryLength, fc.integer({ min: 0, max: 300 }))), (keyBlock, message) => {
        const state = initialState(hash)
        const w = new Int32Array(scheduleWords(p))
        loadBlock(p, keyBlock, 0, w)
        scheduleBlock(p, w)
        compressBlock(p, state, w, 0)
        const schedules = messageSchedules(hash, message)
        expect(schedules.length % scheduleWords(p)).toBe(0)
        for (let offset = 0; offset < schedules.length; offset += scheduleWords(p)) compressBlock(p, state, schedules, offset)
        expect(stateBytes(hash, state)).toBe(createHash(nodeHash[hash]).update(keyBlock).update(message).digest('hex'))
      }),
    )
  })
})

describe('loadBlock', () => {
  it('reads big-endian words, each XORed with the repeated pad byte', () => {
    const p = sha2Params('SHA-256')
    const bytes = Uint8Array.from({ length: 70 }, (_, i) => i)
    const w = new Int32Array(scheduleWords(p))
    loadBlock(p, bytes, 4, w, 0x36)
    expect(w[0]).toBe(0x04050607 ^ 0x36363636)
    expect(w[15]).toBe(0x40414243 ^ 0x36363636)
  })
})
