// Splits 0..total into contiguous ranges of near-equal size, one per worker.

export interface IndexRange {
  start: number
  end: number
}

/** `parts` ranges covering [0, total) in order; sizes differ by at most one. Exact up to 2^53. */
export function partitionRange(total: number, parts: number): IndexRange[] {
  const base = Math.floor(total / parts)
  const extra = total % parts
  const startOf = (k: number) => k * base + Math.min(k, extra)
  return Array.from({ length: parts }, (_, k) => ({ start: startOf(k), end: startOf(k + 1) }))
}
