// Where a token was found, in words: the contract's source names as a person reads them.
import type { TokenSource } from '../../core/find/found-token'
import { joinWords } from '../../core/text/words'

const kindWords: Record<string, (name: string) => string> = {
  header: (name) => `header ${name}`,
  cookie: (name) => `cookie ${name}`,
  json: (path) => `JSON ${path}`,
  query: (name) => `query parameter ${name}`,
  fragment: (name) => `URL fragment ${name}`,
  form: (name) => `form field ${name}`,
}

/** "the Authorization header", "cookie session", "JSON data.items[0].jwt", "the text". */
export function describeSource(source: TokenSource): string {
  if (source === 'authorization-header') return 'the Authorization header'
  if (source === 'text') return 'the text'
  const colon = source.indexOf(':')
  const describe = colon > 0 ? kindWords[source.slice(0, colon)] : undefined
  return describe ? describe(source.slice(colon + 1)) : source
}

/** Sources named in a sentence; past three, the rest are counted. */
export function describeSources(sources: readonly TokenSource[]): string {
  const named = sources.slice(0, 3).map(describeSource)
  const rest = sources.length - named.length
  return joinWords(rest > 0 ? [...named, `${rest.toLocaleString('en-US')} more places`] : named)
}
