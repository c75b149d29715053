// A generated program's behaviour in words, for the lines above its code: where its key comes from,
// and what it checks besides the signature.
import { secretEncodingLabels } from '../keys/decode-secret'
import type { ProgramSubject } from './program-request-for'

export interface KeyDescription {
  /** Where the program gets its key. */
  source: string
  /** Why no secret or key ends up in the program's text. */
  note: string
}

export function describeProgramKey({ key }: Pick<ProgramSubject, 'key'>, isKeyBoxEmpty: boolean): KeyDescription {
  const note = 'The key is never written into the program: it is read when the program runs.'
  switch (key.source) {
    case 'secret': {
      const decoded = `decoded as ${secretEncodingLabels[key.encoding]}`
      return {
        source: isKeyBoxEmpty ? `The key box is empty: the program expects the secret in JWT_KEY, ${decoded}.` : `Reads the secret from JWT_KEY, ${decoded}.`,
        note: 'The secret is never written into the program: pass it in JWT_KEY from your secrets store.',
      }
    }
    case 'pem':
      return {
        source: isKeyBoxEmpty ? 'The key box is empty: the program expects the public key in JWT_KEY, as PEM.' : `Reads the ${pemWords(key.label)} (PEM) from JWT_KEY.`,
        note,
      }
    case 'jwk':
      return { source: 'Reads the JWK from JWT_KEY.', note }
    case 'jwks':
      return { source: 'Reads the JWK Set from JWT_KEY.', note }
    case 'jwks-url':
      return { source: `Fetches the keys from ${key.url}.`, note: 'No key is written into the program: it fetches the current ones when it runs.' }
  }
}

/** "Accepts only ES256, requires iss "https://idp.example", checks exp and nbf." */
export function describeProgramChecks({ alg, issuer, audience, hasExpiry, hasNotBefore }: ProgramSubject): string {
  const required = [
    issuer === undefined ? null : `iss ${JSON.stringify(issuer)}`,
    audience === undefined ? null : `aud ${typeof audience === 'string' ? JSON.stringify(audience) : audience.map((value) => JSON.stringify(value)).join(' or ')}`,
  ].filter((part) => part !== null)
  const times = [hasExpiry ? 'exp' : null, hasNotBefore ? 'nbf' : null].filter((part) => part !== null)
  const parts = [
    `accepts only ${alg}`,
    required.length > 0 ? `requires ${required.join(' and ')}` : null,
    times.length > 0 ? `checks ${times.join(' and ')}` : null,
  ].filter((part) => part !== null)
  const sentence = parts.join(', ')
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`
}

/** A PEM label as words: "PUBLIC KEY" → "public key", "RSA PUBLIC KEY" → "RSA public key". */
function pemWords(label: string): string {
  return label
    .split(' ')
    .map((word) => (word === 'RSA' || word === 'EC' ? word : word.toLowerCase()))
    .join(' ')
}
