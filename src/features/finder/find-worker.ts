// A Web Worker that searches one text or file for tokens, so megabytes are read and scanned away
// from the page. The page ends it when the search is no longer wanted.
import { thrownMessage } from '../../core/result'
import { findTokens } from '../../core/find/find-tokens'
import type { FromFindWorker, ToFindWorker } from './find-messages'

const post = (message: FromFindWorker) => postMessage(message)

self.onmessage = (event: MessageEvent<ToFindWorker>) => {
  const { input } = event.data
  void (input.kind === 'file' ? input.file.text() : Promise.resolve(input.text))
    .then((text) => post({ type: 'found', list: findTokens(text) }))
    .catch((error: unknown) => post({ type: 'failed', message: thrownMessage(error) }))
}
