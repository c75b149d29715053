// Puts text from a token or key into a message without letting it take the message over: a hostile
// value can be megabytes long, and a message that quotes all of it helps nobody; and a value with
// direction controls or right-to-left letters could reorder the words around it.
import { revealInvisibleCharacters } from './find-invisible-characters'

/** Characters of a value a message shows before cutting it short. */
export const maxQuotedCharacters = 100
/** Values of a list a message names before saying how many more there are. */
export const maxQuotedValues = 5

/** `"value"`, or `"the first 100 characters…" (12,345 characters)` when it is longer. */
export function quote(text: string, maxCharacters = maxQuotedCharacters): string {
  return text.length <= maxCharacters ? `"${isolate(text)}"` : `"${isolate(head(text, maxCharacters))}…" (${characters(text.length)})`
}

/** The text itself, or its first 100 characters and how long it is, for text shown without quotes. */
export function shorten(text: string, maxCharacters = maxQuotedCharacters): string {
  return text.length <= maxCharacters ? isolate(text) : `${isolate(head(text, maxCharacters))}… (${characters(text.length)})`
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

// Letters written right to left: beside them, the sentence's own punctuation and words could move.
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u
const FIRST_STRONG_ISOLATE = '\u2068'
const POP_DIRECTIONAL_ISOLATE = '\u2069'

/**
 * The value as a message may show it: each invisible or direction-control character written out as
 * \u{…}, so none can act on the sentence, and right-to-left text set apart in an isolate (Unicode
 * bidi, UAX #9), so it keeps its own order without moving the words around it.
 */
export function isolate(text: string): string {
  const revealed = revealInvisibleCharacters(text)
  return RIGHT_TO_LEFT.test(revealed) ? `${FIRST_STRONG_ISOLATE}${revealed}${POP_DIRECTIONAL_ISOLATE}` : revealed
}

const characters = (count: number) => `${count.toLocaleString('en-US')} characters`

/** The first characters, never ending in half of a surrogate pair. */
function head(text: string, maxCharacters: number): string {
  const last = text.charCodeAt(maxCharacters - 1)
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? maxCharacters - 1 : maxCharacters)
}
