import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CompactEncrypt, CompactSign, generateKeyPair, type CryptoKey } from 'jose'
import { findTokens } from '../../../src/core/find/find-tokens'
import type { FoundToken } from '../../../src/core/find/found-token'
import { decodeToken } from '../../../src/core/token/decode-token'
import { splitSdJwt } from '../../../src/core/sd-jwt/split-sd-jwt'
import { decodeDisclosure } from '../../../src/core/sd-jwt/decode-disclosure'
import { encodeBase64urlText } from '../../../src/core/encoding/base64url'
import type { JsonValue } from '../../../src/core/json/scan-json'

/** Whether the app's own decoders read the row's token as the kind it was listed as. */
function decodesAsListed({ token, kind }: FoundToken): boolean {
  if (kind !== 'sd-jwt') return decodeToken(token)?.kind === kind
  const parts = splitSdJwt(token)
  if (!parts) return false
  const issuerKind = decodeToken(parts.issuerJwt)?.kind
  if (issuerKind !== 'jws' && issuerKind !== 'unsecured') return false
  if (!parts.disclosures.every((disclosure, index) => decodeDisclosure(disclosure, index).shape !== null)) return false
  return parts.keyBindingJwt === null || decodeToken(parts.keyBindingJwt)?.kind === 'jws'
}

const json = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>
const claims = fc.dictionary(fc.string(), json, { maxKeys: 6 })
/** Payload text: a claims set, any JSON, or any text at all (a JWS may carry anything). */
const payloadTexts = fc.oneof(claims.map((value) => JSON.stringify(value)), json.map((value) => JSON.stringify(value)), fc.string({ minLength: 1 }))
const headerExtras = fc.dictionary(
  fc.string().filter((name) => !['alg', 'enc', 'b64', 'crit'].includes(name)),
  json,
  { maxKeys: 3 },
)

/** Characters that end a token without being part of it: what people write around tokens. */
const punctuation = fc.constantFrom(' ', '\n', '\t', '"', "'", '`', '(', ')', '[', ']', '{', '}', '<', '>', ',', ';', ':', '!', '?', '=', '&', '#', '|', '\r\n', '. ', '", ', '\u00a0', 'é')
const filler = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('Authorization: Bearer', 'Cookie: a=', 'https://app.example.test/cb?x=1&id_token=', '{"token": ', 'curl -H', 'level=info msg='))

let hmacKey: Uint8Array
let ecKey: CryptoKey
let edKey: CryptoKey
let encryptionKey: Uint8Array

beforeAll(async () => {
  hmacKey = crypto.getRandomValues(new Uint8Array(32))
  ecKey = (await generateKeyPair('ES256')).privateKey
  edKey = (await generateKeyPair('Ed25519')).privateKey
  encryptionKey = crypto.getRandomValues(new Uint8Array(32))
})

type TokenRecipe =
  | { type: 'signed'; alg: 'HS256' | 'ES256' | 'Ed25519'; payload: string; extras: Record<string, JsonValue> }
  | { type: 'unsecured'; payload: string; extras: Record<string, JsonValue> }
  | { type: 'encrypted'; payload: string }
  | { type: 'sd-jwt'; payload: string; disclosures: Array<[string, string, JsonValue]>; hasKeyBinding: boolean }

const recipes: fc.Arbitrary<TokenRecipe> = fc.oneof(
  fc.record({ type: fc.constant('signed' as const), alg: fc.constantFrom('HS256' as const, 'ES256' as const, 'Ed25519' as const), payload: payloadTexts, extras: headerExtras }),
  fc.record({ type: fc.constant('unsecured' as const), payload: payloadTexts, extras: headerExtras }),
  fc.record({ type: fc.constant('encrypted' as const), payload: payloadTexts }),
  fc.record({
    type: fc.constant('sd-jwt' as const),
    payload: claims.map((value) => JSON.stringify(value)),
    disclosures: fc.array(fc.tuple(fc.string(), fc.string(), json), { maxLength: 4 }),
    hasKeyBinding: fc.boolean(),
  }),
)

async function sign(alg: 'HS256' | 'ES256' | 'Ed25519', payload: string, extras: Record<string, JsonValue> = {}): Promise<string> {
  const key = alg === 'HS256' ? hmacKey : alg === 'ES256' ? ecKey : edKey
  return new CompactSign(new TextEncoder().encode(payload)).setProtectedHeader({ ...extras, alg }).sign(key)
}

