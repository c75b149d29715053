import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeSecret, guessSecretEncoding, secretEncodingLabels, type SecretEncoding } from '../../../src/core/keys/decode-secret'
import { err, ok } from '../../../src/core/result'

const ENCODINGS: SecretEncoding[] = ['utf8', 'base64url', 'base64', 'hex']
const bytesOf = (...values: number[]) => new Uint8Array(values)
const fix = 'Choose another encoding, or fix the secret.'

describe('decodeSecret: utf8', () => {
  it.each([
    { name: 'ASCII', text: 'secret', bytes: bytesOf(0x73, 0x65, 0x63, 0x72, 0x65, 0x74) },
    { name: 'the empty string', text: '', bytes: bytesOf() },
    { name: 'whitespace, kept as it is', text: ' a\t\n', bytes: bytesOf(0x20, 0x61, 0x09, 0x0a) },
    { name: 'a two-byte character', text: 'é', bytes: bytesOf(0xc3, 0xa9) },
    { name: 'a three-byte character', text: '€', bytes: bytesOf(0xe2, 0x82, 0xac) },
    { name: 'a four-byte character (surrogate pair)', text: '😀', bytes: bytesOf(0xf0, 0x9f, 0x98, 0x80) },
    { name: 'a lone surrogate, as U+FFFD', text: '\ud800', bytes: bytesOf(0xef, 0xbf, 0xbd) },
    { name: 'text that looks like hex stays text', text: 'ab', bytes: bytesOf(0x61, 0x62) },
  ])('encodes $name', ({ text, bytes }) => {
    expect(decodeSecret(text, 'utf8')).toEqual(ok(bytes))
  })
})

describe('decodeSecret: hex', () => {
  it.each([
    { name: 'lower case', text: '0a1bff', bytes: bytesOf(0x0a, 0x1b, 0xff) },
    { name: 'upper case', text: '0A1BFF', bytes: bytesOf(0x0a, 0x1b, 0xff) },
    { name: 'mixed case', text: 'aBcD', bytes: bytesOf(0xab, 0xcd) },
    { name: 'a 0x prefix', text: '0xdeadbeef', bytes: bytesOf(0xde, 0xad, 0xbe, 0xef) },
    { name: 'a 0X prefix', text: '0X0A0b', bytes: bytesOf(0x0a, 0x0b) },
    { name: 'spaces between bytes', text: 'de ad be ef', bytes: bytesOf(0xde, 0xad, 0xbe, 0xef) },
    { name: 'spaces inside a byte', text: 'd e a d', bytes: bytesOf(0xde, 0xad) },
    { name: 'line breaks and tabs', text: '\tde\nad\r\n', bytes: bytesOf(0xde, 0xad) },
    { name: 'whitespace before the 0x prefix', text: '  0x01 02', bytes: bytesOf(0x01, 0x02) },
    { name: 'leading zero bytes', text: '0000', bytes: bytesOf(0, 0) },
    { name: 'the empty string', text: '', bytes: bytesOf() },
    { name: 'only a prefix', text: '0x', bytes: bytesOf() },
  ])('decodes $name', ({ text, bytes }) => {
    expect(decodeSecret(text, 'hex')).toEqual(ok(bytes))
  })

  it.each([
    { name: 'an odd number of digits', text: 'abc', code: 'secret-odd-hex-length', message: `The secret is not hex: it has an odd number of digits (3). ${fix}` },
    { name: 'one digit', text: 'a', code: 'secret-odd-hex-length', message: `The secret is not hex: it has an odd number of digits (1). ${fix}` },
    { name: 'odd digits after whitespace is removed', text: 'a b c', code: 'secret-odd-hex-length', message: `The secret is not hex: it has an odd number of digits (3). ${fix}` },
    { name: 'odd digits after the prefix is removed', text: '0xabc', code: 'secret-odd-hex-length', message: `The secret is not hex: it has an odd number of digits (3). ${fix}` },
    { name: 'a letter past f', text: 'abcg', code: 'secret-invalid-character', message: `The secret is not hex: character 4 is "g". ${fix}` },
    { name: 'a bad first character', text: 'zz', code: 'secret-invalid-character', message: `The secret is not hex: character 1 is "z". ${fix}` },
    { name: 'a bad character before an odd length (the character wins)', text: 'abg', code: 'secret-invalid-character', message: `The secret is not hex: character 3 is "g". ${fix}` },
    { name: 'an x that is not a prefix', text: 'ab0xcd', code: 'secret-invalid-character', message: `The secret is not hex: character 4 is "x". ${fix}` },
    { name: 'a second prefix', text: '0x0xab', code: 'secret-invalid-character', message: `The secret is not hex: character 4 is "x". ${fix}` },
    { name: 'a colon separator', text: 'de:ad', code: 'secret-invalid-character', message: `The secret is not hex: character 3 is ":". ${fix}` },
    { name: 'a non-ASCII character', text: 'abé0', code: 'secret-invalid-character', message: `The secret is not hex: character 3 is "é". ${fix}` },
    { name: 'a base64 secret', text: 'c2VjcmV0', code: 'secret-invalid-character', message: `The secret is not hex: character 3 is "V". ${fix}` },
  ])('rejects $name', ({ name: _name, text, ...error }) => {
    expect(decodeSecret(text, 'hex')).toEqual(err(error))
  })

  it('counts the character position in the text as typed, whitespace and the 0x prefix included', () => {
    const invalid = (message: string) => err({ code: 'secret-invalid-character', message })
    expect(decodeSecret('ab cd g', 'hex')).toEqual(invalid(`The secret is not hex: character 7 is "g". ${fix}`))
    expect(decodeSecret('0xzz', 'hex')).toEqual(invalid(`The secret is not hex: character 3 is "z". ${fix}`))
    expect(decodeSecret('  0x ab z', 'hex')).toEqual(invalid(`The secret is not hex: character 9 is "z". ${fix}`))
  })
})

