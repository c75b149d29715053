import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findInvisibleMembers } from '../../../src/core/lint/invisible-members'
import type { JsonObject, JsonValue } from '../../../src/core/json/scan-json'

const zwsp = { codePoint: 'U+200B', name: 'ZERO WIDTH SPACE' }
const rlo = { codePoint: 'U+202E', name: 'RIGHT-TO-LEFT OVERRIDE' }

describe('findInvisibleMembers: which member hides invisible characters, and where in it', () => {
  it('finds nothing in a clean token', () => {
    expect(findInvisibleMembers({ alg: 'HS256', typ: 'JWT' }, { iss: 'https://issuer.example', aud: ['a', 'b'], n: 1, ok: true, none: null })).toEqual([])
  })

  it.each<{ name: string; header: JsonObject; claims: JsonObject | null; where: string; characters: object[] }>([
    {
      name: 'a claim value',
      header: {},
      claims: { iss: 'https://issuer\u200B.example' },
      where: 'the claim "iss"',
      characters: [{ ...zwsp, position: 15, offset: 14 }],
    },
    {
      name: 'a header parameter value',
      header: { kid: '\u202Ekey' },
      claims: null,
      where: 'the header parameter "kid"',
      characters: [{ ...rlo, position: 1, offset: 0 }],
    },
    {
      name: 'a header parameter name, written out in the description',
      header: { 'ki\u200Bd': 'key' },
      claims: {},
      where: 'the name of the header parameter "ki\\u{200B}d"',
      characters: [{ ...zwsp, position: 3, offset: 2 }],
    },
    {
      name: 'a nested claim name',
      header: {},
      claims: { address: { 'street\u200B': 'Main St' } },
      where: 'the name of the claim "address.street\\u{200B}"',
      characters: [{ ...zwsp, position: 7, offset: 6 }],
    },
    {
      name: 'an element of an array claim',
      header: {},
      claims: { aud: ['api', 'admin\u200B'] },
      where: 'the claim "aud[1]"',
      characters: [{ ...zwsp, position: 6, offset: 5 }],
    },
    {
      name: 'a member of an object in an array in an object',
      header: {},
      claims: { roles: [{}, { scope: { name: '\u202Eread' } }] },
      where: 'the claim "roles[1].scope.name"',
      characters: [{ ...rlo, position: 1, offset: 0 }],
    },
  ])('finds one in $name', ({ header, claims, where, characters }) => {
    expect(findInvisibleMembers(header, claims)).toEqual([{ where, characters }])
  })

  it('lists the header before the claims, each in member order, a name before its value', () => {
    const found = findInvisibleMembers({ kid: 'a\u200B' }, { 'b\u200B': 'c\u202E', d: 'e\u200B' })
    expect(found.map((member) => member.where)).toEqual(['the header parameter "kid"', 'the name of the claim "b\\u{200B}"', 'the claim "b\\u{200B}"', 'the claim "d"'])
  })

  it('tells a header parameter and a claim of the same name apart', () => {
    const found = findInvisibleMembers({ typ: 'JWT\u200B' }, { typ: 'JWT\u200B' })
    expect(found.map((member) => member.where)).toEqual(['the header parameter "typ"', 'the claim "typ"'])
  })

  it('lists at most ten characters of one string', () => {
    const [member] = findInvisibleMembers({}, { sub: '\u200B'.repeat(50) })
    expect(member?.characters).toHaveLength(10)
  })

  it('quotes a long path cut short, so a hostile name cannot flood the description', () => {
    const name = `${'x'.repeat(200)}\u200B`
    const [member] = findInvisibleMembers({}, { [name]: 1 })
    expect(member?.where).toBe(`the name of the claim "${'x'.repeat(100)}…" (208 characters)`)
  })
})

describe('findInvisibleMembers on a hostile token: looks only so far', () => {
  const nested = (depth: number, leaf: JsonValue): JsonValue => (depth === 0 ? leaf : { a: nested(depth - 1, leaf) })

  it('finds a string 32 levels deep, but not 33', () => {
    expect(findInvisibleMembers({}, { a: nested(31, 'deep\u200B') })).toHaveLength(1)
    expect(findInvisibleMembers({}, { a: nested(32, 'deep\u200B') })).toEqual([])
  })

  it('still reads past a deep member to the next', () => {
    expect(findInvisibleMembers({}, { a: nested(1000, 'x'), b: 'next\u200B' }).map((member) => member.where)).toEqual(['the claim "b"'])
  })

  it('stops after ten thousand strings, names and values counted alike', () => {
    const claims = (planted: number): JsonObject => Object.fromEntries(Array.from({ length: 6000 }, (_, index) => [`c${index}`, index === planted ? 'x\u200B' : 'x']))
    expect(findInvisibleMembers({}, claims(4999)).map((member) => member.where)).toEqual(['the claim "c4999"'])
    expect(findInvisibleMembers({}, claims(5000))).toEqual([])
  })
})

describe('findInvisibleMembers on random JSON', () => {
  const visible = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '😀', ' ', '.', '[', '"', '\\'), maxLength: 8 })
  const invisible = fc.constantFrom('\u200B', '\u202E', '\uFEFF', '\u2066', '\u00AD', '\u{E0041}')
  /** A string, and the invisible character planted in it, if one was. */
  const text = fc.tuple(visible, fc.option(fc.tuple(invisible, fc.nat()), { nil: undefined })).map(([clean, plant]) => {
    if (!plant) return { text: clean, planted: [] }
    const [character, at] = plant
    const chars = [...clean]
    const index = at % (chars.length + 1)
    return { text: [...chars.slice(0, index), character, ...chars.slice(index)].join(''), planted: [character] }
  })
  interface Planted {
    json: JsonValue
    planted: string[]
  }
  const objectOf = (entries: Array<[{ text: string; planted: string[] }, Planted]>): { json: JsonObject; planted: string[] } => {
    const json: JsonObject = {}
    const planted: string[] = []
    for (const [name, member] of entries) {
      if (Object.hasOwn(json, name.text)) continue
      json[name.text] = member.json
      planted.push(...name.planted, ...member.planted)
    }
    return { json, planted }
  }
  const { value } = fc.letrec<{ value: Planted }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      text.map((leaf): Planted => ({ json: leaf.text, planted: leaf.planted })),
      fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)).map((json): Planted => ({ json, planted: [] })),
      fc.array(tie('value'), { maxLength: 4 }).map((elements): Planted => ({ json: elements.map((element) => element.json), planted: elements.flatMap((element) => element.planted) })),
      fc.array(fc.tuple(text, tie('value')), { maxLength: 4 }).map(objectOf),
    ),
  }))
  const object = fc.array(fc.tuple(text, value), { maxLength: 6 }).map(objectOf)

  it('finds exactly the invisible characters planted, one member for each string that holds one', () => {
    fc.assert(
      fc.property(object, fc.option(object, { nil: null }), (header, claims) => {
        const found = findInvisibleMembers(header.json, claims ? claims.json : null)
        const planted = [...header.planted, ...(claims?.planted ?? [])]
        expect(found).toHaveLength(planted.length)
        const codePoints = (characters: string[]) => characters.map((character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).sort()
        expect(found.flatMap((member) => member.characters.map((character) => character.codePoint)).sort()).toEqual(codePoints(planted))
        for (const member of found) expect(member.where).toMatch(/^(the name of )?the (header parameter|claim) "/)
      }),
    )
  })
})
