// The tokens found in one text, as the finder's panels read them.
import { findTokens } from '../../core/find/find-tokens'
import type { FoundToken } from '../../core/find/found-token'

export interface FoundList {
  tokens: FoundToken[]
  /** The finder stopped before the end of the text (too many tokens): the list is a first part. */
  isTruncated: boolean
}

export function findTokenList(text: string): FoundList {
  return { tokens: findTokens(text), isTruncated: false }
}
