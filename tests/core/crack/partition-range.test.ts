import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { partitionRange } from '../../../src/core/crack/partition-range'

describe('partitionRange', () => {
  it.each([
    { total: 10, parts: 3, ranges: [{ start: 0, end: 4 }, { start: 4, end: 7 }, { start: 7, end: 10 }] },
    { total: 2, parts: 3, ranges: [{ start: 0, end: 1 }, { start: 1, end: 2 }, { start: 2, end: 2 }] },
    { total: 5, parts: 1, ranges: [{ start: 0, end: 5 }] },
  ])('$total into $parts', ({ total, parts, ranges }) => {
    expect(partitionRange(total, parts)).toEqual(ranges)
  })

  it('covers [0, total) in order with sizes that differ by at most one, up to 2^53', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 64 }), (total, parts) => {
        const ranges = partitionRange(total, parts)
        expect(ranges[0]!.start).toBe(0)
        expect(ranges[ranges.length - 1]!.end).toBe(total)
        ranges.slice(1).forEach((range, k) => expect(range.start).toBe(ranges[k]!.end))
        const sizes = ranges.map(({ start, end }) => end - start)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      }),
    )
  })
})
