import { describe, expect, it } from 'vitest'
import { newTokenTexts } from '../../../src/core/sign/new-token'

describe('newTokenTexts', () => {
  it('starts a short-lived HS256 access token, issued now and valid for 15 minutes', () => {
    const { header, payload } = newTokenTexts(1_700_000_000)
    expect(JSON.parse(header)).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(JSON.parse(payload)).toEqual({ sub: 'user-123', name: 'Ada Lovelace', iat: 1_700_000_000, exp: 1_700_000_900 })
  })

  it('takes the algorithm and key id of the key it will be signed with', () => {
    expect(JSON.parse(newTokenTexts(0, 'ES256', 'key-1').header)).toEqual({ alg: 'ES256', typ: 'JWT', kid: 'key-1' })
    expect(JSON.parse(newTokenTexts(0, 'EdDSA', '').header)).toEqual({ alg: 'EdDSA', typ: 'JWT' })
  })

  it('lays the JSON out as the editors show it, two spaces per level', () => {
    expect(newTokenTexts(10).header).toBe('{\n  "alg": "HS256",\n  "typ": "JWT"\n}')
    expect(newTokenTexts(10).payload.split('\n')).toHaveLength(6)
  })
})
