// One row per token with its places in the order met, within limits that keep a hostile file from
// filling memory; each new token's payload is searched in turn for tokens nested in its claims.
import { decodeBase64url } from '../encoding/base64url'
import { decodeUtf8 } from '../encoding/utf8'
import type { JsonValue } from '../json/scan-json'
import type { FindResult, FoundToken, FoundTokenKind, TokenSource } from './found-token'
import { forEachJsonString } from './json-strings'
import { parseJsonText } from './parse-json-text'
import { mayHoldToken, minTokenLength, TokenScanner } from './token-scanner'
import type { TokenSink } from './token-sink'

export interface FindLimits {
  /** Distinct tokens kept; past it the search stops and the result says it was cut short. */
  maxTokens: number
  /** Places kept for one token (the same token in every element of a huge array). */
  maxSourcesPerToken: number
}

export const defaultFindLimits: FindLimits = { maxTokens: 10_000, maxSourcesPerToken: 100 }

/** Tokens inside claims of tokens inside claims: deeper than this is not searched. */
const maxNestingDepth = 3

export interface Searchers {
  searchText(text: string, sink: TokenSink): void
  searchJson(parsed: JsonValue, sink: TokenSink): void
}

interface Row {
  row: FoundToken
  places: Set<TokenSource>
  /** Found only inside another token's payload, not in the text itself. */
  isNested: boolean
}

export class TokenCollector implements TokenSink {
  readonly scanner = new TokenScanner()
  private readonly rows = new Map<string, Row>()
  private isTruncated = false
  private hasReachedLimit = false
  /** Tokens whose payloads are yet to be searched, and how deep each is nested. */
  private readonly payloadQueue: Array<{ token: string; depth: number }> = []
  /** While payloads are searched: the nesting depth of the tokens found. */
  private nestingDepth = 0

  constructor(
    private readonly searchers: Searchers,
    private readonly limits: FindLimits = defaultFindLimits,
  ) {}

  get isFull(): boolean {
    return this.hasReachedLimit
  }

  add(value: string, source: TokenSource): void {
    if (this.hasReachedLimit || value.length < minTokenLength) return
    this.scanner.scan(value, (match) => this.record(value.slice(match.start, match.end), match.kind, source))
  }

  has(token: string): boolean {
    return this.rows.has(token)
  }

  record(token: string, kind: FoundTokenKind, source: TokenSource): void {
    const known = this.rows.get(token)
    if (known) {
      // A token that stands in the text is listed at its own places, not inside other tokens.
      if (known.places.has(source) || (this.nestingDepth > 0 && !known.isNested)) return
      if (known.places.size >= this.limits.maxSourcesPerToken) {
        this.isTruncated = true
        return
      }
      known.places.add(source)
      known.row.sources.push(source)
      return
    }
    if (this.hasReachedLimit) return
    if (this.rows.size >= this.limits.maxTokens) {
      this.isTruncated = true
      this.hasReachedLimit = true
      return
    }
    this.rows.set(token, { row: { token, kind, sources: [source] }, places: new Set([source]), isNested: this.nestingDepth > 0 })
    if (kind !== 'jwe' && this.nestingDepth < maxNestingDepth) this.payloadQueue.push({ token, depth: this.nestingDepth + 1 })
  }

  searchText(text: string): void {
    if (!this.hasReachedLimit) this.searchers.searchText(text, this)
  }

  searchJson(parsed: JsonValue): void {
    if (!this.hasReachedLimit) this.searchers.searchJson(parsed, this)
  }

  /** The rows; tokens nested in payloads come after those that stand in the text. */
  result(): FindResult {
    // The queue grows while it is read: tokens nested in nested tokens join its end.
    for (let i = 0; i < this.payloadQueue.length && !this.hasReachedLimit; i++) {
      const { token, depth } = this.payloadQueue[i]!
      this.nestingDepth = depth
      this.searchPayload(token)
    }
    this.payloadQueue.length = 0
    this.nestingDepth = 0
    return { tokens: [...this.rows.values()].map(({ row }) => row), truncated: this.isTruncated }
  }

  /** Tokens held in the claims of a JWS (or an SD-JWT's issuer JWT), at `json:PATH` within its payload. */
  private searchPayload(token: string) {
    const firstDot = token.indexOf('.')
    const secondDot = token.indexOf('.', firstDot + 1)
    const bytes = decodeBase64url(token.slice(firstDot + 1, secondDot))
    if (!bytes.ok) return
    const utf8 = decodeUtf8(bytes.value.bytes)
    if (!utf8.ok || utf8.text.length < minTokenLength) return
    const claims = parseJsonText(utf8.text)
    if (claims.ok) forEachJsonString(claims.value, mayHoldToken, (text, path) => this.add(text, path === '' ? 'text' : `json:${path}`))
    else this.add(utf8.text, 'text')
  }
}
