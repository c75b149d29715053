import { describe, expect, it } from 'vitest'
import { decodeToken } from '../../../src/core/token/decode-token'
import { decode, messages } from './decode-helpers'
import { encodeBase64url, encodeBase64urlText } from '../../../src/core/encoding/base64url'
import {
  makeToken,
  makeTokenFromText,
  rfc7515Es256Token,
  rfc7515Payload,
  rfc7515Es256Header,
  rfc7515Es256Signature,
  rfc7519Payload,
  rfc7519Token,
  rfc7519Unsecured,
} from '../../fixtures/tokens'

describe('decodeToken: RFC examples', () => {
  it('decodes the RFC 7519 §3.1 HS256 example, keeping the exact header text order', () => {
    const token = decode(rfc7519Token)
    expect(token.kind).toBe('jws')
    expect(token.serialization).toBe('compact')
    expect(token.header).toEqual({ type: 'json', value: { typ: 'JWT', alg: 'HS256' }, pretty: '{\n  "typ": "JWT",\n  "alg": "HS256"\n}' })
    expect(token.payload).toMatchObject({ type: 'json', value: rfc7519Payload })
    expect(token.signature).toHaveLength(32)
    expect(token.failures).toEqual([])
    expect(token.notices).toEqual([])
    expect(token.parts.map((part) => [part.name, part.byteLength])).toEqual([
      ['header', 30],
      ['payload', 70],
      ['signature', 32],
    ])
  })

  it('reads the RFC 7519 §6.1 unsecured token as unsecured', () => {
    const token = decode(rfc7519Unsecured)
    expect(token.kind).toBe('unsecured')
    expect(token.signature).toHaveLength(0)
    expect(token.notices).toEqual([])
  })

  it('decodes the RFC 7515 A.3 ES256 example with a 64-byte signature', () => {
    const token = decode(rfc7515Es256Token)
    expect(token.kind).toBe('jws')
    expect(token.signature).toHaveLength(64)
    expect(token.notices).toEqual([])
  })
})

describe('decodeToken: what people paste', () => {
  it.each([
    ['surrounding whitespace', `  \n${rfc7519Token}\n `, ['surrounding whitespace']],
    ['a Bearer prefix', `Bearer ${rfc7519Token}`, ['the "Bearer " prefix']],
    ['a whole Authorization header line', `Authorization: Bearer ${rfc7519Token}`, ['the "Authorization:" header name', 'the "Bearer " prefix']],
    ['double quotes', `"${rfc7519Token}"`, ['the quotes around it']],
    ['quotes and a trailing comma from JSON', `"${rfc7519Token}",`, ['a trailing ","', 'the quotes around it']],
    ['line breaks inside', rfc7519Token.replace(/(.{40})/g, '$1\n'), ['4 line breaks inside the token']],
  ])('strips %s and says so', (_name, text, stripped) => {
    const token = decode(text)
    expect(token.kind).toBe('jws')
    expect(token.input.token).toBe(rfc7519Token)
    expect(token.input.stripped).toEqual(stripped)
  })

  it('maps parts back to where they sit in the pasted text', () => {
    const text = `Bearer ${rfc7519Token}`
    const [header, payload, signature] = decode(text).parts
    expect(text.slice(header!.from, header!.to)).toBe(rfc7519Token.split('.')[0])
    expect(text.slice(payload!.from, payload!.to)).toBe(rfc7519Token.split('.')[1])
    expect(text.slice(signature!.from, signature!.to)).toBe(rfc7519Token.split('.')[2])
  })

  it('returns null for blank input', () => {
    expect(decodeToken('')).toBeNull()
    expect(decodeToken(' \n\t')).toBeNull()
  })
})

