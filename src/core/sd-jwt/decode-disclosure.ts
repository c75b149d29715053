// One disclosure, base64url text in, [salt, name, value] or [salt, value] out (RFC 9901 §4.2), with
// a sentence for each way it departs from that shape.
import { decodeBase64url } from '../encoding/base64url'
import { decodeUtf8 } from '../encoding/utf8'
import { scanJson, type JsonValue } from '../json/scan-json'
import { quote } from '../text/quote'
import { describeJsonType } from '../json/json-value'

/** An object property [salt, name, value] or an array element [salt, value]. */
export type DisclosureShape = 'property' | 'element'

export interface DecodedDisclosure {
  /** From the number of elements; null when the text is not a 2- or 3-element JSON array. */
  shape: DisclosureShape | null
  salt?: string
  name?: string
  value?: JsonValue
  /** Empty when the disclosure is well formed, and only then may it be inserted into the claims. */
  problems: string[]
}

// RFC 9901 §4.2.1: these names carry digests, so no disclosure may claim them.
const RESERVED_NAMES = ['_sd', '...']

/** `index` counts from 0; messages count from 1. */
export function decodeDisclosure(encoded: string, index: number): DecodedDisclosure {
  const label = `Disclosure ${index + 1}`
  const fail = (problem: string): DecodedDisclosure => ({ shape: null, problems: [problem] })
  if (encoded === '') return fail(`${label} is empty: two "~" follow each other with nothing between them.`)
  const bytes = decodeBase64url(encoded)
  if (!bytes.ok) return fail(`${label} is not valid base64url: ${bytes.error.message}.`)
  const utf8 = decodeUtf8(bytes.value.bytes)
  if (!utf8.ok) return fail(`${label} is not valid UTF-8: byte ${utf8.byteOffset + 1} starts an invalid sequence.`)
  const scan = scanJson(utf8.text)
  if (!scan.ok) {
    const { line, column, message } = scan.error
    return fail(`${label} is not valid JSON: at line ${line}, column ${column}, ${message}.`)
  }
  const array = scan.value
  if (!Array.isArray(array)) {
    return fail(`${label} must be a JSON array, [salt, name, value] or [salt, value], but it is ${describeJsonType(array)}.`)
  }
  if (array.length !== 2 && array.length !== 3) {
    return fail(
      `${label} has ${array.length} element${array.length === 1 ? '' : 's'}; it needs 3 (salt, claim name, value) for an object property or 2 (salt, value) for an array element.`,
    )
  }

  const shape: DisclosureShape = array.length === 3 ? 'property' : 'element'
  const [salt, ...rest] = array
  const name = shape === 'property' ? rest[0] : undefined
  const value = rest[rest.length - 1]!
  const problems: string[] = []
  if (typeof salt !== 'string') problems.push(`The salt of ${label.toLowerCase()} must be a string, but it is ${describeJsonType(salt)}.`)
  if (shape === 'property' && typeof name !== 'string') {
    problems.push(`The claim name of ${label.toLowerCase()} must be a string, but it is ${describeJsonType(name)}.`)
  }
  if (typeof name === 'string' && RESERVED_NAMES.includes(name)) {
    problems.push(`${label} names the claim ${quote(name)}, which is reserved for digests; a verifier must reject it (RFC 9901 §7.1).`)
  }
  return {
    shape,
    ...(typeof salt === 'string' ? { salt } : {}),
    ...(typeof name === 'string' ? { name } : {}),
    value,
    problems,
  }
}
