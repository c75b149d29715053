import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { DecodeLog, decodePart, decodePayload, isCompactToken, parseHeader, parsePayloadText } from '../../../src/core/token/decode-parts'
import type { TokenPart } from '../../../src/core/token/decoded-token'
import type { JsonObject } from '../../../src/core/json/scan-json'
import { rfc7515ClaimsPayload, rfc7520HmacSignature, rfc7520Payload, rfc7520PayloadB64url } from '../../fixtures/rfc-vectors'
import { rfc7519Token } from '../../fixtures/tokens'

const bytes = (text: string) => new TextEncoder().encode(text)
const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64url')
const payloadPart = (text: string, offset = 0): TokenPart & { offset: number } => ({ name: 'payload', text, byteLength: null, offset })
const messages = (log: DecodeLog) => log.notices.map((notice) => `${notice.part}:${notice.severity}:${notice.message}`)

describe('decodePart', () => {
  it('decodes RFC 7520 §4.4’s payload and records its size', () => {
    const log = new DecodeLog()
    const part = { name: 'payload' as const, text: rfc7520PayloadB64url, byteLength: null as number | null }
    expect(new TextDecoder().decode(decodePart(part, 0, log)!)).toBe(rfc7520Payload)
    expect(part.byteLength).toBe(bytes(rfc7520Payload).length)
    expect(log.failures).toEqual([])
    expect(log.notices).toEqual([])
  })

  it('names the part and places a bad character in the whole token', () => {
    const log = new DecodeLog()
    const part = { name: 'signature' as const, text: 'ab!d', byteLength: null }
    expect(decodePart(part, 100, log)).toBeNull()
    expect(part.byteLength).toBeNull()
    expect(log.failures).toEqual([{ part: 'signature', message: expect.stringMatching(/^The signature is not valid base64url: .*"!".*\.$/), offset: 102 }])
  })

  it('decodes padding and the standard alphabet, with a warning for each', () => {
    const log = new DecodeLog()
    expect(decodePart({ name: 'header', text: 'e30=', byteLength: null }, 0, log)).toEqual(bytes('{}'))
    expect(decodePart({ name: 'iv', text: '+/8', byteLength: null }, 0, log)).toEqual(Uint8Array.of(0xfb, 0xff))
    expect(messages(log)).toEqual([
      'header:warning:The header ends with "=" padding, which JWS and JWE leave out (RFC 7515 §2); strict libraries reject it.',
      'iv:warning:The initialization vector uses "+" or "/" from standard base64 where base64url has "-" and "_"; strict libraries reject it, lenient ones decode it.',
    ])
  })

  it('gives back any bytes it is given in base64url, and never throws on any text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (data) => {
        const log = new DecodeLog()
        expect(decodePart({ name: 'ciphertext', text: b64(data), byteLength: null }, 0, log)).toEqual(data)
        expect(log.failures).toEqual([])
      }),
    )
    fc.assert(
      fc.property(fc.string(), (text) => {
        const log = new DecodeLog()
        const decoded = decodePart({ name: 'tag', text, byteLength: null }, 0, log)
        expect(decoded === null).toBe(log.failures.length === 1)
      }),
    )
  })
})

describe('parseHeader', () => {
  it('reads the RFC 7519 §3.1 header, with its CRLF, and lays it out', () => {
    const log = new DecodeLog()
    const header = parseHeader(Buffer.from(rfc7519Token.split('.')[0]!, 'base64url'), log)
    expect(header).toEqual({ type: 'json', value: { typ: 'JWT', alg: 'HS256' }, pretty: '{\n  "typ": "JWT",\n  "alg": "HS256"\n}' })
    expect(log.failures).toEqual([])
  })

  it.each([
    ['invalid UTF-8', Uint8Array.of(0x7b, 0xff, 0x7d), 'The header is not valid UTF-8: byte 2 starts an invalid sequence.'],
    ['a JSON array', bytes('[1]'), 'The header must be a JSON object, but it is an array.'],
    ['broken JSON', bytes('{"alg":'), /^The header is not valid JSON: at line 1, column 8, .+\.$/],
  ])('fails on %s and keeps the text', (_name, input, message) => {
    const log = new DecodeLog()
    expect(parseHeader(input, log).type).toBe('text')
    expect(log.failures).toEqual([{ part: 'header', message: typeof message === 'string' ? message : expect.stringMatching(message) }])
  })

  it('warns of a byte order mark and of a member named twice', () => {
    const log = new DecodeLog()
    expect(parseHeader(bytes('\uFEFF{"alg":"none","alg":"HS256"}'), log)).toMatchObject({ type: 'json', value: { alg: 'HS256' } })
    expect(log.notices.map((notice) => notice.message)).toEqual([
      'The header starts with a byte order mark (BOM), which JSON forbids here; strict parsers reject it.',
      expect.stringMatching(/^The header has the member "alg" more than once\. JSON\.parse keeps the last value/),
    ])
  })
})

