// Text of unknown shape: logs, HTTP messages, header lines, URLs, curl commands, JSON pasted among
// other lines. JSON blocks and curl commands that start a line are read whole; elsewhere each token
// found is named by what surrounds it: a header line, a URL or form body around it, else `text`.
// Every piece of text is looked at a bounded number of times, so the cost stays linear.
import { parseJsonText } from './parse-json-text'
import { isCurlCommand, searchCurl } from './search-curl'
import { searchCookies, searchHeader } from './search-header'
import { searchParams } from './search-params'
import { searchUrl } from './search-url'
import { minTokenLength, type TokenMatch } from './token-scanner'
import type { TokenSink } from './token-sink'

const OPEN_BRACE = 123
const OPEN_BRACKET = 91
const NOT_CLOSED = -1

export function searchText(text: string, sink: TokenSink): void {
  let searchedUpTo = 0
  const blocks: BlockState = { multiLineFrom: 0 }
  for (let lineStart = 0; lineStart < text.length && !sink.isFull; ) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const region = findRegion(text, lineStart, lineEnd, blocks, sink)
    if (!region) {
      lineStart = lineEnd + 1
      continue
    }
    searchLoose(text, searchedUpTo, region.start, sink)
    region.search()
    searchedUpTo = region.end
    const nextLine = text.indexOf('\n', region.end)
    lineStart = nextLine === -1 ? text.length : nextLine + 1
  }
  searchLoose(text, searchedUpTo, text.length, sink)
}

/** A stretch of text read whole: a JSON document or a curl command. */
interface Region {
  start: number
  end: number
  search(): void
}

interface BlockState {
  /** Past an unclosed bracket, a block spanning lines would be read to the end again and again: from here on, blocks are one line. */
  multiLineFrom: number
}

/**
 * The region that starts on this line, if any: JSON starting the line (on one line or several), a
 * JSON object ending it after a prefix (`2025-12-06T10:00:00Z {"msg":…}`), or a curl command.
 */
function findRegion(text: string, lineStart: number, lineEnd: number, blocks: BlockState, sink: TokenSink): Region | null {
  const first = skipBlanks(text, lineStart, lineEnd)
  const c = text.charCodeAt(first)
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    const canSpanLines = first >= blocks.multiLineFrom
    const end = closingBracketEnd(text, first, canSpanLines ? text.length : lineEnd)
    if (end === NOT_CLOSED && canSpanLines) blocks.multiLineFrom = Infinity
    if (end > lineEnd) blocks.multiLineFrom = Math.max(blocks.multiLineFrom, end)
    return end === NOT_CLOSED ? null : jsonRegion(text, first, end, sink)
  }
  const command = skipPrompt(text, first, lineEnd)
  if (isCurlCommand(text, command)) {
    const end = commandEnd(text, lineEnd)
    return { start: first, end, search: () => searchCurlRegion(text, command, end, sink) }
  }
  let last = lineEnd
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--
  if (text.charCodeAt(last - 1) !== 125) return null
  let open = first
  while (open < last && text.charCodeAt(open) !== OPEN_BRACE) open++
  if (open >= last) return null
  return closingBracketEnd(text, open, last) === last ? jsonRegion(text, open, last, sink) : null
}

function jsonRegion(text: string, start: number, end: number, sink: TokenSink): Region | null {
  const json = parseJsonText(text.slice(start, end))
  return json.ok ? { start, end, search: () => sink.searchJson(json.value) } : null
}

function searchCurlRegion(text: string, command: number, end: number, sink: TokenSink) {
  searchCurl(text.slice(command, end), sink)
  // Unquoting can join a token to the text beside it ('a'"b"); whatever stands in the command is listed all the same.
  sink.scanner.scan(
    text,
    ({ start, end: tokenEnd, kind }) => {
      const token = text.slice(start, tokenEnd)
      if (!sink.has(token)) sink.record(token, kind, 'text')
    },
    command,
    end,
  )
}

/**
 * The text between `from` and `to` holds no block read whole: each token found names its place by
 * the header line it is on, or by the word around it (a URL, a form body), else `text`. A line or
 * word is read at its first token, whole, and the tokens after in it are skipped.
 */
