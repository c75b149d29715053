// The tokens found in the token box's text. A text of usual size is searched in the render that
// decodes it, so the list and the decode paint together; a larger one is searched in a worker, and
// a newer text cancels the search for an older one.
import { useEffect, useMemo, useState } from 'react'
import { loadedFinder, loadFinder } from './load-finder'
import type { FindResult } from '../../core/find/found-token'
import { searchInBackground, type SearchInBackground } from './search-in-background'

/** Characters below which the page searches the text itself: a few milliseconds at most. */
export const searchOnPageBelowLength = 64 * 1024

export type TextSearch = { state: 'none' } | { state: 'searching' } | { state: 'done'; text: string; list: FindResult } | { state: 'failed'; message: string }

type Finished = { text: string } & ({ state: 'done'; list: FindResult } | { state: 'failed'; message: string })

export function useTextSearch(text: string, shouldSearch: boolean, search: SearchInBackground = searchInBackground): TextSearch {
  const isSmall = text.length < searchOnPageBelowLength
  // The finder's code loads with the first text that needs it; that one text waits for it.
  const [finder, setFinder] = useState(loadedFinder)
  const needsFinder = shouldSearch && isSmall && finder === null
  useEffect(() => {
    if (needsFinder) void loadFinder().then((loaded) => setFinder(() => loaded))
  }, [needsFinder])
  const onPage = useMemo(() => (shouldSearch && isSmall && finder ? finder(text) : null), [text, shouldSearch, isSmall, finder])
  const [finished, setFinished] = useState<Finished | null>(null)
  const needsWorker = shouldSearch && !isSmall
  const hasResult = finished?.text === text

  useEffect(() => {
    if (!needsWorker || hasResult) return
    const job = search({ kind: 'text', text })
    void job.done.then((outcome) => setFinished(outcome.ok ? { text, state: 'done', list: outcome.value } : { text, state: 'failed', message: outcome.error }))
    return job.cancel
  }, [text, needsWorker, hasResult, search])

  if (!shouldSearch) return { state: 'none' }
  if (onPage) return { state: 'done', text, list: onPage }
  if (!finished || !hasResult) return { state: 'searching' }
  return finished.state === 'done' ? { state: 'done', text, list: finished.list } : { state: 'failed', message: finished.message }
}
