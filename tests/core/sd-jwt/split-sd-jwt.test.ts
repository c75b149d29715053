import { describe, expect, it } from 'vitest'
import { maxDisclosures, splitSdJwt, type SdJwtParts } from '../../../src/core/sd-jwt/split-sd-jwt'
import { mainDisclosures, mainPresentation, mainSdJwt } from '../../fixtures/sd-jwt-examples'
import { rfc7519Token } from '../../fixtures/tokens'

const jwt = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln'
const kb = 'eyJ0eXAiOiJrYitqd3QifQ.e30.c2ln'

/** The parts without the normalized input, whose offset mapping is a function. */
const shape = (parts: SdJwtParts | null) => {
  if (!parts) return null
  const { input: _input, ...rest } = parts
  return rest
}

describe('splitSdJwt', () => {
  it.each([
    {
      name: 'an SD-JWT without disclosures',
      text: `${jwt}~`,
      expected: {
        issuerJwt: jwt,
        disclosures: [],
        keyBindingJwt: null,
        parts: [{ kind: 'issuer-jwt', text: jwt, from: 0, to: 41 }],
        presentation: `${jwt}~`,
        problems: [],
      },
    },
    {
      name: 'an SD-JWT with disclosures',
      text: `${jwt}~WyJhIl0~WyJiIl0~`,
      expected: {
        issuerJwt: jwt,
        disclosures: ['WyJhIl0', 'WyJiIl0'],
        keyBindingJwt: null,
        parts: [
          { kind: 'issuer-jwt', text: jwt, from: 0, to: 41 },
          { kind: 'disclosure', text: 'WyJhIl0', from: 42, to: 49 },
          { kind: 'disclosure', text: 'WyJiIl0', from: 50, to: 57 },
        ],
        presentation: `${jwt}~WyJhIl0~WyJiIl0~`,
        problems: [],
      },
    },
    {
      name: 'an SD-JWT+KB without disclosures',
      text: `${jwt}~${kb}`,
      expected: {
        issuerJwt: jwt,
        disclosures: [],
        keyBindingJwt: kb,
        parts: [
          { kind: 'issuer-jwt', text: jwt, from: 0, to: 41 },
          { kind: 'key-binding', text: kb, from: 42, to: 73 },
        ],
        presentation: `${jwt}~`,
        problems: [],
      },
    },
    {
      name: 'an SD-JWT+KB with a disclosure',
      text: `${jwt}~WyJhIl0~${kb}`,
      expected: {
        issuerJwt: jwt,
        disclosures: ['WyJhIl0'],
        keyBindingJwt: kb,
        parts: [
          { kind: 'issuer-jwt', text: jwt, from: 0, to: 41 },
          { kind: 'disclosure', text: 'WyJhIl0', from: 42, to: 49 },
          { kind: 'key-binding', text: kb, from: 50, to: 81 },
        ],
        presentation: `${jwt}~WyJhIl0~`,
        problems: [],
      },
    },
    {
      name: 'offsets into the text as given, around whitespace and a "Bearer " prefix',
      text: `  Bearer ${jwt}~WyJh\nIl0~\n`,
      expected: {
        issuerJwt: jwt,
        disclosures: ['WyJhIl0'],
        keyBindingJwt: null,
        parts: [
          { kind: 'issuer-jwt', text: jwt, from: 9, to: 50 },
          { kind: 'disclosure', text: 'WyJhIl0', from: 51, to: 59 },
        ],
        presentation: `${jwt}~WyJhIl0~`,
        problems: [],
      },
    },
    {
      name: 'an empty disclosure between two "~", kept for the analysis to report',
      text: `${jwt}~~WyJhIl0~`,
      expected: {
        issuerJwt: jwt,
        disclosures: ['', 'WyJhIl0'],
        keyBindingJwt: null,
        parts: [
          { kind: 'issuer-jwt', text: jwt, from: 0, to: 41 },
          { kind: 'disclosure', text: '', from: 42, to: 42 },
          { kind: 'disclosure', text: 'WyJhIl0', from: 43, to: 50 },
        ],
        presentation: `${jwt}~~WyJhIl0~`,
        problems: [],
      },
    },
    {
      name: 'a last disclosure without its closing "~"',
      text: `${jwt}~WyJhIl0~WyJiIl0`,
      expected: {
        issuerJwt: jwt,
        disclosures: ['WyJhIl0', 'WyJiIl0'],
        keyBindingJwt: null,
        parts: [
          { kind: 'issuer-jwt', text: jwt, from: 0, to: 41 },
          { kind: 'disclosure', text: 'WyJhIl0', from: 42, to: 49 },
          { kind: 'disclosure', text: 'WyJiIl0', from: 50, to: 57 },
        ],
        presentation: `${jwt}~WyJhIl0~WyJiIl0~`,
        problems: ['The SD-JWT does not end with "~": without a Key Binding JWT, the last disclosure must be followed by "~" (RFC 9901 §4).'],
      },
    },
  ])('splits $name', ({ text, expected }) => {
    const parts = splitSdJwt(text)
    expect(shape(parts)).toEqual(expected)
    for (const part of parts!.parts) expect(text.slice(part.from, part.to).replace(/\s/g, '')).toBe(part.text)
  })

  it.each([
    ['a plain JWS', rfc7519Token],
    ['a first part of four dot-separated parts', `${jwt}.c2ln~`],
    ['a JWE-shaped first part', 'a.b.c.d.e~'],
    ['a first part with two parts', 'a.b~'],
    ['a first part with no header', '.b.c~'],
    ['text with a tilde', 'hello~world'],
    ['blank text', '   '],
  ])('returns null for %s', (_name, text) => expect(splitSdJwt(text)).toBeNull())

  it('splits the spec SD-JWT (RFC 9901 §5.1) into the Issuer-signed JWT and its ten disclosures', () => {
    const parts = splitSdJwt(mainSdJwt)!
    expect(parts.disclosures).toEqual(mainDisclosures.map(({ encoded }) => encoded))
    expect(parts.keyBindingJwt).toBeNull()
    expect(parts.presentation).toBe(mainSdJwt)
  })

  it('splits the spec SD-JWT+KB (RFC 9901 §5.2) and computes the presentation sd_hash covers', () => {
    const parts = splitSdJwt(mainPresentation)!
    expect(parts.disclosures).toHaveLength(4)
    expect(parts.keyBindingJwt!.split('.')).toHaveLength(3)
    expect(parts.presentation).toBe(mainPresentation.slice(0, mainPresentation.lastIndexOf('~') + 1))
  })

  it('maps offsets in the normalized SD-JWT back to the text as given', () => {
    const parts = splitSdJwt(`\n"${jwt}~"`)!
    expect(parts.input.token).toBe(`${jwt}~`)
    expect(parts.input.toRawOffset(0)).toBe(2)
  })

  it('counts the parts of a paste with millions of "~" instead of reading them', () => {
    const parts = splitSdJwt(`${jwt}${'~'.repeat(2_500_000)}`)
    expect(shape(parts)).toEqual({
      issuerJwt: jwt,
      disclosures: [],
      keyBindingJwt: null,
      parts: [{ kind: 'issuer-jwt', text: jwt, from: 0, to: jwt.length }],
      presentation: `${jwt}~`,
      problems: [
        'The SD-JWT has 2,500,000 "~"-separated parts after its issuer-signed JWT, more than the 100,000 disclosures read here, so none of them was read. Check that this is one SD-JWT and not many pasted together.',
      ],
    })
  })

  it('reads as many disclosures as the limit allows', () => {
    const parts = splitSdJwt(`${jwt}${'~WyJzYWx0IiwiYSIsMV0'.repeat(maxDisclosures)}~`)
    expect(parts?.disclosures).toHaveLength(maxDisclosures)
    expect(parts?.problems).toEqual([])
  })
})