function searchLoose(text: string, from: number, to: number, sink: TokenSink) {
  if (to - from < minTokenLength) return
  let searchedUpTo = from
  let lineStart = from
  let lineEnd = from - 1
  let header: HeaderLine | null | undefined
  sink.scanner.scan(
    text,
    (match: TokenMatch) => {
      if (match.start < searchedUpTo || sink.isFull) return
      if (match.start > lineEnd) {
        lineStart = Math.max(from, text.lastIndexOf('\n', match.start - 1) + 1)
        lineEnd = text.indexOf('\n', match.start)
        if (lineEnd === -1 || lineEnd > to) lineEnd = to
        header = undefined
      }
      if (header === undefined) header = lineStart >= searchedUpTo ? readHeaderLine(text, lineStart, lineEnd) : null
      if (header) {
        searchHeader(header.name, header.value, sink)
        searchedUpTo = lineEnd
        return
      }
      let wordStart = match.start
      while (wordStart > searchedUpTo && wordStart > lineStart && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--
      let wordEnd = match.end
      while (wordEnd < lineEnd && !isSpace(text.charCodeAt(wordEnd))) wordEnd++
      searchWord(text, wordStart, wordEnd, lineStart, lineEnd, sink)
      searchedUpTo = wordEnd
    },
    from,
    to,
  )
}

/** `Authorization: Bearer `, `'authorization': 'DPoP ` and the like, ending just before a token. */
const AUTHORIZATION_BEFORE = /authorization["']?[ \t]*[:=][ \t]*["']?(?:(?:bearer|dpop|jwt)[ \t]+)?$/i
/** `"cookie": "a=1; ` (as "Copy as fetch" writes headers), ending just before a cookie's name. */
const COOKIE_BEFORE = /cookie["']?[ \t]*[:=][ \t]*["']?(?:[^"';\s=]+=[^"';\s]*;[ \t]*)*$/i
/** How far before a piece its context is looked for. */
const contextLength = 200

/**
 * A whitespace-free word holding a token. Quotes and angle brackets, which no URL or form body holds
 * unencoded, cut it into pieces (`href="https://…?jwt=…"`, `{"a":"…"}`); each piece that could hold
 * a token is a URL with a query or fragment, a form body, or text.
 */
function searchWord(text: string, wordStart: number, wordEnd: number, lineStart: number, lineEnd: number, sink: TokenSink) {
  for (let start = wordStart; start < wordEnd; ) {
    let end = start
    while (end < wordEnd && !isPieceBoundary(text.charCodeAt(end))) end++
    if (end - start >= minTokenLength) {
      const piece = text.slice(start, end)
      const isPair = piece.includes('=')
      if (isPair && (piece.includes('?') || piece.includes('#'))) searchUrl(piece, sink)
      else if (isPair && (piece.includes('&') || (skipBlanks(text, lineStart, start) === start && skipBlanks(text, end, lineEnd) === lineEnd))) searchParams(piece, 'form', sink)
      else searchPieceInContext(piece, text.slice(Math.max(lineStart, start - contextLength), start), sink)
    }
    start = end + 1
  }
}

/** A piece named by what is written before it: an Authorization header or a Cookie header inside code or a log line. */
function searchPieceInContext(piece: string, before: string, sink: TokenSink) {
  if (AUTHORIZATION_BEFORE.test(before)) sink.add(piece, 'authorization-header')
  else if (piece.includes('=') && COOKIE_BEFORE.test(before)) searchCookies(piece, ';', sink)
  else sink.add(piece, 'text')
}

/** `"`, `'`, backtick, `<` and `>`. */
function isPieceBoundary(code: number): boolean {
  return code === 34 || code === 39 || code === 96 || code === 60 || code === 62
}

interface HeaderLine {
  name: string
  value: string
}

const HEADER_LINE = /[ \t]*(?:[<>][ \t]+)?(:?[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]{0,99})[ \t]*:[ \t]*/y
/** Names that are headers whatever their value; other names need a header-like value (one word, maybe after a scheme). */
const KNOWN_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'location', 'referer', 'origin', 'host', 'dpop', 'link', 'refresh'])
const SCHEME = /^(?:bearer|dpop|jwt|token)[ \t]+/i

/** `Name: value` as in an HTTP message or `curl -v` output (`> Name: value`); not `https://…`, not a sentence. */
function readHeaderLine(text: string, lineStart: number, lineEnd: number): HeaderLine | null {
  HEADER_LINE.lastIndex = lineStart
  const match = HEADER_LINE.exec(text)
  if (!match || HEADER_LINE.lastIndex > lineEnd) return null
  const value = text.slice(HEADER_LINE.lastIndex, lineEnd).replace(/\r$/, '')
  if (value.startsWith('//')) return null
  const name = match[1]!
  const isHeaderName = KNOWN_HEADERS.has(name.toLowerCase()) || name.includes('-') || name.startsWith(':')
  if (!isHeaderName && /\s/.test(value.trim().replace(SCHEME, ''))) return null
  return { name, value }
}

/** Where a curl command ends: the end of its last line, lines joined by a trailing "\" (POSIX) or "^" (cmd). */
function commandEnd(text: string, lineEnd: number): number {
  let end = lineEnd
  for (;;) {
    let last = end - 1
    if (text.charCodeAt(last) === 13) last--
    while (last >= 0 && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--
    const c = text[last]
    if ((c !== '\\' && c !== '^') || end >= text.length) return end
    const next = text.indexOf('\n', end + 1)
    end = next === -1 ? text.length : next
  }
}

/** A shell prompt before a command: `$ curl …`. */
function skipPrompt(text: string, first: number, lineEnd: number): number {
  const c = text[first]
  if ((c === '$' || c === '>' || c === '#') && (text[first + 1] === ' ' || text[first + 1] === '\t')) return skipBlanks(text, first + 1, lineEnd)
  return first
}

/**
 * The end of the JSON object or array opened at `open` (just after its closing bracket), counting
 * brackets outside strings; NOT_CLOSED when it is still open at `stop`.
 */
function closingBracketEnd(text: string, open: number, stop: number): number {
  let depth = 0
  for (let i = open; i < stop; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) {
      // Skip the string: its closing quote is the first one not escaped by an odd run of backslashes.
      let close = text.indexOf('"', i + 1)
      for (;;) {
        if (close === -1 || close >= stop) return NOT_CLOSED
        let backslashes = 0
        while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++
        if (backslashes % 2 === 0) break
        close = text.indexOf('"', close + 1)
      }
      i = close
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++
    else if (c === 125 || c === 93) {
      depth--
      if (depth === 0) return i + 1
    }
  }
  return NOT_CLOSED
}

function skipBlanks(text: string, from: number, to: number): number {
  let i = from
  while (i < to && isSpace(text.charCodeAt(i))) i++
  return i
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0
}
