// A base64 body from a HAR file, as text to search. Images and other binary bodies are read one
// character per byte: tokens are ASCII, so they stand in that text as they would in any other.
import { findInvalidUtf8 } from '../encoding/utf8'

export interface DecodedBody {
  text: string
  /** Not UTF-8: searched for tokens as plain text, never parsed for structure. */
  isBinary: boolean
}

const NON_ASCII = /[\u0080-\u00ff]/

/** null when the text is not base64. atob is the platform's fastest decoder, in browsers, workers and Node. */
export function decodeBase64Body(base64: string): DecodedBody | null {
  const binary = decodeBinary(base64) ?? decodeBinary(base64.replace(/\s+/g, ''))
  if (binary === null) return null
  if (!NON_ASCII.test(binary)) return { text: binary, isBinary: false }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  if (findInvalidUtf8(bytes) !== -1) return { text: binary, isBinary: true }
  return { text: new TextDecoder().decode(bytes), isBinary: false }
}

function decodeBinary(base64: string): string | null {
  try {
    return atob(base64)
  } catch (error) {
    // atob reports text that is not base64 with an InvalidCharacterError.
    if (error instanceof DOMException) return null
    throw error
  }
}
