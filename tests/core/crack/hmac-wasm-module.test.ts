import { describe, expect, it } from 'vitest'
import { hmacWasmModule } from '../../../src/core/crack/hmac-wasm-module'
import { hashOf, hmacAlgs } from '../../../src/core/hash/hmac-alg'
import { sha2Params } from '../../../src/core/hash/sha2-params'

describe('hmacWasmModule', () => {
  it.each(hmacAlgs)('%s: is a valid module that exports its memory and test(count, blocks)', async (alg) => {
    const { bytes } = hmacWasmModule(alg)
    expect(WebAssembly.validate(bytes)).toBe(true)
    const module = await WebAssembly.compile(bytes)
    expect(WebAssembly.Module.exports(module).map(({ name, kind }) => `${name}:${kind}`).sort()).toEqual(['memory:memory', 'test:function'])
    expect(WebAssembly.Module.imports(module)).toEqual([])
  })

  it.each(hmacAlgs)('%s: lays out the target, the key blocks and the schedules one after another, inside the memory', async (alg) => {
    const p = sha2Params(hashOf(alg))
    const { bytes, layout } = hmacWasmModule(alg)
    expect(layout.lanes).toBe(128 / p.wordBits)
    expect(layout.batchSize % layout.lanes).toBe(0)
    expect(layout.keysOffset - layout.targetOffset).toBe(16 * p.digestWords)
    expect(layout.schedulesOffset - layout.keysOffset).toBe(layout.batchSize * p.blockBytes)
    const { instance } = await WebAssembly.instantiate(bytes)
    expect((instance.exports.memory as WebAssembly.Memory).buffer.byteLength).toBeGreaterThan(layout.schedulesOffset)
  })

  it('builds the same bytes each time', () => {
    expect(hmacWasmModule('HS384').bytes).toEqual(hmacWasmModule('HS384').bytes)
  })
})
