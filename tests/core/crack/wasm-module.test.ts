import { describe, expect, it } from 'vitest'
import { FunctionBody, encodeModule, signedLeb, simd, unsignedLeb } from '../../../src/core/crack/wasm-module'

describe('LEB128', () => {
  it.each([
    { value: 0, bytes: [0x00] },
    { value: 127, bytes: [0x7f] },
    { value: 128, bytes: [0x80, 0x01] },
    { value: 624485, bytes: [0xe5, 0x8e, 0x26] },
  ])('unsigned $value', ({ value, bytes }) => {
    expect(unsignedLeb(value)).toEqual(bytes)
  })

  it.each([
    { value: 0, bytes: [0x00] },
    { value: 63, bytes: [0x3f] },
    { value: 64, bytes: [0xc0, 0x00] },
    { value: -1, bytes: [0x7f] },
    { value: -64, bytes: [0x40] },
    { value: -65, bytes: [0xbf, 0x7f] },
    { value: -123456, bytes: [0xc0, 0xbb, 0x78] },
  ])('signed $value', ({ value, bytes }) => {
    expect(signedLeb(value)).toEqual(bytes)
  })
})

describe('encodeModule', () => {
  it('builds a module that runs: a SIMD add, read back through memory', async () => {
    const add = new FunctionBody(['i32'], ['i32'])
    const vector = add.local('v128')
    // Load the splatted constant at 0, add it to itself, store it at 16, and return the first lane.
    add.loadAt(0).tee(vector).get(vector).simd(simd.i32x4Add).set(vector)
    add.i32(16).get(vector).store(0)
    add.get(0)
    const bytes = encodeModule({ functions: { add }, memoryPages: 1, data: new Uint8Array(new Int32Array([21, 21, 21, 21]).buffer) })
    const { instance } = await WebAssembly.instantiate(bytes)
    expect((instance.exports.add as (x: number) => number)(7)).toBe(7)
    expect([...new Int32Array((instance.exports.memory as WebAssembly.Memory).buffer, 16, 4)]).toEqual([42, 42, 42, 42])
  })
})
