import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { describeJsonType, isJsonObject } from '../../../src/core/json/json-value'
import type { JsonValue } from '../../../src/core/json/scan-json'

describe('isJsonObject', () => {
  it('is true for objects only, never for null or arrays', () => {
    expect(isJsonObject({})).toBe(true)
    expect(isJsonObject({ a: [1] })).toBe(true)
    for (const other of [null, [], [{}], 'a', 1, true, undefined]) expect(isJsonObject(other)).toBe(false)
  })

  it('agrees with describeJsonType on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => isJsonObject(value) === (describeJsonType(value as JsonValue) === 'an object')))
  })
})

describe('describeJsonType', () => {
  it.each<[JsonValue | undefined, string]>([
    [null, 'null'],
    [[], 'an array'],
    [{}, 'an object'],
    ['', 'a string'],
    [0, 'a number'],
    [true, 'true'],
    [false, 'false'],
    [undefined, 'missing'],
  ])('%j is %s', (value, description) => {
    expect(describeJsonType(value)).toBe(description)
  })
})
