import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeInput } from '../../../src/core/token/normalize-input'
import { rfc7519Token } from '../../fixtures/tokens'

const token = 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl'

describe('normalizeInput: what people paste', () => {
  it.each([
    ['a bare token', token, token, 0, []],
    ['surrounding spaces', `  ${token}  `, token, 2, ['surrounding whitespace']],
    ['surrounding line breaks and tabs', `\r\n\t${token}\n`, token, 3, ['surrounding whitespace']],
    ['a non-breaking space and a BOM around it', `\u00a0${token}\ufeff`, token, 1, ['surrounding whitespace']],
    ['a Bearer prefix', `Bearer ${token}`, token, 7, ['the "Bearer " prefix']],
    ['a lower-case bearer prefix with two spaces', `bearer  ${token}`, token, 8, ['the "bearer " prefix']],
    ['a Bearer prefix with a tab', `Bearer\t${token}`, token, 7, ['the "Bearer " prefix']],
    ['a DPoP prefix', `DPoP ${token}`, token, 5, ['the "DPoP " prefix']],
    ['a JWT prefix', `JWT ${token}`, token, 4, ['the "JWT " prefix']],
    ['an Authorization header', `Authorization: Bearer ${token}`, token, 22, ['the "Authorization:" header name', 'the "Bearer " prefix']],
    ['a lower-case header with no space', `authorization:${token}`, token, 14, ['the "Authorization:" header name']],
    ['a header line with spaces before the colon', `Authorization :  DPoP ${token}`, token, 22, ['the "Authorization:" header name', 'the "DPoP " prefix']],
    ['double quotes', `"${token}"`, token, 1, ['the quotes around it']],
    ['single quotes', `'${token}'`, token, 1, ['the quotes around it']],
    ['backticks', `\`${token}\``, token, 1, ['the quotes around it']],
    ['curly double quotes', `“${token}”`, token, 1, ['the quotes around it']],
    ['curly single quotes', `‘${token}’`, token, 1, ['the quotes around it']],
    ['quotes and a trailing comma', `"${token}",`, token, 1, ['a trailing ","', 'the quotes around it']],
    ['a trailing semicolon', `${token};`, token, 0, ['a trailing ";"']],
    ['indented, quoted, with a trailing comma', `    "${token}",\n`, token, 5, ['surrounding whitespace', 'a trailing ","', 'the quotes around it']],
    ['a quoted Bearer value', `"Bearer ${token}"`, token, 8, ['the quotes around it', 'the "Bearer " prefix']],
    ['a header with a quoted value', `Authorization: "Bearer ${token}"`, token, 23, [
      'the "Authorization:" header name',
      'the quotes around it',
      'the "Bearer " prefix',
    ]],
    ['a line break inside', 'abc\ndef', 'abcdef', 0, ['1 line break inside the token']],
    ['CRLF line breaks inside', 'ab\r\ncd\r\nef', 'abcdef', 0, ['2 line breaks inside the token']],
    ['a space inside', 'abc def', 'abcdef', 0, ['1 space inside the token']],
    ['tabs, spaces and line breaks inside', 'ab\tcd\n  ef', 'abcdef', 0, ['1 line break inside the token', '3 spaces inside the token']],
    ['a wrapped token in quotes after Bearer', `Bearer "ab\ncd"`, 'abcd', 8, ['the "Bearer " prefix', 'the quotes around it', '1 line break inside the token']],
    ['a lone quote', '"', '"', 0, []],
    ['unmatched quotes', `"${token}'`, `"${token}'`, 0, []],
    ['nothing but quotes', '""', '', 1, ['the quotes around it']],
    ['the word Bearer alone', 'Bearer', 'Bearer', 0, []],
    ['a scheme glued to the token', `Bearer${token}`, `Bearer${token}`, 0, []],
  ])('%s', (_name, raw, expectedToken, start, stripped) => {
    const input = normalizeInput(raw)
    expect(input.token).toBe(expectedToken)
    expect(input.stripped).toEqual(stripped)
    expect(input.start).toBe(start)
  })
})

describe('normalizeInput: megabytes', () => {
  it('leaves a large text with characters no token has as it stands, offsets and all', () => {
    const log = '2026-12-06T10:00:00Z GET /items?page=2 200\n'.repeat(30_000)
    const input = normalizeInput(`  ${log}`)
    expect(input.token).toBe(log.trim())
    expect(input.toRawOffset(100)).toBe(102)
  })

  it('still joins a large token wrapped across lines', () => {
    const wrapped = `${'A'.repeat(64)}\n`.repeat(20_000)
    const input = normalizeInput(wrapped)
    expect(input.token).toBe('A'.repeat(64 * 20_000))
    expect(input.stripped).toContain('19,999 line breaks inside the token')
    expect(input.toRawOffset(64)).toBe(65)
  })
})

describe('normalizeInput: toRawOffset', () => {
  it('adds the start when nothing is removed inside', () => {
    const raw = `Authorization: Bearer ${token}`
    const input = normalizeInput(raw)
    expect(input.toRawOffset(0)).toBe(22)
    expect(input.toRawOffset(5)).toBe(27)
    expect(input.toRawOffset(token.length)).toBe(raw.length)
  })

  it('skips line breaks and spaces inside the token', () => {
    const raw = 'Bearer abc\r\n def\n'
    const input = normalizeInput(raw)
    expect(input.token).toBe('abcdef')
    expect([0, 1, 2, 3, 4, 5].map(input.toRawOffset)).toEqual([7, 8, 9, 13, 14, 15])
    // One past the last character maps to one past its position in the raw text.
    expect(input.toRawOffset(6)).toBe(16)
  })

  it('maps every character of a token wrapped at random places back to itself', () => {
    const breaks = fc.constantFrom('\n', '\r\n', ' ', '\t', '\n  ')
    const wrapped = fc.array(fc.tuple(fc.nat(rfc7519Token.length), breaks), { maxLength: 8 }).map((cuts) => {
      let text = rfc7519Token
      for (const [at, gap] of [...cuts].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + gap + text.slice(at)
      return text
    })
    const prefix = fc.constantFrom('', '  ', 'Bearer ', 'Authorization: Bearer ', '"', '\n')
    fc.assert(
      fc.property(prefix, wrapped, (before, body) => {
        const raw = before + body + (before === '"' ? '"' : '')
        const input = normalizeInput(raw)
        expect(input.token).toBe(rfc7519Token)
        for (let i = 0; i < input.token.length; i++) expect(raw[input.toRawOffset(i)]).toBe(input.token[i])
        const last = input.toRawOffset(input.token.length - 1)
        expect(input.toRawOffset(input.token.length)).toBe(last + 1)
      }),
      { numRuns: 300 },
    )
  })
})
