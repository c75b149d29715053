import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { quote, quoteJson, quoteList, shorten } from '../../../src/core/text/quote'

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
