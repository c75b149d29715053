import { describe, expect, it } from 'vitest'
import { decodeJsonSerialization } from '../../../src/core/token/decode-json-serialization'
import { DecodeLog } from '../../../src/core/token/decode-parts'
import { decode, messages } from './decode-helpers'
import { encodeBase64urlText } from '../../../src/core/encoding/base64url'
import { rfc7515Es256Header, rfc7515Es256Signature, rfc7515Flattened, rfc7515Payload, rfc7519Payload } from '../../fixtures/tokens'

describe('decodeJsonSerialization: JWS', () => {
  it('decodes the RFC 7515 A.7 flattened JSON serialization', () => {
    const token = decode(rfc7515Flattened)
    expect(token.serialization).toBe('json-flattened')
    expect(token.kind).toBe('jws')
    expect(token.header).toMatchObject({ type: 'json', value: { alg: 'ES256' } })
    expect(token.payload).toMatchObject({ type: 'json', value: rfc7519Payload })
    expect(token.signature).toHaveLength(64)
    expect(token.signatureCount).toBe(1)
    expect(token.parts).toEqual([])
    expect(token.notices).toEqual([])
    expect(token.jsonHeaders).toEqual({
      protected: { type: 'json', value: { alg: 'ES256' }, pretty: '{\n  "alg": "ES256"\n}' },
      unprotected: { kid: 'e9bc097a-ce51-4036-9562-d2ade882db0d' },
    })
  })

  it('decodes a general JSON serialization and counts its signatures', () => {
    const general = JSON.stringify({
      payload: rfc7515Payload,
      signatures: [
        { protected: rfc7515Es256Header, header: { kid: 'a' }, signature: rfc7515Es256Signature },
        { protected: rfc7515Es256Header, header: { kid: 'b' }, signature: rfc7515Es256Signature },
      ],
    })
    const token = decode(general)
    expect(token.serialization).toBe('json-general')
    expect(token.signatureCount).toBe(2)
    expect(token.jsonHeaders?.unprotected).toEqual({ kid: 'a' })
    expect(messages(general)).toEqual(["This token carries 2 signatures; the first one's header is shown."])
  })

  it('shows the unprotected header when there is no protected one, and reports it apart', () => {
    const token = decode(JSON.stringify({ payload: rfc7515Payload, header: { alg: 'ES256' }, signature: rfc7515Es256Signature }))
    expect(token.header).toEqual({ type: 'json', value: { alg: 'ES256' }, pretty: '{\n  "alg": "ES256"\n}' })
    expect(token.jsonHeaders).toEqual({ protected: { type: 'unavailable' }, unprotected: { alg: 'ES256' } })
    expect(token.notices).toEqual([])
  })

  it('reads "b64": false from the unprotected header too', () => {
    const token = decode(JSON.stringify({ payload: 'hello', protected: encodeBase64urlText('{"alg":"HS256","crit":["b64"]}'), header: { b64: false }, signature: '' }))
    expect(token.payload).toEqual({ type: 'text', text: 'hello' })
    expect(token.signature).toHaveLength(0)
  })

  it.each([
    ['an empty signatures array', { payload: rfc7515Payload, signatures: [] }, 'signature', 'The "signatures" array is empty: there is no signature to show.'],
    ['a numeric payload', { payload: 5, protected: rfc7515Es256Header, signature: rfc7515Es256Signature }, 'payload', '"payload" must be a base64url string, but it is a number.'],
    ['no signature member', { payload: rfc7515Payload, protected: rfc7515Es256Header }, 'signature', '"signature" is missing or not a string.'],
    ['a protected header that is not a string', { payload: rfc7515Payload, protected: {}, signature: rfc7515Es256Signature }, 'header', '"protected" must be a base64url string, but it is an object.'],
  ])('names the member that fails: %s', (_name, json, part, message) => {
    const token = decode(JSON.stringify(json))
    expect(token.kind).toBe('invalid')
    expect(token.failures).toContainEqual({ part, message })
  })
})

describe('decodeJsonSerialization: JWE', () => {
  it('decodes the protected header and counts the recipients', () => {
    const json = {
      protected: encodeBase64urlText('{"enc":"A128CBC-HS256"}'),
      recipients: [{ header: { alg: 'RSA1_5' }, encrypted_key: 'AAAA' }, { header: { alg: 'A128KW' }, encrypted_key: 'AAAA' }],
      iv: 'AAAA',
      ciphertext: 'AAAA',
      tag: 'AAAA',
    }
    const token = decode(JSON.stringify(json))
    expect(token.kind).toBe('jwe')
    expect(token.header).toMatchObject({ type: 'json', value: { enc: 'A128CBC-HS256' } })
    expect(token.payload).toEqual({ type: 'encrypted' })
    expect(token.jsonHeaders).toBeNull()
    expect(token.notices.map((notice) => notice.message)).toEqual(['This is a JWE in JSON serialization for 2 recipients.'])
  })

  it('names a JWE member that is not base64url', () => {
    const token = decode(JSON.stringify({ protected: encodeBase64urlText('{"alg":"dir","enc":"A256GCM"}'), iv: 'A!AA', ciphertext: 'AAAA', tag: 'AAAA' }))
    expect(token.failures[0]).toMatchObject({ part: 'iv' })
  })
})

describe('decodeJsonSerialization: JSON that is not a token', () => {
  it.each([
    ['an array', '[1]', 'This is JSON but not an object, so it is neither a token nor a JWS or JWE JSON serialization.'],
    ['broken JSON', '{"payload": ', 'This looks like JSON but is not valid: at line 1, column 13, expected a value (an object, array, string, number, true, false or null), found the end of the text.'],
    ['a JWK', '{"kty":"oct","k":"AAAA"}', 'This JSON is not a JWS or JWE JSON serialization: it has no "payload" or "ciphertext" member. It looks like a key (JWK or JWKS): paste it in the key box instead.'],
    ['a JWKS', '{"keys":[]}', 'This JSON is not a JWS or JWE JSON serialization: it has no "payload" or "ciphertext" member. It looks like a key (JWK or JWKS): paste it in the key box instead.'],
  ])('%s', (_name, text, message) => {
    const log = new DecodeLog()
    const content = decodeJsonSerialization(text, log)
    expect(log.failures).toEqual([{ part: 'shape', message }])
    expect(content).toMatchObject({ header: { type: 'unavailable' }, payload: { type: 'unavailable' }, signature: null, jsonHeaders: null })
  })

  it('tells large JSON without a payload by its top-level names, even when a nested member is called payload', () => {
    const har = JSON.stringify({ log: { entries: Array.from({ length: 2000 }, (_, index) => ({ request: { url: `https://api.example/${index}`, payload: 'x'.repeat(40) } })) } })
    expect(har.length).toBeGreaterThan(64 * 1024)
    const log = new DecodeLog()
    decodeJsonSerialization(har, log)
    expect(log.failures).toEqual([{ part: 'shape', message: 'This JSON is not a JWS or JWE JSON serialization: it has no "payload" or "ciphertext" member.' }])
  })

  it('still reads a large JSON serialization', () => {
    const large = JSON.stringify({ ...(JSON.parse(rfc7515Flattened) as object), header: { kid: 'k', note: 'n'.repeat(70_000) } })
    const log = new DecodeLog()
    const content = decodeJsonSerialization(large, log)
    expect(log.failures).toEqual([])
    expect(content.payload.type).toBe('json')
  })
})
