import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readLineMember } from '../../src/editor/json-line-member'

describe('readLineMember', () => {
  it.each([
    ['a member with a number', '  "exp": 4102444800,', { name: 'exp', nameFrom: 2, nameTo: 7, value: { from: 9, to: 19, text: '4102444800' } }],
    ['a member with a string, last in its object', '  "sub": "ada"', { name: 'sub', nameFrom: 2, nameTo: 7, value: { from: 9, to: 14, text: '"ada"' } }],
    ['an escaped name, read as JSON reads it', '  "a\\"b\\u0041": true,', { name: 'a"bA', nameFrom: 2, nameTo: 14, value: { from: 16, to: 20, text: 'true' } }],
    ['a member whose value opens an object', '  "cnf": {', { name: 'cnf', nameFrom: 2, nameTo: 7 }],
  ])('reads %s', (_name, line, member) => {
    expect(readLineMember(line)).toEqual(member)
  })

  it.each([
    ['a nested member (deeper indent)', '    "exp": 1,'],
    ['a line without the two-space indent', '"exp": 1'],
    ['a string in an array', '  "only a value",'],
    ['a name with an invalid escape', '  "\\q": 1'],
    ['an empty line', ''],
    ['punctuation', '  }'],
  ])('finds no member in %s', (_name, line) => {
    expect(readLineMember(line)).toBeUndefined()
  })

  it('leaves out a value that runs past the part of the line it reads', () => {
    const line = `  "blob": "${'x'.repeat(5000)}",`
    expect(readLineMember(line)).toEqual({ name: 'blob', nameFrom: 2, nameTo: 8 })
    // The longest line read whole: its value ends where the read part ends.
    const longest = `  "blob": "${'x'.repeat(2048 - 12)}"`
    expect(longest).toHaveLength(2048)
    expect(readLineMember(longest)?.value?.text).toBe(longest.slice(10))
    expect(readLineMember(`${longest} `)?.value).toBeUndefined()
  })

  it('reads back every top-level member of pretty-printed JSON, name and value', () => {
    const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null))
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 12 }), scalar, { maxKeys: 6 }), (object) => {
        const lines = JSON.stringify(object, null, 2).split('\n').slice(1, -1)
        const members = lines.map((line) => readLineMember(line))
        expect(members.map((member) => member?.name)).toEqual(Object.keys(object))
        expect(members.map((member) => JSON.parse(member!.value!.text) as unknown)).toEqual(Object.values(object))
      }),
    )
  })

  it('never throws on any line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '"', '\\', ':', ',', 'u', '0', 'a', '{'), maxLength: 30 }), (rest) => {
        readLineMember(`  "${rest}`)
      }),
    )
  })
})
