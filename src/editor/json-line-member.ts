// Finds the top-level member on a line of pretty-printed JSON: JSON.stringify(value, null, 2) puts
// each one on its own line, indented by exactly two spaces.
import { scanJsonLine } from './json-line-scanner'

export interface LineMember {
  name: string
  /** The name's quoted text, as offsets within the line. */
  nameFrom: number
  nameTo: number
  /** The value, when it is short enough to read whole (a long string value is left out). */
  value?: { from: number; to: number; text: string }
}

// Claim names and short values fit many times over; a longer head would only cost time on huge lines.
const headLength = 2048

export function readLineMember(text: string): LineMember | undefined {
  if (!text.startsWith('  "')) return undefined
  const headEnd = Math.min(text.length, headLength)
  const [key, colon, value] = scanJsonLine(text, 0, headEnd)
  if (key?.kind !== 'key' || key.from !== 2 || key.to >= headEnd || colon?.kind !== 'punctuation') return undefined
  let name: unknown
  try {
    name = JSON.parse(text.slice(key.from, key.to))
  } catch (error) {
    // An editable view may hold a name with an invalid escape, such as "\q".
    if (error instanceof SyntaxError) return undefined
    throw error
  }
  if (typeof name !== 'string') return undefined
  const isWholeValue = value !== undefined && value.kind !== 'punctuation' && (value.to < headEnd || value.to === text.length)
  return {
    name,
    nameFrom: key.from,
    nameTo: key.to,
    ...(isWholeValue ? { value: { from: value.from, to: value.to, text: text.slice(value.from, value.to) } } : {}),
  }
}
