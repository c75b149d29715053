// Sentences built from lists and counts, the same way on every panel.

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
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
