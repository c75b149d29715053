// Recognises what was pasted into the key box: a secret, PEM, a JWK or a JWK Set.
import { scanJson, type JsonObject } from '../json/scan-json'
import { parsePem, type PemBlock, type PemError } from './parse-pem'
import { describeJsonType } from '../json/json-value'

export type KeyMaterial =
  | { kind: 'empty' }
  | { kind: 'secret'; text: string }
  | { kind: 'pem'; blocks: PemBlock[] }
  | { kind: 'jwk'; jwk: JsonObject }
  | { kind: 'jwks'; keys: JsonObject[] }
  | ({ kind: 'unusable' } & KeyTextError)

/** Why the key box's text is not a key at all, before any algorithm is considered. */
export type KeyTextError =
  | PemError
  | {
      code: 'key-text-too-long' | 'json-array' | 'invalid-json' | 'jwks-keys-not-array' | 'jwks-member-not-jwk' | 'jwks-empty' | 'kty-not-string' | 'not-a-jwk'
      message: string
    }

/**
 * Past this many characters the text is not a key: the largest real key sets and certificate
 * chains are tens of kilobytes. Reading megabytes on every keystroke would freeze the page.
 */
export const maxKeyTextLength = 1_000_000

export function parseKeyText(text: string): KeyMaterial {
  if (text.length > maxKeyTextLength) {
    return {
      kind: 'unusable',
      code: 'key-text-too-long',
      message: `The key box holds ${text.length.toLocaleString('en-US')} characters, more than any key or key set (the limit is ${maxKeyTextLength.toLocaleString('en-US')}). Paste only the key.`,
    }
  }
  const trimmed = text.trim()
  if (trimmed === '') return { kind: 'empty' }
  // Positions in messages count from the text as typed, blank lines before it included.
  if (trimmed.includes('-----BEGIN')) {
    const pem = parsePem(text)
    return pem.ok ? { kind: 'pem', blocks: pem.value } : { kind: 'unusable', ...pem.error }
  }
  if (trimmed.startsWith('{')) return parseJsonKey(text)
  // A secret may start with "[", so only a JSON array is taken for a misplaced list of keys.
  if (trimmed.startsWith('[') && scanJson(text).ok) {
    return { kind: 'unusable', code: 'json-array', message: 'The key is a JSON array. Paste one JWK, or a JWK Set: {"keys": [ … ]}.' }
  }
  return { kind: 'secret', text }
}

function parseJsonKey(text: string): KeyMaterial {
  const scan = scanJson(text)
  if (!scan.ok) {
    const { line, column, message } = scan.error
    return { kind: 'unusable', code: 'invalid-json', message: `The key looks like JSON but is not valid: at line ${line}, column ${column}, ${message}.` }
  }
  // Text that starts with "{" and scans is an object.
  const json = scan.value as JsonObject
  if (Object.hasOwn(json, 'keys')) {
    const keys = json.keys
    if (!Array.isArray(keys)) return { kind: 'unusable', code: 'jwks-keys-not-array', message: `"keys" must be an array of JWKs, but it is ${describeJsonType(keys)}.` }
    const notKey = keys.findIndex((key) => typeof key !== 'object' || key === null || Array.isArray(key) || typeof key.kty !== 'string')
    if (notKey !== -1) return { kind: 'unusable', code: 'jwks-member-not-jwk', message: `Key ${notKey + 1} of the JWK Set is not a JWK: each key needs a "kty" member.` }
    if (keys.length === 0) return { kind: 'unusable', code: 'jwks-empty', message: 'The JWK Set is empty: its "keys" array has no keys.' }
    return { kind: 'jwks', keys: keys as JsonObject[] }
  }
  if (typeof json.kty === 'string') return { kind: 'jwk', jwk: json }
  if (Object.hasOwn(json, 'kty')) return { kind: 'unusable', code: 'kty-not-string', message: `"kty" must be a string naming the key type (oct, RSA, EC, OKP or AKP), but it is ${describeJsonType(json.kty)}.` }
  const hint = Object.hasOwn(json, 'jwks_uri') ? ' It looks like discovery metadata: put its URL in the JWKS URL box instead.' : ''
  return { kind: 'unusable', code: 'not-a-jwk', message: `The key is JSON but neither a JWK (it has no "kty") nor a JWK Set (it has no "keys").${hint}` }
}
