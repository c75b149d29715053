import { describe, expect, it } from 'vitest'
import { decodeDisclosure } from '../../../src/core/sd-jwt/decode-disclosure'
import { encodeBase64url, encodeBase64urlText } from '../../../src/core/encoding/base64url'
import {
  familyNameDisclosure,
  familyNameVariants,
  mainDisclosures,
  nationalityFrDisclosure,
  recursiveDisclosures,
  type SpecDisclosure,
} from '../../fixtures/sd-jwt-examples'

const fromContents = ({ contents }: SpecDisclosure) =>
  contents.length === 3
    ? { shape: 'property', salt: contents[0], name: contents[1], value: contents[2], problems: [] }
    : { shape: 'element', salt: contents[0], value: contents[1], problems: [] }

describe('decodeDisclosure', () => {
  it.each([familyNameDisclosure, nationalityFrDisclosure, ...mainDisclosures, ...recursiveDisclosures].map((example) => [JSON.stringify(example.contents), example]))(
    'decodes the spec disclosure %s',
    (_contents, example) => expect(decodeDisclosure(example.encoded, 0)).toEqual(fromContents(example)),
  )

  it.each(familyNameVariants)('decodes the §4.2.1 variant %s to the same claim', (encoded) =>
    expect(decodeDisclosure(encoded, 0)).toEqual(fromContents(familyNameDisclosure)),
  )

  const json = (text: string) => encodeBase64urlText(text)
  it.each([
    { name: 'an empty disclosure', encoded: '', problem: 'Disclosure 3 is empty: two "~" follow each other with nothing between them.' },
    {
      name: 'a character outside base64url',
      encoded: 'WyJh!l0',
      problem: 'Disclosure 3 is not valid base64url: character 5 is "!", which is not a base64url character (A-Z, a-z, 0-9, "-" and "_").',
    },
    {
      name: 'an impossible base64url length',
      encoded: 'WyJhI',
      problem: 'Disclosure 3 is not valid base64url: its length (5 characters) is impossible for base64url: one character too many or too few.',
    },
    {
      name: 'bytes that are not UTF-8',
      encoded: encodeBase64url(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d])),
      problem: 'Disclosure 3 is not valid UTF-8: byte 3 starts an invalid sequence.',
    },
    {
      name: 'text that is not JSON',
      encoded: json('["salt", "name",\n  value]'),
      problem: 'Disclosure 3 is not valid JSON: at line 2, column 3, expected a value (an object, array, string, number, true, false or null), found "v".',
    },
    {
      name: 'JSON that is not an array',
      encoded: json('{"salt": "s", "name": "n"}'),
      problem: 'Disclosure 3 must be a JSON array, [salt, name, value] or [salt, value], but it is an object.',
    },
    {
      name: 'an array of one element',
      encoded: json('["salt"]'),
      problem: 'Disclosure 3 has 1 element; it needs 3 (salt, claim name, value) for an object property or 2 (salt, value) for an array element.',
    },
    {
      name: 'an array of four elements',
      encoded: json('["salt", "name", "value", "extra"]'),
      problem: 'Disclosure 3 has 4 elements; it needs 3 (salt, claim name, value) for an object property or 2 (salt, value) for an array element.',
    },
  ])('reports $name', ({ encoded, problem }) => expect(decodeDisclosure(encoded, 2)).toEqual({ shape: null, problems: [problem] }))

  it.each([
    {
      name: 'a salt that is not a string',
      text: '[42, "given_name", "Jo"]',
      expected: { shape: 'property', name: 'given_name', value: 'Jo', problems: ['The salt of disclosure 3 must be a string, but it is a number.'] },
    },
    {
      name: 'a claim name that is not a string',
      text: '["salt", null, "Jo"]',
      expected: { shape: 'property', salt: 'salt', value: 'Jo', problems: ['The claim name of disclosure 3 must be a string, but it is null.'] },
    },
    {
      name: 'the reserved name "_sd"',
      text: '["salt", "_sd", ["digest"]]',
      expected: {
        shape: 'property',
        salt: 'salt',
        name: '_sd',
        value: ['digest'],
        problems: ['Disclosure 3 names the claim "_sd", which is reserved for digests; a verifier must reject it (RFC 9901 §7.1).'],
      },
    },
    {
      name: 'the reserved name "..."',
      text: '["salt", "...", "digest"]',
      expected: {
        shape: 'property',
        salt: 'salt',
        name: '...',
        value: 'digest',
        problems: ['Disclosure 3 names the claim "...", which is reserved for digests; a verifier must reject it (RFC 9901 §7.1).'],
      },
    },
    {
      name: 'an array element whose salt is not a string',
      text: '[["s"], "FR"]',
      expected: { shape: 'element', value: 'FR', problems: ['The salt of disclosure 3 must be a string, but it is an array.'] },
    },
  ])('reports $name and still shows what it can', ({ text, expected }) => expect(decodeDisclosure(json(text), 2)).toEqual(expected))

  it('keeps a value of null, which is a claim value like any other', () =>
    expect(decodeDisclosure(json('["s", "middle_name", null]'), 0)).toEqual({ shape: 'property', salt: 's', name: 'middle_name', value: null, problems: [] }))
})
