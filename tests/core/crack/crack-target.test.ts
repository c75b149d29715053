import { describe, expect, it } from 'vitest'
import { crackTarget } from '../../../src/core/crack/crack-target'
import { decodeToken } from '../../../src/core/token/decode-token'
import { makeToken, rfc7515Es256Token, rfc7519Token, rfc7519Unsecured } from '../../fixtures/tokens'

const target = (token: string) => crackTarget(decodeToken(token)!)

describe('crackTarget', () => {
  it('takes the signing input and signature of a compact HMAC token', () => {
    const result = target(`Bearer ${rfc7519Token}`)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.alg).toBe('HS256')
    expect(new TextDecoder().decode(result.value.signingInput)).toBe(rfc7519Token.slice(0, rfc7519Token.lastIndexOf('.')))
    expect(result.value.signature).toHaveLength(32)
  })

  it.each([
    { name: 'RS-signed', token: makeToken({ alg: 'RS256' }, { sub: 'x' }), error: 'Only HMAC tokens (HS256, HS384, HS512) have a shared secret to guess; this one names "RS256".' },
    { name: 'ES256', token: rfc7515Es256Token, error: 'Only HMAC tokens (HS256, HS384, HS512) have a shared secret to guess; this one names "ES256".' },
    { name: 'unsecured', token: rfc7519Unsecured, error: 'Guessing a secret needs a signed token in compact form (header.payload.signature).' },
    { name: 'without alg', token: makeToken({ typ: 'JWT' }, { sub: 'x' }), error: 'Only HMAC tokens (HS256, HS384, HS512) have a shared secret to guess; this one names no algorithm.' },
    { name: 'a short signature', token: makeToken({ alg: 'HS512' }, { sub: 'x' }), error: 'The signature is not a 64-byte HS512 HMAC, so no secret can produce it.' },
    { name: 'JSON serialization', token: JSON.stringify({ payload: 'e30', protected: 'eyJhbGciOiJIUzI1NiJ9', signature: 'A'.repeat(43) }), error: 'Guessing a secret needs a signed token in compact form (header.payload.signature).' },
  ])('explains why a token is out of scope: $name', ({ token, error }) => {
    expect(target(token)).toEqual({ ok: false, error })
  })
})
