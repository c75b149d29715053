// HMAC secrets as people hold them: plain text, base64url, base64 or hex.
import { err, ok, type Result } from '../result'
import { decodeBase64url } from '../encoding/base64url'

/** The contract's `secret-encoding` values. */
export type SecretEncoding = 'utf8' | 'base64url' | 'base64' | 'hex'

export const secretEncodingLabels: Record<SecretEncoding, string> = {
  utf8: 'UTF-8 text',
  base64url: 'base64url',
  base64: 'base64',
  hex: 'hex',
}

export function decodeSecret(text: string, encoding: SecretEncoding): Result<Uint8Array, string> {
  switch (encoding) {
    case 'utf8':
      return ok(new TextEncoder().encode(text))
    case 'hex': {
      const compact = text.replace(/\s+/g, '').replace(/^0x/i, '')
      const bad = compact.search(/[^0-9a-fA-F]/)
      if (bad !== -1) return err(`The secret is not hex: character ${bad + 1} is "${compact[bad]}". Choose another encoding, or fix the secret.`)
      if (compact.length % 2 === 1) return err(`The secret is not hex: it has an odd number of digits (${compact.length}). Choose another encoding, or fix the secret.`)
      return ok(Uint8Array.from(compact.match(/../g) ?? [], (pair) => parseInt(pair, 16)))
    }
    case 'base64':
    case 'base64url': {
      const compact = text.replace(/\s+/g, '')
      const wrongAlphabet = encoding === 'base64' ? /[-_]/ : /[+/]/
      const decoded = decodeBase64url(compact)
      if (!decoded.ok) return err(`The secret is not ${encoding}: ${decoded.error.message}. Choose another encoding, or fix the secret.`)
      if (wrongAlphabet.test(compact)) {
        return err(
          `The secret contains "${compact.match(wrongAlphabet)![0]}", which ${encoding} does not use: it looks like ${encoding === 'base64' ? 'base64url' : 'base64'}. Choose that encoding instead.`,
        )
      }
      return ok(decoded.value.bytes)
    }
  }
}

/** An encoding the secret text looks like it is in, when that is likely not plain text. */
export function guessSecretEncoding(text: string): SecretEncoding | undefined {
  const compact = text.trim()
  if (compact.length < 16) return undefined
  if (/^(0x)?[0-9a-fA-F]+$/.test(compact) && compact.replace(/^0x/i, '').length % 2 === 0) return 'hex'
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(compact) && /[+/=]/.test(compact) && compact.length % 4 === 0) return 'base64'
  if (/^[A-Za-z0-9_-]+$/.test(compact) && /[-_]/.test(compact) && /[0-9]/.test(compact) && /[A-Z]/.test(compact) && /[a-z]/.test(compact)) return 'base64url'
  return undefined
}
