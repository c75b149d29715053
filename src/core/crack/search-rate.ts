// Candidates per second over a sliding window, so the rate shown neither jitters with every report
// nor remembers the slow start (WebAssembly compiling, workers starting) for the whole search.

export interface RateSample {
  atMs: number
  /** A running total, such as candidates tried or bytes read. */
  count: number
}

export const rateWindowMs = 2000

/** Adds a sample and drops those that the window no longer needs (keeping one just outside it). */
export function addSample(samples: RateSample[], sample: RateSample): RateSample[] {
  const kept = [...samples, sample]
  while (kept.length > 2 && kept[1]!.atMs <= sample.atMs - rateWindowMs) kept.shift()
  return kept
}

/** The rate per second across the samples kept; 0 until they span some time. */
export function ratePerSecond(samples: readonly RateSample[]): number {
  const first = samples[0]
  const last = samples[samples.length - 1]
  if (!first || !last || last.atMs - first.atMs < 100) return 0
  return ((last.count - first.count) * 1000) / (last.atMs - first.atMs)
}
