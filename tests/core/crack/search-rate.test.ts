import { describe, expect, it } from 'vitest'
import { addSample, ratePerSecond, rateWindowMs, type RateSample } from '../../../src/core/crack/search-rate'

const feed = (samples: Array<[number, number]>) => samples.reduce<RateSample[]>((kept, [atMs, count]) => addSample(kept, { atMs, count }), [])

describe('ratePerSecond', () => {
  it.each([
    { name: 'no samples', samples: [], rate: 0 },
    { name: 'one sample', samples: [[0, 0]], rate: 0 },
    { name: 'too short a span', samples: [[0, 0], [50, 5000]], rate: 0 },
    { name: 'a steady rate', samples: [[0, 0], [500, 500_000], [1000, 1_000_000]], rate: 1_000_000 },
  ] as Array<{ name: string; samples: Array<[number, number]>; rate: number }>)('$name', ({ samples, rate }) => {
    expect(ratePerSecond(feed(samples))).toBe(rate)
  })

  it('forgets a slow start once the window has moved past it', () => {
    // 1 second of start-up with nothing done, then 2 million a second.
    const samples = feed([[0, 0], [1000, 0], ...Array.from({ length: 20 }, (_, i): [number, number] => [1250 + 250 * i, 500_000 * (i + 1)])])
    expect(samples[0]!.atMs).toBeGreaterThanOrEqual(samples[samples.length - 1]!.atMs - rateWindowMs - 250)
    expect(ratePerSecond(samples)).toBe(2_000_000)
  })
})
