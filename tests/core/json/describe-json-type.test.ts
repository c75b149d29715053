import { describe, expect, it } from 'vitest'
import { describeJsonType } from '../../../src/core/json/describe-json-type'
import type { JsonValue } from '../../../src/core/json/scan-json'

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