describe('decodeToken: failures name the part and the position', () => {
  it.each([
    ['two parts', 'abc.def', 'shape', 'A token has 3 parts (JWS) or 5 parts (JWE) separated by dots; this one has 2.'],
    [
      'no dots',
      'abcdef',
      'shape',
      'A token has 3 parts (JWS) or 5 parts (JWE) separated by dots; this one has 1. With no dots at all, this may be an opaque token that only its issuer can look up.',
    ],
    ['four parts', 'a.b.c.d', 'shape', 'A token has 3 parts (JWS) or 5 parts (JWE) separated by dots; this one has 4.'],
  ])('%s', (_name, text, part, message) => {
    const token = decode(text)
    expect(token.kind).toBe('invalid')
    expect(token.failures[0]).toEqual({ part, message })
  })

  it('counts millions of dots without splitting the text into millions of parts', () => {
    const token = decode('a.'.repeat(2_500_000))
    expect(token.failures[0]).toEqual({ part: 'shape', message: 'A token has 3 parts (JWS) or 5 parts (JWE) separated by dots; this one has 2,500,001.' })
    // The first parts still decode and colour; the rest are only counted.
    expect(token.parts.map((part) => part.text)).toEqual(['a', 'a', 'a', 'a', 'a', 'a'])
  })

  it('names a bad base64url character in the payload with its position', () => {
    const [header, payload, signature] = rfc7519Token.split('.')
    const broken = `${header}.${payload!.slice(0, 10)}$${payload!.slice(11)}.${signature}`
    const token = decode(broken)
    expect(token.kind).toBe('invalid')
    expect(token.failures).toEqual([
      {
        part: 'payload',
        message: 'The payload is not valid base64url: character 11 is "$", which is not a base64url character (A-Z, a-z, 0-9, "-" and "_").',
        offset: header!.length + 1 + 10,
      },
    ])
    // A bad payload never hides a good header.
    expect(token.header).toMatchObject({ type: 'json', value: { alg: 'HS256' } })
  })

  it('names a space inside a part as a space', () => {
    const token = decode(`${rfc7515Es256Header}.${rfc7515Payload}.abc\u00a0def`.replace('\u00a0', '\u2003'))
    expect(token.failures[0]?.message).toBe(
      'The signature is not valid base64url: character 4 is "\u2003", which is not a base64url character (A-Z, a-z, 0-9, "-" and "_").',
    )
  })

  it('rejects an impossible base64url length', () => {
    const token = decode(`${rfc7515Es256Header}.${rfc7515Payload}.abcde`)
    expect(token.failures).toEqual([
      {
        part: 'signature',
        message: 'The signature is not valid base64url: its length (5 characters) is impossible for base64url: one character too many or too few.',
        offset: rfc7515Es256Header.length + rfc7515Payload.length + 2 + 4,
      },
    ])
  })

  it('rejects padding in the middle and padding of the wrong length', () => {
    expect(decode(`eyJh=GciOiJub25lIn0.${rfc7515Payload}.`).failures[0]?.message).toBe(
      'The header is not valid base64url: character 5 is "=", which is padding, which may only appear at the end.',
    )
    expect(decode(`${rfc7515Es256Header}.${rfc7515Payload}.AAAA=`).failures[0]?.message).toBe(
      'The signature is not valid base64url: it ends with 1 "=" but needs none.',
    )
  })

  it('reports header JSON errors with line and column', () => {
    const token = decode(makeTokenFromText('{"alg":"HS256",}', '{}'))
    expect(token.failures).toEqual([
      { part: 'header', message: 'The header is not valid JSON: at line 1, column 16, expected a member name in double quotes, found "}".' },
    ])
    expect(token.header).toEqual({ type: 'text', text: '{"alg":"HS256",}' })
    expect(token.payload).toMatchObject({ type: 'json', value: {} })
  })

  it('rejects a header that is JSON but not an object', () => {
    expect(decode(makeTokenFromText('["HS256"]', '{}')).failures).toEqual([
      { part: 'header', message: 'The header must be a JSON object, but it is an array.' },
    ])
  })

  it('rejects a header that is not UTF-8', () => {
    const header = encodeBase64url(new Uint8Array([0x7b, 0xff, 0x7d]))
    expect(decode(`${header}.${rfc7515Payload}.`).failures).toEqual([
      { part: 'header', message: 'The header is not valid UTF-8: byte 2 starts an invalid sequence.' },
    ])
  })
})

