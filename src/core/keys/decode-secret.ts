// HMAC secrets as people hold them: plain text, base64url, base64 or hex.
import { err, ok, type Result } from '../result'
import { decodeBase64url } from '../encoding/base64url'
import { describeCharacter } from '../text/words'

/** The contract's `secret-encoding` values. */
export type SecretEncoding = 'utf8' | 'base64url' | 'base64' | 'hex'

export const secretEncodingLabels: Record<SecretEncoding, string> = {
  utf8: 'UTF-8 text',
  base64url: 'base64url',
  base64: 'base64',
  hex: 'hex',
}

/** Why the secret text is not in the chosen encoding. A wrong alphabet names the encoding it looks like. */
export type SecretError =
  | { code: 'secret-invalid-character'; message: string }
  | { code: 'secret-odd-hex-length'; message: string }
  | { code: 'secret-wrong-alphabet'; message: string; suggested: 'base64' | 'base64url' }
  | { code: 'secret-invalid-base64'; message: string }

export function decodeSecret(text: string, encoding: SecretEncoding): Result<Uint8Array, SecretError> {
  switch (encoding) {
    case 'utf8':
      return ok(new TextEncoder().encode(text))
    case 'hex': {
      const prefix = /^\s*0x/i.exec(text)?.[0].length ?? 0
      const compact = text.slice(prefix).replace(/\s+/g, '')
      const bad = compact.search(/[^0-9a-fA-F]/)
      if (bad !== -1) {
        return err({
          code: 'secret-invalid-character',
          message: `The secret is not hex: character ${positionInText(text, prefix, bad)} is ${describeCharacter(compact[bad]!)}. Choose another encoding, or fix the secret.`,
        })
      }
      if (compact.length % 2 === 1) {
        return err({ code: 'secret-odd-hex-length', message: `The secret is not hex: it has an odd number of digits (${compact.length}). Choose another encoding, or fix the secret.` })
      }
      return ok(Uint8Array.from(compact.match(/../g) ?? [], (pair) => parseInt(pair, 16)))
    }
    case 'base64':
    case 'base64url': {
      const compact = text.replace(/\s+/g, '')
      const alphabet = encoding === 'base64' ? { pattern: /[^A-Za-z0-9+/=]/, extra: '"+" and "/"' } : { pattern: /[^A-Za-z0-9_=-]/, extra: '"-" and "_"' }
      const wrongAlphabet = encoding === 'base64' ? /[-_]/ : /[+/]/
      if (wrongAlphabet.test(compact)) {
        const suggested = encoding === 'base64' ? 'base64url' : 'base64'
        return err({
          code: 'secret-wrong-alphabet',
          message: `The secret contains "${compact.match(wrongAlphabet)![0]}", which ${encoding} does not use: it looks like ${suggested}. Choose that encoding instead.`,
          suggested,
        })
      }
      const bad = compact.search(alphabet.pattern)
      if (bad !== -1) {
        return err({
          code: 'secret-invalid-character',
          message: `The secret is not ${encoding}: character ${positionInText(text, 0, bad)} is ${describeCharacter(compact[bad]!)}, which is not a ${encoding} character (A-Z, a-z, 0-9, ${alphabet.extra}). Choose another encoding, or fix the secret.`,
        })
      }
      const decoded = decodeBase64url(compact)
      if (!decoded.ok) {
        return err({
          code: 'secret-invalid-base64',
          message: `The secret is not ${encoding}: ${decoded.error.message.replace(/base64url/g, encoding)}. Choose another encoding, or fix the secret.`,
        })
      }
      return ok(decoded.value.bytes)
    }
  }
}

/** The 1-based position in the typed text of the `index`-th character after `from` that is not whitespace. */
function positionInText(text: string, from: number, index: number): number {
  let seen = -1
  for (let position = from; position < text.length; position++) {
    if (/\s/.test(text[position]!)) continue
    if (++seen === index) return position + 1
  }
  return text.length
}

/** An encoding the secret text looks like it is in, when that is likely not plain text. */
export function guessSecretEncoding(text: string): SecretEncoding | undefined {
  const compact = text.trim()
  if (compact.length < 16) return undefined
  if (/^(0x)?[0-9a-f]+$/i.test(compact) && compact.replace(/^0x/i, '').length % 2 === 0) return 'hex'
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(compact) && /[+/=]/.test(compact) && compact.length % 4 === 0) return 'base64'
  // A length of 4n + 1 characters cannot be base64url.
  const looksBase64url = /^[A-Za-z0-9_-]+$/.test(compact) && /[-_]/.test(compact) && /[0-9]/.test(compact) && /[A-Z]/.test(compact) && /[a-z]/.test(compact)
  if (looksBase64url && compact.length % 4 !== 1) return 'base64url'
  return undefined
}
