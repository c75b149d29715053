import { decodeToken } from '../../../src/core/token/decode-token'
import type { DecodedToken } from '../../../src/core/token/decoded-token'

/** Decodes text that must decode, for tests that then read the result. */
export function decode(text: string): DecodedToken {
  const decoded = decodeToken(text)
  if (!decoded) throw new Error('expected a decoded token')
  return decoded
}

/** The notices' messages of text that must decode. */
export const messages = (text: string): string[] => decode(text).notices.map((notice) => notice.message)
