import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { generateKeyPairSync } from 'node:crypto'
import { parseKeyText, type KeyMaterial, type KeyTextError } from '../../../src/core/keys/parse-key-text'

const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const publicPem = publicKey.export({ format: 'pem', type: 'spki' }) as string
const privatePem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string
const publicDer = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }))
const privateDer = new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }))
const publicJwk = publicKey.export({ format: 'jwk' })

const KINDS: KeyMaterial['kind'][] = ['empty', 'secret', 'pem', 'jwk', 'jwks', 'unusable']
const unusable = (code: KeyTextError['code'], message: string): KeyMaterial => ({ kind: 'unusable', code, message })
const neitherMessage = 'The key is JSON but neither a JWK (it has no "kty") nor a JWK Set (it has no "keys").'
const discoveryHint = ' It looks like discovery metadata: put its URL in the JWKS URL box instead.'

describe('parseKeyText: empty and secrets', () => {
  it.each([
    { name: 'the empty string', text: '' },
    { name: 'spaces', text: '   ' },
    { name: 'line breaks and tabs', text: '\n\t\r\n' },
    { name: 'a byte-order mark and a no-break space', text: '\ufeff\u00a0' },
  ])('reads $name as empty', ({ text }) => {
    expect(parseKeyText(text)).toEqual({ kind: 'empty' })
  })

  it.each([
    { name: 'a word', text: 'secret' },
    { name: 'a passphrase with spaces', text: 'correct horse battery staple' },
    { name: 'surrounding whitespace, kept', text: '  my secret \n' },
    { name: 'a trailing line break, kept', text: 'your-256-bit-secret\n' },
    { name: 'hex', text: '0xdeadbeef' },
    { name: 'base64', text: 'c2VjcmV0IQ==' },
    { name: 'non-ASCII text', text: 'Schlüssel 🔑' },
    { name: 'a JSON number', text: '123' },
    { name: 'a JSON string', text: '"kty"' },
    { name: 'text that starts with "[" but is not JSON', text: '[not json' },
    { name: 'a closing brace first', text: '}{' },
    { name: '"BEGIN" without the five dashes', text: '----BEGIN PUBLIC KEY----' },
    { name: 'text with a brace later on', text: 'a{"kty":"oct"}' },
  ])('reads $name as a secret, keeping the text exactly', ({ text }) => {
    expect(parseKeyText(text)).toEqual({ kind: 'secret', text })
  })
})

describe('parseKeyText: PEM', () => {
  it('reads a generated SPKI public key as one PUBLIC KEY block with its DER', () => {
    expect(parseKeyText(publicPem)).toEqual({ kind: 'pem', blocks: [{ label: 'PUBLIC KEY', der: publicDer }] })
  })

  it('reads a PEM surrounded by whitespace and text', () => {
    expect(parseKeyText(`\n\n  Here is the key:\n${privatePem}\n  `)).toEqual({
      kind: 'pem',
      blocks: [{ label: 'PRIVATE KEY', der: privateDer }],
    })
  })

  it('reads a private and a public key pasted together as two blocks, in order', () => {
    const material = parseKeyText(privatePem + publicPem)
    expect(material.kind).toBe('pem')
    if (material.kind !== 'pem') return
    expect(material.blocks.map((block) => block.label)).toEqual(['PRIVATE KEY', 'PUBLIC KEY'])
    expect(material.blocks[1]!.der).toEqual(publicDer)
  })

  it('reads a PEM copied out of a JSON string, with literal \\n', () => {
    const escaped = publicPem.trim().replace(/\n/g, '\\n')
    expect(parseKeyText(escaped)).toEqual({ kind: 'pem', blocks: [{ label: 'PUBLIC KEY', der: publicDer }] })
  })

  it.each([
    {
      name: 'a BEGIN line with no END line',
      text: '-----BEGIN PUBLIC KEY-----\nAAAA',
      code: 'pem-unpaired-boundary',
      message: 'The PEM block "-----BEGIN PUBLIC KEY-----" has no matching END line.',
    },
    {
      name: 'an END line with another label',
      text: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      code: 'pem-label-mismatch',
      message: 'The PEM block "-----BEGIN PUBLIC KEY-----" ends with "-----END PRIVATE KEY-----"; its END line must repeat the label "PUBLIC KEY".',
    },
    {
      name: 'a body that is not base64',
      text: '-----BEGIN PUBLIC KEY-----\nAA*A\n-----END PUBLIC KEY-----',
      code: 'pem-invalid-base64',
      message: 'The PEM block "-----BEGIN PUBLIC KEY-----" is not valid base64: it contains "*" at line 2, column 3.',
    },
    {
      name: 'an empty body',
      text: '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----',
      code: 'pem-empty',
      message: 'The PEM block "-----BEGIN PUBLIC KEY-----" is empty: there is no base64 between its BEGIN and END lines.',
    },
    {
      name: 'a "-----BEGIN" that is no boundary line',
      text: 'my secret is -----BEGIN',
      code: 'pem-not-found',
      message: 'No PEM block was found: a block starts with a line like "-----BEGIN PUBLIC KEY-----".',
    },
    {
      name: 'a JSON object holding a PEM string (PEM wins over JSON)',
      text: '{"kty":"RSA","note":"-----BEGIN"}',
      code: 'pem-not-found',
      message: 'No PEM block was found: a block starts with a line like "-----BEGIN PUBLIC KEY-----".',
    },
  ])('reports $name as unusable', ({ text, code, message }) => {
    expect(parseKeyText(text)).toEqual(unusable(code as KeyTextError['code'], message))
  })

  it('reports a generated PEM with a damaged body as unusable', () => {
    const lines = publicPem.split('\n')
    lines[1] = lines[1]!.slice(0, 10) + '!' + lines[1]!.slice(11)
    expect(parseKeyText(lines.join('\n'))).toEqual(
      unusable('pem-invalid-base64', 'The PEM block "-----BEGIN PUBLIC KEY-----" is not valid base64: it contains "!" at line 2, column 11.'),
    )
  })
})

