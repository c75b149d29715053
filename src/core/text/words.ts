// Words for counts, lists, characters and bytes, the same way on every panel.

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** "1 key", "2 keys", "12,000 keys". */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`
}

/** A character as a sentence names it: "a space", "a line break", "the control character U+0007", '"!"'. */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0
  if (char === ' ') return 'a space'
  if (char === '\t') return 'a tab'
  if (char === '\n' || char === '\r') return 'a line break'
  if (code < 32 || code === 127) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  return `"${char}"`
}

/** Bytes as two-digit lowercase hex, joined by `separator`. */
export function hexBytes(bytes: Uint8Array, separator = ' '): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(separator)
}

// Letters whose spoken name starts with a vowel sound: "an HS256", "an RSA-OAEP", "an EdDSA", but "a PS256".
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX')

/** A name with "a" or "an" before it, as it is read aloud: an algorithm name is spelled letter by letter. */
export function withArticle(name: string): string {
  const first = name.charAt(0)
  const isSpelled = /^[A-Z]/.test(name)
  const takesAn = isSpelled ? VOWEL_SOUND_LETTERS.has(first) : /^[aeiou]/i.test(first)
  return `${takesAn ? 'an' : 'a'} ${name}`
}
