import { describe, expect, it } from 'vitest'
import { programRequestFor, type ProgramInputs } from '../../../src/core/code/program-request-for'
import { decodeToken } from '../../../src/core/token/decode-token'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import { splitSdJwt } from '../../../src/core/sd-jwt/split-sd-jwt'
import { makeToken, rfc7515Flattened, rfc7519Token, rfc7519Unsecured } from '../../fixtures/tokens'
import { mainSdJwt } from '../../fixtures/sd-jwt-examples'

const jwe =
  'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A.XFBoMYUZodetZdvTiFvSkQ'
const publicPem = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEVs/o5+uQbTjL3chynL4wXgUg2R9\nq9UU8I5mEovUf86QZ7kOBIjJwqnzD1omageEHWwHdBO6B+dFabmdT9POxg==\n-----END PUBLIC KEY-----\n'
const certificatePem = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'
const jwk = '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}'
const jwks = `{"keys":[${jwk}]}`

function requestFor(token: string, keyText = '', options: Partial<ProgramInputs> = {}) {
  const sdJwt = splitSdJwt(token)
  return programRequestFor({ decoded: decodeToken(sdJwt ? sdJwt.issuerJwt : token), material: parseKeyText(keyText), encoding: 'utf8', ...options })
}

describe('programRequestFor', () => {
  it('takes the alg, iss and the times from an HS256 token, and the secret with its encoding', () => {
    expect(requestFor(rfc7519Token, 'c2VjcmV0', { encoding: 'base64url' })).toEqual({
      ok: true,
      value: { subject: { alg: 'HS256', key: { source: 'secret', encoding: 'base64url' }, issuer: 'joe', hasExpiry: true, hasNotBefore: false }, isKeyBoxEmpty: false },
    })
  })

  it.each([
    { name: 'one audience', aud: 'api', audience: 'api' },
    { name: 'several audiences', aud: ['api', 'web'], audience: ['api', 'web'] },
    { name: 'no audience', aud: undefined, audience: undefined },
    { name: 'an audience that is not a string', aud: 42, audience: undefined },
    { name: 'an empty list', aud: [], audience: undefined },
  ])('requires $name', ({ aud, audience }) => {
    const result = requestFor(makeToken({ alg: 'ES256' }, { sub: 'a', aud, nbf: 1 }), publicPem)
    expect(result.ok && result.value.subject).toEqual({ alg: 'ES256', key: { source: 'pem', label: 'PUBLIC KEY' }, hasExpiry: false, hasNotBefore: true, ...(audience ? { audience } : {}) })
  })

  it.each([
    { name: 'a secret for HMAC', token: makeToken({ alg: 'HS512' }, {}), encoding: 'hex', key: { source: 'secret', encoding: 'hex' } },
    { name: 'a public PEM for everything else', token: makeToken({ alg: 'EdDSA' }, {}), encoding: 'utf8', key: { source: 'pem', label: 'PUBLIC KEY' } },
  ] as const)('takes the key source from the alg when the key box is empty: $name', ({ token, encoding, key }) => {
    expect(requestFor(token, '  \n', { encoding })).toEqual({ ok: true, value: { subject: { alg: expect.any(String), key, hasExpiry: false, hasNotBefore: false }, isKeyBoxEmpty: true } })
  })

  it.each([
    { name: 'a certificate', keyText: certificatePem, key: { source: 'pem', label: 'CERTIFICATE' } },
    { name: 'a JWK', keyText: jwk, key: { source: 'jwk' } },
    { name: 'a pasted JWK Set', keyText: jwks, key: { source: 'jwks' } },
    { name: 'a fetched JWK Set', keyText: jwks, fetchedJwksUrl: 'https://idp.example/keys', key: { source: 'jwks-url', url: 'https://idp.example/keys' } },
  ])('reads $name from the key box', ({ keyText, fetchedJwksUrl, key }) => {
    const result = requestFor(makeToken({ alg: 'RS256' }, {}), keyText, fetchedJwksUrl ? { fetchedJwksUrl } : {})
    expect(result.ok && result.value.subject.key).toEqual(key)
  })

  it("verifies an SD-JWT's issuer-signed JWT", () => {
    const result = requestFor(mainSdJwt)
    expect(result.ok && result.value.subject).toMatchObject({ alg: 'ES256', issuer: 'https://issuer.example.com', hasExpiry: true })
  })

  it.each([
    { name: 'no token', token: '', code: 'no-token', message: 'Paste a token first.' },
    { name: 'a token that does not decode', token: 'abc.def', code: 'not-decoded', message: 'The token does not decode; fix it first.' },
    { name: 'a JWE', token: jwe, code: 'encrypted', message: 'An encrypted token (JWE) is decrypted, not verified: the programs verify signed tokens.' },
    {
      name: 'alg none',
      token: rfc7519Unsecured,
      code: 'unsecured',
      message: 'The token is unsigned (alg "none"): there is no signature to verify, and a service should reject it.',
    },
    { name: 'a header without alg', token: makeToken({ typ: 'JWT' }, {}), code: 'no-alg', message: 'The header names no algorithm ("alg"), and a program accepts only the token\'s own.' },
    {
      name: 'the JSON serialization',
      token: rfc7515Flattened,
      code: 'json-serialization',
      message: 'JWT libraries read the compact form (header.payload.signature); this token is in JSON serialization.',
    },
    { name: 'a text payload', token: makeToken({ alg: 'HS256' }, 'hello'), code: 'no-claims', message: 'The payload is not a set of JSON claims, which is all a JWT library verifies.' },
  ])('builds no program for $name', ({ token, code, message }) => {
    expect(requestFor(token, 'secret')).toEqual({ ok: false, error: { code, message } })
  })

  it.each([
    {
      name: 'a PEM key for an HMAC token',
      token: rfc7519Token,
      keyText: publicPem,
      code: 'key-mismatch',
      message: 'The key box holds a PEM key, and HS256 needs the shared secret. Paste the secret, or empty the key box.',
    },
    {
      name: 'plain text for an ES256 token',
      token: makeToken({ alg: 'ES256' }, {}),
      keyText: 'not a key',
      code: 'key-mismatch',
      message: 'The key box holds text that is not a key, and ES256 needs a public key (PEM, JWK or JWK Set). Paste one, or empty the key box.',
    },
    {
      name: 'unusable key text',
      token: rfc7519Token,
      keyText: '{"kty": 1}',
      code: 'unusable-key',
      message:
        'The key box does not hold a key: "kty" must be a string naming the key type (oct, RSA, EC, OKP or AKP), but it is a number. Fix it, or empty the key box for a program that reads the key from JWT_KEY.',
    },
  ])('builds no program for $name', ({ token, keyText, code, message }) => {
    expect(requestFor(token, keyText)).toEqual({ ok: false, error: { code, message } })
  })
})
