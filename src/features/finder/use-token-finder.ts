// The finder on the debugger: tokens in the token box's text when it is not one token, and tokens
// in a file given to it.
import { useMemo } from 'react'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { FileSearchStore } from './file-search-store'
import { mayHoldTokens } from './may-hold-tokens'
import { useFileSearch, type FileSearchView } from './use-file-search'
import { useTextSearch, type TextSearch } from './use-text-search'
import { searchInBackground, type SearchInBackground } from './search-in-background'

export interface TokenFinder {
  text: TextSearch
  file: FileSearchView
}

export interface TokenFinderOptions {
  fileStore: FileSearchStore
  /** The token box's text, as typed. */
  token: string
  /** The text as decoded (it trails `token` while a huge text is typed), and its decoding. */
  decodedText: string
  decoded: DecodedToken | null
  /** Where searches too large for the page run; tests pass their own. */
  search?: SearchInBackground
}

export function useTokenFinder({ fileStore, token, decodedText, decoded, search = searchInBackground }: TokenFinderOptions): TokenFinder {
  const shouldSearch = useMemo(() => mayHoldTokens(decodedText, decoded), [decodedText, decoded])
  const text = useTextSearch(decodedText, shouldSearch, search)
  const file = useFileSearch(fileStore, token)
  return { text, file }
}
