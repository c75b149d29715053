// Turns what people paste (a header line, "Bearer ", quotes, wrapped lines) into the bare token,
// remembering what was removed and where the token sits in the original text.
import { plural } from '../text/words'

export interface NormalizedInput {
  /** The token with everything around and inside it that is not part of it removed. */
  token: string
  /** Plain descriptions of what was removed, in the order found. */
  stripped: string[]
  /** Offset in the original text of the token's first character. */
  start: number
  /** Maps an offset in `token` to the offset in the original text. */
  toRawOffset: (tokenOffset: number) => number
}

const AUTHORIZATION_HEADER = /^authorization[ \t]*:[ \t]*/i
const SCHEME_PREFIX = /^(bearer|dpop|jwt)[ \t]+/i
const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’' }

export function normalizeInput(raw: string): NormalizedInput {
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
  if (!/\s/.test(body)) return { token: body, stripped, start, toRawOffset: (offset) => start + offset }

  // Tokens copied from logs and terminals arrive wrapped across lines. The token is built from the
  // stretches between whitespace, and offsets map back through where each stretch starts: memory in
  // proportion to the number of stretches, not one entry per character of a pasted megabyte.
  const pieces: string[] = []
  const tokenStarts: number[] = []
  const rawStarts: number[] = []
  let length = 0
  let lineBreaks = 0
  let spaces = 0
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
    pieces.push(raw.slice(i, stretchEnd))
    tokenStarts.push(length)
    rawStarts.push(i)
    length += stretchEnd - i
    i = stretchEnd
  }
  if (lineBreaks > 0) stripped.push(plural(lineBreaks, 'line break') + ' inside the token')
  if (spaces > 0) stripped.push(plural(spaces, 'space') + ' inside the token')
  const lastRaw = rawStarts.length > 0 ? rawStarts[rawStarts.length - 1]! + pieces[pieces.length - 1]!.length : start
  return {
    token: pieces.join(''),
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
