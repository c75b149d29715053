import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeBase64url, encodeBase64url, encodeBase64urlText } from '../../../src/core/encoding/base64url'

const decodeOk = (text: string) => {
  const decoded = decodeBase64url(text)
  if (!decoded.ok) throw new Error(`expected "${text}" to decode: ${decoded.error.message}`)
  return decoded.value
}
const bytesOf = (...values: number[]) => new Uint8Array(values)

describe('encodeBase64url and decodeBase64url agree with Node', () => {
  it('encodes random bytes exactly as Buffer does, and decodes them back with no irregularities', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64url(bytes)
        expect(text).toBe(Buffer.from(bytes).toString('base64url'))
        expect(decodeOk(text)).toEqual({ bytes, irregularities: [] })
      }),
      { numRuns: 500 },
    )
  })

  it('decodes padded standard base64 from Buffer to the same bytes, naming each irregularity', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64')
        const expected = [
          ...(text.endsWith('=') ? ['padding'] : []),
          ...(/[+/]/.test(text) ? ['standard-alphabet'] : []),
        ]
        expect(decodeOk(text)).toEqual({ bytes, irregularities: expected })
      }),
      { numRuns: 500 },
    )
  })

  it('decodes any text it accepts to the bytes Buffer reads from it', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/'
    const text = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 60 })
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 3 }), (data, padding) => {
        const decoded = decodeBase64url(data + '='.repeat(padding))
        if (!decoded.ok) return
        expect(decoded.value.bytes).toEqual(new Uint8Array(Buffer.from(data, 'base64')))
      }),
      { numRuns: 500 },
    )
  })

  it('encodes UTF-8 text', () => {
    expect(encodeBase64urlText('{"alg":"HS256"}')).toBe('eyJhbGciOiJIUzI1NiJ9')
    expect(encodeBase64urlText('é😀')).toBe(Buffer.from('é😀').toString('base64url'))
    expect(encodeBase64urlText('')).toBe('')
  })
})

describe('decodeBase64url: errors', () => {
  const notBase64url = 'not a base64url character (A-Z, a-z, 0-9, "-" and "_")'
  it.each([
    ['a dollar sign', 'ab$d', 2, `character 3 is "$", which is ${notBase64url}`],
    ['a dot', '.', 0, `character 1 is ".", which is ${notBase64url}`],
    ['a space', 'abc d', 3, `character 4 is a space, which is ${notBase64url}`],
    ['a tab', 'a\tbc', 1, `character 2 is a tab, which is ${notBase64url}`],
    ['a line feed', 'ab\ncd', 2, `character 3 is a line break, which is ${notBase64url}`],
    ['a carriage return', 'ab\rcd', 2, `character 3 is a line break, which is ${notBase64url}`],
    ['a NUL', 'ab\u0000c', 2, `character 3 is the control character U+0000, which is ${notBase64url}`],
    ['DEL', '\u007fabc', 0, `character 1 is the control character U+007F, which is ${notBase64url}`],
    ['a non-ASCII letter', 'abcé', 3, `character 4 is "é", which is ${notBase64url}`],
    ['an astral character', 'ab😀cd', 2, `character 3 is "😀", which is ${notBase64url}`],
    ['a lone surrogate', 'ab\ud800cd', 2, `character 3 is "\ud800", which is ${notBase64url}`],
    ['"=" in the middle', 'ab=cd', 2, 'character 3 is "=", which is padding, which may only appear at the end'],
    ['"=" in the middle and at the end', 'AB=C==', 2, 'character 3 is "=", which is padding, which may only appear at the end'],
    ['a bad character after "=" in the middle', 'A=$A', 1, 'character 2 is "=", which is padding, which may only appear at the end'],
    ['one character', 'a', 0, 'its length (1 characters) is impossible for base64url: one character too many or too few'],
    ['five characters', 'abcde', 4, 'its length (5 characters) is impossible for base64url: one character too many or too few'],
    ['five characters and padding', 'abcde===', 4, 'its length (5 characters) is impossible for base64url: one character too many or too few'],
    ['padding where none is needed', 'AAAA=', 4, 'it ends with 1 "=" but needs none'],
    ['only padding', '====', 0, 'it ends with 4 "=" but needs none'],
    ['too little padding', 'AA=', 2, 'it ends with 1 "=" but would need 2'],
    ['too much padding', 'AA===', 2, 'it ends with 3 "=" but would need 2'],
    ['two "=" after three characters', 'AAA==', 3, 'it ends with 2 "=" but would need 1'],
  ])('rejects %s', (_name, text, position, message) => {
    expect(decodeBase64url(text)).toEqual({ ok: false, error: { position, message } })
  })
})

