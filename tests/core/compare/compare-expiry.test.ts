import { describe, expect, it } from 'vitest'
import { compareExpiry } from '../../../src/core/compare/compare-expiry'
import type { JsonObject } from '../../../src/core/json/scan-json'

const now = 1_800_000_000

describe('compareExpiry', () => {
  it.each([
    { name: 'one expired, one active', first: { exp: now - 180 }, second: { exp: now + 3300 }, expiresFirst: 'first', text: 'The first token expires first. First: expired 3 minutes ago; second: expires in 55 minutes.' },
    { name: 'the second sooner', first: { exp: now + 3600 }, second: { exp: now + 60 }, expiresFirst: 'second', text: 'The second token expires first. First: expires in 1 hour; second: expires in 1 minute.' },
    { name: 'the same exp', first: { exp: now + 60 }, second: { exp: now + 60 }, expiresFirst: 'same', text: 'Both expire at the same moment. Each expires in 1 minute.' },
    { name: 'the same exp, passed', first: { exp: now - 60 }, second: { exp: now - 60 }, expiresFirst: 'same', text: 'Both expire at the same moment. Each expired 1 minute ago.' },
    { name: 'the same exp, different nbf', first: { exp: now + 60, nbf: now + 30 }, second: { exp: now + 60 }, expiresFirst: 'same', text: 'Both expire at the same moment. First: not valid yet (nbf in 30 seconds); second: expires in 1 minute.' },
    { name: 'one without exp', first: {}, second: { exp: now + 60, nbf: now + 30 }, expiresFirst: 'second', text: 'The second token expires first. First: never expires (no exp); second: not valid yet (nbf in 30 seconds).' },
    { name: 'neither with exp', first: {}, second: {}, expiresFirst: null, text: 'Neither token has an exp.' },
  ] as Array<{ name: string; first: JsonObject; second: JsonObject; expiresFirst: string | null; text: string }>)('$name', ({ first, second, expiresFirst, text }) => {
    const result = compareExpiry(first, second, now)
    expect(result.expiresFirst).toBe(expiresFirst)
    expect(result.text).toBe(text)
  })
})
