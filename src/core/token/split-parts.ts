// Splits a token at its separators without trusting how many there are: a hostile paste of millions
// of dots or tildes is counted, not turned into millions of strings.

export interface SplitParts {
  /** The first pieces, at most as many as asked for. */
  pieces: string[]
  /** How many pieces the whole text has (separators + 1). */
  count: number
}

/** The first `maxPieces` pieces of `text` split at `separator`, and how many there are in all. */
export function splitParts(text: string, separator: string, maxPieces: number): SplitParts {
  const pieces: string[] = []
  let count = 1
  let start = 0
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) {
    if (pieces.length < maxPieces) pieces.push(text.slice(start, at))
    start = at + 1
    count++
  }
  if (pieces.length < maxPieces) pieces.push(text.slice(start))
  return { pieces, count }
}
