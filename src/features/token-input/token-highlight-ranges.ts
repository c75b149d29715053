import type { DecodedToken } from '../../core/token/decoded-token'
import { partLabels } from '../../core/token/part-labels'
import type { HighlightRange } from '../../editor/range-highlighting'
import type { SdJwtParts } from '../../core/sd-jwt/split-sd-jwt'

const sdJwtPartLabels = { disclosure: 'Disclosure', 'key-binding': 'Key-binding JWT' } as const

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

/** Disclosures coloured one by one, each with its number on hover; the rest are coloured together. */
export const separatelyColouredDisclosures = 500

/** An SD-JWT: the issuer-signed JWT coloured as any token, then each disclosure and the key-binding JWT. */
export function sdJwtHighlightRanges(parts: SdJwtParts, issuer: DecodedToken | null): HighlightRange[] {
  const ranges: HighlightRange[] = []
  // Disclosures are numbered as they come: one pass, so tens of thousands of them cost no more than they must.
  let disclosureNumber = 0
  for (const part of parts.parts) {
    if (part.kind === 'issuer-jwt') {
      // The issuer JWT starts the cleaned-up text, so its offsets map back through the same cleanup.
      const raw = (offset: number) => parts.input.toRawOffset(offset)
      for (const range of tokenHighlightRanges(issuer)) ranges.push({ ...range, from: raw(range.from), to: raw(range.to - 1) + 1 })
    } else if (part.kind === 'disclosure') {
      disclosureNumber++
      const previous = ranges[ranges.length - 1]
      // Past the first few hundred, disclosures share one coloured stretch: one mark each would make the
      // editor lay out tens of thousands of elements on a single line.
      if (disclosureNumber > separatelyColouredDisclosures + 1 && previous?.className === 'token-part-disclosure') {
        previous.to = part.to
        previous.title = `${sdJwtPartLabels.disclosure}s ${separatelyColouredDisclosures + 1} to ${disclosureNumber}`
      } else {
        ranges.push({ from: part.from, to: part.to, className: 'token-part-disclosure', title: `${sdJwtPartLabels.disclosure} ${disclosureNumber}` })
      }
    } else {
      ranges.push({ from: part.from, to: part.to, className: 'token-part-key-binding', title: sdJwtPartLabels['key-binding'] })
    }
  }
  return ranges
}
