import { describe, expect, it } from 'vitest'
import { CompactSign } from 'jose'
import { createHmac } from 'node:crypto'
import { findKnownSecret } from '../../../src/core/lint/find-known-secret'
import { decodeToken } from '../../../src/core/token/decode-token'
import { encodeBase64urlText } from '../../../src/core/encoding/base64url'
import { rfc7515Es256Token, rfc7519Token } from '../../fixtures/tokens'

const payload = new TextEncoder().encode('{"sub":"alice"}')

function hmacToken(alg: 'HS256' | 'HS384' | 'HS512', secret: string): string {
  const signingInput = `${encodeBase64urlText(JSON.stringify({ alg, typ: 'JWT' }))}.${encodeBase64urlText('{"sub":"alice"}')}`
  const signature = createHmac(`sha${alg.slice(2)}`, secret).update(signingInput).digest('base64url')
  return `${signingInput}.${signature}`
}

const find = (token: string, candidates: readonly string[]) => findKnownSecret(decodeToken(token)!, candidates)

describe('findKnownSecret: which notorious secret signed an HMAC token', () => {
  it.each(['HS256', 'HS384', 'HS512'] as const)('finds the secret of a %s token among the candidates', async (alg) => {
    expect(await find(hmacToken(alg, 'changeme'), ['secret', 'password', 'changeme', 'admin'])).toBe('changeme')
  })

  it('finds the secret of a token signed by jose', async () => {
    const token = await new CompactSign(payload).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('your-256-bit-secret'))
    expect(await find(token, ['secret', 'your-256-bit-secret'])).toBe('your-256-bit-secret')
  })

  it('answers "" for a token signed with an empty key, with no candidates at all', async () => {
    expect(await find(hmacToken('HS256', ''), [])).toBe('')
  })

  it('finds a secret far down a list longer than one engine batch', async () => {
    const candidates = Array.from({ length: 5000 }, (_, index) => `candidate-${index}`)
    expect(await find(hmacToken('HS512', 'candidate-4321'), candidates)).toBe('candidate-4321')
  })

  it('answers the first candidate when a secret is listed twice', async () => {
    expect(await find(hmacToken('HS256', 'secret'), ['other', 'secret', 'secret'])).toBe('secret')
  })

  it('is undefined when no candidate signed the token', async () => {
    expect(await find(hmacToken('HS256', 'not-on-the-list'), ['secret', 'password'])).toBeUndefined()
  })

  it('is undefined for the RFC 7519 §3.1 token, whose key is random bytes', async () => {
    expect(await find(rfc7519Token, ['secret', 'joe'])).toBeUndefined()
  })
})

describe('findKnownSecret: tokens with no shared secret to find', () => {
  it.each<{ name: string; token: string }>([
    { name: 'an ES256 token (RFC 7515 A.3)', token: rfc7515Es256Token },
    { name: 'an HS256 token whose signature is cut short', token: hmacToken('HS256', 'secret').slice(0, -4) },
    { name: 'a JSON serialization', token: JSON.stringify({ payload: 'e30', protected: encodeBase64urlText('{"alg":"HS256"}'), signature: 'A'.repeat(43) }) },
  ])('is undefined for $name, whatever the candidates', async ({ token }) => {
    expect(await find(token, ['', 'secret'])).toBeUndefined()
  })
})