describe('decodeToken: payloads that are not claims sets', () => {
  it('shows a plain-text payload as text with an info notice, not an error', () => {
    const token = decode(makeToken({ alg: 'HS256' }, 'hello, world'))
    expect(token.kind).toBe('jws')
    expect(token.payload).toEqual({ type: 'text', text: 'hello, world' })
    expect(token.notices).toEqual([
      {
        part: 'payload',
        severity: 'info',
        message: 'The payload is not JSON, so it is shown as text. JWS allows any payload, but a JWT needs a JSON claims set.',
      },
    ])
  })

  it('points at broken JSON in the payload', () => {
    expect(messages(makeToken({ alg: 'HS256' }, '{"sub": "1",'))).toEqual([
      'The payload looks like JSON but is not valid: at line 1, column 13, expected a member name in double quotes, found the end of the text. It is shown as text.',
    ])
  })

  it('warns when the payload is JSON but not an object', () => {
    expect(messages(makeToken({ alg: 'HS256' }, [1, 2]))).toEqual([
      'The payload is JSON but not an object (it is an array); a JWT claims set must be a JSON object (RFC 7519 §7.2).',
    ])
  })

  it('shows a non-UTF-8 payload with replacement characters', () => {
    const payload = encodeBase64url(new Uint8Array([0x68, 0x69, 0xc3, 0x28]))
    const token = decode(`${rfc7515Es256Header}.${payload}.${rfc7515Es256Signature}`)
    expect(token.kind).toBe('jws')
    expect(token.payload).toEqual({ type: 'text', text: 'hi\ufffd(' })
    expect(token.notices[0]?.message).toMatch(/^The payload is not valid UTF-8 \(byte 3 starts an invalid sequence\)/)
  })

  it('reads an unencoded payload (b64: false) as the literal text', () => {
    const header = encodeBase64urlText('{"alg":"HS256","b64":false,"crit":["b64"]}')
    const token = decode(`${header}.$.02.${rfc7515Es256Signature.slice(0, 43)}`)
    // "$.02" contains a dot, so this compact form is ambiguous: it has 4 parts.
    expect(token.kind).toBe('invalid')
    const plain = decode(`${header}.hello.${'A'.repeat(43)}`)
    expect(plain.payload).toEqual({ type: 'text', text: 'hello' })
  })

  it('recognises a detached payload', () => {
    const token = decode(`${rfc7515Es256Header}..${rfc7515Es256Signature}`)
    expect(token.kind).toBe('jws')
    expect(token.payload).toEqual({ type: 'detached' })
  })
})

