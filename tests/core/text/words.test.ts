import { describe, expect, it } from 'vitest'
import { joinWords, withArticle } from '../../../src/core/text/words'

describe('joinWords', () => {
  it.each([
    { items: [], text: '' },
    { items: ['header'], text: 'header' },
    { items: ['header', 'payload'], text: 'header and payload' },
    { items: ['header', 'payload', 'signature'], text: 'header, payload and signature' },
  ])('$text', ({ items, text }) => expect(joinWords(items)).toBe(text))
})

describe('withArticle', () => {
  it.each([
    ['HS256', 'an HS256'],
    ['RS256', 'an RS256'],
    ['ES256', 'an ES256'],
    ['PS256', 'a PS256'],
    ['EdDSA', 'an EdDSA'],
    ['ML-DSA-44', 'an ML-DSA-44'],
    ['A128KW', 'an A128KW'],
    ['PBES2-HS256+A128KW', 'a PBES2-HS256+A128KW'],
    ['dir', 'a dir'],
    ['none', 'a none'],
    ['', 'a '],
  ])('%s', (name, text) => expect(withArticle(name)).toBe(text))
})
