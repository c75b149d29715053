// The opt-in history: the only place the app keeps tokens. Off by default; turning it off, or
// clearing it, deletes everything it kept. Keys and secrets are never part of it.
import { err, ok, type Result } from '../result'

export interface HistoryEntry {
  token: string
  /** When it was first seen, in milliseconds since 1970. */
  savedAtMs: number
}

/** Why the browser would not store the history: its storage for this site is full. */
export type HistoryStorageProblem = 'storage-full'

const STORAGE_KEY = 'jwt-workbench.token-history'
export const maxHistoryEntries = 20

/** The kept tokens, newest first (at most maxHistoryEntries), or null while the history is off. */
export function readHistory(storage: Storage): HistoryEntry[] | null {
  const text = storage.getItem(STORAGE_KEY)
  if (text === null) return null
  try {
    const entries = JSON.parse(text) as unknown
    return Array.isArray(entries) ? entries.filter(isEntry).slice(0, maxHistoryEntries) : []
  } catch {
    return []
  }
}

export function turnHistoryOn(storage: Storage): Result<HistoryEntry[], HistoryStorageProblem> {
  const written = write(storage, [])
  return written.ok ? ok([]) : written
}

/** Deletes the history and everything in it. */
export function turnHistoryOff(storage: Storage): null {
  storage.removeItem(STORAGE_KEY)
  return null
}

/** Empties the history; it stays on. Removing first frees the space even when the browser is out of it. */
export function clearHistory(storage: Storage): Result<HistoryEntry[], HistoryStorageProblem> {
  storage.removeItem(STORAGE_KEY)
  return turnHistoryOn(storage)
}

/**
 * Keeps `token` at the top of the history, once, if the history is on. When the browser's storage is
 * full, nothing changes: the history stays as it was, without this token.
 */
export function rememberToken(storage: Storage, token: string, nowMs: number): Result<HistoryEntry[] | null, HistoryStorageProblem> {
  const entries = readHistory(storage)
  if (entries === null) return ok(null)
  const next = [{ token, savedAtMs: nowMs }, ...entries.filter((entry) => entry.token !== token)].slice(0, maxHistoryEntries)
  const written = write(storage, next)
  return written.ok ? ok(next) : written
}

function write(storage: Storage, entries: HistoryEntry[]): Result<void, HistoryStorageProblem> {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(entries))
    return ok(undefined)
  } catch (error) {
    if (isQuotaExceeded(error)) return err('storage-full')
    throw error
  }
}

// Firefox before version 114 named it NS_ERROR_DOM_QUOTA_REACHED.
function isQuotaExceeded(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
}

function isEntry(value: unknown): value is HistoryEntry {
  return typeof value === 'object' && value !== null && typeof (value as HistoryEntry).token === 'string' && typeof (value as HistoryEntry).savedAtMs === 'number'
}
