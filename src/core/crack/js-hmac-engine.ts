// The fallback engine: scalar HMAC-SHA-2 in JavaScript over preallocated arrays, for platforms
// without WebAssembly SIMD. Per candidate it hashes the two key blocks and the final block; the
// message's blocks come with their schedules precomputed.
import type { HmacEngine } from './hmac-engine'
import { KeySlots } from './key-slots'
import { compressBlock, initialState, loadBlock, messageSchedules, scheduleBlock, scheduleWords } from '../hash/sha2-digest'
import { digestBytes, sha2Params } from '../hash/sha2-params'
import { hashOf, type HmacAlg } from '../hash/hmac-alg'

const batchSize = 64

export function createJsHmacEngine(alg: HmacAlg, signingInput: Uint8Array, signature: Uint8Array): HmacEngine {
  const hash = hashOf(alg)
  const p = sha2Params(hash)
  const slots = new KeySlots(alg, new Uint8Array(batchSize * p.blockBytes), batchSize)
  const message = messageSchedules(hash, signingInput)
  const tableWords = scheduleWords(p)
  const iv = initialState(hash)
  const digestInts = digestBytes(hash) / 4
  const target = new Int32Array(digestInts)
  const signatureView = new DataView(signature.buffer, signature.byteOffset, signature.byteLength)
  for (let i = 0; i < digestInts; i++) target[i] = signatureView.getInt32(4 * i)

  const inner = new Int32Array(iv.length)
  const outer = new Int32Array(iv.length)
  const w = new Int32Array(tableWords)
  // The final block: the inner digest, then padding and the length of key block plus digest (FIPS 180-4 §5.1).
  const finalBlock = new Uint8Array(p.blockBytes)
  finalBlock[digestInts * 4] = 0x80
  new DataView(finalBlock.buffer).setUint16(p.blockBytes - 2, (p.blockBytes + digestInts * 4) * 8)
  const finalView = new DataView(finalBlock.buffer)

  const hmacMatches = (index: number): boolean => {
    const offset = index * p.blockBytes
    inner.set(iv)
    loadBlock(p, slots.bytes, offset, w, 0x36)
    scheduleBlock(p, w)
    compressBlock(p, inner, w, 0)
    for (let block = 0; block < message.length; block += tableWords) compressBlock(p, inner, message, block)

    for (let i = 0; i < digestInts; i++) finalView.setInt32(4 * i, inner[i]!)
    outer.set(iv)
    loadBlock(p, slots.bytes, offset, w, 0x5c)
    scheduleBlock(p, w)
    compressBlock(p, outer, w, 0)
    loadBlock(p, finalBlock, 0, w)
    scheduleBlock(p, w)
    compressBlock(p, outer, w, 0)
    for (let i = 0; i < digestInts; i++) if (outer[i] !== target[i]) return false
    return true
  }

  return {
    alg,
    kind: 'js',
    batchSize,
    setKey: (index, key, start, end) => slots.set(index, key, start, end),
    test(count) {
      for (let i = 0; i < count; i++) if (hmacMatches(i)) return i
      return -1
    },
  }
}
