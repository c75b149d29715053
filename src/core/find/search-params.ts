// Name=value pairs joined by "&" (a query string, a fragment, a form body), percent-decoded, each
// value searched under the pair's name: `query:NAME`, `fragment:NAME`, `form:NAME`.
import type { TokenSink } from './token-sink'

export type ParamsKind = 'query' | 'fragment' | 'form'

export function searchParams(text: string, kind: ParamsKind, sink: TokenSink): void {
  let start = 0
  while (start <= text.length && !sink.isFull) {
    let end = text.indexOf('&', start)
    if (end === -1) end = text.length
    if (end - start > 0) {
      const equals = text.indexOf('=', start)
      if (equals === -1 || equals > end) sink.add(text.slice(start, end), 'text')
      else {
        // `&amp;` is how HTML writes "&" in a link.
        const name = decodePercent(text.slice(text.startsWith('amp;', start) ? start + 4 : start, equals)).trim()
        sink.add(name, 'text')
        sink.add(decodePercent(text.slice(equals + 1, end)), `${kind}:${name}`)
      }
    }
    start = end + 1
  }
}

/** Percent-decoding as browsers do it for URLs and forms ("+" is a space); text that does not decode stays as it is. */
export function decodePercent(text: string): string {
  const spaced = text.includes('+') ? text.replaceAll('+', ' ') : text
  if (!spaced.includes('%')) return spaced
  try {
    return decodeURIComponent(spaced)
  } catch (error) {
    if (error instanceof URIError) return spaced
    throw error
  }
}
