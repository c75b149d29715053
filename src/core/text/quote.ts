// Puts text from a token or key into a message without letting it take the message over: a hostile
// value can be megabytes long, and a message that quotes all of it helps nobody.

/** Characters of a value a message shows before cutting it short. */
export const maxQuotedCharacters = 100
/** Values of a list a message names before saying how many more there are. */
export const maxQuotedValues = 5

/** `"value"`, or `"the first 100 characters…" (12,345 characters)` when it is longer. */
export function quote(text: string, maxCharacters = maxQuotedCharacters): string {
  return text.length <= maxCharacters ? `"${text}"` : `"${head(text, maxCharacters)}…" (${characters(text.length)})`
}

/** The text itself, or its first 100 characters and how long it is, for text shown without quotes. */
export function shorten(text: string, maxCharacters = maxQuotedCharacters): string {
  return text.length <= maxCharacters ? text : `${head(text, maxCharacters)}… (${characters(text.length)})`
}

/** A JSON value as JSON text, cut short like `quote` when it is longer. */
export function quoteJson(value: unknown, maxCharacters = maxQuotedCharacters): string {
  const json = JSON.stringify(value) ?? String(value)
  return json.length <= maxCharacters ? json : `${head(json, maxCharacters)}… (${characters(json.length)} of JSON)`
}

/** `"a", "b", "c"`, or the first five and `and 995 more`. */
export function quoteList(values: readonly unknown[], maxValues = maxQuotedValues): string {
  const shown = values.slice(0, maxValues).map((value) => (typeof value === 'string' ? quote(value) : quoteJson(value)))
  const more = values.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more.toLocaleString('en-US')} more` : shown.join(', ')
}

const characters = (count: number) => `${count.toLocaleString('en-US')} characters`

/** The first characters, never ending in half of a surrogate pair. */
function head(text: string, maxCharacters: number): string {
  const last = text.charCodeAt(maxCharacters - 1)
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? maxCharacters - 1 : maxCharacters)
}
