// Text from a token or key, set apart so it cannot reorder the page's own words (a <bdi> isolate),
// with each invisible or direction-control character shown as a marker naming it.
import { findInvisibleCharacters } from '../core/text/find-invisible-characters'

/** Markers shown in one value before the rest are left as they are; the findings name them all. */
const maxMarkers = 50

export function RevealedText({ text }: { text: string }) {
  const hidden = findInvisibleCharacters(text, maxMarkers)
  if (hidden.length === 0) return <bdi>{text}</bdi>
  const pieces: React.ReactNode[] = []
  let from = 0
  for (const character of hidden) {
    pieces.push(text.slice(from, character.offset))
    pieces.push(
      <mark
        key={character.offset}
        title={`${character.codePoint} ${character.name}, invisible in the text`}
        className="mx-px rounded-sm bg-amber-200 px-0.5 font-mono text-[0.7em] text-amber-950 dark:bg-amber-800 dark:text-amber-50"
      >
        {character.codePoint}
      </mark>,
    )
    from = character.offset + String.fromCodePoint(text.codePointAt(character.offset)!).length
  }
  pieces.push(text.slice(from))
  return <bdi data-testid="revealed-text">{pieces}</bdi>
}
