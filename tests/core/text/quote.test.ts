import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isolate, quote, quoteJson, quoteList, shorten } from '../../../src/core/text/quote'

describe('quote', () => {
  it.each([
    ['', '""'],
    ['HS256', '"HS256"'],
    ['x'.repeat(100), `"${'x'.repeat(100)}"`],
    ['x'.repeat(101), `"${'x'.repeat(100)}…" (101 characters)`],
    ['9'.repeat(421_000), `"${'9'.repeat(100)}…" (421,000 characters)`],
    [`${'x'.repeat(98)}😀`, `"${'x'.repeat(98)}😀"`],
    [`${'x'.repeat(99)}😀x`, `"${'x'.repeat(99)}…" (102 characters)`],
  ])('%j is %j', (text, quoted) => {
    expect(quote(text)).toBe(quoted)
  })

  it('never quotes more than a short prefix', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), (text) => {
        expect(quote(text).length).toBeLessThanOrEqual(130)
      }),
    )
  })
})

describe('quoteJson', () => {
  it.each([
    ['a', '"a"'],
    [['a', 'b'], '["a","b"]'],
    [{ url: 'https://keys.example/jwks.json' }, '{"url":"https://keys.example/jwks.json"}'],
    [Array.from({ length: 1000 }, (_, index) => index), `${JSON.stringify(Array.from({ length: 1000 }, (_, index) => index)).slice(0, 100)}… (3,891 characters of JSON)`],
    [undefined, 'undefined'],
  ])('%j is %s', (value, text) => {
    expect(quoteJson(value)).toBe(text)
  })
})

describe('shorten and quoteList', () => {
  it('shortens text shown without quotes', () => {
    expect(shorten('12345')).toBe('12345')
    expect(shorten('1'.repeat(421_000))).toBe(`${'1'.repeat(100)}… (421,000 characters)`)
  })

  it.each([
    [[], ''],
    [['a'], '"a"'],
    [['a', 1, null], '"a", 1, null'],
    [['a', 'b', 'c', 'd', 'e', 'f', 'g'], '"a", "b", "c", "d", "e" and 2 more'],
  ])('%j is %s', (values, text) => {
    expect(quoteList(values)).toBe(text)
  })
})

describe('isolate', () => {
  it.each([
    { name: 'plain text', text: 'https://login.example.com', shown: 'https://login.example.com' },
    { name: 'a right-to-left override', text: 'admin\u202Enimda', shown: 'admin\\u{202E}nimda' },
    { name: 'a zero-width space', text: 'https://login.example.com\u200B', shown: 'https://login.example.com\\u{200B}' },
    { name: 'Hebrew', text: 'שלום', shown: '\u2068שלום\u2069' },
    { name: 'Arabic with a stray pop isolate', text: 'مرحبا\u2069!', shown: '\u2068مرحبا\\u{2069}!\u2069' },
  ])('shows $name so it cannot reorder the sentence', ({ text, shown }) => {
    expect(isolate(text)).toBe(shown)
    expect(quote(text)).toBe(`"${shown}"`)
  })

  it('leaves no direction control of the value acting in a quoted message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const inner = quote(text, 1_000_000).slice(1, -1)
        const controls = [...inner].filter((character) => /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(character))
        // At most the one isolate the quote adds, closed at the very end.
        expect(controls.length === 0 || (controls.length === 2 && inner.startsWith('\u2068') && inner.endsWith('\u2069'))).toBe(true)
      }),
    )
  })
})
