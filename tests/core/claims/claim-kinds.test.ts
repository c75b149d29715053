import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { claimKind, headerParameterKind, timeClaimNames } from '../../../src/core/claims/claim-kinds'

const categories = ['time', 'identity', 'audience', 'authorization', 'session', 'profile', 'key', 'token']
// Names every object inherits: a lookup in a plain object would find them.
const inheritedNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']

describe('claimKind', () => {
  it.each([
    ['iss', 'identity'],
    ['sub', 'identity'],
    ['aud', 'audience'],
    ['jti', 'token'],
    ['azp', 'audience'],
    ['scope', 'authorization'],
    ['cnf', 'key'],
    ['email', 'profile'],
    ['_sd', 'token'],
  ])('files %s under %s', (name, category) => {
    expect(claimKind(name)).toEqual({ category, isTime: false })
  })

  it.each(timeClaimNames)('marks %s as a time', (name) => {
    expect(claimKind(name)).toEqual({ category: 'time', isTime: true })
  })

  it.each([...inheritedNames, 'EXP', ' exp', 'unknown_claim', ''])('knows nothing of %j', (name) => {
    expect(claimKind(name)).toBeUndefined()
  })

  it('answers any name with a known category or nothing, and a time exactly for the time claims', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...timeClaimNames, ...inheritedNames, 'iss', 'nonce')), (name) => {
        const kind = claimKind(name)
        if (kind === undefined) return
        expect(categories).toContain(kind.category)
        expect(kind.isTime).toBe(timeClaimNames.includes(name))
      }),
    )
  })
})

describe('headerParameterKind', () => {
  it.each([
    ['alg', 'key'],
    ['kid', 'key'],
    ['jku', 'key'],
    ['x5t#S256', 'key'],
    ['typ', 'token'],
    ['cty', 'token'],
    ['crit', 'token'],
  ])('files %s under %s, never as a time', (name, category) => {
    expect(headerParameterKind(name)).toEqual({ category, isTime: false })
  })

  it.each([...inheritedNames, 'exp', 'ALG'])('knows nothing of %j', (name) => {
    expect(headerParameterKind(name)).toBeUndefined()
  })
})