describe('decodeSecret: base64', () => {
  it.each([
    { name: 'padded text', text: 'c2VjcmV0IQ==', bytes: new TextEncoder().encode('secret!') },
    { name: 'the same text without padding', text: 'c2VjcmV0IQ', bytes: new TextEncoder().encode('secret!') },
    { name: 'one "=" of padding', text: 'YWI=', bytes: bytesOf(0x61, 0x62) },
    { name: '"+" and "/"', text: '+/+/', bytes: bytesOf(0xfb, 0xff, 0xbf) },
    { name: 'spaces inside', text: 'c2Vj cmV0', bytes: new TextEncoder().encode('secret') },
    { name: 'line breaks inside and around', text: '\nc2Vj\r\ncmV0\n', bytes: new TextEncoder().encode('secret') },
    { name: 'whitespace inside the padding', text: 'YQ= =', bytes: bytesOf(0x61) },
    { name: 'the empty string', text: '', bytes: bytesOf() },
  ])('decodes $name', ({ text, bytes }) => {
    expect(decodeSecret(text, 'base64')).toEqual(ok(bytes))
  })

  it.each([
    { name: 'a "-"', text: 'ab-c', code: 'secret-wrong-alphabet', suggested: 'base64url', message: 'The secret contains "-", which base64 does not use: it looks like base64url. Choose that encoding instead.' },
    { name: 'a "_"', text: 'ab_c', code: 'secret-wrong-alphabet', suggested: 'base64url', message: 'The secret contains "_", which base64 does not use: it looks like base64url. Choose that encoding instead.' },
    { name: 'both, naming the first', text: 'a_-c', code: 'secret-wrong-alphabet', suggested: 'base64url', message: 'The secret contains "_", which base64 does not use: it looks like base64url. Choose that encoding instead.' },
    { name: 'a "-" next to a "+"', text: 'a+-c', code: 'secret-wrong-alphabet', suggested: 'base64url', message: 'The secret contains "-", which base64 does not use: it looks like base64url. Choose that encoding instead.' },
    {
      name: 'a character in neither alphabet',
      text: 'ab*c',
      code: 'secret-invalid-character',
      message: `The secret is not base64: character 3 is "*", which is not a base64 character (A-Z, a-z, 0-9, "+" and "/"). ${fix}`,
    },
    {
      name: 'a base64url character before a bad one (the likely mix-up is named first)',
      text: 'ab-c*',
      code: 'secret-wrong-alphabet',
      suggested: 'base64url',
      message: 'The secret contains "-", which base64 does not use: it looks like base64url. Choose that encoding instead.',
    },
    {
      name: 'a non-ASCII character',
      text: 'é',
      code: 'secret-invalid-character',
      message: `The secret is not base64: character 1 is "é", which is not a base64 character (A-Z, a-z, 0-9, "+" and "/"). ${fix}`,
    },
    {
      name: 'an impossible length',
      text: 'abcde',
      code: 'secret-invalid-base64',
      message: `The secret is not base64: its length (5 characters) is impossible for base64: one character too many or too few. ${fix}`,
    },
    { name: 'too much padding', text: 'YQ===', code: 'secret-invalid-base64', message: `The secret is not base64: it ends with 3 "=" but would need 2. ${fix}` },
    { name: 'padding where none is needed', text: 'YWJj=', code: 'secret-invalid-base64', message: `The secret is not base64: it ends with 1 "=" but needs none. ${fix}` },
    {
      name: 'padding in the middle',
      text: 'Y=Q=',
      code: 'secret-invalid-base64',
      message: `The secret is not base64: character 2 is "=", which is padding, which may only appear at the end. ${fix}`,
    },
    {
      name: 'a character position counted in the text as typed',
      text: 'ab cd\n*',
      code: 'secret-invalid-character',
      message: `The secret is not base64: character 7 is "*", which is not a base64 character (A-Z, a-z, 0-9, "+" and "/"). ${fix}`,
    },
  ])('rejects $name', ({ name: _name, text, ...error }) => {
    expect(decodeSecret(text, 'base64')).toEqual(err(error))
  })
})

