// A request or response body: JSON gives `json:PATH` relative to the body, a form body (urlencoded or
// multipart) `form:NAME`, anything else is searched as text of unknown shape.
import { parseJsonText } from './parse-json-text'
import { multipartBoundary, searchMultipart } from './search-multipart'
import { searchParams } from './search-params'
import type { TokenSink } from './token-sink'

/** Form bodies are a single line of pairs: no spaces, no line breaks, an "=". */
const FORM_BODY = /^[^\s=&]+=[^\s]*$/

export function searchBody(body: string, mimeType: string, sink: TokenSink): void {
  if (body.length === 0) return
  const json = parseJsonText(body)
  if (json.ok) return sink.searchJson(json.value)
  const boundary = multipartBoundary(body, mimeType)
  if (boundary !== null) return searchMultipart(body, boundary, sink)
  const trimmed = body.trim()
  if (/x-www-form-urlencoded/i.test(mimeType) || (!/json|html|xml|javascript|css/i.test(mimeType) && FORM_BODY.test(trimmed))) {
    return searchParams(trimmed, 'form', sink)
  }
  sink.searchText(body)
}
