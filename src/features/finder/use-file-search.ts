// A file searched for tokens: read and scanned in a worker, never put in the token box. Its list is
// kept for the rest of the visit and shown until a token from it is opened or the token box changes;
// then it is one click away.
import { useCallback, useLayoutEffect, useRef } from 'react'
import { useKeptState, type SessionMemory } from '../../hooks/use-kept-state'
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

export interface FileSearchControls {
  search: FileSearch | null
  isShown: boolean
  start: (file: File) => void
  /** Shows the list again, after a token from it was opened. */
  show: () => void
  /** Puts the list away, keeping it one click away. */
  hide: () => void
  close: () => void
}

export function useFileSearch(memory: SessionMemory, token: string, searchWith: SearchInBackground = searchInBackground): FileSearchControls {
  const [search, keep] = useKeptState<FileSearch | null>(memory, 'finder.file', () => null)
  const running = useRef<BackgroundSearch | null>(null)
  const latestToken = useRef(token)
  useLayoutEffect(() => {
    latestToken.current = token
  })

  const start = useCallback(
    (file: File) => {
      running.current?.cancel()
      running.current = null
      const base = { name: file.name, bytes: file.size, shownWithToken: latestToken.current }
      if (file.size > maxFileBytes) {
        keep({
          ...base,
          state: 'failed',
          message: `${file.name} is ${formatMegabytes(file.size)}; files up to ${formatMegabytes(maxFileBytes)} can be searched. Search a smaller part of it.`,
        })
        return
      }
      keep({ ...base, state: 'searching' })
      const job = searchWith({ kind: 'file', file })
      running.current = job
      // The search goes on if the page is left, so coming back finds its list.
      void job.done.then((outcome) => {
        if (running.current !== job) return
        running.current = null
        keep((latest) =>
          latest === null
            ? null
            : outcome.ok
              ? { ...latest, state: 'done', list: outcome.value }
              : { ...latest, state: 'failed', message: `${file.name} could not be searched: ${outcome.error}` },
        )
      })
    },
    [keep, searchWith],
  )

  const show = useCallback(() => keep((latest) => latest && { ...latest, shownWithToken: latestToken.current }), [keep])
  const hide = useCallback(() => keep((latest) => latest && { ...latest, shownWithToken: null }), [keep])
  const close = useCallback(() => {
    running.current?.cancel()
    running.current = null
    keep(null)
  }, [keep])

  return { search, isShown: search !== null && search.shownWithToken === token, start, show, hide, close }
}

/** "20.1 MB", "50 MB". */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024)
  return `${megabytes >= 10 || Number.isInteger(megabytes) ? Math.round(megabytes) : megabytes.toFixed(1)} MB`
}
