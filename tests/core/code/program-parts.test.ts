import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { comment, environmentPrefix, indent, joinBlocks, quoted, requiredTimeClaims, singleQuoted, why } from '../../../src/core/code/program-parts'
import { programRequest } from './program-cases'

const awkward = 'it\'s "quoted", back\\slashed,\nbroken\tand \u2028 unicode é'

describe('program parts', () => {
  it('writes literals that read back as the value', () => {
    expect(JSON.parse(quoted(awkward))).toBe(awkward)
    expect(runInNewContext(singleQuoted(awkward))).toBe(awkward)
    expect(singleQuoted('api')).toBe("'api'")
  })

  it('wraps a comment before the width and keeps every word', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve'
    const lines = comment('//', text, 24)
    expect(lines.every((line) => line.length <= 24 && line.startsWith('// '))).toBe(true)
    expect(lines.map((line) => line.slice(3)).join(' ')).toBe(text)
  })

  it('names the forgery that pinning the algorithm stops, for a secret and for a public key', () => {
    expect(why.algorithm('HS256')).toContain('(such as "none", which has no signature at all)')
    expect(why.algorithm('HS256')).not.toContain('public key')
    expect(why.algorithm('RS256')).toContain('HS256 "signed" with the public key as its secret')
  })

  it('indents lines but not blank ones, and joins blocks with one blank line', () => {
    expect(indent(['a', '', 'b'], '  ', 2)).toEqual(['    a', '', '    b'])
    expect(joinBlocks([['a'], [], ['b', 'c']])).toBe('a\n\nb\nc\n')
  })

  it('names only the environment variables a program reads', () => {
    expect(environmentPrefix(programRequest('go-jwt', 'JWK'), true)).toBe('JWT="$JWT" JWT_KEY="$JWT_KEY" ')
    expect(environmentPrefix(programRequest('go-jwt', 'JWKS URL'), true)).toBe('JWT="$JWT" ')
    expect(environmentPrefix(programRequest('go-jwt', 'JWKS URL'), false)).toBe('')
  })

  it('requires the time claims the token has', () => {
    expect(requiredTimeClaims(programRequest('go-jwt', 'JWK', 'program', { hasExpiry: true, hasNotBefore: true }))).toEqual(['exp', 'nbf'])
    expect(requiredTimeClaims(programRequest('go-jwt', 'JWK', 'program', { hasExpiry: false, hasNotBefore: false }))).toEqual([])
  })
})
