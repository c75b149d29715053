// A HAR 1.2 file (an HTTP archive saved from browser developer tools): each entry's request and
// response named field by field. Bodies are searched relative to themselves (`json:access_token`),
// base64 response bodies once decoded. Whatever else an entry or the log holds is searched as text.
import { isJsonObject } from '../json/json-value'
import type { JsonObject, JsonValue } from '../json/scan-json'
import { decodeBase64Body } from './decode-base64-body'
import { forEachJsonString } from './json-strings'
import { parseJsonText } from './parse-json-text'
import { searchBody } from './search-body'
import { decodeCookieValue, searchHeader } from './search-header'
import { decodePercent } from './search-params'
import { searchUrl } from './search-url'
import { mayHoldToken } from './token-scanner'
import type { TokenSink } from './token-sink'

export type Har = JsonObject & { log: JsonObject & { entries: JsonValue[] } }

export function isHar(value: JsonValue): value is Har {
  return isJsonObject(value) && isJsonObject(value.log) && Array.isArray(value.log.entries)
}

export function searchHar(har: Har, sink: TokenSink): void {
  for (const entry of har.log.entries) {
    if (sink.isFull) return
    if (!isJsonObject(entry)) continue
    const { request, response, ...rest } = entry
    if (isJsonObject(request)) searchRequest(request, sink)
    if (isJsonObject(response)) searchResponse(response, sink)
    // Chrome's _webSocketMessages, _initiator and the like.
    searchLooseStrings(rest, sink)
  }
  const { entries: _entries, ...rest } = har.log
  searchLooseStrings(rest, sink)
}

function searchRequest(request: JsonObject, sink: TokenSink) {
  const { url, headers, cookies, queryString, postData, ...rest } = request
  if (typeof url === 'string') searchUrl(url, sink)
  searchHeaders(headers, sink)
  searchNamedValues(cookies, 'cookie', sink)
  if (Array.isArray(queryString)) {
    for (const { name, value } of namedValues(queryString)) {
      sink.add(decodePercent(name), 'text')
      sink.add(decodePercent(value), `query:${decodePercent(name)}`)
    }
  }
  if (isJsonObject(postData)) {
    const { mimeType, params, text, ...postRest } = postData
    searchNamedValues(params, 'form', sink)
    if (typeof text === 'string') searchBody(text, typeof mimeType === 'string' ? mimeType : '', sink)
    searchLooseStrings(postRest, sink)
  }
  searchLooseStrings(rest, sink)
}

function searchResponse(response: JsonObject, sink: TokenSink) {
  const { headers, cookies, content, redirectURL, ...rest } = response
  searchHeaders(headers, sink)
  searchNamedValues(cookies, 'cookie', sink)
  if (isJsonObject(content)) {
    const { text, mimeType, ...contentRest } = content
    if (typeof text === 'string') searchContent(text, content.encoding === 'base64', typeof mimeType === 'string' ? mimeType : '', sink)
    searchLooseStrings(contentRest, sink)
  }
  if (typeof redirectURL === 'string') searchUrl(redirectURL, sink)
  searchLooseStrings(rest, sink)
}

function searchContent(text: string, isBase64: boolean, mimeType: string, sink: TokenSink) {
  if (!isBase64) return searchBody(text, mimeType, sink)
  const body = decodeBase64Body(text)
  if (body?.isBinary) sink.add(body.text, 'text')
  else if (body) searchBody(body.text, mimeType, sink)
}

function searchHeaders(headers: JsonValue | undefined, sink: TokenSink) {
  if (!Array.isArray(headers)) return
  for (const { name, value } of namedValues(headers)) searchHeader(name, value, sink)
}

/** Cookies and form parameters, percent-decoded as their headers and bodies are, so both give the same tokens. */
function searchNamedValues(list: JsonValue | undefined, kind: 'cookie' | 'form', sink: TokenSink) {
  if (!Array.isArray(list)) return
  for (const { name, value } of namedValues(list)) {
    sink.add(name, 'text')
    sink.add(kind === 'cookie' ? decodeCookieValue(value) : decodePercent(value), `${kind}:${name}`)
  }
}

/** The `{ name, value }` objects HAR uses for headers, cookies, query and form parameters. */
function* namedValues(list: JsonValue[]): Generator<{ name: string; value: string }> {
  for (const item of list) {
    if (isJsonObject(item) && typeof item.name === 'string' && typeof item.value === 'string') yield { name: item.name, value: item.value }
  }
}

function searchLooseStrings(value: JsonValue, sink: TokenSink) {
  forEachJsonString(value, mayHoldToken, (text) => {
    const json = parseJsonText(text)
    if (json.ok) sink.searchJson(json.value)
    else sink.searchText(text)
  })
}
