import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { describeClaim, describeHeaderParameter } from '../../../src/core/claims/claim-catalog'
import { claimKind, headerParameterKind, timeClaimNames } from '../../../src/core/claims/claim-kinds'

describe('describeClaim', () => {
  // RFC 7519 §4.1: the registered claim names, each in its own subsection.
  it.each([
    ['iss', 1],
    ['sub', 2],
    ['aud', 3],
    ['exp', 4],
    ['nbf', 5],
    ['iat', 6],
    ['jti', 7],
  ])('describes the registered claim %s, citing RFC 7519 §4.1.%i', (name, subsection) => {
    const info = describeClaim(name)
    expect(info).toMatchObject({ name, source: `RFC 7519 §4.1.${subsection}` })
    expect(info!.label).not.toBe('')
    expect(info!.description).toMatch(/\.$/)
  })

  it.each(timeClaimNames)('marks the time claim %s as a time', (name) => {
    expect(describeClaim(name)).toMatchObject({ category: 'time', isTime: true })
  })

  it('marks no other claim as a time', () => {
    for (const name of ['iss', 'sub', 'aud', 'jti', 'nonce', 'email']) expect(describeClaim(name)).not.toHaveProperty('isTime')
  })

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x-custom', 'Exp'])('has no words for %j', (name) => {
    expect(describeClaim(name)).toBeUndefined()
  })

  it('puts every claim it describes in the category claim-kinds.ts gives the page before the words load', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('iss', 'exp', 'auth_time', 'cnf', 'vct#integrity', 'realm_access', 'toe')), (name) => {
        const info = describeClaim(name)
        if (info) expect({ category: info.category, isTime: info.isTime === true }).toEqual(claimKind(name))
      }),
    )
  })
})

describe('describeHeaderParameter', () => {
  it.each([
    ['alg', 'RFC 7515 §4.1.1'],
    ['kid', 'RFC 7515 §4.1.4'],
    ['crit', 'RFC 7515 §4.1.11'],
    ['b64', 'RFC 7797 §3'],
  ])('describes %s, citing %s', (name, source) => {
    expect(describeHeaderParameter(name)).toMatchObject({ name, source, category: headerParameterKind(name)!.category })
  })

  it('keeps header parameters and claims apart: exp is no header parameter', () => {
    expect(describeHeaderParameter('exp')).toBeUndefined()
    expect(describeHeaderParameter('__proto__')).toBeUndefined()
  })
})
