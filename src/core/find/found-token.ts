// A token found in pasted text or a file, and every place it stood.

/**
 * Where a token stood, in the contract's spelling: `authorization-header`, `header:NAME`,
 * `cookie:NAME`, `json:PATH` (members joined by `.`, indexes in brackets), `query:NAME`,
 * `fragment:NAME`, `form:NAME` or `text`.
 */
export type TokenSource = string

export type FoundTokenKind = 'jws' | 'unsecured' | 'jwe' | 'sd-jwt'

export interface FoundToken {
  /** The token exactly as it stood in the text. */
  token: string
  kind: FoundTokenKind
  /**
   * Every place it was found, in the order met, each once. A token found only inside another token's
   * claims is at `json:PATH` within that token's payload, and is listed after the tokens that stand in the text.
   */
  sources: TokenSource[]
}

/** The tokens in order of first appearance; `truncated` when a limit on tokens or on one token's places cut the list short. */
export interface FindResult {
  tokens: FoundToken[]
  truncated: boolean
}
