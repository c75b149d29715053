import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { splitParts } from '../../../src/core/token/split-parts'

describe('splitParts', () => {
  it.each([
    ['', 3, { pieces: [''], count: 1 }],
    ['a.b.c', 3, { pieces: ['a', 'b', 'c'], count: 3 }],
    ['a.b.c', 2, { pieces: ['a', 'b'], count: 3 }],
    ['..', 5, { pieces: ['', '', ''], count: 3 }],
    ['a.b.c.d.e.f.g', 5, { pieces: ['a', 'b', 'c', 'd', 'e'], count: 7 }],
    ['abc', 0, { pieces: [], count: 1 }],
  ])('%j, at most %i pieces', (text, maxPieces, expected) => {
    expect(splitParts(text, '.', maxPieces)).toEqual(expected)
  })

  it('agrees with String.split on the pieces it keeps and on the count', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '.', '~') }), fc.nat(8), (text, maxPieces) => {
        const all = text.split('.')
        expect(splitParts(text, '.', maxPieces)).toEqual({ pieces: all.slice(0, maxPieces), count: all.length })
      }),
    )
  })
})
