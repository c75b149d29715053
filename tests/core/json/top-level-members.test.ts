import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { topLevelMemberNames } from '../../../src/core/json/top-level-members'

describe('topLevelMemberNames', () => {
  it.each([
    ['a flat object', '{"payload":"x","signature":"y"}', ['payload', 'signature']],
    ['nested objects and arrays, whose names are not the top level', '{"log":{"entries":[{"payload":1}]},"x":[{"ciphertext":2}]}', ['log', 'x']],
    ['strings holding braces, quotes and colons', '{"a":"}{\\":[","b":"payload"}', ['a', 'b']],
    ['whitespace before the colon', '{ "a" \n : 1 ,\t"b"\r\n:2 }', ['a', 'b']],
    ['an escaped name', '{"pay\\u006coad":1}', ['payload']],
    ['text after the object ends', '{"a":1} {"b":2}', ['a']],
    ['JSON cut short', '{"a":1,"b":{"c":', ['a', 'b']],
    ['an empty object', '{}', []],
  ])('%s', (_name, text, names) => {
    expect(topLevelMemberNames(text)).toEqual(names)
  })

  it('names the same members as JSON.parse for any object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        expect(topLevelMemberNames(JSON.stringify(object))).toEqual(Object.keys(JSON.parse(JSON.stringify(object)) as object))
      }),
    )
  })
})
