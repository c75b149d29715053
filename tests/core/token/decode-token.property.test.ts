import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeToken } from '../../../src/core/token/decode-token'
import type { DecodedToken, TokenKind } from '../../../src/core/token/decoded-token'
import { makeToken, makeTokenFromText, rfc7515Payload, rfc7519Token } from '../../fixtures/tokens'
import { formatJson } from '../../../src/core/json/format-json'

const KINDS: TokenKind[] = ['jws', 'jwe', 'unsecured', 'invalid']
const b64 = (text: string) => Buffer.from(text).toString('base64url')

/** What every decoded token promises, however broken its input. */
function checkContract(raw: string, token: DecodedToken | null) {
  if (raw.trim() === '') {
    expect(token).toBeNull()
    return
  }
  expect(token).not.toBeNull()
  if (!token) return
  expect(KINDS).toContain(token.kind)
  if (token.kind === 'invalid') {
    expect(token.failures.length).toBeGreaterThan(0)
  } else {
    expect(token.failures).toEqual([])
  }
  for (const failure of token.failures) {
    expect(failure.message.length).toBeGreaterThan(1)
    expect(failure.message.endsWith('.')).toBe(true)
    if (failure.offset !== undefined) {
      expect(failure.offset).toBeGreaterThanOrEqual(0)
      expect(failure.offset).toBeLessThanOrEqual(token.input.token.length)
    }
  }
  for (const notice of token.notices) expect(notice.message.endsWith('.')).toBe(true)
  if (token.serialization === 'compact') {
    // Each part maps back onto the pasted text, less the whitespace normalizeInput removed.
    for (const part of token.parts) {
      expect(part.from).toBeGreaterThanOrEqual(0)
      expect(part.to).toBeGreaterThanOrEqual(part.from!)
      expect(part.to).toBeLessThanOrEqual(raw.length)
      expect(raw.slice(part.from, part.to).replace(/[ \t\n\r\u00a0\ufeff]/g, '')).toBe(part.text)
    }
  }
}

const decodesWithinContract = (raw: string) => {
  checkContract(raw, decodeToken(raw))
}

