import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { setMember } from '../../../src/core/json/set-member'

describe('setMember', () => {
  it.each([
    ['replaces a value in place', '{\n  "sub": "a",\n  "exp": 1\n}', 'exp', '2', '{\n  "sub": "a",\n  "exp": 2\n}'],
    ['replaces an object value', '{"a": {"b": [1, "}"]}, "c": 3}', 'a', 'null', '{"a": null, "c": 3}'],
    ['adds a member on its own line', '{\n    "sub": "a"\n}', 'iat', '5', '{\n    "sub": "a",\n    "iat": 5\n}'],
    ['adds a member inline', '{"sub":"a"}', 'iat', '5', '{"sub":"a", "iat": 5}'],
    ['fills an empty object', '  {}  ', 'jti', '"x"', '  {\n  "jti": "x"\n}  '],
    ['changes the occurrence JSON.parse keeps', '{"a": 1, "a": 2}', 'a', '3', '{"a": 1, "a": 3}'],
    ['keeps big integers elsewhere', '{"id": 12345678901234567890, "n": 1}', 'n', '2', '{"id": 12345678901234567890, "n": 2}'],
    ['finds names written with escapes', '{"\\u0061": 1}', 'a', '2', '{"\\u0061": 2}'],
  ])('%s', (_, text, name, value, expected) => {
    expect(setMember(text, name, value)).toBe(expected)
  })

  it('sets exactly one member, whatever the object and layout', () => {
    const objects = fc.dictionary(fc.string(), fc.jsonValue())
    fc.assert(
      fc.property(objects, fc.constantFrom(0, 2), fc.string(), fc.jsonValue(), (object, indent, name, value) => {
        const valueJson = JSON.stringify(value)
        const expected = JSON.parse(JSON.stringify(object))
        // defineProperty, so a "__proto__" name is a plain member as JSON.parse makes it.
        Object.defineProperty(expected, name, { value: JSON.parse(valueJson), enumerable: true, writable: true, configurable: true })
        expect(JSON.parse(setMember(JSON.stringify(object, null, indent), name, valueJson))).toEqual(expected)
      }),
    )
  })
})
