// Characters that change what a string is without changing how it looks: zero-width and format
// characters, direction controls (Trojan Source, CVE-2021-42574), fillers. Two issuers that look the
// same on screen can differ by one of them, and an identity check then fails, or passes wrongly.

export interface InvisibleCharacter {
  /** "U+200B" */
  codePoint: string
  /** "ZERO WIDTH SPACE" */
  name: string
  /** Where it is, counting characters (code points) from 1, as a reader counts. */
  position: number
  /** Its offset in the JavaScript string (UTF-16 code units), for slicing. */
  offset: number
}

const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xe0001: 'LANGUAGE TAG',
  0xe007f: 'CANCEL TAG',
}

// Every format character (general category Cf), and the invisible ones of other categories named above.
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u2028\u2029\u3164\uffa0]/gu
const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u')

/** The invisible and direction-control characters in `text`, in order (at most `limit` of them). */
export function findInvisibleCharacters(text: string, limit = Number.POSITIVE_INFINITY): InvisibleCharacter[] {
  // Most text has none: one test, without building a match for every string of a large token.
  if (!HAS_INVISIBLE.test(text)) return []
  const found: InvisibleCharacter[] = []
  let position = 0
  let counted = 0
  for (const match of text.matchAll(INVISIBLE)) {
    if (found.length >= limit) break
    // Count code points up to the match, from where the last count stopped.
    for (const _ of text.slice(counted, match.index)) position++
    counted = match.index + match[0].length
    position++
    const code = match[0].codePointAt(0)!
    found.push({ codePoint: formatCodePoint(code), name: nameOf(code), position, offset: match.index })
  }
  return found
}

/** The text with each invisible character written as \u{…}, so a message can show where it hides. */
export function revealInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, (character) => `\\u{${character.codePointAt(0)!.toString(16).toUpperCase()}}`)
}

/** The text without its invisible characters: what a reader sees, to tell look-alikes apart. */
export function removeInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '')
}

function formatCodePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

function nameOf(code: number): string {
  const named = NAMES[code]
  if (named) return named
  // Tag characters (U+E0020..E007E) spell hidden ASCII text, once used for language tags.
  if (code >= 0xe0020 && code <= 0xe007e) return `TAG ${JSON.stringify(String.fromCharCode(code - 0xe0000))}`
  return 'FORMAT CHARACTER'
}