// Valid tokens: a header with an alg and random other members, a JSON object payload, a random signature.
const signingAlg = fc.constantFrom('HS256', 'HS384', 'HS512', 'RS256', 'PS256', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519', 'ML-DSA-44', 'custom')
const jsonValue = fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' })
const headerMembers = fc.dictionary(
  fc.string({ maxLength: 8 }).filter((name) => name !== 'alg' && name !== 'b64'),
  jsonValue,
  { maxKeys: 4 },
)
const header = fc.tuple(signingAlg, headerMembers).map(([alg, members]) => ({ ...members, alg }))
const payloadObject = fc.dictionary(fc.string({ unit: 'binary', maxLength: 10 }), jsonValue, { maxKeys: 6 })
const signature = fc.uint8Array({ maxLength: 80 }).map((bytes) => Buffer.from(bytes).toString('base64url'))

interface ValidToken {
  token: string
  header: unknown
  payload: unknown
}
const validToken = fc.tuple(header, payloadObject, signature).map(([headerValue, payloadValue, signatureText]): ValidToken => {
  const headerText = JSON.stringify(headerValue)
  const payloadText = JSON.stringify(payloadValue)
  return {
    token: `${b64(headerText)}.${b64(payloadText)}.${signatureText}`,
    header: JSON.parse(headerText),
    payload: JSON.parse(payloadText),
  }
})
const anyToken = fc.oneof(
  validToken.map((valid) => valid.token),
  fc.constant(rfc7519Token),
  fc.constant(makeToken({ alg: 'none' }, { sub: 'x' }, '')),
  fc.constant(makeToken({ alg: 'RSA-OAEP', enc: 'A256GCM' }, 'x').split('.')[0] + '.AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA'),
  fc.constant(makeToken({ alg: 'HS256', cty: 'JWT' }, rfc7519Token)),
)

// Random edits of the kind that happen to tokens in transit.
const editChar = fc.oneof(
  fc.constantFrom('.', '=', '==', '+', '/', '-', '_', ' ', '\n', '\r\n', '\t', '\u00a0', '\ufeff', '"', "'", '{', '}', ',', 'é', '😀', '\u0000', 'A', '%'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
)
type Edit = (text: string) => string
const at = (text: string, position: number) => (text.length === 0 ? 0 : position % (text.length + 1))
const nthDot = (text: string, n: number): number => {
  const dots = [...text].flatMap((char, index) => (char === '.' ? [index] : []))
  return dots.length === 0 ? -1 : dots[n % dots.length]!
}
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), editChar).map(([position, char]): Edit => (text) => {
    const index = at(text, position)
    return text.slice(0, index) + char + text.slice(index)
  }),
  fc.nat().map((position): Edit => (text) => {
    const index = at(text, position)
    return text.slice(0, index) + text.slice(index + 1)
  }),
  fc.tuple(fc.nat(), editChar).map(([position, char]): Edit => (text) => {
    const index = at(text, position)
    return text.slice(0, index) + char + text.slice(index + 1)
  }),
  fc.nat().map((n): Edit => (text) => {
    const index = nthDot(text, n)
    return index === -1 ? text : text.slice(0, index) + text.slice(index + 1)
  }),
  fc.nat().map((n): Edit => (text) => {
    const index = nthDot(text, n)
    return index === -1 ? text : text.slice(0, index) + '.' + text.slice(index)
  }),
  fc.tuple(fc.nat(), fc.constantFrom(' ', '\n', '\r\n', '\t', '  \n  ')).map(([position, space]): Edit => (text) => {
    const index = at(text, position)
    return text.slice(0, index) + space + text.slice(index)
  }),
  fc.constantFrom<Edit>(
    (text) => `"${text}"`,
    (text) => `'${text}',`,
    (text) => `Bearer ${text}`,
    (text) => `Authorization: Bearer ${text}`,
    (text) => `DPoP ${text}`,
    (text) => `\n  ${text}  \n`,
    (text) => text.slice(0, Math.floor(text.length / 2)),
    (text) => `${text}.${text}`,
  ),
)
const mutatedToken = fc.tuple(anyToken, fc.array(edit, { minLength: 1, maxLength: 5 })).map(([token, edits]) =>
  edits.reduce((text, apply) => apply(text), token),
)

// JWS and JWE JSON serializations with members of random types.
const maybeBase64 = fc.oneof(signature, fc.constant(rfc7515Payload), fc.constant(b64('{"alg":"HS256"}')), jsonValue, fc.string({ maxLength: 6 }))
const jsonSerialization = fc
  .record(
    {
      payload: maybeBase64,
      protected: maybeBase64,
      header: fc.oneof(headerMembers, jsonValue),
      signature: maybeBase64,
      signatures: fc.oneof(fc.array(fc.record({ protected: maybeBase64, header: headerMembers, signature: maybeBase64 }, { requiredKeys: [] }), { maxLength: 3 }), jsonValue),
      ciphertext: maybeBase64,
      iv: maybeBase64,
      tag: maybeBase64,
      encrypted_key: maybeBase64,
      recipients: fc.oneof(fc.array(headerMembers, { maxLength: 2 }), jsonValue),
      kty: fc.constantFrom('RSA', 'EC'),
    },
    { requiredKeys: [] },
  )
  .map((value) => JSON.stringify(value))

describe('decodeToken never throws', () => {
  it('on any string', () => {
    fc.assert(fc.property(fc.string(), decodesWithinContract), { numRuns: 1000 })
  })

  it('on any string of code points', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), decodesWithinContract), { numRuns: 1000 })
  })

  it('on any string of graphemes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), decodesWithinContract), { numRuns: 500 })
  })

  it('on strings with lone surrogates and control characters', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), fc.constantFrom('.', 'e', 'y', 'J'))
    fc.assert(fc.property(fc.string({ unit, maxLength: 60 }), decodesWithinContract), { numRuns: 500 })
  })

  it('on three dot-separated runs of base64url characters', () => {
    const run = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_='), maxLength: 30 })
    fc.assert(fc.property(fc.array(run, { minLength: 1, maxLength: 6 }), (runs) => decodesWithinContract(runs.join('.'))), { numRuns: 1000 })
  })

  it('on JSON documents, including JWS and JWE JSON serializations with members of any type', () => {
    fc.assert(fc.property(fc.oneof(fc.json({ maxDepth: 3 }), jsonSerialization), decodesWithinContract), { numRuns: 1000 })
  })
})

