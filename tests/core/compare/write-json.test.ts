import { describe, expect, it } from 'vitest'
import { canonicalJson, isSameJson, writeJson } from '../../../src/core/compare/write-json'
import type { JsonValue } from '../../../src/core/json/scan-json'

describe('writeJson', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x', { d: 2, c: 1 }] }, '{"a":[true,null,"x",{"c":1,"d":2}],"b":1}'],
    [[], '[]'],
    [{}, '{}'],
    ['a"b', '"a\\"b"'],
    [1e21, '1e+21'],
  ] as Array<[JsonValue, string]>)('writes %j canonically', (value, text) => {
    expect(canonicalJson(value)).toBe(text)
    expect(JSON.parse(canonicalJson(value))).toEqual(value)
  })

  it('keeps member order unless asked to sort', () => {
    expect(writeJson({ b: 1, a: 2 }, { sortKeys: false })).toBe('{"b":1,"a":2}')
  })

  it('stops soon after the limit, however large the value', () => {
    const text = writeJson({ list: Array.from({ length: 100_000 }, (_, index) => index) }, { sortKeys: false, maxChars: 20 })
    expect(text.length).toBeLessThan(30)
    expect(text.startsWith('{"list":[0,1,2,3,4')).toBe(true)
  })

  it('writes values nested far deeper than the stack would allow', () => {
    let deep: JsonValue = 1
    for (let level = 0; level < 200_000; level++) deep = [deep]
    expect(canonicalJson(deep)).toHaveLength(400_001)
    expect(isSameJson(deep, [[1]])).toBe(false)
  })
})
