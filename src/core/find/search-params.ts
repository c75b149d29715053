// Name=value pairs joined by "&" (a query string, a fragment, a form body), percent-decoded, each
// value searched under the pair's name: `query:NAME`, `fragment:NAME`, `form:NAME`.
import type { TokenSink } from './token-sink'

export type ParamsKind = 'query' | 'fragment' | 'form'

export function searchParams(text: string, kind: ParamsKind, sink: TokenSink): void {
  // The next "=" is remembered, so that pairs without one do not each search the rest of the text.
  let equals = text.indexOf('=')
  for (let start = 0; start <= text.length && !sink.isFull; ) {
    let end = text.indexOf('&', start)
    if (end === -1) end = text.length
    if (equals !== NONE && equals < start) equals = text.indexOf('=', start)
    if (end > start) {
      if (equals === NONE || equals > end) sink.add(text.slice(start, end), 'text')
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

const NONE = -1

/** Percent-decoding as browsers do it for URLs and forms ("+" is a space); escapes that do not decode stay as they are. */
export function decodePercent(text: string): string {
  const spaced = text.includes('+') ? text.replaceAll('+', ' ') : text
  if (!spaced.includes('%')) return spaced
  const whole = decodeUriComponent(spaced)
  // One stray "%" spoils decodeURIComponent for the whole text: then each run of escapes is decoded alone.
  return whole ?? spaced.replace(/(?:%[0-9A-Fa-f]{2})+/g, (escapes) => decodeUriComponent(escapes) ?? escapes)
}

function decodeUriComponent(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch (error) {
    if (error instanceof URIError) return null
    throw error
  }
}
