// A base64url decoder that explains itself: where a character is wrong, and what is merely
// non-canonical (padding, standard-base64 characters, stray bits) but still decodable.
import { err, ok, type Result } from '../result'
import { describeCharacter } from '../text/words'

export type Base64Irregularity = 'padding' | 'standard-alphabet' | 'stray-bits'

export interface DecodedBase64 {
  bytes: Uint8Array
  /** Ways the text departs from canonical unpadded base64url (RFC 7515 §2). */
  irregularities: Base64Irregularity[]
}

export interface Base64Error {
  /** Zero-based offset of the offending character within the decoded text. */
  position: number
  message: string
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const URL_SAFE = /^[A-Za-z0-9_-]*$/
/** Characters from which atob decodes instead of the loop: below, the loop costs less than atob's copies. */
const nativeDecodeAboveLength = 64 * 1024
const SEXTET = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) SEXTET[ALPHABET.charCodeAt(i)] = i
const PLUS = 43
const SLASH = 47
const EQUALS = 61

export function decodeBase64url(text: string): Result<DecodedBase64, Base64Error> {
  let dataLength = text.length
  while (dataLength > 0 && text.charCodeAt(dataLength - 1) === EQUALS) dataLength--
  const paddingLength = text.length - dataLength
  const irregularities: Base64Irregularity[] = []
  let usesStandardAlphabet = false

  // The usual case, base64url and nothing else, is checked in one native pass; the loop below is for
  // text that needs a closer look (a character to name, the standard alphabet).
  const data = paddingLength === 0 ? text : text.slice(0, dataLength)
  for (let i = URL_SAFE.test(data) ? dataLength : 0; i < dataLength; i++) {
    const code = text.charCodeAt(i)
    if (code < 128 && SEXTET[code]! >= 0) continue
    if (code === PLUS || code === SLASH) {
      usesStandardAlphabet = true
      continue
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? code)
    const reason =
      code === EQUALS
        ? 'padding, which may only appear at the end'
        : 'not a base64url character (A-Z, a-z, 0-9, "-" and "_")'
    return err({ position: i, message: `character ${i + 1} is ${describeCharacter(char)}, which is ${reason}` })
  }

  const remainder = dataLength % 4
  if (remainder === 1) {
    return err({
      position: dataLength - 1,
      message: `its length (${dataLength} characters) is impossible for base64url: one character too many or too few`,
    })
  }
  if (paddingLength > 0) {
    const expectedPadding = remainder === 0 ? 0 : 4 - remainder
    if (paddingLength !== expectedPadding) {
      return err({
        position: dataLength,
        message: `it ends with ${paddingLength} "=" but ${expectedPadding === 0 ? 'needs none' : `would need ${expectedPadding}`}`,
      })
    }
    irregularities.push('padding')
  }
  if (usesStandardAlphabet) irregularities.push('standard-alphabet')

  const bytes = new Uint8Array(Math.floor((dataLength * 3) / 4))
  const sextet = (i: number) => {
    const code = text.charCodeAt(i)
    return code === PLUS ? 62 : code === SLASH ? 63 : SEXTET[code]!
  }
  // Four characters make three bytes. For megabytes, the platform's own decoder (Uint8Array.fromBase64
  // where there is one, else atob) is faster than any loop here; the last characters follow below.
  const whole = dataLength - remainder
  let out = 0
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string, options: { alphabet: 'base64' | 'base64url' }) => Uint8Array }).fromBase64
  if (whole >= nativeDecodeAboveLength && fromBase64) {
    const data = text.slice(0, whole)
    bytes.set(usesStandardAlphabet ? fromBase64(data.replace(/-/g, '+').replace(/_/g, '/'), { alphabet: 'base64' }) : fromBase64(data, { alphabet: 'base64url' }))
    out = (whole / 4) * 3
  } else if (whole >= nativeDecodeAboveLength && typeof atob === 'function') {
    const binary = atob(text.slice(0, whole).replace(/-/g, '+').replace(/_/g, '/'))
    for (; out < binary.length; out++) bytes[out] = binary.charCodeAt(out)
  } else {
    for (let i = 0; i < whole; i += 4) {
      const n = (sextet(i) << 18) | (sextet(i + 1) << 12) | (sextet(i + 2) << 6) | sextet(i + 3)
      bytes[out++] = n >> 16
      bytes[out++] = (n >> 8) & 0xff
      bytes[out++] = n & 0xff
    }
  }
  // Two or three characters left make one or two bytes; the bits after them must be zero.
  if (remainder > 0) {
    const last = remainder === 2 ? (sextet(whole) << 18) | (sextet(whole + 1) << 12) : (sextet(whole) << 18) | (sextet(whole + 1) << 12) | (sextet(whole + 2) << 6)
    bytes[out] = last >> 16
    if (remainder === 3) bytes[out + 1] = (last >> 8) & 0xff
    if ((remainder === 2 ? last & 0xffff : last & 0xff) !== 0) irregularities.push('stray-bits')
  }
  return ok({ bytes, irregularities })
}

export function encodeBase64url(bytes: Uint8Array): string {
  let text = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    text += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i]! << 16
    text += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8)
    text += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!
  }
  return text
}

export function encodeBase64urlText(text: string): string {
  return encodeBase64url(new TextEncoder().encode(text))
}
