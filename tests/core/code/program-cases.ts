// Program requests for the generator tests: one per way of giving a key, for each algorithm family.
import type { CodeForm, CodeLanguage, ProgramKey, ProgramRequest } from '../../../src/core/code/program-request'

export const jwksUrl = 'https://issuer.example/.well-known/jwks.json'

export const keysByName: Record<string, { alg: string; key: ProgramKey }> = {
  'secret utf8': { alg: 'HS256', key: { source: 'secret', encoding: 'utf8' } },
  'secret base64url': { alg: 'HS384', key: { source: 'secret', encoding: 'base64url' } },
  'secret base64': { alg: 'HS256', key: { source: 'secret', encoding: 'base64' } },
  'secret hex': { alg: 'HS512', key: { source: 'secret', encoding: 'hex' } },
  'oct JWK': { alg: 'HS256', key: { source: 'jwk' } },
  'PUBLIC KEY': { alg: 'RS256', key: { source: 'pem', label: 'PUBLIC KEY' } },
  'RSA PUBLIC KEY': { alg: 'PS256', key: { source: 'pem', label: 'RSA PUBLIC KEY' } },
  CERTIFICATE: { alg: 'ES256', key: { source: 'pem', label: 'CERTIFICATE' } },
  'PRIVATE KEY': { alg: 'ES384', key: { source: 'pem', label: 'PRIVATE KEY' } },
  'EC PRIVATE KEY': { alg: 'ES512', key: { source: 'pem', label: 'EC PRIVATE KEY' } },
  'RSA PRIVATE KEY': { alg: 'RS512', key: { source: 'pem', label: 'RSA PRIVATE KEY' } },
  JWK: { alg: 'ES256', key: { source: 'jwk' } },
  JWKS: { alg: 'PS384', key: { source: 'jwks' } },
  'JWKS URL': { alg: 'RS256', key: { source: 'jwks-url', url: jwksUrl } },
}

export function programRequest(language: CodeLanguage, keyName: string, form: CodeForm = 'program', overrides: Partial<ProgramRequest> = {}): ProgramRequest {
  const { alg, key } = keysByName[keyName]!
  return { language, form, alg, key, issuer: 'https://issuer.example', audience: 'api', hasExpiry: true, hasNotBefore: false, ...overrides }
}
