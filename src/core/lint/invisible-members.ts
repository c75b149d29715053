// Where a token hides invisible or direction-control characters: in which header parameter or claim
// (by name or by value), and where in it.
import type { JsonObject, JsonValue } from '../json/scan-json'
import { findInvisibleCharacters, revealInvisibleCharacters, type InvisibleCharacter } from '../text/find-invisible-characters'
import { quote } from '../text/quote'

export interface InvisibleMember {
  /** "the claim \"iss\"", "the name of the header parameter \"ki\\u{200B}d\"" */
  where: string
  characters: InvisibleCharacter[]
}

// Real tokens nest a few levels and hold a few dozen strings; a hostile one is looked at only this far.
const MAX_DEPTH = 32
const MAX_STRINGS = 10_000

export function findInvisibleMembers(header: JsonObject, claims: JsonObject | null): InvisibleMember[] {
  const found: InvisibleMember[] = []
  let budget = MAX_STRINGS
  const look = (text: string, where: () => string) => {
    if (budget-- <= 0) return
    const characters = findInvisibleCharacters(text, 10)
    if (characters.length > 0) found.push({ where: where(), characters })
  }
  const walk = (value: JsonValue, path: string, kind: string, depth: number) => {
    if (depth > MAX_DEPTH || budget <= 0) return
    if (typeof value === 'string') look(value, () => `${kind} ${quote(revealInvisibleCharacters(path))}`)
    else if (Array.isArray(value)) value.forEach((element, index) => walk(element, `${path}[${index}]`, kind, depth + 1))
    else if (typeof value === 'object' && value !== null) {
      for (const [name, member] of Object.entries(value)) {
        const memberPath = path === '' ? name : `${path}.${name}`
        look(name, () => `the name of ${kind} ${quote(revealInvisibleCharacters(memberPath))}`)
        walk(member, memberPath, kind, depth + 1)
      }
    }
  }
  walk(header, '', 'the header parameter', 0)
  if (claims) walk(claims, '', 'the claim', 0)
  return found
}
