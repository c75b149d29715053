import type { DecodedToken } from '../../core/token/decoded-token'
import { partLabels } from '../../core/token/decode-token'
import type { HighlightRange } from '../../editor/range-highlighting'

/** Colours each part of the token where it sits in the text, and marks the characters that failed. */
export function tokenHighlightRanges(decoded: DecodedToken | null): HighlightRange[] {
  if (!decoded) return []
  const ranges: HighlightRange[] = []
  decoded.parts.forEach((part, index) => {
    if (part.from === undefined || part.to === undefined) return
    ranges.push({ from: part.from, to: part.to, className: `token-part-${part.name}`, title: partLabels[part.name] })
    const next = decoded.parts[index + 1]
    if (next?.from !== undefined) ranges.push({ from: part.to, to: next.from, className: 'token-part-dot' })
  })
  for (const failure of decoded.failures) {
    if (failure.offset === undefined) continue
    const from = decoded.input.toRawOffset(failure.offset)
    ranges.push({ from, to: from + 1, className: 'token-part-error', title: failure.message })
  }
  return ranges
}
