// Whether the token box's text is worth searching for tokens: it does not decode as one token, and
// it holds more than a token's own characters. A token being typed, or one broken token, has only
// those, and keeps its decode error as before.
import type { DecodedToken } from '../../core/token/decoded-token'

export function mayHoldTokens(text: string, decoded: DecodedToken | null): boolean {
  if (!decoded || decoded.failures.length === 0) return false
  return /[^A-Za-z0-9_\-.~=]/.test(text.trim())
}
