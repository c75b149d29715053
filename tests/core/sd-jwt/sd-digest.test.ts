import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { readHashAlg, sdDigest, sdDigests, type HashAlgChoice } from '../../../src/core/sd-jwt/sd-digest'
import type { JsonObject } from '../../../src/core/json/scan-json'
import { familyNameDisclosure, mainDisclosures, nationalityFrDisclosure, recursiveDisclosures } from '../../fixtures/sd-jwt-examples'

describe('sdDigest', () => {
  it.each([familyNameDisclosure, nationalityFrDisclosure, ...mainDisclosures, ...recursiveDisclosures].map((example) => [example.digest, example]))(
    'hashes the spec disclosure to %s',
    (_digest, { encoded, digest }) => expect(sdDigest('sha-256', encoded)).toBe(digest),
  )

  it.each(['sha-256', 'sha-384', 'sha-512'])('computes %s as node:crypto does', (alg) => {
    const text = familyNameDisclosure.encoded
    expect(sdDigest(alg, text)).toBe(createHash(alg.replace('-', '')).update(text, 'ascii').digest('base64url'))
  })

  it.each(['SHA-256', 'sha3-256', 'md5', ''])('computes nothing for "%s"', (alg) => expect(sdDigest(alg, 'x')).toBeNull())
})

describe('readHashAlg', () => {
  it.each<{ name: string; payload: JsonObject; expected: HashAlgChoice }>([
    { name: 'absent: sha-256 by default', payload: {}, expected: { hashAlg: 'sha-256', isHashSupported: true } },
    { name: 'sha-384', payload: { _sd_alg: 'sha-384' }, expected: { hashAlg: 'sha-384', isHashSupported: true } },
    { name: 'sha-512', payload: { _sd_alg: 'sha-512' }, expected: { hashAlg: 'sha-512', isHashSupported: true } },
    {
      name: 'names are case-sensitive',
      payload: { _sd_alg: 'SHA-256' },
      expected: {
        hashAlg: 'SHA-256',
        isHashSupported: false,
        problem: 'The payload names _sd_alg "SHA-256", which this app cannot compute; only sha-256, sha-384 and sha-512.',
      },
    },
    {
      name: 'an unsupported algorithm',
      payload: { _sd_alg: 'sha3-256' },
      expected: {
        hashAlg: 'sha3-256',
        isHashSupported: false,
        problem: 'The payload names _sd_alg "sha3-256", which this app cannot compute; only sha-256, sha-384 and sha-512.',
      },
    },
    {
      name: 'not a string',
      payload: { _sd_alg: 256 },
      expected: { hashAlg: '256', isHashSupported: false, problem: '"_sd_alg" must be a string naming the hash algorithm, but it is a number.' },
    },
  ])('$name', ({ payload, expected }) => expect(readHashAlg(payload)).toEqual(expected))
})

describe('sdDigests', () => {
  it.each(['sha-256', 'sha-384', 'sha-512'])('gives the digests %s gives one by one, from WebCrypto', async (hashAlg) => {
    const texts = ['', 'WyJzYWx0IiwibmFtZSIsIkFkYSJd', 'x'.repeat(1000)]
    expect(await sdDigests(hashAlg, texts)).toEqual(texts.map((text) => sdDigest(hashAlg, text)))
  })

  it('gives null for a hash it cannot compute', async () => {
    expect(await sdDigests('md5', ['a', 'b'])).toEqual([null, null])
  })

  it('hashes a text once: an edited SD-JWT hashes only the disclosures that changed', async () => {
    const hashed: string[] = []
    const counting = {
      digest(algorithm: AlgorithmIdentifier, data: BufferSource) {
        hashed.push(new TextDecoder().decode(data))
        return crypto.subtle.digest(algorithm, data)
      },
    } as SubtleCrypto
    const texts = ['disclosure-one', 'disclosure-two', 'disclosure-one']
    expect(await sdDigests('sha-256', texts, counting)).toEqual(texts.map((text) => sdDigest('sha-256', text)))
    expect(hashed).toEqual(['disclosure-one', 'disclosure-two'])
    expect(await sdDigests('sha-256', ['disclosure-two', 'disclosure-three'], counting)).toEqual([sdDigest('sha-256', 'disclosure-two'), sdDigest('sha-256', 'disclosure-three')])
    expect(hashed).toEqual(['disclosure-one', 'disclosure-two', 'disclosure-three'])
    // The same text under another hash is another digest.
    expect(await sdDigests('sha-384', ['disclosure-one'], counting)).toEqual([sdDigest('sha-384', 'disclosure-one')])
    expect(hashed).toHaveLength(4)
  })

  it('keeps no more than megabytes of texts: a huge disclosure is hashed each time', async () => {
    let calls = 0
    const counting = {
      digest(algorithm: AlgorithmIdentifier, data: BufferSource) {
        calls++
        return crypto.subtle.digest(algorithm, data)
      },
    } as SubtleCrypto
    const huge = 'h'.repeat(9 * 1024 * 1024)
    const [first] = await sdDigests('sha-256', [huge], counting)
    const [again] = await sdDigests('sha-256', [huge], counting)
    expect(again).toBe(first)
    expect(calls).toBe(2)
  })
})
