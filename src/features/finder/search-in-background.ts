// Runs one search for tokens off the page's thread: in a worker of its own, ended when the search is
// cancelled, so a newer text never waits for an older one. Where workers cannot run, the search runs
// on the page after a pause, which only small inputs should meet.
import { thrownMessage, type Result } from '../../core/result'
import { loadFinder } from './load-finder'
import type { FindResult } from '../../core/find/found-token'
import type { FromFindWorker, SearchInput, ToFindWorker } from './find-messages'

export interface BackgroundSearch {
  /** Settles with the list, or with why the search failed; never settles once cancelled. */
  done: Promise<Result<FindResult, string>>
  cancel: () => void
}

export type SearchInBackground = (input: SearchInput) => BackgroundSearch

export const searchInBackground: SearchInBackground = (input) => (typeof Worker === 'undefined' ? searchOnPage(input) : searchInWorker(input))

function searchInWorker(input: SearchInput): BackgroundSearch {
  const worker = new Worker(new URL('./find-worker.ts', import.meta.url), { type: 'module' })
  const done = new Promise<Result<FindResult, string>>((resolve) => {
    worker.onmessage = (event: MessageEvent<FromFindWorker>) => {
      const message = event.data
      worker.terminate()
      resolve(message.type === 'found' ? { ok: true, value: message.list } : { ok: false, error: message.message })
    }
    worker.onerror = (event) => {
      worker.terminate()
      resolve({ ok: false, error: `the search could not run (${event.message || 'its code did not load'})` })
    }
  })
  worker.postMessage({ type: 'find', input } satisfies ToFindWorker)
  return { done, cancel: () => worker.terminate() }
}

function searchOnPage(input: SearchInput): BackgroundSearch {
  let isCancelled = false
  const done = new Promise<Result<FindResult, string>>((resolve) => {
    setTimeout(() => {
      if (isCancelled) return
      const text = input.kind === 'file' ? input.file.text() : Promise.resolve(input.text)
      Promise.all([text, loadFinder()]).then(
        ([read, findTokens]) => {
          if (!isCancelled) resolve({ ok: true, value: findTokens(read) })
        },
        (error: unknown) => {
          if (!isCancelled) resolve({ ok: false, error: thrownMessage(error) })
        },
      )
    })
  })
  return {
    done,
    cancel: () => {
      isCancelled = true
    },
  }
}
