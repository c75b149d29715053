// Finds the JWS, JWE and SD-JWT tokens that stand in a string. A candidate is a run of base64url
// characters, dots and tildes; only the stretches of it that decode as a token count. One pass over
// the text: most runs are rejected by their dots or by their first characters, and each header is
// decoded once per scanner.
import { decodeBase64url } from '../encoding/base64url'
import { decodeUtf8 } from '../encoding/utf8'
import { isJsonObject } from '../json/json-value'
import { decodeDisclosure } from '../sd-jwt/decode-disclosure'
import type { FoundTokenKind } from './found-token'
import { parseJsonText } from './parse-json-text'

export interface TokenMatch {
  /** Offsets in the scanned text: the token is `text.slice(start, end)`. */
  start: number
  end: number
  kind: FoundTokenKind
}

interface HeaderFacts {
  isUnsecured: boolean
  isExactlyNone: boolean
  isJwe: boolean
  /** RFC 7797 "b64": false: the payload is carried as it is, not base64url. */
  isUnencoded: boolean
}

const BASE64URL = 1
const DOT = 46
const TILDE = 126
const END = -1
/** 0: not in a run; 1: base64url; 2: "." or "~". */
const RUN_CHARACTER = new Uint8Array(128)
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') RUN_CHARACTER[c.charCodeAt(0)] = BASE64URL
RUN_CHARACTER[DOT] = 2
RUN_CHARACTER[TILDE] = 2

const HEADER_FIRST_CHARACTER = new Uint8Array(128)
for (const c of 'eICD7') HEADER_FIRST_CHARACTER[c.charCodeAt(0)] = 1

/** `{"alg":""}` is the smallest header: 10 bytes, 14 base64url characters. */
export const minHeaderLength = 14
/** A header, two dots and an empty payload and signature. */
export const minTokenLength = minHeaderLength + 2
/** A string that could hold a token: long enough, with a dot. A cheap test before a scan. */
export function mayHoldToken(text: string): boolean {
  return text.length >= minTokenLength && text.includes('.')
}

/** Headers of a sane size are remembered; a hostile one is decoded each time it is met, which is once per place. */
const maxCachedHeaderLength = 4096
const maxCachedHeaders = 10_000

const BOM = [0xef, 0xbb, 0xbf]
const SEXTET = new Int8Array(128).fill(-1)
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].entries()) SEXTET[c.charCodeAt(0)] = i

export class TokenScanner {
  private readonly headers = new Map<string, HeaderFacts | null>()

  /** Calls `onMatch` for each token in `text` between `from` and `to`, in order. */
  scan(text: string, onMatch: (match: TokenMatch) => void, from = 0, to = text.length): void {
    let i = from
    while (i < to) {
      const c = text.charCodeAt(i)
      if (c >= 128 || RUN_CHARACTER[c] === 0) {
        i++
        continue
      }
      const runStart = i
      let dots = 0
      // A header is at least 14 characters and starts with "e" ("{"), "I", "C" or "D" (whitespace) or "7" (a byte order mark).
      let segmentStart = i
      let hasHeaderCandidate = false
      for (; i < to; i++) {
        const d = text.charCodeAt(i)
        if (d >= 128 || RUN_CHARACTER[d] === 0) break
        if (d === DOT || d === TILDE) {
          if (d === DOT) dots++
          if (!hasHeaderCandidate && i - segmentStart >= minHeaderLength && HEADER_FIRST_CHARACTER[text.charCodeAt(segmentStart)] === 1) hasHeaderCandidate = true
          segmentStart = i + 1
        }
      }
      if (dots >= 2 && hasHeaderCandidate) this.scanRun(text, runStart, i, onMatch)
    }
  }

  /** The tokens in one run; each ends where a separator begins, so the run is cut into segments first. */
  private scanRun(text: string, runStart: number, runEnd: number, onMatch: (match: TokenMatch) => void) {
    const starts: number[] = [runStart]
    // The separator after each segment: ".", "~" or END.
    const separators: number[] = []
    for (let i = runStart; i < runEnd; i++) {
      const c = text.charCodeAt(i)
      if (c === DOT || c === TILDE) {
        separators.push(c)
        starts.push(i + 1)
      }
    }
    separators.push(END)
    const run: Run = { text, starts, separators, runEnd }
    for (let k = 0; k < starts.length; ) {
      const match = this.matchAt(run, k)
      if (match) {
        onMatch({ start: starts[k]!, end: match.end, kind: match.kind })
        k = match.next
      } else k++
    }
  }

  /** A token whose header is segment `k`: where it ends and the segment after it. */
  private matchAt(run: Run, k: number): { end: number; next: number; kind: FoundTokenKind } | null {
    const jws = this.matchCompact(run, k)
    if (!jws) return null
    if (jws.kind === 'jwe' || run.separators[jws.next - 1] !== TILDE) return jws
    // An SD-JWT (RFC 9901 §4): disclosures each followed by "~", then a key-binding JWT or nothing.
    let end = segmentEnd(run, jws.next - 1) + 1
    let j = jws.next
    for (;;) {
      const separator = run.separators[j]
      const isEmpty = segmentEnd(run, j) === run.starts[j]
      if (separator === DOT) {
        const keyBinding = isEmpty ? null : this.matchCompact(run, j)
        if (keyBinding && keyBinding.kind !== 'jwe' && run.separators[keyBinding.next - 1] !== TILDE) {
          return { end: keyBinding.end, next: keyBinding.next, kind: 'sd-jwt' }
        }
        return { end, next: j, kind: 'sd-jwt' }
      }
      if (isEmpty || !isDisclosure(run, j)) return { end, next: j, kind: 'sd-jwt' }
      if (separator === END) return { end: run.runEnd, next: j + 1, kind: 'sd-jwt' }
      end = segmentEnd(run, j) + 1
      j++
    }
  }

