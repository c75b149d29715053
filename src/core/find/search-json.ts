// A parsed JSON document: a HAR file is read field by field; any other document names each string
// member by its path (`json:data.items[0].jwt`), as an OAuth token response names `json:id_token`.
import type { JsonValue } from '../json/scan-json'
import { forEachJsonString } from './json-strings'
import { isHar, searchHar } from './search-har'
import { mayHoldToken } from './token-scanner'
import type { TokenSink } from './token-sink'

export function searchJson(parsed: JsonValue, sink: TokenSink): void {
  if (isHar(parsed)) return searchHar(parsed, sink)
  forEachJsonString(parsed, mayHoldToken, (text, path) => sink.add(text, path === '' ? 'text' : `json:${path}`))
}
