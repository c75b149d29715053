// State that outlives its component for the rest of the session (memory only, never storage),
// so leaving a page and coming back finds everything as it was.
import { useCallback, useLayoutEffect, useRef, useState } from 'react'

export type SessionMemory = Map<string, unknown>

/** A new value, or a function of the latest one (as React's own setters take). */
export type KeptStateUpdate<T> = T | ((latest: T) => T)

export function useKeptState<T>(memory: SessionMemory, key: string, initial: () => T): [T, (update: KeptStateUpdate<T>) => void] {
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial()))
  const rendered = useRef(value)
  useLayoutEffect(() => {
    rendered.current = value
  }, [value])
  const keep = useCallback(
    (update: KeptStateUpdate<T>) => {
      // The memory holds the newest value even before React renders it, so two updates in one task
      // (a key pasted, then its encoding chosen) build on each other instead of the second undoing the first.
      const latest = memory.has(key) ? (memory.get(key) as T) : rendered.current
      const next = typeof update === 'function' ? (update as (latest: T) => T)(latest) : update
      memory.set(key, next)
      setValue(next)
    },
    [memory, key],
  )
  return [value, keep]
}