describe('decodeToken on mutated valid tokens', () => {
  it('never throws and always keeps the contract', () => {
    fc.assert(fc.property(mutatedToken, decodesWithinContract), { numRuns: 2000 })
  })

  it('keeps the contract for valid tokens themselves', () => {
    fc.assert(fc.property(anyToken, decodesWithinContract), { numRuns: 300 })
  })
})

describe('decodeToken on valid tokens', () => {
  it('decodes a JSON object payload to the same value, as a JWS', () => {
    fc.assert(
      fc.property(validToken, ({ token, header: headerValue, payload }) => {
        const decoded = decodeToken(token)
        expect(decoded?.kind).toBe('jws')
        expect(decoded?.failures).toEqual([])
        expect(decoded?.serialization).toBe('compact')
        expect(decoded?.header.type).toBe('json')
        expect(decoded?.header.type === 'json' && decoded.header.value).toEqual(headerValue)
        expect(decoded?.payload).toEqual({ type: 'json', value: payload, pretty: formatJson(JSON.stringify(payload)) })
      }),
      { numRuns: 500 },
    )
  })

  it('reads the same header and payload however the token is wrapped', () => {
    const wrap = fc.constantFrom(
      (token: string) => `  ${token}\n`,
      (token: string) => `\r\n\t${token}\t`,
      (token: string) => `Bearer ${token}`,
      (token: string) => `bearer ${token}`,
      (token: string) => `"${token}"`,
      (token: string) => `'${token}'`,
      (token: string) => `“${token}”`,
      (token: string) => `"${token}",`,
      (token: string) => `Authorization: Bearer ${token}`,
      (token: string) => `authorization: "Bearer ${token}";`,
      (token: string) => ` Authorization:  DPoP ${token}  `,
      (token: string) => token.replace(/(.{20})/g, '$1\n'),
    )
    fc.assert(
      fc.property(validToken, wrap, ({ token }, wrapper) => {
        const plain = decodeToken(token)
        const wrapped = decodeToken(wrapper(token))
        expect(wrapped?.input.token).toBe(token)
        expect(wrapped?.kind).toBe(plain?.kind)
        expect(wrapped?.header).toEqual(plain?.header)
        expect(wrapped?.payload).toEqual(plain?.payload)
        expect(wrapped?.signature).toEqual(plain?.signature)
      }),
      { numRuns: 300 },
    )
  })
})

describe('decodeToken: regressions found while testing', () => {
  const deepArray = '['.repeat(100000) + ']'.repeat(100000)

  it('decodes a payload nested 100000 deep without throwing, showing its text', () => {
    const token = decodeToken(makeTokenFromText('{"alg":"HS256"}', deepArray))
    expect(token?.kind).toBe('jws')
    expect(token?.payload.type).toBe('json')
    expect(token?.payload.type === 'json' && token.payload.pretty).toBe(deepArray)
  })

  it('decodes a header with a member nested 100000 deep without throwing, showing its text', () => {
    const headerText = `{"alg":"HS256","x":${deepArray}}`
    const token = decodeToken(makeTokenFromText(headerText, '{}'))
    expect(token?.kind).toBe('jws')
    expect(token?.header.type === 'json' && token.header.pretty).toBe(headerText)
  })

  it('decodes a JSON serialization with a deeply nested unprotected header without throwing', () => {
    const text = `{"payload":"e30","header":{"alg":"HS256","x":${deepArray}},"signature":"${'A'.repeat(43)}"}`
    const token = decodeToken(text)
    expect(token?.kind).toBe('jws')
    expect(token?.header.type).toBe('json')
  })

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('does not take "alg": "%s" for an algorithm with a known signature size', (alg) => {
    expect(decodeToken(makeToken({ alg }, {}))?.notices).toEqual([])
  })
})