describe('parseKeyText: JSON', () => {
  it.each([
    { name: 'a generated EC public JWK', text: JSON.stringify(publicJwk), jwk: publicJwk },
    { name: 'an oct JWK', text: '{"kty":"oct","k":"c2VjcmV0"}', jwk: { kty: 'oct', k: 'c2VjcmV0' } },
    { name: 'a JWK with only "kty"', text: '{"kty":"RSA"}', jwk: { kty: 'RSA' } },
    { name: 'a JWK with an unknown key type', text: '{"kty":"nonsense"}', jwk: { kty: 'nonsense' } },
    { name: 'a pretty-printed JWK with surrounding whitespace', text: '\n  {\n    "kty": "oct",\n    "k": "AA"\n  }\n', jwk: { kty: 'oct', k: 'AA' } },
    { name: 'a JWK whose "kty" appears twice (the last wins)', text: '{"kty":"oct","kty":"RSA"}', jwk: { kty: 'RSA' } },
  ])('reads $name as a JWK', ({ text, jwk }) => {
    expect(parseKeyText(text)).toEqual({ kind: 'jwk', jwk })
  })

  it.each([
    { name: 'a JWK Set of one key', text: `{"keys":[${JSON.stringify(publicJwk)}]}`, keys: [publicJwk] },
    {
      name: 'a JWK Set of two keys with other members',
      text: '{"keys":[{"kty":"oct","kid":"a"},{"kty":"RSA","kid":"b"}],"extra":1}',
      keys: [{ kty: 'oct', kid: 'a' }, { kty: 'RSA', kid: 'b' }],
    },
    { name: 'a JWK Set that also has "kty" ("keys" wins)', text: '{"kty":"oct","keys":[{"kty":"EC"}]}', keys: [{ kty: 'EC' }] },
  ])('reads $name as a JWK Set', ({ text, keys }) => {
    expect(parseKeyText(text)).toEqual({ kind: 'jwks', keys })
  })

  it.each([
    { name: '"keys" as a string', text: '{"keys": "x"}', code: 'jwks-keys-not-array', message: '"keys" must be an array of JWKs, but it is a string.' },
    { name: '"keys" as null', text: '{"keys": null}', code: 'jwks-keys-not-array', message: '"keys" must be an array of JWKs, but it is null.' },
    { name: '"keys" as an object', text: '{"keys": {"kty":"oct"}}', code: 'jwks-keys-not-array', message: '"keys" must be an array of JWKs, but it is an object.' },
    { name: '"keys" as a number', text: '{"keys": 3}', code: 'jwks-keys-not-array', message: '"keys" must be an array of JWKs, but it is a number.' },
    { name: '"keys" as false', text: '{"keys": false}', code: 'jwks-keys-not-array', message: '"keys" must be an array of JWKs, but it is false.' },
    { name: 'an empty "keys" array', text: '{"keys": []}', code: 'jwks-empty', message: 'The JWK Set is empty: its "keys" array has no keys.' },
    { name: 'a key without "kty"', text: '{"keys": [{"kid": "a"}]}', code: 'jwks-member-not-jwk', message: 'Key 1 of the JWK Set is not a JWK: each key needs a "kty" member.' },
    { name: 'a second key without "kty"', text: '{"keys": [{"kty":"RSA"}, {"n": "x"}]}', code: 'jwks-member-not-jwk', message: 'Key 2 of the JWK Set is not a JWK: each key needs a "kty" member.' },
    { name: 'a key whose "kty" is not a string', text: '{"keys": [{"kty": 1}]}', code: 'jwks-member-not-jwk', message: 'Key 1 of the JWK Set is not a JWK: each key needs a "kty" member.' },
    { name: 'a null key', text: '{"keys": [{"kty":"RSA"}, null]}', code: 'jwks-member-not-jwk', message: 'Key 2 of the JWK Set is not a JWK: each key needs a "kty" member.' },
    { name: 'a string key', text: '{"keys": ["kty"]}', code: 'jwks-member-not-jwk', message: 'Key 1 of the JWK Set is not a JWK: each key needs a "kty" member.' },
    { name: 'an array key', text: '{"keys": [[{"kty":"oct"}]]}', code: 'jwks-member-not-jwk', message: 'Key 1 of the JWK Set is not a JWK: each key needs a "kty" member.' },
    { name: 'an empty object', text: '{}', code: 'not-a-jwk', message: neitherMessage },
    { name: 'an object with neither member', text: '{"kid": "a", "use": "sig"}', code: 'not-a-jwk', message: neitherMessage },
    { name: 'discovery metadata', text: '{"issuer": "https://example.com", "jwks_uri": "https://example.com/jwks.json"}', code: 'not-a-jwk', message: neitherMessage + discoveryHint },
    { name: 'discovery metadata with a null jwks_uri', text: '{"jwks_uri": null}', code: 'not-a-jwk', message: neitherMessage + discoveryHint },
  ])('reports $name as unusable', ({ text, code, message }) => {
    expect(parseKeyText(text)).toEqual(unusable(code as KeyTextError['code'], message))
  })

  it('says a "kty" that is not a string must be one', () => {
    expect(parseKeyText('{"kty": 1}')).toEqual(unusable('kty-not-string', '"kty" must be a string naming the key type (oct, RSA, EC, OKP or AKP), but it is a number.'))
  })

  it('says a JSON array is not a key, and what to paste instead', () => {
    expect(parseKeyText('[{"kty":"oct","k":"AA"}]')).toEqual(unusable('json-array', 'The key is a JSON array. Paste one JWK, or a JWK Set: {"keys": [ … ]}.'))
  })

  it.each([
    { name: 'a lone brace', text: '{', at: 'line 1, column 2', reason: 'expected a member name in double quotes, found the end of the text' },
    { name: 'a missing colon', text: '{"a"', at: 'line 1, column 5', reason: 'expected ":" after the member name, found the end of the text' },
    { name: 'a missing value', text: '{"kty": }', at: 'line 1, column 9', reason: 'expected a value (an object, array, string, number, true, false or null), found "}"' },
    { name: 'a trailing comma', text: '{"a":1,}', at: 'line 1, column 8', reason: 'expected a member name in double quotes, found "}"' },
    { name: 'text after the object', text: '{"kty":"oct"} x', at: 'line 1, column 15', reason: 'expected the end of the text after the value, found "x"' },
    { name: 'a bad escape', text: '{"a":"\\x"}', at: 'line 1, column 7', reason: '"\\x" is not a valid escape in a JSON string' },
    { name: 'an unquoted name on line 3', text: '{\n  "kty": "oct",\n  k: "AA"\n}', at: 'line 3, column 3', reason: 'expected a member name in double quotes, found "k"' },
    { name: 'single quotes', text: "{'kty': 'oct'}", at: 'line 1, column 2', reason: 'expected a member name in double quotes, found "\'"' },
  ])('reports invalid JSON, $name, with its line and column', ({ text, at, reason }) => {
    expect(parseKeyText(text)).toEqual(unusable('invalid-json', `The key looks like JSON but is not valid: at ${at}, ${reason}.`))
  })

  it('counts lines and columns in the text as pasted, blank lines before it included', () => {
    expect(parseKeyText('\n\n{"kty": }')).toEqual(
      unusable('invalid-json', 'The key looks like JSON but is not valid: at line 3, column 9, expected a value (an object, array, string, number, true, false or null), found "}".'),
    )
  })
})