describe('decodeSecret: base64url', () => {
  it.each([
    { name: 'unpadded text', text: 'c2VjcmV0IQ', bytes: new TextEncoder().encode('secret!') },
    { name: '"-" and "_"', text: '-_-_', bytes: bytesOf(0xfb, 0xff, 0xbf) },
    { name: 'padded text (tolerated)', text: 'YQ==', bytes: bytesOf(0x61) },
    { name: 'whitespace inside', text: ' c2Vj\ncmV0 ', bytes: new TextEncoder().encode('secret') },
    { name: 'the RFC 7515 A.1 HMAC key', text: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow', bytes: undefined },
    { name: 'the empty string', text: '', bytes: bytesOf() },
  ])('decodes $name', ({ text, bytes }) => {
    const expected = bytes ?? new Uint8Array(Buffer.from(text, 'base64url'))
    expect(decodeSecret(text, 'base64url')).toEqual(ok(expected))
  })

  it('decodes the RFC 7515 A.1 key to 64 bytes', () => {
    const decoded = decodeSecret('AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow', 'base64url')
    expect(decoded.ok && decoded.value.length).toBe(64)
  })

  it.each([
    { name: 'a "+"', text: 'ab+c', code: 'secret-wrong-alphabet', suggested: 'base64', message: 'The secret contains "+", which base64url does not use: it looks like base64. Choose that encoding instead.' },
    { name: 'a "/"', text: 'ab/c', code: 'secret-wrong-alphabet', suggested: 'base64', message: 'The secret contains "/", which base64url does not use: it looks like base64. Choose that encoding instead.' },
    { name: 'padded base64 with a "/"', text: 'Pz8/Pw==', code: 'secret-wrong-alphabet', suggested: 'base64', message: 'The secret contains "/", which base64url does not use: it looks like base64. Choose that encoding instead.' },
    {
      name: 'a character in neither alphabet',
      text: 'ab.c',
      code: 'secret-invalid-character',
      message: `The secret is not base64url: character 3 is ".", which is not a base64url character (A-Z, a-z, 0-9, "-" and "_"). ${fix}`,
    },
    {
      name: 'an impossible length',
      text: 'a',
      code: 'secret-invalid-base64',
      message: `The secret is not base64url: its length (1 characters) is impossible for base64url: one character too many or too few. ${fix}`,
    },
    {
      name: 'a control character',
      text: 'ab\u0000c',
      code: 'secret-invalid-character',
      message: `The secret is not base64url: character 3 is the control character U+0000, which is not a base64url character (A-Z, a-z, 0-9, "-" and "_"). ${fix}`,
    },
  ])('rejects $name', ({ name: _name, text, ...error }) => {
    expect(decodeSecret(text, 'base64url')).toEqual(err(error))
  })
})

describe('decodeSecret: properties', () => {
  const bytes = fc.uint8Array({ maxLength: 128 })

  it.each([
    { encoding: 'hex' as const, encode: (data: Uint8Array) => Buffer.from(data).toString('hex') },
    { encoding: 'hex' as const, encode: (data: Uint8Array) => '0x' + Buffer.from(data).toString('hex').toUpperCase() },
    { encoding: 'base64' as const, encode: (data: Uint8Array) => Buffer.from(data).toString('base64') },
    { encoding: 'base64' as const, encode: (data: Uint8Array) => Buffer.from(data).toString('base64').replace(/=+$/, '') },
    { encoding: 'base64url' as const, encode: (data: Uint8Array) => Buffer.from(data).toString('base64url') },
    { encoding: 'utf8' as const, encode: (data: Uint8Array) => Buffer.from(data).toString('latin1') },
  ])('round-trips random bytes encoded by Buffer as $encoding ($encode)', ({ encoding, encode }) => {
    fc.assert(
      fc.property(bytes, (data) => {
        const text = encode(data)
        const expected = encoding === 'utf8' ? new TextEncoder().encode(text) : data
        expect(decodeSecret(text, encoding)).toEqual(ok(expected))
      }),
      { numRuns: 300 },
    )
  })

  it('round-trips Buffer encodings wrapped at random places with whitespace', () => {
    const whitespace = fc.constantFrom(' ', '\n', '\r\n', '\t')
    fc.assert(
      fc.property(bytes, fc.constantFrom<SecretEncoding>('hex', 'base64', 'base64url'), fc.array(fc.tuple(fc.nat(), whitespace), { maxLength: 5 }), (data, encoding, breaks) => {
        let text = Buffer.from(data).toString(encoding)
        for (const [at, space] of breaks) {
          const position = text.length === 0 ? 0 : at % text.length
          text = text.slice(0, position) + space + text.slice(position)
        }
        expect(decodeSecret(text, encoding)).toEqual(ok(data))
      }),
      { numRuns: 300 },
    )
  })

  it('never throws, and always returns bytes or a one-sentence error, for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom(...ENCODINGS), (text, encoding) => {
        const decoded = decodeSecret(text, encoding)
        if (decoded.ok) expect(decoded.value).toBeInstanceOf(Uint8Array)
        else {
          expect(['secret-invalid-character', 'secret-odd-hex-length', 'secret-wrong-alphabet', 'secret-invalid-base64']).toContain(decoded.error.code)
          expect(decoded.error.message).toMatch(/^The secret .*\.$/s)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws on strings drawn from the encodings\' own alphabets', () => {
    const unit = fc.constantFrom(...'0123456789abcdefABCDEFxX+/-_= \n'.split(''))
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.constantFrom(...ENCODINGS), (text, encoding) => {
        expect(() => decodeSecret(text, encoding)).not.toThrow()
      }),
      { numRuns: 1000 },
    )
  })

  it('accepts a hex string exactly when Buffer reads every digit of it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFg'.split('')), maxLength: 30 }), (text) => {
        const isHex = /^[0-9a-fA-F]*$/.test(text) && text.length % 2 === 0
        const decoded = decodeSecret(text, 'hex')
        expect(decoded.ok).toBe(isHex)
        if (decoded.ok) expect(decoded.value).toEqual(new Uint8Array(Buffer.from(text, 'hex')))
      }),
      { numRuns: 500 },
    )
  })
})

