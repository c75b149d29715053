// What the findings need to know about the key box and the token's secret.
import type { DecodedToken } from '../token/decoded-token'
import type { KeyMaterial } from '../keys/parse-key-text'
import { decodeSecret, type SecretEncoding } from '../keys/decode-secret'
import { decodeBase64url } from '../encoding/base64url'
import type { KeyFacts } from './rules'

const HMAC_HASHES: Record<string, string> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' }

/** The key box's contribution: a secret's length and whether it is a known one, or public-key material. */
export function keyFactsOf(material: KeyMaterial, encoding: SecretEncoding, knownSecrets: ReadonlySet<string>): KeyFacts {
  switch (material.kind) {
    case 'secret': {
      const bytes = decodeSecret(material.text, encoding)
      return bytes.ok ? { enteredSecret: { byteLength: bytes.value.length, isKnown: knownSecrets.has(material.text) } } : {}
    }
    case 'pem':
      return { hasPublicKey: true }
    case 'jwk':
    case 'jwks': {
      const keys = material.kind === 'jwk' ? [material.jwk] : material.keys
      if (keys.some((key) => key.kty !== 'oct')) return { hasPublicKey: true }
      const k = keys[0]?.k
      const secret = typeof k === 'string' ? decodeBase64url(k) : undefined
      return secret?.ok ? { enteredSecret: { byteLength: secret.value.bytes.length, isKnown: false } } : {}
    }
    default:
      return {}
  }
}

/**
 * The first of `candidates` that signed this HMAC token, '' for an empty key, or undefined.
 * Meant for a short list of notorious secrets: the cracker is the tool for long ones.
 */
export async function findKnownSecret(decoded: DecodedToken, candidates: readonly string[]): Promise<string | undefined> {
  const alg = decoded.header.type === 'json' ? decoded.header.value.alg : undefined
  const hash = typeof alg === 'string' ? HMAC_HASHES[alg] : undefined
  const { signature } = decoded
  if (!hash || !signature || signature.length === 0 || decoded.serialization !== 'compact') return undefined
  const token = decoded.input.token
  const signingInput = new TextEncoder().encode(token.slice(0, token.lastIndexOf('.')))
  for (const candidate of ['', ...candidates]) {
    // HMAC pads short keys with zero bytes, so an empty key signs exactly as a single zero byte does;
    // WebCrypto refuses empty keys.
    const keyBytes = candidate === '' ? new Uint8Array(1) : new TextEncoder().encode(candidate)
    const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash }, false, ['verify'])
    if (await crypto.subtle.verify('HMAC', key, signature.slice(), signingInput)) return candidate
  }
  return undefined
}
