import { describe, expect, it } from 'vitest'
import { goJwtProgram } from '../../../src/core/code/go-jwt-program'
import { programRequest } from './program-cases'

const source = (keyName: string, overrides = {}) => goJwtProgram(programRequest('go-jwt', keyName, 'program', overrides)).source

/** The standard-library packages in the import block. */
function imports(text: string): string[] {
  const block = /import \(\n([\s\S]*?)\n\)/.exec(text)![1]!
  return [...block.matchAll(/"([^"]+)"/g)].map((match) => match[1]!).filter((name) => !name.includes('.'))
}

describe('goJwtProgram', () => {
  it.each([
    ['secret utf8', 'return []byte(requiredEnv("JWT_KEY")), nil', ['encoding/json', 'fmt', 'os', 'time']],
    ['secret base64url', 'return base64.RawURLEncoding.DecodeString(strings.TrimRight(strings.TrimSpace(requiredEnv("JWT_KEY")), "="))', ['encoding/base64', 'encoding/json', 'fmt', 'os', 'strings', 'time']],
    ['secret hex', 'return hex.DecodeString(strings.TrimSpace(requiredEnv("JWT_KEY")))', ['encoding/hex', 'encoding/json', 'fmt', 'os', 'strings', 'time']],
    ['PUBLIC KEY', 'return x509.ParsePKIXPublicKey(block.Bytes)', ['crypto/x509', 'encoding/json', 'encoding/pem', 'errors', 'fmt', 'os', 'time']],
    ['RSA PUBLIC KEY', 'return x509.ParsePKCS1PublicKey(block.Bytes)', ['crypto/x509', 'encoding/json', 'encoding/pem', 'errors', 'fmt', 'os', 'time']],
    ['CERTIFICATE', 'return certificate.PublicKey, nil', ['crypto/x509', 'encoding/json', 'encoding/pem', 'errors', 'fmt', 'os', 'time']],
    ['PRIVATE KEY', 'return signer.Public(), nil', ['crypto', 'crypto/x509', 'encoding/json', 'encoding/pem', 'errors', 'fmt', 'os', 'time']],
    ['EC PRIVATE KEY', 'privateKey, err := x509.ParseECPrivateKey(block.Bytes)', ['crypto/x509', 'encoding/json', 'encoding/pem', 'errors', 'fmt', 'os', 'time']],
    ['JWK', 'func (key jsonWebKey) verifyingKey() (*ecdsa.PublicKey, error) {', ['crypto/ecdsa', 'crypto/elliptic', 'encoding/base64', 'encoding/json', 'errors', 'fmt', 'math/big', 'os', 'time']],
    ['JWKS', 'func (key jsonWebKey) verifyingKey() (*rsa.PublicKey, error) {', ['crypto/rsa', 'encoding/base64', 'encoding/json', 'fmt', 'math/big', 'os', 'time']],
    ['JWKS URL', 'response, err := client.Get(jwksURL)', ['crypto/rsa', 'encoding/base64', 'encoding/json', 'fmt', 'math/big', 'net/http', 'os', 'time']],
  ])('reads a %s key with the standard library, importing exactly what it uses', (keyName, line, packages) => {
    expect(source(keyName)).toContain(line)
    expect(imports(source(keyName))).toEqual(packages)
  })

  it('reads an Ed25519 JWK, and an oct JWK as the secret', () => {
    expect(source('JWK', { alg: 'EdDSA' })).toContain('return ed25519.PublicKey(x), nil')
    expect(source('oct JWK')).toContain('return base64.RawURLEncoding.DecodeString(key.K)')
  })

  it('pins the algorithm, and checks exp and nbf with its own leeway since golang-jwt v4 has none', () => {
    const text = source('PUBLIC KEY')
    expect(text).toContain('jwt.WithValidMethods([]string{"RS256"}),')
    expect(text).toContain('jwt.WithoutClaimsValidation(),')
    expect(text).toContain('const leewaySeconds = 30')
    expect(text).toContain('if !claims.VerifyExpiresAt(now-leewaySeconds, true) {')
    expect(text).toContain('if !claims.VerifyNotBefore(now+leewaySeconds, false) {')
    expect(text).toContain('if !claims.VerifyIssuer("https://issuer.example", true) {')
    expect(text).toContain('if !claims.VerifyAudience("api", true) {')
  })

  it('accepts any of several audiences', () => {
    expect(source('JWK', { audience: ['api', 'web'] })).toContain('if !claims.VerifyAudience("api", true) && !claims.VerifyAudience("web", true) {')
  })

  it('is indented with tabs, as gofmt writes Go', () => {
    expect(source('JWKS URL').split('\n').filter((line) => /^ +\S/.test(line))).toEqual([])
  })
})
