import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeUtf8, findInvalidUtf8, utf8ByteLength } from '../../../src/core/encoding/utf8'

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lenient = new TextDecoder('utf-8', { ignoreBOM: true })
const isValidForTextDecoder = (bytes: Uint8Array): boolean => {
  try {
    fatal.decode(bytes)
    return true
  } catch {
    return false
  }
}
const bytesOf = (...values: number[]) => new Uint8Array(values)
const encode = (text: string) => new TextEncoder().encode(text)

// Random bytes are nearly always invalid at once; mixing in valid encodings and the bytes that
// sit at the edges of the rules reaches the interesting cases.
const edgeByte = fc.constantFrom(0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff)
const chunk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 4 }).map(encode),
  fc.array(edgeByte, { maxLength: 4 }).map((values) => new Uint8Array(values)),
  fc.uint8Array({ maxLength: 4 }),
)
const mixedBytes = fc.array(chunk, { maxLength: 8 }).map((chunks) => {
  const bytes = new Uint8Array(chunks.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of chunks) {
    bytes.set(part, offset)
    offset += part.length
  }
  return bytes
})

describe('findInvalidUtf8 agrees with TextDecoder', () => {
  const agrees = (bytes: Uint8Array) => {
    const offset = findInvalidUtf8(bytes)
    expect(offset === -1).toBe(isValidForTextDecoder(bytes))
    if (offset === -1) return
    // Everything before the offset is valid, and a lenient decoder replaces the sequence that starts there.
    const prefix = bytes.subarray(0, offset)
    expect(isValidForTextDecoder(prefix)).toBe(true)
    const decodedPrefix = lenient.decode(prefix)
    const decoded = lenient.decode(bytes)
    expect(decoded.startsWith(decodedPrefix)).toBe(true)
    expect(decoded[decodedPrefix.length]).toBe('\ufffd')
  }

  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), agrees), { numRuns: 1000 })
  })

  it('on valid text with invalid and boundary bytes mixed in', () => {
    fc.assert(fc.property(mixedBytes, agrees), { numRuns: 2000 })
  })

  it('on valid encodings of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(findInvalidUtf8(encode(text))).toBe(-1)
      }),
      { numRuns: 500 },
    )
  })
})

describe('findInvalidUtf8: known sequences', () => {
  it.each([
    ['the empty array', [], -1],
    ['ASCII', [0x68, 0x69], -1],
    ['"é" (2 bytes)', [0xc3, 0xa9], -1],
    ['"€" (3 bytes)', [0xe2, 0x82, 0xac], -1],
    ['"😀" (4 bytes)', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['U+D7FF, just below the surrogates', [0xed, 0x9f, 0xbf], -1],
    ['U+E000, just above the surrogates', [0xee, 0x80, 0x80], -1],
    ['U+10FFFF, the last code point', [0xf4, 0x8f, 0xbf, 0xbf], -1],
    ['a BOM', [0xef, 0xbb, 0xbf], -1],
    ['overlong NUL (0xC0 0x80)', [0xc0, 0x80], 0],
    ['overlong "A" (0xC1 0x81)', [0xc1, 0x81], 0],
    ['an overlong 3-byte sequence', [0xe0, 0x80, 0x80], 0],
    ['an overlong 4-byte sequence', [0xf0, 0x80, 0x80, 0x80], 0],
    ['the surrogate U+D800 (0xED 0xA0 0x80)', [0xed, 0xa0, 0x80], 0],
    ['the surrogate U+DFFF after ASCII', [0x61, 0xed, 0xbf, 0xbf], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['0xF5', [0xf5, 0x80, 0x80, 0x80], 0],
    ['0xF8', [0xf8, 0x88, 0x80, 0x80, 0x80], 0],
    ['0xFF', [0x61, 0x62, 0xff], 2],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a 2-byte sequence cut short', [0xc3], 0],
    ['a 3-byte sequence cut short', [0x68, 0xe2, 0x82], 1],
    ['a 4-byte sequence cut short', [0xf0, 0x9f, 0x98], 0],
    ['a 3-byte sequence interrupted by ASCII', [0xe2, 0x82, 0x41], 0],
    ['a valid sequence followed by a truncated one', [0xc3, 0xa9, 0xc3], 2],
  ])('%s', (_name, values, offset) => {
    const bytes = new Uint8Array(values)
    expect(findInvalidUtf8(bytes)).toBe(offset)
    expect(offset === -1).toBe(isValidForTextDecoder(bytes))
  })
})

describe('decodeUtf8', () => {
  it('decodes valid text without a BOM', () => {
    expect(decodeUtf8(encode('{"sub":"é"}'))).toEqual({ ok: true, text: '{"sub":"é"}', hasBom: false })
    expect(decodeUtf8(bytesOf())).toEqual({ ok: true, text: '', hasBom: false })
  })

  it('removes a leading BOM and says so', () => {
    expect(decodeUtf8(bytesOf(0xef, 0xbb, 0xbf, 0x68, 0x69))).toEqual({ ok: true, text: 'hi', hasBom: true })
    expect(decodeUtf8(bytesOf(0xef, 0xbb, 0xbf))).toEqual({ ok: true, text: '', hasBom: true })
  })

  it('removes only the first BOM', () => {
    expect(decodeUtf8(bytesOf(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x68))).toEqual({ ok: true, text: '\ufeffh', hasBom: true })
  })

  it('keeps a BOM that is not at the start', () => {
    expect(decodeUtf8(bytesOf(0x68, 0xef, 0xbb, 0xbf))).toEqual({ ok: true, text: 'h\ufeff', hasBom: false })
  })

  it('does not take a partial BOM for one', () => {
    expect(decodeUtf8(bytesOf(0xef, 0xbb))).toEqual({ ok: false, byteOffset: 0, text: '\ufffd' })
  })

  it('reports the offset of invalid bytes with the text decoded leniently', () => {
    expect(decodeUtf8(bytesOf(0x68, 0x69, 0xc3, 0x28))).toEqual({ ok: false, byteOffset: 2, text: 'hi\ufffd(' })
    expect(decodeUtf8(bytesOf(0xc0, 0x80))).toEqual({ ok: false, byteOffset: 0, text: '\ufffd\ufffd' })
  })
})

describe('utf8ByteLength', () => {
  it('counts the bytes TextEncoder gives, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length)
      }),
    )
    expect(utf8ByteLength('eyJhbGciOiJub25lIn0.e30.')).toBe(24)
    expect(utf8ByteLength('ü€😀')).toBe(9)
  })
})
