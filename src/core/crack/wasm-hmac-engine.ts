// The fast engine: the generated WebAssembly SIMD module, one instance per token, with the token's
// message schedules and signature written into its memory once.
import type { HmacEngine } from './hmac-engine'
import { hmacWasmModule, type HmacWasmLayout } from './hmac-wasm-module'
import { KeySlots } from './key-slots'
import { messageSchedules, scheduleWords } from '../hash/sha2-digest'
import { digestBytes, sha2Params } from '../hash/sha2-params'
import { hashOf, type HmacAlg } from '../hash/hmac-alg'
import { FunctionBody, encodeModule, simd } from './wasm-module'

let simdSupport: boolean | undefined

/** Whether this platform runs WebAssembly SIMD, by validating a function that uses it. */
export function hasWasmSimd(): boolean {
  if (simdSupport === undefined) {
    const probe = new FunctionBody([], ['i32'])
    const vector = probe.local('v128')
    probe.get(vector).get(vector).simd(simd.i32x4Add).simd(simd.i32x4Bitmask)
    simdSupport = typeof WebAssembly === 'object' && WebAssembly.validate(encodeModule({ functions: { probe }, memoryPages: 1, data: new Uint8Array() }))
  }
  return simdSupport
}

// One module per algorithm; each token gets an instance with its own memory.
const compiled = new Map<HmacAlg, Promise<{ module: WebAssembly.Module; layout: HmacWasmLayout }>>()

function compile(alg: HmacAlg): Promise<{ module: WebAssembly.Module; layout: HmacWasmLayout }> {
  let entry = compiled.get(alg)
  if (!entry) {
    const { bytes, layout } = hmacWasmModule(alg)
    entry = WebAssembly.compile(bytes).then((module) => ({ module, layout }))
    compiled.set(alg, entry)
  }
  return entry
}

export async function createWasmHmacEngine(alg: HmacAlg, signingInput: Uint8Array, signature: Uint8Array): Promise<HmacEngine> {
  const hash = hashOf(alg)
  const p = sha2Params(hash)
  const { module, layout } = await compile(alg)
  const instance = await WebAssembly.instantiate(module)
  const memory = instance.exports.memory as WebAssembly.Memory
  const testBatch = instance.exports.test as (count: number, blocks: number) => number

  const schedules = messageSchedules(hash, signingInput)
  const blocks = schedules.length / scheduleWords(p)
  const end = layout.schedulesOffset + blocks * p.rounds * 16
  if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / 65536))
  const words = new Int32Array(memory.buffer)

  // Vectors repeat one word in every lane; a 64-bit lane is its low half, then its high half.
  const splat = (offset: number, table: Int32Array, count: number) => {
    for (let i = 0; i < count; i++) {
      const at = offset / 4 + 4 * i
      if (p.wordBits === 32) words.fill(table[i]!, at, at + 4)
      else words.set([table[2 * i + 1]!, table[2 * i]!, table[2 * i + 1]!, table[2 * i]!], at)
    }
  }
  const view = new DataView(signature.buffer, signature.byteOffset, signature.byteLength)
  splat(layout.targetOffset, Int32Array.from({ length: digestBytes(hash) / 4 }, (_, i) => view.getInt32(4 * i)), p.digestWords)
  for (let block = 0; block < blocks; block++) {
    const size = scheduleWords(p)
    splat(layout.schedulesOffset + block * p.rounds * 16, schedules.subarray(block * size, (block + 1) * size), p.rounds)
  }

  const slots = new KeySlots(alg, new Uint8Array(memory.buffer, layout.keysOffset, layout.batchSize * p.blockBytes), layout.batchSize)
  return {
    alg,
    kind: 'wasm-simd',
    batchSize: layout.batchSize,
    setKey: (index, key, start, end) => slots.set(index, key, start, end),
    test(count) {
      if (count <= 0) return -1
      // Lanes past `count` hold earlier candidates (or empty keys); a match there is not this batch's.
      const found = testBatch(Math.ceil(count / layout.lanes) * layout.lanes, blocks)
      return found < count ? found : -1
    },
  }
}
