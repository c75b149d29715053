import { describe, expect, it } from 'vitest'
import { jwsHeaderOf } from '../../../src/core/lint/jws-header'
import { decodeToken } from '../../../src/core/token/decode-token'
import { makeToken, makeTokenFromText, rfc7515Flattened, rfc7519Token, rfc7519Unsecured } from '../../fixtures/tokens'
import { rfc7520PartlyProtectedHeaderSignature, rfc7520Pbes2Encryption, rfc7520UnprotectedHeaderSignature } from '../../fixtures/rfc-vectors'
import { encodeBase64urlText } from '../../../src/core/encoding/base64url'

const headerOf = (token: string) => jwsHeaderOf(decodeToken(token)!)

describe('jwsHeaderOf: the header a JWS verifier goes by', () => {
  it('is the protected header of a compact JWS (RFC 7519 §3.1)', () => {
    expect(headerOf(rfc7519Token)).toEqual({ typ: 'JWT', alg: 'HS256' })
  })

  it('is the header of an unsecured JWT (RFC 7519 §6.1)', () => {
    expect(headerOf(rfc7519Unsecured)).toEqual({ alg: 'none' })
  })

  it('is the header of a compact token whose signature is still missing', () => {
    const [header, payload] = makeToken({ alg: 'HS256' }, { sub: 'a' }).split('.')
    expect(headerOf(`${header}.${payload}`)).toEqual({ alg: 'HS256' })
  })

  it.each<{ name: string; token: string }>([
    { name: 'a JWE (RFC 7520 §5.3)', token: rfc7520Pbes2Encryption.compact },
    { name: 'a header that is JSON but not an object', token: makeTokenFromText('["HS256"]', '{}') },
    { name: 'a header that is not JSON', token: makeTokenFromText('alg: HS256', '{}') },
    { name: 'a token of one part', token: encodeBase64urlText('{"alg":"HS256"}') },
  ])('is null for $name', ({ token }) => {
    expect(headerOf(token)).toBeNull()
  })
})

describe('jwsHeaderOf on a JWS JSON serialization', () => {
  it('joins the unprotected header to the protected one (RFC 7515 A.7)', () => {
    expect(headerOf(rfc7515Flattened)).toEqual({ alg: 'ES256', kid: 'e9bc097a-ce51-4036-9562-d2ade882db0d' })
  })

  it('joins them in the general serialization too (RFC 7520 §4.6)', () => {
    expect(headerOf(JSON.stringify(rfc7520PartlyProtectedHeaderSignature.general))).toEqual({ alg: 'HS256', kid: '018c0ae5-4d9b-471b-bfd6-eef314bc7037' })
  })

  it('is the unprotected header alone when there is no protected one (RFC 7520 §4.7)', () => {
    expect(headerOf(JSON.stringify(rfc7520UnprotectedHeaderSignature.flattened))).toEqual({ alg: 'HS256', kid: '018c0ae5-4d9b-471b-bfd6-eef314bc7037' })
  })

  it('lets a protected member win over an unprotected one of the same name, since only it is signed', () => {
    const token = JSON.stringify({
      payload: encodeBase64urlText('{}'),
      protected: encodeBase64urlText('{"alg":"HS256","kid":"signed"}'),
      header: { kid: 'unsigned', jku: 'https://attacker.example/jwks' },
      signature: 'A'.repeat(43),
    })
    expect(headerOf(token)).toEqual({ alg: 'HS256', kid: 'signed', jku: 'https://attacker.example/jwks' })
  })
})
