// A file searched for tokens: read and scanned in a worker, never put in the token box. Its state
// lives in a small store kept for the rest of the visit, so only the panels that show it render when
// it changes (not the whole page, while a large list arrives), and leaving the page loses nothing.
import type { FindResult } from '../../core/find/found-token'
import { searchInBackground, type BackgroundSearch, type SearchInBackground } from './search-in-background'

/** Larger files are refused: their text alone would take hundreds of megabytes of the tab's memory. */
export const maxFileBytes = 50 * 1024 * 1024

export type FileSearch = {
  name: string
  bytes: number
  /** The token box's text while the list is shown; null once it is put away. */
  shownWithToken: string | null
} & ({ state: 'searching' } | { state: 'done'; list: FindResult } | { state: 'failed'; message: string })

export interface FileSearchStore {
  getSnapshot: () => FileSearch | null
  subscribe: (listener: () => void) => () => void
  /** Searches a file; its list shows while the token box holds `token`. */
  start: (file: File, token: string) => void
  /** Shows the list again, after a token from it was opened. */
  show: (token: string) => void
  /** Puts the list away, keeping it one click away. */
  hide: () => void
  /** Forgets the file, stopping its search. */
  close: () => void
}

export function createFileSearchStore(searchWith: SearchInBackground = searchInBackground): FileSearchStore {
  let current: FileSearch | null = null
  let running: BackgroundSearch | null = null
  const listeners = new Set<() => void>()
  const set = (next: FileSearch | null) => {
    current = next
    for (const listener of listeners) listener()
  }
  const stop = () => {
    running?.cancel()
    running = null
  }

  return {
    getSnapshot: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start(file, token) {
      stop()
      const base = { name: file.name, bytes: file.size, shownWithToken: token }
      if (file.size > maxFileBytes) {
        set({
          ...base,
          state: 'failed',
          message: `${file.name} is ${formatMegabytes(file.size)}; files up to ${formatMegabytes(maxFileBytes)} can be searched. Search a smaller part of it.`,
        })
        return
      }
      set({ ...base, state: 'searching' })
      const job = searchWith({ kind: 'file', file })
      running = job
      void job.done.then((outcome) => {
        if (running !== job || !current) return
        running = null
        set(
          outcome.ok
            ? { ...current, state: 'done', list: outcome.value }
            : { ...current, state: 'failed', message: `${file.name} could not be searched: ${outcome.error}` },
        )
      })
    },
    show: (token) => current && set({ ...current, shownWithToken: token }),
    hide: () => current && set({ ...current, shownWithToken: null }),
    close() {
      stop()
      set(null)
    },
  }
}

/** "20.1 MB", "50 MB". */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024)
  return `${megabytes >= 10 || Number.isInteger(megabytes) ? Math.round(megabytes) : megabytes.toFixed(1)} MB`
}
