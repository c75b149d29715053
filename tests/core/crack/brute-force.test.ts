import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { BruteForceCursor, bruteForceSpace, candidateAt, indexOfCandidate, type BruteForceSpace } from '../../../src/core/crack/brute-force'

function space(charset: string, minLength: number, maxLength: number): BruteForceSpace {
  const result = bruteForceSpace(charset, minLength, maxLength)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

const all = (s: BruteForceSpace) => Array.from({ length: s.size }, (_, i) => candidateAt(s, i))

describe('bruteForceSpace', () => {
  it.each([
    { charset: 'abc', min: 1, max: 2, size: 3 + 9, characters: ['a', 'b', 'c'] },
    { charset: 'abc', min: 0, max: 2, size: 1 + 3 + 9, characters: ['a', 'b', 'c'] },
    { charset: 'abca', min: 2, max: 2, size: 9, characters: ['a', 'b', 'c'] },
    { charset: 'x', min: 0, max: 64, size: 65, characters: ['x'] },
    { charset: 'é😀a', min: 1, max: 1, size: 3, characters: ['é', '😀', 'a'] },
    { charset: 'abcdefghijklmnopqrstuvwxyz0123456789', min: 1, max: 5, size: 36 + 36 ** 2 + 36 ** 3 + 36 ** 4 + 36 ** 5, characters: [...'abcdefghijklmnopqrstuvwxyz0123456789'] },
  ])('$charset, lengths $min to $max: $size candidates', ({ charset, min, max, size, characters }) => {
    expect(bruteForceSpace(charset, min, max)).toEqual({ ok: true, value: { characters, minLength: min, maxLength: max, size } })
  })

  it.each([
    { charset: '', min: 1, max: 3, error: 'The character set is empty.' },
    { charset: 'abc', min: 4, max: 3, error: 'The minimum length (4) is more than the maximum length (3).' },
    { charset: 'abc', min: -1, max: 3, error: 'The lengths must be whole numbers from 0 to 64.' },
    { charset: 'abc', min: 1, max: 65, error: 'The lengths must be whole numbers from 0 to 64.' },
    { charset: 'abc', min: 1.5, max: 3, error: 'The lengths must be whole numbers from 0 to 64.' },
    { charset: 'abc', min: Number.NaN, max: 3, error: 'The lengths must be whole numbers from 0 to 64.' },
    {
      charset: ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
      min: 1,
      max: 9,
      error: 'The search space has about 6.4e+17 candidates, more than can be counted exactly (2^53 − 1): shorten the maximum length or the character set.',
    },
  ])('refuses $charset with lengths $min to $max', ({ charset, min, max, error }) => {
    expect(bruteForceSpace(charset, min, max)).toEqual({ ok: false, error })
  })

  it('accepts the largest printable-ASCII space that can be counted', () => {
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')
    expect(space(printable, 1, 8).size).toBe(6704780954517120)
  })
})

describe('enumeration order', () => {
  it('counts shortest first, then in character-set order', () => {
    expect(all(space('ab', 0, 3))).toEqual(['', 'a', 'b', 'aa', 'ab', 'ba', 'bb', 'aaa', 'aab', 'aba', 'abb', 'baa', 'bab', 'bba', 'bbb'])
    expect(all(space('cba', 2, 2))).toEqual(['cc', 'cb', 'ca', 'bc', 'bb', 'ba', 'ac', 'ab', 'aa'])
  })

  it.each([
    { index: 0, candidate: 'a' },
    { index: 25, candidate: 'z' },
    { index: 26, candidate: 'aa' },
    { index: 27, candidate: 'ab' },
    { index: 26 + 26 * 26, candidate: 'aaa' },
    { index: 26 + 26 * 26 + 28, candidate: 'abc' },
  ])('a–z: $index is "$candidate"', ({ index, candidate }) => {
    const s = space('abcdefghijklmnopqrstuvwxyz', 1, 4)
    expect(candidateAt(s, index)).toBe(candidate)
    expect(indexOfCandidate(s, candidate)).toBe(index)
  })

  it('finds no index for strings outside the space', () => {
    const s = space('abc', 2, 3)
    expect([indexOfCandidate(s, 'a'), indexOfCandidate(s, 'abca'), indexOfCandidate(s, 'ad')]).toEqual([-1, -1, -1])
  })

  it('is exact at the top of a space near 2^53', () => {
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')
    const s = space(printable, 1, 8)
    expect(candidateAt(s, s.size - 1)).toBe('~~~~~~~~')
    expect(candidateAt(s, s.size - 2)).toBe('~~~~~~~}')
    expect(indexOfCandidate(s, '~~~~~~~}')).toBe(s.size - 2)
    expect(() => candidateAt(s, s.size)).toThrow(RangeError)
  })

  it('round-trips any index through its candidate', () => {
    const spaces = fc
      .record({ charset: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }), min: fc.integer({ min: 0, max: 4 }), extra: fc.integer({ min: 0, max: 6 }) })
      .map(({ charset, min, extra }) => space(charset, min, min + extra))
    fc.assert(
      fc.property(
        spaces.chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: s.size - 1 }))),
        ([s, index]) => {
          const candidate = candidateAt(s, index)
          expect(indexOfCandidate(s, candidate)).toBe(index)
        },
      ),
    )
  })
})

describe('BruteForceCursor', () => {
  const decoder = new TextDecoder()
  const walk = (s: BruteForceSpace, start: number, steps: number) => {
    const cursor = new BruteForceCursor(s, start)
    const seen: string[] = []
    for (let i = 0; i < steps; i++) {
      seen.push(decoder.decode(cursor.bytes.subarray(0, cursor.byteLength)))
      if (i < steps - 1) cursor.next()
    }
    return seen
  }

  it.each([
    { charset: 'ab', min: 0, max: 4 },
    { charset: 'xyz', min: 2, max: 3 },
    { charset: 'é😀a', min: 1, max: 3 },
    { charset: 'a', min: 0, max: 5 },
  ])('walks $charset (lengths $min to $max) in the order candidateAt gives', ({ charset, min, max }) => {
    const s = space(charset, min, max)
    expect(walk(s, 0, s.size)).toEqual(all(s))
  })

  it('starts anywhere, as a worker with an index range does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 + 9 + 27 + 81 - 1 }), fc.integer({ min: 1, max: 40 }), (start, steps) => {
        const s = space('abc', 1, 4)
        const count = Math.min(steps, s.size - start)
        expect(walk(s, start, count)).toEqual(all(s).slice(start, start + count))
      }),
    )
  })
})
