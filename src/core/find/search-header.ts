// One HTTP header, name and value. Authorization is `authorization-header`; Cookie and Set-Cookie
// name each cookie (`cookie:NAME`); headers that carry a URL (Location, Referer) name its query and
// fragment; any other header is `header:NAME`, spelt as written.
import { decodePercent } from './search-params'
import { searchUrl } from './search-url'
import type { TokenSink } from './token-sink'

const URL_HEADERS = new Set(['location', 'content-location', 'referer', 'origin', ':path', 'refresh', 'link'])

export function searchHeader(name: string, value: string, sink: TokenSink): void {
  // Names are searched too: nothing that stands in the text may go unlisted.
  sink.add(name, 'text')
  const lower = name.toLowerCase()
  if (lower === 'authorization') sink.add(value, 'authorization-header')
  else if (lower === 'cookie') searchCookies(value, ';', sink)
  // Several Set-Cookie headers may arrive joined by line breaks; each names its cookie first.
  else if (lower === 'set-cookie') for (const line of value.split('\n')) searchSetCookie(line, name, sink)
  else if (URL_HEADERS.has(lower)) searchUrl(urlIn(lower, value), sink, `header:${name}`)
  else sink.add(value, `header:${name}`)
}

/** `a=X; b=Y`: each value under its cookie's name, percent-decoded as servers often encode them. */
export function searchCookies(text: string, separator: string, sink: TokenSink): void {
  for (const pair of text.split(separator)) {
    const equals = pair.indexOf('=')
    if (equals === -1) sink.add(pair, 'text')
    else {
      sink.add(pair.slice(0, equals), 'text')
      sink.add(decodeCookieValue(pair.slice(equals + 1)), `cookie:${pair.slice(0, equals).trim()}`)
    }
  }
}

function searchSetCookie(line: string, headerName: string, sink: TokenSink) {
  const semicolon = line.indexOf(';')
  const cookie = semicolon === -1 ? line : line.slice(0, semicolon)
  const equals = cookie.indexOf('=')
  if (equals === -1) sink.add(line, `header:${headerName}`)
  else {
    sink.add(cookie.slice(0, equals), 'text')
    sink.add(decodeCookieValue(cookie.slice(equals + 1)), `cookie:${cookie.slice(0, equals).trim()}`)
  }
  if (semicolon !== -1) sink.add(line.slice(semicolon + 1), `header:${headerName}`)
}

/** Percent-decoding for a cookie value, where "+" is itself. */
export function decodeCookieValue(value: string): string {
  return value.includes('%') ? decodePercent(value.replaceAll('+', '%2B')) : value
}

/** Refresh carries `5; url=…`, Link `<…>; rel=…`: the URL inside. */
function urlIn(lowerName: string, value: string): string {
  if (lowerName === 'refresh') return /url=(.*)$/i.exec(value)?.[1]?.trim() ?? value
  if (lowerName === 'link') return value.trim().replace(/^<|>.*$/g, '')
  return value.trim()
}
