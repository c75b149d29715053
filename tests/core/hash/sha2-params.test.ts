import { describe, expect, it } from 'vitest'
import { digestBytes, sha2Params } from '../../../src/core/hash/sha2-params'

const hex = (values: readonly bigint[]) => values.map((value) => value.toString(16).padStart(16, '0').slice(-16))

// Spot checks against FIPS 180-4 §4.2 and §5.3, whose tables the module derives rather than copies.
describe('sha2Params', () => {
  it.each([
    { hash: 'SHA-256' as const, first: '00000000428a2f98', last: '00000000c67178f2', iv0: '000000006a09e667', iv7: '000000005be0cd19', rounds: 64 },
    { hash: 'SHA-384' as const, first: '428a2f98d728ae22', last: '6c44198c4a475817', iv0: 'cbbb9d5dc1059ed8', iv7: '47b5481dbefa4fa4', rounds: 80 },
    { hash: 'SHA-512' as const, first: '428a2f98d728ae22', last: '6c44198c4a475817', iv0: '6a09e667f3bcc908', iv7: '5be0cd19137e2179', rounds: 80 },
  ])('$hash: K and the initial hash value', ({ hash, first, last, iv0, iv7, rounds }) => {
    const { k, iv } = sha2Params(hash)
    expect(k).toHaveLength(rounds)
    expect(hex([k[0]!, k[rounds - 1]!, iv[0]!, iv[7]!])).toEqual([first, last, iv0, iv7])
  })

  it.each([
    { hash: 'SHA-256' as const, bytes: 32 },
    { hash: 'SHA-384' as const, bytes: 48 },
    { hash: 'SHA-512' as const, bytes: 64 },
  ])('$hash digests are $bytes bytes', ({ hash, bytes }) => {
    expect(digestBytes(hash)).toBe(bytes)
  })
})
