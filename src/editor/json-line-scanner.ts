// Splits one line of JSON-like text into coloured tokens in a single forward pass, without regular
// expressions: a backtracking string pattern overflows the stack on a multi-megabyte line. The text
// need not be valid JSON (an editable payload holds whatever was typed), so anything unknown is
// skipped a character at a time, and every step moves forward, which keeps the scan linear.

export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'punctuation'

/** Offsets within the line, `to` exclusive. */
export interface JsonToken {
  kind: JsonTokenKind
  from: number
  to: number
}

const QUOTE = 34
const BACKSLASH = 92
const MINUS = 45
const PLUS = 43
const DOT = 46
const COLON = 58

/** How far back a scan that starts mid-line looks for the start of a number or word. */
const maxRunLookBack = 256

const isDigit = (code: number) => code >= 48 && code <= 57
const isWordChar = (code: number) => isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36
const isPunctuation = (code: number) => code === 123 || code === 125 || code === 91 || code === 93 || code === 44 || code === COLON
const isBlank = (code: number) => code === 32 || code === 9
// Characters a number or word can continue with: a scan cannot start among them and agree with a
// scan of the whole line, so it backs up to the start of their run.
const continuesToken = (code: number) => isWordChar(code) || code === DOT || code === PLUS || code === MINUS

/**
 * Pairing the quotes before a window means a pass over the line up to it: 60 ms at the end of 20 MB
 * of minified JSON, on every scroll. Given one of these, a scan remembers positions outside any
 * string every 64 KB of a long line, and a later scan of the same text pairs quotes from the nearest
 * one before its window. It holds the line's text: drop it when the document changes.
 */
export interface LineCheckpoints {
  text: string
  /** Ascending positions at which no string is open; the first is 0. */
  positions: number[]
}

/**
 * The tokens of `text` that overlap `from`..`to`, clipped to it, exactly as a scan of the whole line
 * would give them there. Work beyond the window is limited to finding quotes with `indexOf`, so a
 * window of a 20 MB line costs about one fast search through the line, not a tokenization of it.
 */
export function scanJsonLine(text: string, from = 0, to = text.length, checkpoints?: LineCheckpoints): JsonToken[] {
  const start = Math.max(0, Math.min(from, text.length))
  const end = Math.max(start, Math.min(to, text.length))
  const tokens: JsonToken[] = []
  if (start === end) return tokens
  const add = (kind: JsonTokenKind, tokenFrom: number, tokenTo: number) => {
    const clippedFrom = Math.max(tokenFrom, start)
    const clippedTo = Math.min(tokenTo, end)
    if (clippedFrom < clippedTo) tokens.push({ kind, from: clippedFrom, to: clippedTo })
  }

  let position = resumePosition(text, start, checkpoints)
  while (position < end) {
    const code = text.charCodeAt(position)
    if (code === QUOTE) {
      const close = closingQuote(text, position)
      const stringEnd = close === -1 ? text.length : close + 1
      add(isFollowedByColon(text, stringEnd) ? 'key' : 'string', position, stringEnd)
      position = stringEnd
    } else if (isPunctuation(code)) {
      add('punctuation', position, position + 1)
      position += 1
    } else if (isDigit(code) || (code === MINUS && isDigit(text.charCodeAt(position + 1)))) {
      const numberEnd = numberEndAt(text, position)
      add('number', position, numberEnd)
      position = numberEnd
    } else if (isWordChar(code)) {
      let wordEnd = position + 1
      while (wordEnd < text.length && isWordChar(text.charCodeAt(wordEnd))) wordEnd += 1
      const word = wordEnd - position <= 5 ? text.slice(position, wordEnd) : ''
      if (word === 'true' || word === 'false' || word === 'null') add('literal', position, wordEnd)
      position = wordEnd
    } else {
      position += 1
    }
  }
  return tokens
}

/** The index of the quote that closes the string opened at `open`, or -1 if the line ends first. */
function closingQuote(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    // Each backslash is counted once: the count stops at the previous quote at the latest.
    let before = quote - 1
    while (before > open && text.charCodeAt(before) === BACKSLASH) before -= 1
    if ((quote - 1 - before) % 2 === 0) return quote
  }
  return -1
}

function isFollowedByColon(text: string, position: number): boolean {
  let next = position
  while (next < text.length && isBlank(text.charCodeAt(next))) next += 1
  return text.charCodeAt(next) === COLON
}

/** JSON's number grammar, where `position` holds a digit or a minus sign followed by one. */
function numberEndAt(text: string, position: number): number {
  let next = position + (text.charCodeAt(position) === MINUS ? 1 : 0)
  const digitsFrom = (at: number) => {
    while (isDigit(text.charCodeAt(at))) at += 1
    return at
  }
  next = digitsFrom(next)
  if (text.charCodeAt(next) === DOT && isDigit(text.charCodeAt(next + 1))) next = digitsFrom(next + 1)
  const exponent = text.charCodeAt(next)
  if (exponent === 101 || exponent === 69) {
    const sign = text.charCodeAt(next + 1)
    const digitAt = sign === PLUS || sign === MINUS ? next + 2 : next + 1
    if (isDigit(text.charCodeAt(digitAt))) next = digitsFrom(digitAt)
  }
  return next
}

const checkpointSpacing = 64 * 1024

function nearestCheckpoint(checkpoints: LineCheckpoints, text: string, from: number): number {
  if (checkpoints.text !== text) {
    checkpoints.text = text
    checkpoints.positions = [0]
  }
  const { positions } = checkpoints
  let low = 0
  let high = positions.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (positions[middle]! <= from) low = middle
    else high = middle - 1
  }
  return positions[low]!
}

function rememberCheckpoint(checkpoints: LineCheckpoints, outside: number) {
  const { positions } = checkpoints
  if (outside >= positions[positions.length - 1]! + checkpointSpacing) positions.push(outside)
}

/**
 * Where a scan that should yield the tokens from `from` on can begin: the opening quote of the string
 * `from` falls in, else the start of the number or word it falls in, else `from` itself.
 */
function resumePosition(text: string, from: number, checkpoints: LineCheckpoints | undefined): number {
  if (from === 0) return 0
  // Pair the quotes before `from`; only quotes are looked at, found by the engine's fast search.
  const memo = text.length > checkpointSpacing ? checkpoints : undefined
  const start = memo ? nearestCheckpoint(memo, text, from) : 0
  for (let open = text.indexOf('"', start); open !== -1 && open < from; ) {
    const close = closingQuote(text, open)
    if (close === -1 || close >= from) return open
    if (memo) rememberCheckpoint(memo, close + 1)
    open = text.indexOf('"', close + 1)
  }
  let runStart = from
  while (runStart > 0 && from - runStart < maxRunLookBack && continuesToken(text.charCodeAt(runStart - 1))) runStart -= 1
  return runStart
}
