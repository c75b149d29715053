// What a search found, in the words of its heading and of its announcement.
import { plural } from '../../core/text/words'
import type { FileSearch } from './file-search-store'
import type { TextSearch } from './use-text-search'

export const textHeading = (count: number) => `${plural(count, 'token')} found in this text`

export function describeFileSearch(search: FileSearch): string {
  switch (search.state) {
    case 'searching':
      return `Searching ${search.name}…`
    case 'failed':
      return search.message
    case 'done':
      return search.list.tokens.length === 0 ? `No tokens in ${search.name}.` : `${plural(search.list.tokens.length, 'token')} in ${search.name}`
  }
}

/** What a live region says about the searches: the file's while its list is shown, else the text's. */
export function announceSearch(text: TextSearch, file: FileSearch | null, isFileShown: boolean): string {
  if (file && isFileShown) return describeFileSearch(file)
  if (text.state === 'done' && text.list.tokens.length > 0) return textHeading(text.list.tokens.length)
  return text.state === 'searching' ? 'Searching the text for tokens…' : ''
}