describe('parseKeyText: properties', () => {
  it('never throws on arbitrary strings, and returns one of its kinds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        const material = parseKeyText(text)
        expect(KINDS).toContain(material.kind)
        if (material.kind === 'unusable') expect(material.message).toMatch(/\.$/)
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws on text built from JSON and PEM fragments', () => {
    const fragment = fc.constantFrom('{', '}', '[', ']', '"keys"', '"kty"', ':', ',', '"oct"', '-----BEGIN PUBLIC KEY-----', '-----END PUBLIC KEY-----', 'AAAA', '\n', ' ', 'null', '1')
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 20 }), (parts) => {
        expect(KINDS).toContain(parseKeyText(parts.join('')).kind)
      }),
      { numRuns: 1000 },
    )
  })

  it('reads stringified random JSON values by the same rules as the value itself', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.boolean(), (value, isPretty) => {
        const text = JSON.stringify(value, null, isPretty ? 2 : undefined)
        const material = parseKeyText(text)
        if (text.includes('-----BEGIN')) return
        const isObject = typeof value === 'object' && value !== null && !Array.isArray(value)
        if (Array.isArray(value)) {
          expect(material).toEqual(unusable('json-array', 'The key is a JSON array. Paste one JWK, or a JWK Set: {"keys": [ … ]}.'))
          return
        }
        if (!isObject) {
          expect(material).toEqual({ kind: 'secret', text })
          return
        }
        const object = value as Record<string, unknown>
        if (Object.hasOwn(object, 'keys')) {
          expect(['jwks', 'unusable']).toContain(material.kind)
        } else if (typeof object.kty === 'string') {
          expect(material).toEqual({ kind: 'jwk', jwk: JSON.parse(text) })
        } else if (Object.hasOwn(object, 'kty')) {
          expect(material).toMatchObject({ kind: 'unusable', code: 'kty-not-string', message: expect.stringMatching(/^"kty" must be a string/) })
        } else {
          expect(material).toEqual(unusable('not-a-jwk', Object.hasOwn(object, 'jwks_uri') ? neitherMessage + discoveryHint : neitherMessage))
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('reads any JSON object with a string "kty" and no "keys" as that JWK', () => {
    const jwk = fc.record({ kty: fc.string() }).chain((base) =>
      fc.dictionary(fc.string().filter((name) => name !== 'kty' && name !== 'keys'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }).map((rest) => ({ ...rest, ...base })),
    )
    fc.assert(
      fc.property(jwk, (value) => {
        const text = JSON.stringify(value)
        fc.pre(!text.includes('-----BEGIN'))
        expect(parseKeyText(text)).toEqual({ kind: 'jwk', jwk: JSON.parse(text) })
      }),
      { numRuns: 500 },
    )
  })

  it('reads any non-empty array of objects with string "kty" as a JWK Set, and names the first entry that is not one', () => {
    const key = fc.record({ kty: fc.string(), kid: fc.string() }, { requiredKeys: ['kty'] })
    const notKey = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.constant([]), fc.record({ kid: fc.string() }), fc.record({ kty: fc.integer() }))
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 6 }), fc.option(fc.tuple(fc.nat(), notKey), { nil: undefined }), (keys, broken) => {
        const entries: unknown[] = [...keys]
        const at = broken ? broken[0] % (keys.length + 1) : -1
        if (broken) entries.splice(at, 0, broken[1])
        const text = JSON.stringify({ keys: entries })
        fc.pre(!text.includes('-----BEGIN'))
        expect(parseKeyText(text)).toEqual(
          broken ? unusable('jwks-member-not-jwk', `Key ${at + 1} of the JWK Set is not a JWK: each key needs a "kty" member.`) : { kind: 'jwks', keys: JSON.parse(text).keys },
        )
      }),
      { numRuns: 500 },
    )
  })

  it('keeps any text that is neither PEM nor a JSON object as the secret, untrimmed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const trimmed = text.trim()
        fc.pre(trimmed !== '' && !trimmed.startsWith('{') && !trimmed.includes('-----BEGIN'))
        expect(parseKeyText(text)).toEqual({ kind: 'secret', text })
      }),
      { numRuns: 500 },
    )
  })
})

describe('parseKeyText: size', () => {
  it('refuses text longer than any key at once, saying how long it is and what the limit is', () => {
    const body = 'A'.repeat(10 * 1024 * 1024)
    expect(parseKeyText(`-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----`)).toEqual(
      unusable('key-text-too-long', 'The key box holds 10,485,812 characters, more than any key or key set (the limit is 1,000,000). Paste only the key.'),
    )
  })

  it('still reads a key set just under the limit', () => {
    const keys = Array.from({ length: 2000 }, (_, index) => ({ ...publicJwk, kid: `key-${index}` }))
    const text = JSON.stringify({ keys })
    expect(text.length).toBeLessThan(1_000_000)
    expect(parseKeyText(text)).toMatchObject({ kind: 'jwks' })
  })
})
