import { describe, expect, it } from 'vitest'
import { describeCharacter, hexBytes, joinWords, plural, withArticle } from '../../../src/core/text/words'

describe('joinWords', () => {
  it.each([
    { items: [], text: '' },
    { items: ['header'], text: 'header' },
    { items: ['header', 'payload'], text: 'header and payload' },
    { items: ['header', 'payload', 'signature'], text: 'header, payload and signature' },
  ])('$text', ({ items, text }) => expect(joinWords(items)).toBe(text))
})

describe('plural', () => {
  it.each([
    [0, 'space', '0 spaces'],
    [1, 'space', '1 space'],
    [2, 'line break', '2 line breaks'],
    [12_000, 'key', '12,000 keys'],
  ])('%i %s', (count, noun, text) => {
    expect(plural(count, noun)).toBe(text)
  })
})

describe('describeCharacter', () => {
  it.each([
    [' ', 'a space'],
    ['\t', 'a tab'],
    ['\n', 'a line break'],
    ['\r', 'a line break'],
    ['\u001b', 'the control character U+001B'],
    ['\u007f', 'the control character U+007F'],
    ['$', '"$"'],
    ['\u00a0', '"\u00a0"'],
  ])('describes %j as %s', (char, description) => {
    expect(describeCharacter(char)).toBe(description)
  })
})

describe('hexBytes', () => {
  it('writes two lowercase digits a byte, joined by a space or what is asked', () => {
    const bytes = Uint8Array.of(0, 9, 0xab, 0xff)
    expect(hexBytes(bytes)).toBe('00 09 ab ff')
    expect(hexBytes(bytes, '')).toBe('0009abff')
    expect(hexBytes(new Uint8Array())).toBe('')
  })
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