describe('decodeToken: what other tools miss', () => {
  it('notices duplicate member names', () => {
    const token = decode(makeTokenFromText('{"alg":"HS256","alg":"none"}', '{"sub":"alice","nested":{"a":1,"a":2},"sub":"admin"}', ''))
    expect(token.header).toMatchObject({ value: { alg: 'none' } })
    expect(token.notices.map((notice) => [notice.part, notice.message])).toEqual([
      ['header', 'The header has the member "alg" more than once. JSON.parse keeps the last value but some libraries keep the first, so two systems can read different values from this token.'],
      ['payload', 'The payload has the member "a" more than once inside "nested". JSON.parse keeps the last value but some libraries keep the first, so two systems can read different values from this token.'],
      ['payload', 'The payload has the member "sub" more than once. JSON.parse keeps the last value but some libraries keep the first, so two systems can read different values from this token.'],
    ])
  })

  it('notices non-canonical base64url: padding, standard alphabet, stray bits', () => {
    const header = encodeBase64urlText('{"alg":"HS256"}') // 20 characters, no padding needed
    const padded = `${encodeBase64urlText('{"alg":"HS256","x":12}')}==`
    expect(decode(`${padded}.e30.${'A'.repeat(43)}`).notices.map((n) => n.message)).toContain(
      'The header ends with "=" padding, which JWS and JWE leave out (RFC 7515 §2); strict libraries reject it.',
    )
    expect(decode(`${header}.e30.${'+'.repeat(43)}`).notices[0]?.message).toMatch(/^The signature uses "\+" or "\/" from standard base64/)
    expect(decode(`${header}.e31.${'A'.repeat(43)}`).notices[0]?.message).toMatch(/^The payload has non-zero unused bits/)
  })

  it('notices a byte order mark', () => {
    const payload = encodeBase64url(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"sub":"x"}')]))
    const token = decode(`${rfc7515Es256Header}.${payload}.${rfc7515Es256Signature}`)
    expect(token.payload).toMatchObject({ type: 'json', value: { sub: 'x' } })
    expect(token.notices[0]?.message).toBe('The payload starts with a byte order mark (BOM), which JSON forbids here; strict parsers reject it.')
  })

  it('notices integers that JavaScript cannot hold exactly', () => {
    expect(messages(makeTokenFromText('{"alg":"HS256"}', '{"id":12345678901234567890}'))).toEqual([
      'The number 12345678901234567890 in "id" is too large to be exact in JavaScript; it reads as 12345678901234567000.',
    ])
  })

  it('reports the signature bytes and leaves judging them to the rules', () => {
    const der = encodeBase64url(new Uint8Array([0x30, 0x44, ...new Uint8Array(68)]))
    const token = decode(`${rfc7515Es256Header}.${rfc7515Payload}.${der}`)
    expect(token.kind).toBe('jws')
    expect(token.signature).toHaveLength(70)
    expect(token.notices).toEqual([])
    expect(decode(makeToken({ alg: 'none' }, {})).signature).toHaveLength(32)
    expect(decode(makeToken({ alg: 'HS256' }, {}, '')).signature).toHaveLength(0)
    expect(decode(makeToken({ typ: 'JWT' }, {})).notices).toEqual([])
  })
})

describe('decodeToken: JWE and nesting', () => {
  const jweHeader = encodeBase64urlText('{"alg":"RSA-OAEP","enc":"A256GCM"}')
  const jwe = `${jweHeader}.${'A'.repeat(342)}.${'B'.repeat(16)}.${'C'.repeat(20)}.${'D'.repeat(22)}`

  it('decodes the protected header of a compact JWE and keeps the payload encrypted', () => {
    const token = decode(jwe)
    expect(token.kind).toBe('jwe')
    expect(token.header).toMatchObject({ type: 'json', value: { alg: 'RSA-OAEP', enc: 'A256GCM' } })
    expect(token.payload).toEqual({ type: 'encrypted' })
    expect(token.parts.map((part) => part.name)).toEqual(['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'])
    expect(token.profile.id).toBe('encrypted')
  })

  it('names the JWE part that fails', () => {
    const token = decode(jwe.replace(/\.B+\./, '.B!B.'))
    expect(token.failures[0]).toMatchObject({
      part: 'iv',
      message: 'The initialization vector is not valid base64url: character 2 is "!", which is not a base64url character (A-Z, a-z, 0-9, "-" and "_").',
    })
  })

  it('decodes the inner token of a nested JWT', () => {
    const outer = `${encodeBase64urlText('{"alg":"HS256","cty":"JWT"}')}.${encodeBase64urlText(rfc7519Token)}.${'A'.repeat(43)}`
    const token = decode(outer)
    expect(token.payload).toEqual({ type: 'text', text: rfc7519Token })
    expect(token.nested?.kind).toBe('jws')
    expect(token.nested?.payload).toMatchObject({ value: rfc7519Payload })
  })
})

describe('decodeToken: the pretty JSON', () => {
  it('shows every literal as the token wrote it', () => {
    const payload = '{"id":12345678901234567890,"ratio":1.50,"name":"\\u00e9"}'
    const token = `${encodeBase64urlText('{"alg":"HS256"}')}.${encodeBase64urlText(payload)}.c2ln`
    const decoded = decode(token)
    expect(decoded.payload).toMatchObject({ type: 'json', pretty: '{\n  "id": 12345678901234567890,\n  "ratio": 1.50,\n  "name": "\\u00e9"\n}' })
  })
})
