// The opt-in history: the only place the app keeps tokens. Off by default; turning it off, or
// clearing it, deletes everything it kept. Keys and secrets are never part of it.

export interface HistoryEntry {
  token: string
  /** When it was first seen, in milliseconds since 1970. */
  savedAtMs: number
}

const STORAGE_KEY = 'jwt-workbench.token-history'
const MAX_ENTRIES = 20

/** The kept tokens, newest first, or null while the history is off. */
export function readHistory(storage: Storage): HistoryEntry[] | null {
  const text = storage.getItem(STORAGE_KEY)
  if (text === null) return null
  try {
    const entries = JSON.parse(text) as unknown
    return Array.isArray(entries) ? entries.filter(isEntry) : []
  } catch {
    return []
  }
}

export function turnHistoryOn(storage: Storage): HistoryEntry[] {
  storage.setItem(STORAGE_KEY, '[]')
  return []
}

/** Deletes the history and everything in it. */
export function turnHistoryOff(storage: Storage): null {
  storage.removeItem(STORAGE_KEY)
  return null
}

export function clearHistory(storage: Storage): HistoryEntry[] {
  return turnHistoryOn(storage)
}

/** Keeps `token` at the top of the history, once, if the history is on. */
export function rememberToken(storage: Storage, token: string, nowMs: number): HistoryEntry[] | null {
  const entries = readHistory(storage)
  if (entries === null) return null
  const next = [{ token, savedAtMs: nowMs }, ...entries.filter((entry) => entry.token !== token)].slice(0, MAX_ENTRIES)
  storage.setItem(STORAGE_KEY, JSON.stringify(next))
  return next
}

function isEntry(value: unknown): value is HistoryEntry {
  return typeof value === 'object' && value !== null && typeof (value as HistoryEntry).token === 'string' && typeof (value as HistoryEntry).savedAtMs === 'number'
}
