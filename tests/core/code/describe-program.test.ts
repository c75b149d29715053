import { describe, expect, it } from 'vitest'
import { describeProgramChecks, describeProgramKey } from '../../../src/core/code/describe-program'
import type { ProgramKey } from '../../../src/core/code/program-request'

describe('describeProgramKey', () => {
  it.each<{ key: ProgramKey; isKeyBoxEmpty: boolean; source: string }>([
    { key: { source: 'secret', encoding: 'base64url' }, isKeyBoxEmpty: false, source: 'Reads the secret from JWT_KEY, decoded as base64url.' },
    { key: { source: 'secret', encoding: 'utf8' }, isKeyBoxEmpty: true, source: 'The key box is empty: the program expects the secret in JWT_KEY, decoded as UTF-8 text.' },
    { key: { source: 'pem', label: 'PUBLIC KEY' }, isKeyBoxEmpty: false, source: 'Reads the public key (PEM) from JWT_KEY.' },
    { key: { source: 'pem', label: 'RSA PUBLIC KEY' }, isKeyBoxEmpty: false, source: 'Reads the RSA public key (PEM) from JWT_KEY.' },
    { key: { source: 'pem', label: 'CERTIFICATE' }, isKeyBoxEmpty: false, source: 'Reads the certificate (PEM) from JWT_KEY.' },
    { key: { source: 'pem', label: 'PUBLIC KEY' }, isKeyBoxEmpty: true, source: 'The key box is empty: the program expects the public key in JWT_KEY, as PEM.' },
    { key: { source: 'jwk' }, isKeyBoxEmpty: false, source: 'Reads the JWK from JWT_KEY.' },
    { key: { source: 'jwks' }, isKeyBoxEmpty: false, source: 'Reads the JWK Set from JWT_KEY.' },
    { key: { source: 'jwks-url', url: 'https://idp.example/jwks' }, isKeyBoxEmpty: false, source: 'Fetches the keys from https://idp.example/jwks.' },
  ])('$source', ({ key, isKeyBoxEmpty, source }) => {
    expect(describeProgramKey({ key }, isKeyBoxEmpty).source).toBe(source)
  })

  it('says the secret stays out of the program', () => {
    expect(describeProgramKey({ key: { source: 'secret', encoding: 'hex' } }, false).note).toBe(
      'The secret is never written into the program: pass it in JWT_KEY from your secrets store.',
    )
  })
})

describe('describeProgramChecks', () => {
  const key: ProgramKey = { source: 'jwk' }
  it.each([
    { subject: { alg: 'HS256', key, hasExpiry: false, hasNotBefore: false }, text: 'Accepts only HS256.' },
    { subject: { alg: 'HS256', key, issuer: 'joe', hasExpiry: true, hasNotBefore: false }, text: 'Accepts only HS256, requires iss "joe", checks exp.' },
    {
      subject: { alg: 'ES256', key, issuer: 'https://idp', audience: ['a', 'b'], hasExpiry: true, hasNotBefore: true },
      text: 'Accepts only ES256, requires iss "https://idp" and aud "a" or "b", checks exp and nbf.',
    },
    { subject: { alg: 'EdDSA', key, audience: 'api', hasExpiry: false, hasNotBefore: true }, text: 'Accepts only EdDSA, requires aud "api", checks nbf.' },
  ])('$text', ({ subject, text }) => {
    expect(describeProgramChecks(subject)).toBe(text)
  })
})