describe('secretEncodingLabels', () => {
  it('labels every encoding', () => {
    expect(secretEncodingLabels).toEqual({ utf8: 'UTF-8 text', base64url: 'base64url', base64: 'base64', hex: 'hex' })
  })
})

describe('guessSecretEncoding', () => {
  it.each([
    { name: 'the empty string', text: '', guess: undefined },
    { name: '15-character hex', text: 'deadbeefdeadbee', guess: undefined },
    { name: '14 hex digits padded to 16 with spaces', text: ' deadbeefdeadbe ', guess: undefined },
    { name: 'short base64 with padding', text: 'c2VjcmV0IQ==', guess: undefined },
    { name: '16 hex digits', text: 'deadbeefdeadbeef', guess: 'hex' },
    { name: 'upper-case hex', text: 'DEADBEEFDEADBEEF', guess: 'hex' },
    { name: 'hex with a 0x prefix', text: '0x00112233445566778899', guess: 'hex' },
    { name: 'a 0x prefix making up the 16 characters', text: '0x00112233445566', guess: 'hex' },
    { name: 'hex with surrounding whitespace', text: '  00112233445566778899aabb\n', guess: 'hex' },
    { name: 'all digits (a number is valid hex)', text: '1234567890123456', guess: 'hex' },
    { name: 'an odd number of hex digits', text: '00112233445566778', guess: undefined },
    { name: 'an odd number of hex digits after 0x', text: '0x001122334455667', guess: undefined },
    { name: 'hex split by spaces', text: '00 11 22 33 44 55 66 77', guess: undefined },
    { name: 'base64 with "+"', text: 'abcdefgh+ijklmno', guess: 'base64' },
    { name: 'base64 with "/"', text: 'abcdefgh/ijklmno', guess: 'base64' },
    { name: 'base64 with one "="', text: 'abcdefghijklmno=', guess: 'base64' },
    { name: 'base64 with two "="', text: 'c2VjcmV0IHNlY3JldA==', guess: 'base64' },
    { name: 'base64 of a length that is not a multiple of 4', text: 'abcdefgh+ijklmnop', guess: undefined },
    { name: 'base64 with three "="', text: 'abcdefghijklm===', guess: undefined },
    { name: 'base64 with "=" in the middle', text: 'abcdefg=hijklmno', guess: undefined },
    { name: 'base64 without any of + / =', text: 'c2VjcmV0c2VjcmV0', guess: undefined },
    { name: 'base64url with "-"', text: 'Abcdefgh-1jklmno', guess: 'base64url' },
    { name: 'base64url with "_"', text: 'Abcdefgh_1jklmno', guess: 'base64url' },
    { name: 'the RFC 7515 A.1 key', text: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow', guess: 'base64url' },
    { name: 'base64url-like with no digit', text: 'Abcdefgh-ijklmno', guess: undefined },
    { name: 'base64url-like with no upper case', text: 'abcdefgh-1jklmno', guess: undefined },
    { name: 'base64url-like with no lower case', text: 'ABCDEFGH-1JKLMNO', guess: undefined },
    { name: 'a kebab-case passphrase', text: 'my-super-secret-key', guess: undefined },
    { name: 'a snake_case passphrase', text: 'my_super_secret_key', guess: undefined },
    { name: 'a passphrase with spaces', text: 'correct horse battery staple', guess: undefined },
    { name: 'a passphrase with punctuation', text: 'P@ssw0rd-2024!Secret', guess: undefined },
    { name: 'a non-ASCII passphrase', text: 'geheimnisvolles-Schlüssel-1', guess: undefined },
    { name: 'a mixed "-" and "+" string', text: 'Abcdefgh-1jklmn+', guess: undefined },
  ])('$name → $guess', ({ text, guess }) => {
    expect(guessSecretEncoding(text)).toBe(guess)
  })

  it('never guesses for text shorter than 16 characters once trimmed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 15 }), fc.string({ unit: fc.constantFrom(' ', '\n', '\t'), maxLength: 10 }), (text, space) => {
        expect(guessSecretEncoding(space + text + space)).toBeUndefined()
      }),
      { numRuns: 300 },
    )
  })

  it('guesses hex for Buffer hex of 8 or more random bytes, and decodeSecret then accepts it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 64 }), (data) => {
        const text = Buffer.from(data).toString('hex')
        expect(guessSecretEncoding(text)).toBe('hex')
        expect(decodeSecret(text, 'hex')).toEqual(ok(data))
      }),
      { numRuns: 300 },
    )
  })

  it('whenever it guesses hex or base64, decodeSecret accepts the text in that encoding', () => {
    const hexDigits = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'.split('')), minLength: 14, maxLength: 40 })
    const base64Body = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('')), minLength: 14, maxLength: 40 })
    const candidate = fc.oneof(
      fc.tuple(fc.constantFrom('', '0x', '0X'), hexDigits).map(([prefix, digits]) => prefix + digits),
      fc.tuple(base64Body, fc.constantFrom('', '=', '==')).map(([body, padding]) => body + padding),
    )
    fc.assert(
      fc.property(candidate, (text) => {
        const guess = guessSecretEncoding(text)
        if (guess === 'hex' || guess === 'base64') expect(decodeSecret(text, guess)).toMatchObject({ ok: true })
      }),
      { numRuns: 500 },
    )
  })
})
