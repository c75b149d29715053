import { describe, expect, it } from 'vitest'
import { isHmacAlgorithm, isRsaAlgorithm, keygenAlgorithms, keygenKeyKinds, rsaModulusLengths, type KeygenAlgorithm } from '../../../src/core/keys/keygen-algorithms'
import { requirementFor } from '../../../src/core/keys/key-requirements'

describe('keygenAlgorithms: the signing algorithms the key generator offers', () => {
  it('lists each algorithm once, HMAC first', () => {
    expect(new Set(keygenAlgorithms).size).toBe(keygenAlgorithms.length)
    expect(keygenAlgorithms[0]).toBe('HS256')
  })

  it('offers only algorithms that sign, as the key requirements know them', () => {
    for (const alg of keygenAlgorithms) expect(requirementFor(alg)?.purpose).toBe('verify')
  })

  it('names the kind of key of every algorithm it offers, and of no other', () => {
    expect(Object.keys(keygenKeyKinds).sort()).toEqual([...keygenAlgorithms].sort())
  })

  it('offers RSA moduli of 2048 bits and up, 2048 first as the default', () => {
    expect(rsaModulusLengths).toEqual([2048, 3072, 4096])
  })
})

describe('isHmacAlgorithm and isRsaAlgorithm: the key family of an algorithm', () => {
  it.each<{ alg: KeygenAlgorithm; family: 'HMAC' | 'RSA' | 'other'; kind: string }>([
    { alg: 'HS256', family: 'HMAC', kind: 'HMAC secret, 256 bits' },
    { alg: 'HS384', family: 'HMAC', kind: 'HMAC secret, 384 bits' },
    { alg: 'HS512', family: 'HMAC', kind: 'HMAC secret, 512 bits' },
    { alg: 'RS256', family: 'RSA', kind: 'RSA, PKCS#1 v1.5' },
    { alg: 'RS512', family: 'RSA', kind: 'RSA, PKCS#1 v1.5' },
    { alg: 'PS256', family: 'RSA', kind: 'RSA, PSS' },
    { alg: 'PS384', family: 'RSA', kind: 'RSA, PSS' },
    { alg: 'ES256', family: 'other', kind: 'EC P-256' },
    { alg: 'ES384', family: 'other', kind: 'EC P-384' },
    { alg: 'ES512', family: 'other', kind: 'EC P-521' },
    { alg: 'EdDSA', family: 'other', kind: 'Ed25519' },
  ])('$alg is $family, with a "$kind" key', ({ alg, family, kind }) => {
    expect(isHmacAlgorithm(alg)).toBe(family === 'HMAC')
    expect(isRsaAlgorithm(alg)).toBe(family === 'RSA')
    expect(keygenKeyKinds[alg]).toBe(kind)
  })

  it('agrees with the key type the key requirements name for every offered algorithm', () => {
    for (const alg of keygenAlgorithms) {
      const type = requirementFor(alg)?.types[0]?.type
      expect(isHmacAlgorithm(alg)).toBe(type === 'oct')
      expect(isRsaAlgorithm(alg)).toBe(type === 'RSA')
    }
  })
})
