// Re-lays out JSON text without parsing it into numbers and strings, so every literal survives
// exactly as written: integers beyond 2^53, "1.0", escapes and repeated member names included.
// Both functions expect text that scanJson accepts.

// Indenting grows with the square of the depth; text nested deeper than this is shown as it is.
const MAX_INDENTED_DEPTH = 100
// A list of a few plain values, such as "amr": ["pwd", "otp"], reads best on one line.
const MAX_INLINE_ARRAY_LENGTH = 60

const isWhitespace = (char: string) => char === ' ' || char === '\n' || char === '\r' || char === '\t'

/**
 * Indents JSON two spaces per level, as JSON.stringify(value, null, 2) would, but keeps each
 * literal's text and puts a short array of strings, numbers and literals on one line. Text nested
 * over 100 levels deep comes back unchanged.
 */
export function formatJson(text: string): string {
  let out = ''
  let depth = 0
  let i = 0
  const newline = () => `\n${'  '.repeat(depth)}`
  while (i < text.length) {
    const char = text[i]!
    if (isWhitespace(char)) {
      i++
    } else if (char === '"') {
      const end = stringEnd(text, i)
      out += text.slice(i, end)
      i = end
    } else if (char === '{' || char === '[') {
      const next = skipWhitespace(text, i + 1)
      const inline = char === '[' ? inlineArray(text, i) : undefined
      if (text[next] === (char === '{' ? '}' : ']')) {
        out += char === '{' ? '{}' : '[]'
        i = next + 1
      } else if (inline) {
        out += inline.text
        i = inline.end
      } else {
        depth++
        if (depth > MAX_INDENTED_DEPTH) return text
        out += char + newline()
        i++
      }
    } else if (char === '}' || char === ']') {
      depth--
      out += newline() + char
      i++
    } else if (char === ',') {
      out += `,${newline()}`
      i++
    } else if (char === ':') {
      out += ': '
      i++
    } else {
      out += char
      i++
    }
  }
  return out
}

/** Removes the whitespace between tokens, the form a token's parts are encoded in. */
export function minifyJson(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const char = text[i]!
    if (char === '"') {
      const end = stringEnd(text, i)
      out += text.slice(i, end)
      i = end
    } else {
      if (!isWhitespace(char)) out += char
      i++
    }
  }
  return out
}

/**
 * The array that opens at `start` written on one line, when it holds only strings, numbers and
 * literals and is short; it reads no further than the limit, so long arrays cost nothing extra.
 */
function inlineArray(text: string, start: number): { text: string; end: number } | undefined {
  let out = '['
  let i = skipWhitespace(text, start + 1)
  while (i < text.length && out.length <= MAX_INLINE_ARRAY_LENGTH) {
    const char = text[i]!
    if (char === ']') return { text: `${out}]`, end: i + 1 }
    if (char === '[' || char === '{') return undefined
    if (char === ',') {
      out += ', '
      i = skipWhitespace(text, i + 1)
    } else if (char === '"') {
      const end = stringEnd(text, i)
      out += text.slice(i, end)
      i = skipWhitespace(text, end)
    } else {
      out += char
      i++
      if (isWhitespace(text[i] ?? '')) i = skipWhitespace(text, i)
    }
  }
  return undefined
}

/** The offset just past the string literal that opens at `start`. */
export function stringEnd(text: string, start: number): number {
  // Without a backslash before the next quote, that quote closes the string: one native search.
  const close = text.indexOf('"', start + 1)
  if (close !== -1 && !text.slice(start + 1, close).includes('\\')) return close + 1
  let i = start + 1
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
  return i + 1
}

export function skipWhitespace(text: string, from: number): number {
  let i = from
  while (i < text.length && isWhitespace(text[i]!)) i++
  return i
}