describe('decodePayload', () => {
  it('decodes the RFC 7515 claims, which JSON.parse agrees with', () => {
    const log = new DecodeLog()
    const part = payloadPart(b64(rfc7515ClaimsPayload))
    expect(decodePayload(part, { alg: 'HS256' }, log)).toMatchObject({ type: 'json', value: JSON.parse(rfc7515ClaimsPayload) as unknown })
    expect(part.byteLength).toBe(rfc7515ClaimsPayload.length)
  })

  it('takes an unencoded payload as it stands when the header says "b64": false (RFC 7797)', () => {
    const log = new DecodeLog()
    const part = payloadPart('$.02')
    expect(decodePayload(part, { alg: 'HS256', b64: false, crit: ['b64'] }, log)).toEqual({ type: 'text', text: '$.02' })
    expect(part.byteLength).toBe(4)
    expect(log.notices[0]?.message).toBe('The header sets "b64": false, so the payload is the text between the dots, not base64url (RFC 7797).')
  })

  it('calls an empty payload detached, encoded or not', () => {
    const headers: JsonObject[] = [{ alg: 'HS256' }, { alg: 'HS256', b64: false }]
    for (const header of headers) {
      const log = new DecodeLog()
      expect(decodePayload(payloadPart(''), header, log)).toEqual({ type: 'detached' })
      expect(log.notices).toHaveLength(1)
      expect(log.notices[0]).toMatchObject({ part: 'payload', severity: 'info' })
    }
  })

  it('shows a binary payload as text with a warning, and a broken one as unavailable', () => {
    const log = new DecodeLog()
    expect(decodePayload(payloadPart(b64(Uint8Array.of(0x80, 0x41))), null, log)).toEqual({ type: 'text', text: '\uFFFDA' })
    expect(log.notices[0]?.message).toMatch(/^The payload is not valid UTF-8 \(byte 1 starts an invalid sequence\)/)
    expect(decodePayload(payloadPart('a', 40), null, log)).toEqual({ type: 'unavailable' })
    expect(log.failures[0]).toMatchObject({ part: 'payload', offset: expect.any(Number) })
  })
})

describe('parsePayloadText', () => {
  it.each([
    ['plain words', 'hello', 'info', /^The payload is not JSON, so it is shown as text\./],
    ['a nested token', rfc7520HmacSignature.compact!, 'info', /^The payload is itself a token \(a nested JWT\)/],
    ['JSON that breaks', '{"sub": ', 'warning', /^The payload looks like JSON but is not valid: at line 1, column 9, /],
  ])('shows %s as text, saying why', (_name, text, severity, message) => {
    const log = new DecodeLog()
    expect(parsePayloadText(text, log)).toEqual({ type: 'text', text })
    expect(log.notices).toEqual([{ part: 'payload', severity, message: expect.stringMatching(message) }])
  })

  it('keeps a JSON value that is not an object, with the RFC 7519 §7.2 warning', () => {
    const log = new DecodeLog()
    expect(parsePayloadText('[1,2]', log)).toMatchObject({ type: 'json', value: [1, 2] })
    expect(log.notices[0]?.message).toBe('The payload is JSON but not an object (it is an array); a JWT claims set must be a JSON object (RFC 7519 §7.2).')
  })

  it('warns of a number too large to be exact, and sums up past ten of them', () => {
    const log = new DecodeLog()
    const members = Array.from({ length: 12 }, (_, i) => `"n${i}": 1234567890123456789${i}`).join(', ')
    parsePayloadText(`{${members}}`, log)
    expect(log.notices).toHaveLength(11)
    expect(log.notices[0]?.message).toMatch(/^The number 12345678901234567890 in "n0" is too large to be exact in JavaScript; it reads as 12345678901234567000\.$/)
    expect(log.notices[10]?.message).toBe('2 more numbers in the payload are too large to be exact in JavaScript.')
  })

  it('reads any JSON object as JSON.parse does, without a failure', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })), (object) => {
        const log = new DecodeLog()
        const text = JSON.stringify(object)
        const content = parsePayloadText(text, log)
        expect(content.type).toBe('json')
        expect(content.type === 'json' && content.value).toEqual(JSON.parse(text))
        expect(log.failures).toEqual([])
      }),
    )
  })
})

describe('isCompactToken', () => {
  it.each([rfc7519Token, `${rfc7519Token.split('.').slice(0, 2).join('.')}.`, 'a.b.c.d.e', '  a.b.c\n'])('takes %s for a compact token', (text) => {
    expect(isCompactToken(text)).toBe(true)
  })

  it.each(['a.b', 'a.b.c.d', 'a.b.c.d.e.f', '.b.c', 'a.b!.c', ''])('does not take %j for one', (text) => {
    expect(isCompactToken(text)).toBe(false)
  })
})
