// The search of the token box's text, run when the text does not decode as one token and may hold some.
import { useMemo } from 'react'
import type { DecodedToken } from '../../core/token/decoded-token'
import { mayHoldTokens } from './may-hold-tokens'
import { useTextSearch, type TextSearch } from './use-text-search'
import { searchInBackground, type SearchInBackground } from './search-in-background'

/**
 * `decodedText` is the text as decoded (it trails the token box while a huge text is typed), and
 * `decoded` its decoding. `search` is where searches too large for the page run.
 */
export function useTokenFinder(decodedText: string, decoded: DecodedToken | null, search: SearchInBackground = searchInBackground): TextSearch {
  const shouldSearch = useMemo(() => mayHoldTokens(decodedText, decoded), [decodedText, decoded])
  return useTextSearch(decodedText, shouldSearch, search)
}

/** The search found tokens to list. */
export function hasFoundTokens(search: TextSearch): search is Extract<TextSearch, { state: 'done' }> {
  return search.state === 'done' && search.list.tokens.length > 0
}
