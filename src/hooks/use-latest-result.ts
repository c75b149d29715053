// The result of async work on the current inputs. A result belongs to the inputs it was worked out
// from: while work on newer inputs runs, the page says so instead of passing an older verdict off as
// the current one, and a slower, older run never overwrites a newer one.
import { useEffect, useState } from 'react'

export interface LatestResult<T> {
  /** The result for the current inputs, or `initial` while it is still being worked out. */
  value: T
  /** True while work on the current inputs is still running. */
  isPending: boolean
}

/**
 * Runs `work` whenever `inputs` change (compared item by item); `work` must only read `inputs`.
 * `recover` turns an unexpected rejection (a bug) into a result, so the page says so instead of hanging.
 */
export function useLatestResult<T>(work: (() => Promise<T>) | undefined, inputs: readonly unknown[], initial: T, recover: (error: unknown) => T): LatestResult<T> {
  const [finished, setFinished] = useState<{ inputs: readonly unknown[]; value: T } | null>(null)

  useEffect(() => {
    // With nothing to run, an old result must not reappear when work starts again on other inputs.
    if (!work) return setFinished(null)
    let isCurrent = true
    work()
      .catch(recover)
      .then((value) => {
        if (isCurrent) setFinished({ inputs, value })
      })
    return () => {
      isCurrent = false
    }
    // `work` and `recover` are recreated every render; the inputs say when work must run again.
  }, inputs)

  // Until the effect has run, `finished` may still hold the result for the inputs of an earlier render:
  // a verdict about another key or token. It counts only for the very inputs it was worked out from.
  const isFresh = finished !== null && finished.inputs.length === inputs.length && finished.inputs.every((input, index) => Object.is(input, inputs[index]))
  if (!work) return { value: initial, isPending: false }
  return isFresh ? { value: finished.value, isPending: false } : { value: initial, isPending: true }
}
