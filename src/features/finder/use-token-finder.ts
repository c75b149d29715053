// The finder on the debugger: tokens in the token box's text when it is not one token, and tokens
// in a file given to it.
import type { DecodedToken } from '../../core/token/decoded-token'
import type { SessionMemory } from '../../hooks/use-kept-state'
import { mayHoldTokens } from './may-hold-tokens'
import { useFileSearch, type FileSearchControls } from './use-file-search'
import { useTextSearch, type TextSearch } from './use-text-search'
import { searchInBackground, type SearchInBackground } from './search-in-background'
import { useMemo } from 'react'

export interface TokenFinder {
  text: TextSearch
  file: FileSearchControls
}

export interface TokenFinderOptions {
  memory: SessionMemory
  /** The token box's text, as typed. */
  token: string
  /** The text as decoded (it trails `token` while a huge text is typed), and its decoding. */
  decodedText: string
  decoded: DecodedToken | null
  /** Where searches too large for the page run; tests pass their own. */
  search?: SearchInBackground
}

export function useTokenFinder({ memory, token, decodedText, decoded, search = searchInBackground }: TokenFinderOptions): TokenFinder {
  const shouldSearch = useMemo(() => mayHoldTokens(decodedText, decoded), [decodedText, decoded])
  const text = useTextSearch(decodedText, shouldSearch, search)
  const file = useFileSearch(memory, token, search)
  return { text, file }
}
