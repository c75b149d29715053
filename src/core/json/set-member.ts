// Changes one top-level member of a JSON object in place, leaving the rest of the text (layout,
// literals, member order) as the user wrote it.
import { skipWhitespace, stringEnd } from './format-json'

/**
 * Sets member `name` to the JSON text `valueJson` in `objectText`, which must be a JSON object that
 * scanJson accepts. A repeated name has its last occurrence changed, the one JSON.parse keeps.
 */
export function setMember(objectText: string, name: string, valueJson: string): string {
  const open = skipWhitespace(objectText, 0)
  let i = open + 1
  let target: { from: number; to: number } | undefined
  let firstMemberAt = -1
  let lastValueEnd = -1
  for (;;) {
    i = skipWhitespace(objectText, i)
    const char = objectText[i]
    if (char === '}' || char === undefined) break
    if (char === ',') {
      i++
      continue
    }
    const nameEnd = stringEnd(objectText, i)
    if (firstMemberAt === -1) firstMemberAt = i
    const memberName = JSON.parse(objectText.slice(i, nameEnd)) as string
    const valueStart = skipWhitespace(objectText, skipWhitespace(objectText, nameEnd) + 1)
    const valueEnd = valueEndAt(objectText, valueStart)
    if (memberName === name) target = { from: valueStart, to: valueEnd }
    lastValueEnd = valueEnd
    i = valueEnd
  }
  if (target) return objectText.slice(0, target.from) + valueJson + objectText.slice(target.to)

  const member = `${JSON.stringify(name)}: ${valueJson}`
  if (lastValueEnd === -1) return `${objectText.slice(0, open)}{\n  ${member}\n}${objectText.slice(i + 1)}`
  // A new member follows the layout of the first: on its own line with the same indent, or inline.
  const beforeFirst = objectText.slice(open + 1, firstMemberAt)
  const lineBreak = beforeFirst.lastIndexOf('\n')
  const separator = lineBreak === -1 ? ', ' : `,\n${beforeFirst.slice(lineBreak + 1)}`
  return objectText.slice(0, lastValueEnd) + separator + member + objectText.slice(lastValueEnd)
}

function valueEndAt(text: string, start: number): number {
  const first = text[start]
  if (first === '"') return stringEnd(text, start)
  if (first === '{' || first === '[') {
    let depth = 0
    let i = start
    while (i < text.length) {
      const char = text[i]!
      if (char === '"') {
        i = stringEnd(text, i)
        continue
      }
      if (char === '{' || char === '[') depth++
      else if (char === '}' || char === ']') {
        depth--
        if (depth === 0) return i + 1
      }
      i++
    }
    return i
  }
  let i = start
  while (i < text.length && !',}] \n\r\t'.includes(text[i]!)) i++
  return i
}