  /** A JWS (3 parts) or JWE (5 parts) starting at segment `k`, all joined by dots. */
  private matchCompact(run: Run, k: number): { end: number; next: number; kind: FoundTokenKind } | null {
    const { text, starts, separators } = run
    if (separators[k] !== DOT || separators[k + 1] !== DOT) return null
    const headerStart = starts[k]!
    const headerEnd = starts[k + 1]! - 1
    if (headerEnd - headerStart < minHeaderLength || !startsLikeJsonObject(text, headerStart, headerEnd)) return null
    const header = this.readHeader(text.slice(headerStart, headerEnd))
    if (!header) return null
    const length = (segment: number) => segmentEnd(run, segment) - starts[segment]!
    if (header.isJwe) {
      if (separators[k + 2] !== DOT || separators[k + 3] !== DOT) return null
      // The encrypted key is empty for "dir"; the IV, ciphertext and tag never are.
      for (let part = k + 1; part <= k + 4; part++) if (length(part) % 4 === 1) return null
      if (length(k + 2) === 0 || length(k + 3) === 0 || length(k + 4) === 0) return null
      return { end: segmentEnd(run, k + 4), next: k + 5, kind: 'jwe' }
    }
    if (!header.isUnencoded && length(k + 1) % 4 === 1) return null
    const signatureLength = length(k + 2)
    // Only an unsecured token has an empty signature; a signed one without it is cut short.
    if (signatureLength % 4 === 1 || (signatureLength === 0 && !header.isUnsecured)) return null
    return { end: segmentEnd(run, k + 2), next: k + 3, kind: header.isExactlyNone ? 'unsecured' : 'jws' }
  }

  private readHeader(segment: string): HeaderFacts | null {
    const cached = this.headers.get(segment)
    if (cached !== undefined) return cached
    const facts = decodeHeaderFacts(segment)
    if (segment.length <= maxCachedHeaderLength) {
      if (this.headers.size >= maxCachedHeaders) this.headers.clear()
      this.headers.set(segment, facts)
    }
    return facts
  }
}

interface Run {
  text: string
  /** Where each segment starts; a segment ends one before the next start, or at `runEnd`. */
  starts: number[]
  separators: number[]
  runEnd: number
}

function segmentEnd(run: Run, segment: number): number {
  const next = run.starts[segment + 1]
  return next === undefined ? run.runEnd : next - 1
}

function isDisclosure(run: Run, segment: number): boolean {
  const encoded = run.text.slice(run.starts[segment], segmentEnd(run, segment))
  // The smallest disclosure, ["",""], is 7 bytes; a JSON array starts with "[" (base64url "W") or whitespace.
  if (encoded.length < 10 || !startsLikeJson(run.text, run.starts[segment]!, segmentEnd(run, segment), 0x5b)) return false
  return decodeDisclosure(encoded, 0).shape !== null
}

/** The header as the decoder reads it: base64url, UTF-8, a JSON object with a string "alg". */
function decodeHeaderFacts(segment: string): HeaderFacts | null {
  const bytes = decodeBase64url(segment)
  if (!bytes.ok) return null
  const utf8 = decodeUtf8(bytes.value.bytes)
  if (!utf8.ok) return null
  const parsed = parseJsonText(utf8.text)
  if (!parsed.ok) return null
  const header = parsed.value
  if (!isJsonObject(header) || typeof header.alg !== 'string') return null
  return {
    isUnsecured: header.alg.toLowerCase() === 'none',
    isExactlyNone: header.alg === 'none',
    isJwe: typeof header.enc === 'string',
    isUnencoded: header.b64 === false,
  }
}

function startsLikeJsonObject(text: string, start: number, end: number): boolean {
  return startsLikeJson(text, start, end, 0x7b)
}

/**
 * Whether the base64url text between `start` and `end` decodes to bytes whose first one after JSON
 * whitespace (and a byte order mark) is `open`. Reads a few characters, not the whole part; when
 * whitespace fills them, it answers yes and leaves the verdict to the full decoding.
 */
function startsLikeJson(text: string, start: number, end: number, open: number): boolean {
  const limit = Math.min(end, start + 64)
  let bits = 0
  let bitCount = 0
  let byteIndex = 0
  let isInBom = false
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i)
    const sextet = code < 128 ? SEXTET[code]! : -1
    if (sextet < 0) return false
    bits = ((bits << 6) | sextet) & 0xffffff
    bitCount += 6
    if (bitCount < 8) continue
    bitCount -= 8
    const byte = (bits >> bitCount) & 0xff
    const index = byteIndex++
    if (index === 0 && byte === 0xef) isInBom = true
    else if (isInBom && index < 3) {
      if (byte !== BOM[index]) return false
    } else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return byte === open
  }
  return true
}