describe('decodeBase64url: irregular but decodable', () => {
  it.each([
    ['the empty text', '', [], []],
    ['canonical text', 'AQID', [1, 2, 3], []],
    ['canonical text with 2 characters in the last group', 'AQ', [1], []],
    ['canonical text with 3 characters in the last group', 'AQI', [1, 2], []],
    ['"==" padding', 'AQ==', [1], ['padding']],
    ['"=" padding', 'AQI=', [1, 2], ['padding']],
    ['"+" and "/"', '+/+/', [0xfb, 0xff, 0xbf], ['standard-alphabet']],
    ['"-" and "_"', '-_-_', [0xfb, 0xff, 0xbf], []],
    ['stray bits after one byte', 'AB', [0], ['stray-bits']],
    ['stray bits after two bytes', 'AAB', [0, 0], ['stray-bits']],
    ['the highest stray bits after one byte', 'A_', [3], ['stray-bits']],
    ['padding, the standard alphabet and stray bits together', '+B==', [0xf8], ['padding', 'standard-alphabet', 'stray-bits']],
  ])('decodes %s', (_name, text, bytes, irregularities) => {
    expect(decodeBase64url(text)).toEqual({ ok: true, value: { bytes: bytesOf(...bytes), irregularities } })
  })

  it('decodes every spelling that differs only in stray bits to the same bytes', () => {
    // "AQ" is canonical for [1]; "AR" to "Af" set the four unused bits.
    for (const last of 'RSTUVWXYZabcdef') {
      expect(decodeOk(`A${last}`)).toEqual({ bytes: bytesOf(1), irregularities: ['stray-bits'] })
    }
  })
})

describe('decodeBase64url on megabytes', () => {
  it('gives the bytes Node gives, through the platform decoder, with either alphabet and any tail', () => {
    const bytes = new Uint8Array(300_001).map((_, index) => (index * 7919) % 256)
    for (const length of [300_000, 299_999, 299_998]) {
      const encoded = Buffer.from(bytes.subarray(0, length)).toString('base64url')
      const decoded = decodeBase64url(encoded)
      expect(decoded.ok && Buffer.from(decoded.value.bytes).equals(Buffer.from(bytes.subarray(0, length)))).toBe(true)
      const standard = Buffer.from(bytes.subarray(0, length)).toString('base64').replace(/=+$/, '')
      const fromStandard = decodeBase64url(standard)
      expect(fromStandard.ok && fromStandard.value.irregularities).toEqual(standard.includes('+') || standard.includes('/') ? ['standard-alphabet'] : [])
      expect(fromStandard.ok && Buffer.from(fromStandard.value.bytes).equals(Buffer.from(bytes.subarray(0, length)))).toBe(true)
    }
  })
})

describe('decodeBase64url where the platform has Uint8Array.fromBase64', () => {
  const holder = Uint8Array as unknown as { fromBase64?: (text: string, options: { alphabet: string }) => Uint8Array }
  const original = holder.fromBase64
  afterEach(() => {
    if (original) holder.fromBase64 = original
    else delete holder.fromBase64
  })

  it('gives the same bytes through it, with either alphabet', () => {
    const calls: string[] = []
    holder.fromBase64 = (text, { alphabet }) => {
      calls.push(alphabet)
      return new Uint8Array(Buffer.from(text, alphabet === 'base64url' ? 'base64url' : 'base64'))
    }
    const bytes = new Uint8Array(200_002).map((_, index) => (index * 31) % 256)
    const urlSafe = decodeBase64url(Buffer.from(bytes).toString('base64url'))
    const standard = decodeBase64url(Buffer.from(bytes).toString('base64').replace(/=+$/, ''))
    expect(urlSafe.ok && Buffer.from(urlSafe.value.bytes).equals(Buffer.from(bytes))).toBe(true)
    expect(standard.ok && Buffer.from(standard.value.bytes).equals(Buffer.from(bytes))).toBe(true)
    expect(calls).toEqual(['base64url', 'base64'])
  })
})
