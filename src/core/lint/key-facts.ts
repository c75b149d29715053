// What the findings need to know about the key box and the token's secret.
import type { KeyMaterial } from '../keys/parse-key-text'
import { decodeSecret, type SecretEncoding } from '../keys/decode-secret'
import { decodeBase64url } from '../encoding/base64url'
import type { KeyFacts } from './rules'

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
