// The member names of a JSON object's top level, found without building its values: telling a
// 20 MB HAR file from a JWS JSON serialization should not cost as much as reading the whole HAR.

/**
 * The names of the members at the top level of the object `text` starts with, in order. Stops at the
 * end of that object; text that is not well-formed JSON gives whatever names stood before the break.
 */
export function topLevelMemberNames(text: string): string[] {
  const names: string[] = []
  let depth = 0
  let stringStart = -1
  let hasEscape = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (stringStart >= 0) {
      if (code === 0x5c /* \ */) {
        hasEscape = true
        i++
      } else if (code === 0x22 /* " */) {
        if (depth === 1 && isFollowedByColon(text, i + 1)) names.push(readName(text.slice(stringStart + 1, i), hasEscape))
        stringStart = -1
      }
      continue
    }
    if (code === 0x22) {
      stringStart = i
      hasEscape = false
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) depth++
    else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      depth--
      if (depth === 0) break
    }
  }
  return names
}

function isFollowedByColon(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const char = text[i]
    if (char === ':') return true
    if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') return false
  }
  return false
}

function readName(raw: string, hasEscape: boolean): string {
  if (!hasEscape) return raw
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return raw
  }
}
