// Splits an SD-JWT or SD-JWT+KB at its "~" separators (RFC 9901 §4), keeping where each part sits
// in the pasted text so the editor can colour it.
import { normalizeInput, type NormalizedInput } from '../token/normalize-input'
import { splitParts } from '../token/split-parts'

/** Far more disclosures than any credential carries; past this the "~" parts are counted, not read. */
export const maxDisclosures = 100_000

export interface SdJwtPart {
  kind: 'issuer-jwt' | 'disclosure' | 'key-binding'
  text: string
  /** Offsets in the text as given to splitSdJwt. */
  from: number
  to: number
}

export interface SdJwtParts {
  issuerJwt: string
  disclosures: string[]
  keyBindingJwt: string | null
  parts: SdJwtPart[]
  /** The presentation up to and including the last "~", over which sd_hash is computed (with the "~" a last disclosure lacked). */
  presentation: string
  /** Departures from the format that still let the parts be read, one sentence each. */
  problems: string[]
  /** The SD-JWT with prefixes, quotes and line breaks removed; the Issuer-signed JWT starts at its offset 0. */
  input: NormalizedInput
}

/**
 * null when the text is not an SD-JWT: a compact JWS followed by "~"-separated disclosures, ending
 * in "~" or a KB-JWT. Prefixes, quotes and line breaks are removed as decodeToken removes them.
 */
export function splitSdJwt(text: string): SdJwtParts | null {
  const input = normalizeInput(text)
  // The issuer-signed JWT, the disclosures, and a KB-JWT or the empty text after the last "~".
  const { pieces: segments, count } = splitParts(input.token, '~', maxDisclosures + 2)
  if (count < 2 || !isCompactJws(segments[0]!)) return null
  if (count > maxDisclosures + 2) return tooManyParts(segments[0]!, count - 1, input)

  const problems: string[] = []
  const last = segments[segments.length - 1]!
  // A last part with no dots is a disclosure whose closing "~" was left off, not a KB-JWT.
  const hasKeyBinding = last.includes('.')
  const disclosureCount = hasKeyBinding || last === '' ? segments.length - 2 : segments.length - 1
  if (!hasKeyBinding && last !== '') {
    problems.push('The SD-JWT does not end with "~": without a Key Binding JWT, the last disclosure must be followed by "~" (RFC 9901 §4).')
  }

  const parts: SdJwtPart[] = []
  let offset = 0
  segments.forEach((segment, index) => {
    const kind = index === 0 ? 'issuer-jwt' : index <= disclosureCount ? 'disclosure' : hasKeyBinding ? 'key-binding' : null
    if (kind) {
      const from = input.toRawOffset(offset)
      const to = segment === '' ? from : input.toRawOffset(offset + segment.length - 1) + 1
      parts.push({ kind, text: segment, from, to })
    }
    offset += segment.length + 1
  })

  const issuerJwt = segments[0]!
  const disclosures = segments.slice(1, disclosureCount + 1)
  return {
    issuerJwt,
    disclosures,
    keyBindingJwt: hasKeyBinding ? last : null,
    parts,
    presentation: `${issuerJwt}~${disclosures.map((disclosure) => `${disclosure}~`).join('')}`,
    problems,
    input,
  }
}

/** Three dot-separated parts with a header; decodeToken explains whatever else is wrong with them. */
function isCompactJws(text: string): boolean {
  const { pieces, count } = splitParts(text, '.', 1)
  return count === 3 && pieces[0] !== ''
}

/** The issuer-signed JWT alone, and why nothing after it was read. */
function tooManyParts(issuerJwt: string, afterIssuerJwt: number, input: NormalizedInput): SdJwtParts {
  const to = input.toRawOffset(issuerJwt.length - 1) + 1
  return {
    issuerJwt,
    disclosures: [],
    keyBindingJwt: null,
    parts: [{ kind: 'issuer-jwt', text: issuerJwt, from: input.toRawOffset(0), to }],
    presentation: `${issuerJwt}~`,
    problems: [
      `The SD-JWT has ${afterIssuerJwt.toLocaleString('en-US')} "~"-separated parts after its issuer-signed JWT, more than the ${maxDisclosures.toLocaleString('en-US')} disclosures read here, so none of them was read. Check that this is one SD-JWT and not many pasted together.`,
    ],
    input,
  }
}
