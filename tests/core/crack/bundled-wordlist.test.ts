import { describe, expect, it } from 'vitest'
import { loadBundledWordlist } from '../../../src/core/crack/bundled-wordlist'
import { commonJwtSecrets } from '../../../src/core/crack/common-jwt-secrets'

describe('loadBundledWordlist', () => {
  it('puts the JWT secrets first, then common passwords, without repeats', async () => {
    const words = await loadBundledWordlist()
    expect(words.slice(0, commonJwtSecrets.length)).toEqual(commonJwtSecrets)
    expect(new Set(words).size).toBe(words.length)
    expect(words.length).toBeGreaterThan(40_000)
    expect(words).toEqual(expect.arrayContaining(['123456', 'password', 'qwerty', 'dragon']))
  })

  it('loads once', async () => {
    expect(await loadBundledWordlist()).toBe(await loadBundledWordlist())
  })
})

describe('commonJwtSecrets', () => {
  it.each(['your-256-bit-secret', 'a-string-secret-at-least-256-bits-long', 'secret', 'shhhhh', 'keyboard cat', 'changeme', 'supersecret', 'jwt_secret', 'secretkey', '${JWT_SECRET}', 'undefined'])(
    'has %s',
    (secret) => {
      expect(commonJwtSecrets).toContain(secret)
    },
  )

  it('has a few hundred distinct, non-empty entries', () => {
    expect(commonJwtSecrets.length).toBeGreaterThan(300)
    expect(new Set(commonJwtSecrets).size).toBe(commonJwtSecrets.length)
    expect(commonJwtSecrets.filter((secret) => secret.trim() === '')).toEqual([])
  })
})
