import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findInvisibleCharacters, removeInvisibleCharacters, revealInvisibleCharacters } from '../../../src/core/text/find-invisible-characters'

const at = (codePoint: string, name: string, position: number, offset: number) => ({ codePoint, name, position, offset })

describe('findInvisibleCharacters', () => {
  it.each([
    ['https://login.example.com', []],
    ['https://login\u200B.example.com', [at('U+200B', 'ZERO WIDTH SPACE', 14, 13)]],
    ['\u202Eevil', [at('U+202E', 'RIGHT-TO-LEFT OVERRIDE', 1, 0)]],
    ['a\u200Cb\u200Dc', [at('U+200C', 'ZERO WIDTH NON-JOINER', 2, 1), at('U+200D', 'ZERO WIDTH JOINER', 4, 3)]],
    ['\u200E\u200F', [at('U+200E', 'LEFT-TO-RIGHT MARK', 1, 0), at('U+200F', 'RIGHT-TO-LEFT MARK', 2, 1)]],
    ['x\u2066y\u2069', [at('U+2066', 'LEFT-TO-RIGHT ISOLATE', 2, 1), at('U+2069', 'POP DIRECTIONAL ISOLATE', 4, 3)]],
    ['\uFEFFkid', [at('U+FEFF', 'ZERO WIDTH NO-BREAK SPACE (byte order mark)', 1, 0)]],
    ['soft\u00ADhyphen', [at('U+00AD', 'SOFT HYPHEN', 5, 4)]],
    ['\u2060\u2064', [at('U+2060', 'WORD JOINER', 1, 0), at('U+2064', 'INVISIBLE PLUS', 2, 1)]],
    ['\u3164', [at('U+3164', 'HANGUL FILLER', 1, 0)]],
    ['😀\u200B', [at('U+200B', 'ZERO WIDTH SPACE', 2, 2)]],
    ['admin\u{E0041}', [at('U+E0041', 'TAG "A"', 6, 5)]],
    ['\u0600', [at('U+0600', 'FORMAT CHARACTER', 1, 0)]],
    ['é and ñ and ß', []],
  ])('%j', (text, found) => {
    expect(findInvisibleCharacters(text)).toEqual(found)
  })

  it('stops at a limit', () => {
    expect(findInvisibleCharacters('\u200B'.repeat(1000), 3)).toHaveLength(3)
  })

  it('reveals and removes them', () => {
    expect(revealInvisibleCharacters('is\u200Bs\u{E0041}')).toBe('is\\u{200B}s\\u{E0041}')
    expect(removeInvisibleCharacters('is\u200Bs\u202E')).toBe('iss')
  })

  it('finds exactly what removing takes away, at offsets that point at it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\u200B', '\u202E', '\uFEFF', '\u{E0041}', ' ') }), (text) => {
        const found = findInvisibleCharacters(text)
        for (const { offset, codePoint } of found) expect(`U+${text.codePointAt(offset)!.toString(16).toUpperCase().padStart(4, '0')}`).toBe(codePoint)
        expect([...removeInvisibleCharacters(text)].length).toBe([...text].length - found.length)
      }),
    )
  })
})
