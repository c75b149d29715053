// Which tokens each language's library can verify, and why a program is refused when it cannot.
import { describeAlgorithm } from '../token/algorithms'
import { codeLanguages, type CodeLanguage, type ProgramKey } from './program-request'
import { isHmac } from './program-parts'

export interface Unsupported {
  reason: string
  /** A language whose library can verify this token. */
  suggestion?: CodeLanguage
}

/** The library each language's programs use, as the reasons name it. */
export const libraryNames: Record<CodeLanguage, string> = {
  'node-jose': 'jose',
  'node-jsonwebtoken': 'jsonwebtoken',
  'python-pyjwt': 'PyJWT',
  'go-jwt': 'golang-jwt v4',
}

const sha2 = ['256', '384', '512']
const common = [...sha2.map((bits) => `HS${bits}`), ...sha2.map((bits) => `RS${bits}`), ...sha2.map((bits) => `PS${bits}`), 'ES256', 'ES384', 'ES512']

// Checked against each library's own table of algorithms: jose 6 (lib/jws_algorithms), jsonwebtoken 9
// (no EdDSA at all), PyJWT 2.6 with cryptography (ES256K and EdDSA, not the RFC 9864 name Ed25519),
// golang-jwt v4 (EdDSA with Ed25519 keys, no ES256K). ML-DSA needs WebCrypto support that Node 20 lacks.
const verifiableAlgorithms: Record<CodeLanguage, ReadonlySet<string>> = {
  'node-jose': new Set([...common, 'EdDSA', 'Ed25519']),
  'node-jsonwebtoken': new Set(common),
  'python-pyjwt': new Set([...common, 'ES256K', 'EdDSA']),
  'go-jwt': new Set([...common, 'EdDSA']),
}

/** The PEM blocks the programs read: public keys, certificates and unencrypted private keys. */
export const readablePemLabels = ['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE', 'PRIVATE KEY', 'EC PRIVATE KEY', 'RSA PRIVATE KEY'] as const
export type ReadablePemLabel = (typeof readablePemLabels)[number]

export function isReadablePemLabel(label: string): label is ReadablePemLabel {
  return (readablePemLabels as readonly string[]).includes(label)
}

/** Why `language` cannot verify an `alg` token with this key, or undefined when it can. */
export function unsupportedReason(language: CodeLanguage, alg: string, key: ProgramKey): Unsupported | undefined {
  const family = describeAlgorithm(alg)?.family
  if (family === 'none') {
    return { reason: `An unsecured token (alg "${alg}") has no signature to verify: a program that accepted it would accept any token anyone wrote.` }
  }
  if (family === 'key-management' || family === 'content-encryption') {
    return { reason: `"${alg}" is an encryption algorithm: an encrypted token (JWE) is decrypted, not verified, and these programs verify signed tokens.` }
  }
  if (family === undefined) {
    return { reason: `"${alg}" is not a JWS signature algorithm that any of these libraries knows.` }
  }
  if (!verifiableAlgorithms[language].has(alg)) {
    const suggestion = codeLanguages.find((other) => verifiableAlgorithms[other].has(alg))
    const reason = `${libraryNames[language]} cannot verify ${alg} tokens${suggestion ? `; ${libraryNames[suggestion]} can` : ''}.`
    return suggestion ? { reason, suggestion } : { reason }
  }
  if (isHmac(alg) && key.source !== 'secret' && key.source !== 'jwk') {
    return { reason: `An ${alg} token is checked with a shared secret, not a public key: give the secret, or its JWK, as the key.` }
  }
  if (!isHmac(alg) && key.source === 'secret') {
    return { reason: `An ${alg} token is checked with a public key (PEM, JWK or JWK Set), not a secret.` }
  }
  if (key.source === 'pem' && !isReadablePemLabel(key.label)) {
    return { reason: `A PEM block labelled "${key.label}" holds no key that these programs read: give a public key, a certificate or an unencrypted private key.` }
  }
  return undefined
}
