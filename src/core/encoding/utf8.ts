// UTF-8 validation that reports where decoding fails, which TextDecoder's fatal mode does not.

export type Utf8Result =
  | { ok: true; text: string; hasBom: boolean }
  | { ok: false; byteOffset: number; text: string }

const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: true })

export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  const badOffset = findInvalidUtf8(bytes)
  const text = lenientDecoder.decode(bytes)
  if (badOffset !== -1) return { ok: false, byteOffset: badOffset, text }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return { ok: true, text: hasBom ? text.slice(1) : text, hasBom }
}

/** Offset of the first byte that starts an invalid sequence, or -1 (RFC 3629 §4). */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    let max = 0xbf
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = b === 0xe0 ? 0xa0 : 0x80
      if (b === 0xed) max = 0x9f // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = b === 0xf0 ? 0x90 : 0x80
      if (b === 0xf4) max = 0x8f
    } else {
      return i
    }
    const second = bytes[i + 1]
    if (second === undefined || second < min || second > max) return i
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || c < 0x80 || c > 0xbf) return i
    }
    i += need + 1
  }
  return -1
}

const NON_ASCII = /[\u0080-\uffff]/

/** The bytes `text` takes in UTF-8. A token is ASCII: one native check, not an encoding of megabytes. */
export function utf8ByteLength(text: string): number {
  return !NON_ASCII.test(text) ? text.length : new TextEncoder().encode(text).length
}