async function build(recipe: TokenRecipe): Promise<{ token: string; kind: FoundToken['kind'] }> {
  switch (recipe.type) {
    case 'signed':
      return { token: await sign(recipe.alg, recipe.payload, recipe.extras), kind: 'jws' }
    case 'unsecured':
      return { token: `${encodeBase64urlText(JSON.stringify({ ...recipe.extras, alg: 'none' }))}.${encodeBase64urlText(recipe.payload)}.`, kind: 'unsecured' }
    case 'encrypted':
      return { token: await new CompactEncrypt(new TextEncoder().encode(recipe.payload)).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(encryptionKey), kind: 'jwe' }
    case 'sd-jwt': {
      const issuerJwt = await sign('ES256', recipe.payload, { typ: 'dc+sd-jwt' })
      const disclosures = recipe.disclosures.map((disclosure) => `${encodeBase64urlText(JSON.stringify(disclosure))}~`).join('')
      const keyBinding = recipe.hasKeyBinding ? await sign('Ed25519', JSON.stringify({ nonce: 'n', aud: 'https://verifier.example.test', iat: 1 }), { typ: 'kb+jwt' }) : ''
      return { token: `${issuerJwt}~${disclosures}${keyBinding}`, kind: 'sd-jwt' }
    }
  }
}

