// A URL: tokens in its query are `query:NAME`, in its fragment `fragment:NAME` (an implicit-flow
// redirect carries `#id_token=…`); anywhere else in it they take the place the URL stood in.
import type { TokenSource } from './found-token'
import { searchParams } from './search-params'
import type { TokenSink } from './token-sink'

export function searchUrl(url: string, sink: TokenSink, elsewhere: TokenSource = 'text'): void {
  const hash = url.indexOf('#')
  const beforeHash = hash === -1 ? url.length : hash
  const question = url.indexOf('?')
  const queryStart = question !== -1 && question < beforeHash ? question : -1
  sink.add(url.slice(0, queryStart === -1 ? beforeHash : queryStart), elsewhere)
  if (queryStart !== -1) searchParams(url.slice(queryStart + 1, beforeHash), 'query', sink)
  if (hash !== -1) searchParams(url.slice(hash + 1), 'fragment', sink)
}
