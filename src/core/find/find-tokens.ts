// Every token in pasted text or a file, once each, with every place it stood, in order of first
// appearance. The text's shape names the places: a HAR file field by field, any JSON document by
// path, and other text by the header lines, URLs, form bodies and curl commands in it.
import type { FindResult } from './found-token'
import { parseJsonText } from './parse-json-text'
import { searchJson } from './search-json'
import { searchText } from './search-text'
import { defaultFindLimits, TokenCollector, type FindLimits } from './token-collector'

export function findTokens(text: string, limits: FindLimits = defaultFindLimits): FindResult {
  const collector = new TokenCollector({ searchText, searchJson }, limits)
  // Files saved on Windows may start with a byte order mark, which JSON.parse refuses.
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const json = parseJsonText(content)
  if (json.ok) collector.searchJson(json.value)
  else collector.searchText(content)
  return collector.result()
}
