// The result of async work on the current inputs. A result belongs to the inputs it was worked out
// from: while work on newer inputs runs, the page says so instead of passing an older verdict off as
// the current one, and a slower, older run never overwrites a newer one.
import { useEffect, useEffectEvent, useState } from 'react'

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
  // The inputs as last seen, replaced only when an item changes: callers build a new array each render.
  const [current, setCurrent] = useState(inputs)
  if (!haveSameItems(current, inputs)) setCurrent(inputs)
  // With nothing to run, an old result must not reappear when work starts again on other inputs.
  const hasWork = work !== undefined
  if (!hasWork && finished !== null) setFinished(null)

  // `work` and `recover` are recreated every render; the inputs say when work must run again.
  const run = useEffectEvent(() => work?.() ?? Promise.resolve(initial))
  const recoverFrom = useEffectEvent(recover)
  useEffect(() => {
    if (!hasWork) return
    let isCurrent = true
    void run()
      .catch(recoverFrom)
      .then((value) => {
        if (isCurrent) setFinished({ inputs: current, value })
      })
    return () => {
      isCurrent = false
    }
  }, [current, hasWork])

  // Until the effect has run, `finished` may still hold the result for the inputs of an earlier render:
  // a verdict about another key or token. It counts only for the very inputs it was worked out from.
  const isFresh = finished !== null && haveSameItems(finished.inputs, inputs)
  if (!hasWork) return { value: initial, isPending: false }
  return isFresh ? { value: finished.value, isPending: false } : { value: initial, isPending: true }
}

function haveSameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]))
}
