// State that outlives its component for the rest of the session (memory only, never storage),
// so leaving a page and coming back finds everything as it was.
import { useCallback, useState } from 'react'

export type SessionMemory = Map<string, unknown>

export function useKeptState<T>(memory: SessionMemory, key: string, initial: () => T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial()))
  const keep = useCallback(
    (next: T) => {
      memory.set(key, next)
      setValue(next)
    },
    [memory, key],
  )
  return [value, keep]
}
