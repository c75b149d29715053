// Turns what people paste (a header line, "Bearer ", quotes, wrapped lines) into the bare token,
// remembering what was removed and where the token sits in the original text.
import { plural } from '../text/words'

export interface NormalizedInput {
  /** The token with everything around and inside it that is not part of it removed. */
  token: string
  /** Plain descriptions of what was removed, in the order found. */
  stripped: readonly string[]
  /** Offset in the original text of the token's first character. */
  start: number
  /** Maps an offset in `token` to the offset in the original text. */
  toRawOffset: (tokenOffset: number) => number
}

const largeTextLength = 1_000_000
const NOT_TOKEN_OR_SPACE = /[^A-Za-z0-9_\-.~=+/ \t\n\r\u00a0\ufeff]/
const SPACES = /[ \t\n\r\u00a0\ufeff]+/g
const AUTHORIZATION_HEADER = /^authorization[ \t]*:[ \t]*/i
const SCHEME_PREFIX = /^(bearer|dpop|jwt)[ \t]+/i
const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’' }

// The SD-JWT split and the decoder both normalize the text in front of the user; for a pasted
// megabyte the second pass would double the wait, so the last result is kept.
let last: { raw: string; input: NormalizedInput } | undefined

export function normalizeInput(raw: string): NormalizedInput {
  if (last?.raw === raw) return last.input
  const input = normalize(raw)
  last = { raw, input }
  return input
}

function normalize(raw: string): NormalizedInput {
  const stripped: string[] = []
  let start = 0
  let end = raw.length
  const skipSpace = () => {
    while (start < end && isSpace(raw.charCodeAt(start))) start++
    while (end > start && isSpace(raw.charCodeAt(end - 1))) end--
  }
  skipSpace()
  if (start > 0 || end < raw.length) stripped.push('surrounding whitespace')

  for (let changed = true; changed; ) {
    changed = false
    const rest = raw.slice(start, Math.min(end, start + 64))
    const header = AUTHORIZATION_HEADER.exec(rest)
    if (header) {
      stripped.push('the "Authorization:" header name')
      start += header[0].length
      changed = true
    }
    const scheme = SCHEME_PREFIX.exec(raw.slice(start, Math.min(end, start + 64)))
    if (scheme) {
      stripped.push(`the "${scheme[1]} " prefix`)
      start += scheme[0].length
      changed = true
    }
    const open = raw[start]
    if (end - start >= 2 && open !== undefined && QUOTE_PAIRS[open] === raw[end - 1]) {
      stripped.push('the quotes around it')
      start++
      end--
      changed = true
    }
    if (raw[end - 1] === ',' || raw[end - 1] === ';') {
      stripped.push(`a trailing "${raw[end - 1]}"`)
      end--
      changed = true
    }
    skipSpace()
  }

  const body = raw.slice(start, end)
  const asItStands = { token: body, stripped, start, toRawOffset: (offset: number) => start + offset }
  if (!/\s/.test(body)) return asItStands
  // Megabytes holding characters no token has are a log or a file pasted whole, not a wrapped token:
  // left as they stand, the decoder's error points into them at once, without rebuilding them first.
  if (body.length > largeTextLength && NOT_TOKEN_OR_SPACE.test(body)) return asItStands

  // Tokens copied from logs and terminals arrive wrapped across lines. The token is built from the
  // stretches between whitespace, and offsets map back through where each stretch starts: memory in
  // proportion to the number of stretches, not one entry per character of a pasted megabyte.
  const tokenStarts: number[] = []
  const rawStarts: number[] = []
  let length = 0
  let lineBreaks = 0
  let spaces = 0
  let lastRaw = start
  for (let i = start; i < end; ) {
    const code = raw.charCodeAt(i)
    if (isSpace(code)) {
      if (code === 10) lineBreaks++
      else if (code !== 13) spaces++
      i++
      continue
    }
    let stretchEnd = i + 1
    while (stretchEnd < end && !isSpace(raw.charCodeAt(stretchEnd))) stretchEnd++
    tokenStarts.push(length)
    rawStarts.push(i)
    length += stretchEnd - i
    lastRaw = stretchEnd
    i = stretchEnd
  }
  if (lineBreaks > 0) stripped.push(plural(lineBreaks, 'line break') + ' inside the token')
  if (spaces > 0) stripped.push(plural(spaces, 'space') + ' inside the token')
  return {
    // One native pass, not a slice per stretch: a pasted log has a stretch every few characters.
    token: body.replace(SPACES, ''),
    stripped,
    start,
    toRawOffset: (offset) => {
      if (offset >= length) return lastRaw
      // The last stretch that starts at or before the offset holds it.
      let low = 0
      let high = tokenStarts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (tokenStarts[middle]! <= offset) low = middle
        else high = middle - 1
      }
      return rawStarts[low]! + (offset - tokenStarts[low]!)
    },
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0xfeff
}
