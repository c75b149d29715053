import { describe, expect, it } from 'vitest'
import { joinWords } from '../../../src/core/text/words'

describe('joinWords', () => {
  it.each([
    { items: [], text: '' },
    { items: ['header'], text: 'header' },
    { items: ['header', 'payload'], text: 'header and payload' },
    { items: ['header', 'payload', 'signature'], text: 'header, payload and signature' },
  ])('$text', ({ items, text }) => expect(joinWords(items)).toBe(text))
})
