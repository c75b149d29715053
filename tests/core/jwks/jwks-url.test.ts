import { describe, expect, it } from 'vitest'
import { issuerUrlFromClaim } from '../../../src/core/jwks/jwks-url'

describe('issuerUrlFromClaim', () => {
  it.each([
    { iss: 'https://login.example.com', url: 'https://login.example.com' },
    { iss: 'https://tenant.auth0.com/', url: 'https://tenant.auth0.com/' },
    { iss: 'https://sso.example.com/realms/dev', url: 'https://sso.example.com/realms/dev' },
    { iss: 'http://localhost:8080/realms/dev', url: 'http://localhost:8080/realms/dev' },
    { iss: 'http://127.0.0.1:9000', url: 'http://127.0.0.1:9000' },
    { iss: 'http://[::1]:9000', url: 'http://[::1]:9000' },
    { iss: 'http://login.example.com', url: undefined },
    { iss: 'https://user:pw@login.example.com', url: undefined },
    { iss: ' https://login.example.com', url: undefined },
    { iss: 'login.example.com', url: undefined },
    { iss: 'urn:example:issuer', url: undefined },
    { iss: 'my-service', url: undefined },
    { iss: '', url: undefined },
    { iss: 42, url: undefined },
    { iss: null, url: undefined },
    { iss: ['https://login.example.com'], url: undefined },
    { iss: undefined, url: undefined },
  ])('$iss', ({ iss, url }) => {
    expect(issuerUrlFromClaim(iss)).toBe(url)
  })
})