describe('findTokens on generated tokens', () => {
  it('finds a token put anywhere in any text, exactly, with the kind the decoder gives it', async () => {
    await fc.assert(
      fc.asyncProperty(recipes, filler, punctuation, punctuation, filler, async (recipe, before, open, close, after) => {
        const { token, kind } = await build(recipe)
        const found = findTokens(`${before}${open}${token}${close}${after}`).tokens
        const row = found.find((candidate) => candidate.token === token)
        expect(row?.kind).toBe(kind)
        expect(found.every(decodesAsListed)).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('finds each of several tokens once, however often each is repeated', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recipes, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), punctuation, async (list, picks, separator) => {
        const tokens = await Promise.all(list.map(async (recipe) => (await build(recipe)).token))
        const order = picks.map((pick) => tokens[pick % tokens.length]!)
        const found = findTokens(order.join(`${separator} `)).tokens.map((row) => row.token)
        expect(found).toEqual([...new Set(order)])
      }),
      { numRuns: 60 },
    )
  })
})

// Pieces of tokens, whole and broken, to shuffle into text that looks like tokens.
const base64urlCharacters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_']
const base64urlRuns = fc.string({ unit: fc.constantFrom(...base64urlCharacters), maxLength: 60 })
const headerObjects = fc.oneof(
  fc.record({ alg: fc.constantFrom('HS256', 'none', 'None', 'RS256', 'dir') }, { requiredKeys: [] }),
  fc.record({ alg: fc.constantFrom('dir', 'RSA-OAEP'), enc: fc.constantFrom('A128GCM', 'A256GCM') }, { requiredKeys: ['alg'] }),
  fc.record({ alg: json, b64: fc.boolean() }, { requiredKeys: [] }),
  json,
)
const pieces = fc.oneof(
  base64urlRuns,
  base64urlRuns.map((run) => `eyJ${run}`),
  headerObjects.map((header) => encodeBase64urlText(JSON.stringify(header))),
  headerObjects.map((header) => encodeBase64urlText(JSON.stringify(header)).slice(0, -3)),
  payloadTexts.map(encodeBase64urlText),
  fc.tuple(fc.string(), fc.string(), json).map((disclosure) => encodeBase64urlText(JSON.stringify(disclosure))),
  fc.constantFrom('', 'A', 'AA', 'AAA', 'AAAAA', '1.2.3', 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6'),
)
const separators = fc.constantFrom('.', '.', '.', '~', '..', ' ', '"', ',', '%7E', '&x=', '\n')
const tokenLikeText = fc.array(fc.tuple(pieces, separators), { maxLength: 12 }).map((list) => list.map(([piece, separator]) => piece + separator).join(''))

describe('findTokens on text that only looks like tokens', () => {
  it('lists only what the decoder reads as the kind listed, standing in the text', () => {
    fc.assert(
      fc.property(tokenLikeText, (text) => {
        for (const row of findTokens(text).tokens) {
          expect(decodesAsListed(row)).toBe(true)
          if (!row.sources.some((source) => source.startsWith('query:') || source.startsWith('form:') || source.startsWith('fragment:') || source.startsWith('cookie:'))) {
            expect(text).toContain(row.token)
          }
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), tokenLikeText), (text) => {
        const result = findTokens(text)
        expect(result.truncated).toBe(false)
      }),
      { numRuns: 500 },
    )
  })
})

describe('findTokens names the place a token stood', () => {
  const token = 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImsyIn0.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmU'
  const names = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/)
  const plainValues = fc.stringMatching(/^[A-Za-z0-9]{0,12}$/)
  const pairs = fc.array(fc.tuple(names, plainValues), { maxLength: 4 })
  const join = (list: Array<[string, string]>) => list.map(([name, value]) => `${name}=${value}`)

  it('in a query string or a fragment, among other parameters', () => {
    fc.assert(
      fc.property(names, pairs, pairs, fc.boolean(), (name, before, after, inFragment) => {
        const params = [...join(before), `${name}=${token}`, ...join(after)].join('&')
        const url = inFragment ? `https://app.example.test/cb?x=1#${params}` : `https://app.example.test/cb?${params}#top`
        expect(findTokens(url).tokens).toEqual([{ token, kind: 'jws', sources: [`${inFragment ? 'fragment' : 'query'}:${name}`] }])
      }),
    )
  })

  it('in a header line or a Cookie header', () => {
    fc.assert(
      fc.property(names, pairs, pairs, (name, before, after) => {
        const headerName = `X-${name}`
        expect(findTokens(`${headerName}: ${token}`).tokens).toEqual([{ token, kind: 'jws', sources: [`header:${headerName}`] }])
        const cookies = [...join(before), `${name}=${token}`, ...join(after)].join('; ')
        expect(findTokens(`Cookie: ${cookies}`).tokens).toEqual([{ token, kind: 'jws', sources: [`cookie:${name}`] }])
      }),
    )
  })

  it('at its path in a JSON document', () => {
    const steps = fc.array(fc.oneof(names, fc.nat({ max: 3 })), { minLength: 1, maxLength: 5 })
    fc.assert(
      fc.property(steps, claims, (path, sibling) => {
        // Builds the document from the inside out, each step an object member or an array index.
        let value: JsonValue = token
        for (const step of [...path].reverse()) {
          if (typeof step === 'number') value = [...Array.from({ length: step }, () => 'x'), value]
          else value = { ...sibling, [step]: value }
        }
        const expected = path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('')
        expect(findTokens(JSON.stringify(value)).tokens).toEqual([{ token, kind: 'jws', sources: [`json:${expected}`] }])
      }),
    )
  })
})

describe('findTokens misses no token, whatever shapes surround it', () => {
  const tokenOf = (claims: Record<string, JsonValue>) =>
    `${encodeBase64urlText(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${encodeBase64urlText(JSON.stringify(claims))}.${encodeBase64urlText('signature-bytes-here!')}`
  const tokens = claims.map(tokenOf)
  const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,10}$/)
  // Each shape puts the token somewhere a page, a log or a tool would.
  const shapes = fc.oneof(
    fc.tuple(name, tokens).map(([n, t]) => ({ text: `${n}: ${t}`, token: t })),
    fc.tuple(tokens).map(([t]) => ({ text: `Authorization: Bearer ${t}`, token: t })),
    fc.tuple(name, tokens).map(([n, t]) => ({ text: `Cookie: a=1; ${n}=${t}`, token: t })),
    fc.tuple(name, tokens).map(([n, t]) => ({ text: `Set-Cookie: ${n}=${t}; Path=/`, token: t })),
    fc.tuple(name, tokens).map(([n, t]) => ({ text: `https://a.test/p?x=1&${n}=${t}#${n}=${t}`, token: t })),
    fc.tuple(name, tokens).map(([n, t]) => ({ text: JSON.stringify({ [n]: [t] }), token: t })),
    fc.tuple(name, tokens).map(([n, t]) => ({ text: `2025-12-06T10:00:00Z ${JSON.stringify({ [n]: t })}`, token: t })),
    fc.tuple(name, tokens).map(([n, t]) => ({ text: `curl 'https://a.test/?q=${t}' -H '${n}: x' -b '${n}=1'`, token: t })),
    fc.tuple(name, tokens).map(([n, t]) => ({ text: `curl ^"https://a.test/^" -H ^"${n}: ${t}^"`, token: t })),
    fc.tuple(name, tokens).map(([n, t]) => ({ text: `a=1&${n}=${t}`, token: t })),
    fc.tuple(tokens, fc.string({ maxLength: 20 })).map(([t, s]) => ({ text: `${s.replace(/[\w.~-]+$/, '')} "${t}".`, token: t })),
    fc.tuple(tokens).map(([t]) => ({ text: `GET /cb?id_token=${t} HTTP/1.1`, token: t })),
  )

  it('in pasted text made of many shapes', () => {
    fc.assert(
      fc.property(fc.array(shapes, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\n\n'), (list, newline) => {
        const found = new Set(findTokens(list.map(({ text }) => text).join(newline)).tokens.map((row) => row.token))
        for (const { token } of list) expect(found).toContain(token)
      }),
      { numRuns: 300 },
    )
  })
})
