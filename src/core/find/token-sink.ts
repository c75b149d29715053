// What every searcher hands its findings to: the searchers name the places, the sink keeps the rows.
import type { JsonValue } from '../json/scan-json'
import type { FoundTokenKind, TokenSource } from './found-token'
import type { TokenScanner } from './token-scanner'

export interface TokenSink {
  readonly scanner: TokenScanner
  /** True once a limit is reached: searchers stop, as nothing more would be kept. */
  readonly isFull: boolean
  /** Records every token standing in `value` as found at `source`. */
  add(value: string, source: TokenSource): void
  /** Whether the token is listed already. */
  has(token: string): boolean
  /** Records one token, already matched, as found at `source`. */
  record(token: string, kind: FoundTokenKind, source: TokenSource): void
  /** Text whose shape is not known: its own structure (header lines, URLs, JSON, curl) names the places. */
  searchText(text: string): void
  /** A parsed JSON document: a HAR file, or any other, whose string members are `json:PATH`. */
  searchJson(parsed: JsonValue): void
}
