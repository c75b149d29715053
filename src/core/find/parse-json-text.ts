// JSON.parse for text that may or may not be JSON: a value, or nothing when it is not JSON.
import type { JsonValue } from '../json/scan-json'

export type ParsedJson = { ok: true; value: JsonValue } | { ok: false }

/** Parses only text that starts like an object or an array, the shapes that hold tokens by name. */
export function parseJsonText(text: string): ParsedJson {
  const first = firstNonSpace(text)
  if (first !== '{' && first !== '[') return { ok: false }
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue }
  } catch (error) {
    // RangeError: nesting deeper than the engine parses.
    if (error instanceof SyntaxError || error instanceof RangeError) return { ok: false }
    throw error
  }
}

function firstNonSpace(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r' && c !== '\ufeff') return c
  }
  return undefined
}
