// Recognises what was pasted into the key box: a secret, PEM, a JWK or a JWK Set.
import { scanJson, type JsonObject } from '../json/scan-json'
import { describeJsonType } from '../claims/inspect-claims'
import { parsePem, type PemBlock } from './parse-pem'

export type KeyMaterial =
  | { kind: 'empty' }
  | { kind: 'secret'; text: string }
  | { kind: 'pem'; blocks: PemBlock[] }
  | { kind: 'jwk'; jwk: JsonObject }
  | { kind: 'jwks'; keys: JsonObject[] }
  | { kind: 'unusable'; message: string }

export function parseKeyText(text: string): KeyMaterial {
  const trimmed = text.trim()
  if (trimmed === '') return { kind: 'empty' }
  if (trimmed.includes('-----BEGIN')) {
    const pem = parsePem(trimmed)
    return pem.ok ? { kind: 'pem', blocks: pem.value } : { kind: 'unusable', message: pem.error }
  }
  if (trimmed.startsWith('{')) return parseJsonKey(trimmed)
  return { kind: 'secret', text }
}

function parseJsonKey(text: string): KeyMaterial {
  const scan = scanJson(text)
  if (!scan.ok) {
    const { line, column, message } = scan.error
    return { kind: 'unusable', message: `The key looks like JSON but is not valid: at line ${line}, column ${column}, ${message}.` }
  }
  const json = scan.value
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { kind: 'unusable', message: `The key is JSON but ${describeJsonType(json)}, not a JWK or JWK Set object.` }
  }
  if (Object.hasOwn(json, 'keys')) {
    const keys = json.keys
    if (!Array.isArray(keys)) return { kind: 'unusable', message: `"keys" must be an array of JWKs, but it is ${describeJsonType(keys)}.` }
    const notKey = keys.findIndex((key) => typeof key !== 'object' || key === null || Array.isArray(key) || typeof key.kty !== 'string')
    if (notKey !== -1) return { kind: 'unusable', message: `Key ${notKey + 1} of the JWK Set is not a JWK: each key needs a "kty" member.` }
    if (keys.length === 0) return { kind: 'unusable', message: 'The JWK Set is empty: its "keys" array has no keys.' }
    return { kind: 'jwks', keys: keys as JsonObject[] }
  }
  if (typeof json.kty === 'string') return { kind: 'jwk', jwk: json }
  const hint = Object.hasOwn(json, 'jwks_uri') ? ' It looks like discovery metadata: put its URL in the JWKS URL box instead.' : ''
  return { kind: 'unusable', message: `The key is JSON but neither a JWK (it has no "kty") nor a JWK Set (it has no "keys").${hint}` }
}
