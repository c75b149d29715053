import { describe, expect, it } from 'vitest'
import { fetchJwks, type FetchedDocument, type JwksFailureCode } from '../../../src/core/jwks/fetch-jwks'

type Route =
  | { status?: number; contentType?: string | null; body: string; redirectedTo?: string; contentLength?: number }
  | 'network-error'
  | 'timeout'
  | 'abort'
  | 'range-error'

const notFound: Route = { status: 404, contentType: 'text/html', body: '<!doctype html><h1>Not Found</h1>' }

/** Serves routes by exact URL (anything else is a 404 page) and records every request. */
function stubFetch(routes: Record<string, Route>) {
  const requests: { url: string; init: RequestInit | undefined }[] = []
  // A function, not an arrow, so it can refuse a `this` the way browsers' fetch does ("Illegal invocation").
  const fetchFn = async function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation')
    const url = String(input)
    requests.push({ url, init })
    const route = routes[url] ?? notFound
    // What browsers throw: a bare TypeError for network errors and CORS blocks, a DOMException on timeout.
    if (route === 'network-error') throw new TypeError('Failed to fetch')
    if (route === 'timeout') throw new DOMException('The operation was aborted due to timeout', 'TimeoutError')
    if (route === 'abort') throw new DOMException('This operation was aborted', 'AbortError')
    if (route === 'range-error') throw new RangeError('a bug')
    const headers = new Headers()
    if (route.contentType !== null) headers.set('content-type', route.contentType ?? 'application/json')
    if (route.contentLength !== undefined) headers.set('content-length', String(route.contentLength))
    // Bytes, not a string: a string body would get a text/plain content type of its own.
    const response = new Response(new TextEncoder().encode(route.body), { status: route.status ?? 200, headers })
    if (route.redirectedTo !== undefined) Object.defineProperty(response, 'url', { value: route.redirectedTo })
    return response
  }
  return { fetchFn: fetchFn as typeof fetch, requests }
}

const rsaKey = { kty: 'RSA', kid: 'rsa-1', use: 'sig', n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw', e: 'AQAB' }
const ecKey = { kty: 'EC', kid: 'ec-1', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' }
const keySet = JSON.stringify({ keys: [rsaKey, ecKey] })

const json = (value: unknown): Route => ({ body: JSON.stringify(value) })
const metadata = (issuer: string | undefined, jwksUri?: string): Route =>
  json({ issuer, authorization_endpoint: 'https://login.example.com/authorize', jwks_uri: jwksUri, response_types_supported: ['code'] })
const doc = (url: string, status: number | null, contentType: string | null, summary: string): FetchedDocument => ({ url, status, contentType, summary })

const login = 'https://login.example.com'
const loginOidc = `${login}/.well-known/openid-configuration`
const loginKeys = `${login}/keys`
const loginRfc8414 = `${login}/.well-known/oauth-authorization-server`
const jwksDoc = (url: string) => doc(url, 200, 'application/json', 'JWK Set with 2 keys')
const htmlPage: Route = { contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Sign in</title>' }
const notFoundDoc = (url: string) => doc(url, 404, 'text/html', 'HTTP error 404 Not Found')

interface SuccessCase {
  name: string
  url: string
  routes: Record<string, Route>
  jwksUrl: string
  issuer?: string
  keys?: object[]
  fetched: FetchedDocument[]
}

const successCases: SuccessCase[] = [
  {
    name: 'a JWKS URL',
    url: loginKeys,
    routes: { [loginKeys]: { body: keySet } },
    jwksUrl: loginKeys,
    fetched: [jwksDoc(loginKeys)],
  },
  {
    name: 'a JWKS URL with spaces around it',
    url: `  ${loginKeys}\n`,
    routes: { [loginKeys]: { body: keySet } },
    jwksUrl: loginKeys,
    fetched: [jwksDoc(loginKeys)],
  },
  {
    name: 'a JWKS served as text/plain',
    url: 'https://raw.example.com/jwks.json',
    routes: { 'https://raw.example.com/jwks.json': { contentType: 'text/plain; charset=utf-8', body: JSON.stringify({ keys: [ecKey] }) } },
    jwksUrl: 'https://raw.example.com/jwks.json',
    keys: [ecKey],
    fetched: [doc('https://raw.example.com/jwks.json', 200, 'text/plain; charset=utf-8', 'JWK Set with 1 key')],
  },
  {
    name: 'an OpenID Connect discovery URL',
    url: loginOidc,
    routes: { [loginOidc]: metadata(login, loginKeys), [loginKeys]: { body: keySet } },
    jwksUrl: loginKeys,
    issuer: login,
    fetched: [doc(loginOidc, 200, 'application/json', `OpenID Connect discovery metadata for issuer ${login}`), jwksDoc(loginKeys)],
  },
  {
    name: 'an OpenID Connect discovery URL of an issuer with a path (Keycloak realm)',
    url: 'https://sso.example.com/realms/dev/.well-known/openid-configuration',
    routes: {
      'https://sso.example.com/realms/dev/.well-known/openid-configuration': metadata('https://sso.example.com/realms/dev', 'https://sso.example.com/realms/dev/certs'),
      'https://sso.example.com/realms/dev/certs': { body: keySet },
    },
    jwksUrl: 'https://sso.example.com/realms/dev/certs',
    issuer: 'https://sso.example.com/realms/dev',
    fetched: [
      doc('https://sso.example.com/realms/dev/.well-known/openid-configuration', 200, 'application/json', 'OpenID Connect discovery metadata for issuer https://sso.example.com/realms/dev'),
      jwksDoc('https://sso.example.com/realms/dev/certs'),
    ],
  },
  {
    name: 'an OpenID Connect discovery URL of an issuer that ends in a slash (Auth0)',
    url: 'https://tenant.auth0.com/.well-known/openid-configuration',
    routes: {
      'https://tenant.auth0.com/.well-known/openid-configuration': metadata('https://tenant.auth0.com/', 'https://tenant.auth0.com/.well-known/jwks.json'),
      'https://tenant.auth0.com/.well-known/jwks.json': { body: keySet },
    },
    jwksUrl: 'https://tenant.auth0.com/.well-known/jwks.json',
    issuer: 'https://tenant.auth0.com/',
    fetched: [
      doc('https://tenant.auth0.com/.well-known/openid-configuration', 200, 'application/json', 'OpenID Connect discovery metadata for issuer https://tenant.auth0.com/'),
      jwksDoc('https://tenant.auth0.com/.well-known/jwks.json'),
    ],
  },
  {
    name: 'an RFC 8414 URL with the issuer path after the well-known segment',
    url: 'https://as.example.com/.well-known/oauth-authorization-server/tenant1',
    routes: {
      'https://as.example.com/.well-known/oauth-authorization-server/tenant1': metadata('https://as.example.com/tenant1', 'https://as.example.com/tenant1/jwks'),
      'https://as.example.com/tenant1/jwks': { body: keySet },
    },
    jwksUrl: 'https://as.example.com/tenant1/jwks',
    issuer: 'https://as.example.com/tenant1',
    fetched: [
      doc('https://as.example.com/.well-known/oauth-authorization-server/tenant1', 200, 'application/json', 'RFC 8414 authorization server metadata for issuer https://as.example.com/tenant1'),
      jwksDoc('https://as.example.com/tenant1/jwks'),
    ],
  },
  {
    name: 'an RFC 8414 URL of an issuer without a path',
    url: loginRfc8414,
    routes: { [loginRfc8414]: metadata(login, loginKeys), [loginKeys]: { body: keySet } },
    jwksUrl: loginKeys,
    issuer: login,
    fetched: [doc(loginRfc8414, 200, 'application/json', `RFC 8414 authorization server metadata for issuer ${login}`), jwksDoc(loginKeys)],
  },
  {
    name: 'an OpenID discovery URL in the RFC 8414 form',
    url: 'https://as.example.com/.well-known/openid-configuration/tenant1',
    routes: {
      'https://as.example.com/.well-known/openid-configuration/tenant1': metadata('https://as.example.com/tenant1', 'https://as.example.com/tenant1/jwks'),
      'https://as.example.com/tenant1/jwks': { body: keySet },
    },
    jwksUrl: 'https://as.example.com/tenant1/jwks',
    issuer: 'https://as.example.com/tenant1',
    fetched: [
      doc('https://as.example.com/.well-known/openid-configuration/tenant1', 200, 'application/json', 'OpenID Connect discovery metadata for issuer https://as.example.com/tenant1'),
      jwksDoc('https://as.example.com/tenant1/jwks'),
    ],
  },
  {
    name: 'an issuer, found through OpenID Connect discovery without fetching the issuer\'s own page',
    url: login,
    routes: { [login]: htmlPage, [loginOidc]: metadata(login, loginKeys), [loginKeys]: { body: keySet } },
    jwksUrl: loginKeys,
    issuer: login,
    fetched: [doc(loginOidc, 200, 'application/json', `OpenID Connect discovery metadata for issuer ${login}`), jwksDoc(loginKeys)],
  },
  {
    name: 'an issuer that ends in a slash, found through OpenID Connect discovery',
    url: 'https://tenant.auth0.com/',
    routes: {
      'https://tenant.auth0.com/.well-known/openid-configuration': metadata('https://tenant.auth0.com/', 'https://tenant.auth0.com/.well-known/jwks.json'),
      'https://tenant.auth0.com/.well-known/jwks.json': { body: keySet },
    },
    jwksUrl: 'https://tenant.auth0.com/.well-known/jwks.json',
    issuer: 'https://tenant.auth0.com/',
    fetched: [
      doc('https://tenant.auth0.com/.well-known/openid-configuration', 200, 'application/json', 'OpenID Connect discovery metadata for issuer https://tenant.auth0.com/'),
      jwksDoc('https://tenant.auth0.com/.well-known/jwks.json'),
    ],
  },
  {
    name: 'an issuer with a path, found through RFC 8414 after OpenID Connect discovery fails',
    url: 'https://as.example.com/tenant1',
    routes: {
      'https://as.example.com/.well-known/oauth-authorization-server/tenant1': metadata('https://as.example.com/tenant1', 'https://as.example.com/tenant1/jwks'),
      'https://as.example.com/tenant1/jwks': { body: keySet },
    },
    jwksUrl: 'https://as.example.com/tenant1/jwks',
    issuer: 'https://as.example.com/tenant1',
    fetched: [
      notFoundDoc('https://as.example.com/tenant1/.well-known/openid-configuration'),
      doc('https://as.example.com/.well-known/oauth-authorization-server/tenant1', 200, 'application/json', 'RFC 8414 authorization server metadata for issuer https://as.example.com/tenant1'),
      jwksDoc('https://as.example.com/tenant1/jwks'),
    ],
  },
  {
    name: 'an issuer whose page blocks cross-origin reads, which is never requested',
    url: login,
    routes: { [login]: 'network-error', [loginOidc]: metadata(login, loginKeys), [loginKeys]: { body: keySet } },
    jwksUrl: loginKeys,
    issuer: login,
    fetched: [doc(loginOidc, 200, 'application/json', `OpenID Connect discovery metadata for issuer ${login}`), jwksDoc(loginKeys)],
  },
  {
    name: 'discovery metadata at a URL of its own, followed though its issuer differs from that URL',
    url: 'https://config.example.com/oidc.json',
    routes: { 'https://config.example.com/oidc.json': metadata(login, loginKeys), [loginKeys]: { body: keySet } },
    jwksUrl: loginKeys,
    issuer: login,
    fetched: [
      doc('https://config.example.com/oidc.json', 200, 'application/json', `discovery metadata for issuer ${login}; its issuer differs from the URL entered, followed anyway`),
      jwksDoc(loginKeys),
    ],
  },
  {
    name: 'the RFC 8414 segment after the issuer path, which is no well-known URL, followed as metadata',
    url: 'https://as.example.com/tenant1/.well-known/oauth-authorization-server',
    routes: {
      'https://as.example.com/tenant1/.well-known/oauth-authorization-server': metadata('https://as.example.com/tenant1', 'https://as.example.com/tenant1/jwks'),
      'https://as.example.com/tenant1/jwks': { body: keySet },
    },
    jwksUrl: 'https://as.example.com/tenant1/jwks',
    issuer: 'https://as.example.com/tenant1',
    fetched: [
      doc(
        'https://as.example.com/tenant1/.well-known/oauth-authorization-server',
        200,
        'application/json',
        'RFC 8414 authorization server metadata for issuer https://as.example.com/tenant1; its issuer differs from the URL entered, followed anyway',
      ),
      jwksDoc('https://as.example.com/tenant1/jwks'),
    ],
  },
  {
    name: 'plain http on localhost (Keycloak in development)',
    url: 'http://localhost:8080/realms/dev/.well-known/openid-configuration',
    routes: {
      'http://localhost:8080/realms/dev/.well-known/openid-configuration': metadata('http://localhost:8080/realms/dev', 'http://localhost:8080/realms/dev/protocol/openid-connect/certs'),
      'http://localhost:8080/realms/dev/protocol/openid-connect/certs': { body: keySet },
    },
    jwksUrl: 'http://localhost:8080/realms/dev/protocol/openid-connect/certs',
    issuer: 'http://localhost:8080/realms/dev',
    fetched: [
      doc('http://localhost:8080/realms/dev/.well-known/openid-configuration', 200, 'application/json', 'OpenID Connect discovery metadata for issuer http://localhost:8080/realms/dev'),
      jwksDoc('http://localhost:8080/realms/dev/protocol/openid-connect/certs'),
    ],
  },
  ...['http://127.0.0.1:8080/jwks', 'http://127.1.2.3/jwks', 'http://[::1]:3000/jwks', 'http://keycloak.localhost/jwks'].map((url) => ({
    name: `plain http on a local host: ${url}`,
    url,
    routes: { [url]: { body: keySet } },
    jwksUrl: url,
    fetched: [jwksDoc(url)],
  })),
  {
    name: 'a redirect, recorded with the URL that answered',
    url: 'https://example.com/jwks',
    routes: { 'https://example.com/jwks': { body: keySet, redirectedTo: 'https://cdn.example.com/jwks.json' } },
    jwksUrl: 'https://example.com/jwks',
    fetched: [{ ...jwksDoc('https://example.com/jwks'), redirectedTo: 'https://cdn.example.com/jwks.json' }],
  },
]

describe('fetchJwks finds the keys', () => {
  it.each(successCases)('$name', async ({ url, routes, jwksUrl, issuer, keys = [rsaKey, ecKey], fetched }) => {
    const { fetchFn, requests } = stubFetch(routes)
    const value = { jwks: { keys }, jwksUrl, fetched, ...(issuer === undefined ? {} : { issuer }) }
    expect(await fetchJwks(url, fetchFn)).toEqual({ ok: true, value })
    expect(requests.map((request) => request.url)).toEqual(fetched.map((fetchedDocument) => fetchedDocument.url))
  })

  it('asks without credentials, follows redirects, asks for JSON and gives up after 15 seconds', async () => {
    const { fetchFn, requests } = stubFetch({ [loginOidc]: metadata(login, loginKeys), [loginKeys]: { body: keySet } })
    await fetchJwks(loginOidc, fetchFn)
    expect(requests).toHaveLength(2)
    for (const { init } of requests) {
      expect(init).toEqual({ credentials: 'omit', redirect: 'follow', headers: { accept: 'application/json' }, signal: expect.any(AbortSignal) })
      expect(init?.signal?.aborted).toBe(false)
    }
  })

  it.each([
    [
      'an issuer: OpenID Connect discovery first, then RFC 8414, never the issuer itself',
      'https://as.example.com/tenant1',
      ['https://as.example.com/tenant1/.well-known/openid-configuration', 'https://as.example.com/.well-known/oauth-authorization-server/tenant1'],
    ],
    ['an issuer without a path', login, [loginOidc, loginRfc8414]],
    ['an issuer with a trailing slash', `${login}/`, [loginOidc, loginRfc8414]],
    ['a JWKS URL ending in .json', 'https://tenant.example.com/keys.json', ['https://tenant.example.com/keys.json']],
    ['Google\'s certs', 'https://www.googleapis.com/oauth2/v3/certs', ['https://www.googleapis.com/oauth2/v3/certs']],
    ['Firebase\'s jwk path', 'https://www.googleapis.com/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com', ['https://www.googleapis.com/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com']],
    ['Keycloak\'s certs', 'https://sso.example.com/realms/dev/protocol/openid-connect/certs', ['https://sso.example.com/realms/dev/protocol/openid-connect/certs']],
    ['a URL with a query', 'https://login.example.com/common/discovery/keys?appid=1', ['https://login.example.com/common/discovery/keys?appid=1']],
  ])('requests in order for %s', async (_name, url, order) => {
    // Every URL answers a key set: a URL fetched as it is ends the search; a well-known URL that answers no metadata does not.
    const { fetchFn, requests } = stubFetch(Object.fromEntries(order.map((entry) => [entry, { body: keySet }])))
    await fetchJwks(url, fetchFn)
    expect(requests.map((request) => request.url)).toEqual(order)
  })
})

interface FailureCase {
  name: string
  url: string
  routes?: Record<string, Route>
  code: JwksFailureCode
  message: string
  fetched?: FetchedDocument[]
}

const copyJson = 'Open the URL in a new tab; if it loads there, copy the JSON into the key box instead.'
const noIssuerEither = 'No discovery metadata could be read for it as an issuer either: check the URL, or enter the JWKS URL itself.'
const mustMatch =
  'The two must match (OpenID Connect Discovery §4.3, RFC 8414 §3.3), so its keys are not used: check that the URL belongs to the issuer your token names.'
const checkKeySet = 'Check that the URL is the key set of the issuer your token names.'
const wellKnownKeys = 'https://example.com/.well-known/jwks.json' // no issuer lives under /.well-known/, so no fallback

const failureCases: FailureCase[] = [
  // The URL itself
  { name: 'blank', url: '  ', code: 'invalid-url', message: 'There is no URL to fetch. Enter a JWKS URL, an issuer URL or a discovery URL.', fetched: [] },
  {
    name: 'not a URL',
    url: 'login.example.com/keys',
    code: 'invalid-url',
    message: '"login.example.com/keys" is not a URL. Enter a full address starting with https://.',
    fetched: [],
  },
  {
    name: 'host and port without a scheme (parses as a "localhost:" scheme)',
    url: 'localhost:8080/jwks',
    code: 'invalid-url',
    message: '"localhost:8080/jwks" is not an https URL. Enter a full address starting with https://.',
  },
  { name: 'another scheme', url: 'ftp://example.com/jwks', code: 'invalid-url', message: '"ftp://example.com/jwks" is not an https URL. Enter a full address starting with https://.' },
  {
    name: 'credentials in the URL',
    url: 'https://user:secret@example.com/jwks',
    code: 'invalid-url',
    message: 'https://user:secret@example.com/jwks contains a user name or password. Remove it: keys are public, and this page never sends credentials.',
    fetched: [],
  },
  ...['http://login.example.com/keys', 'http://localhost.example.com/keys', 'http://10.0.0.1/keys'].map((url) => ({
    name: `plain http on a remote host: ${url}`,
    url,
    code: 'insecure-url' as const,
    message: `${url} uses plain http, so the keys could be swapped in transit: use its https address. Plain http is accepted only for local development hosts such as localhost and 127.0.0.1.`,
    fetched: [],
  })),

  // Issuer checks
  {
    name: 'OpenID Connect discovery metadata for another issuer',
    url: loginOidc,
    routes: { [loginOidc]: metadata('https://evil.example.com', 'https://evil.example.com/keys') },
    code: 'issuer-mismatch',
    message: `The discovery metadata at ${loginOidc} is for the issuer https://evil.example.com, but its URL belongs to the issuer ${login}. ${mustMatch}`,
    fetched: [doc(loginOidc, 200, 'application/json', 'OpenID Connect discovery metadata for issuer https://evil.example.com; its issuer does not match')],
  },
  {
    name: 'RFC 8414 metadata for another tenant',
    url: 'https://as.example.com/.well-known/oauth-authorization-server/tenant1',
    routes: { 'https://as.example.com/.well-known/oauth-authorization-server/tenant1': metadata('https://as.example.com/tenant2', 'https://as.example.com/tenant2/jwks') },
    code: 'issuer-mismatch',
    message: `The discovery metadata at https://as.example.com/.well-known/oauth-authorization-server/tenant1 is for the issuer https://as.example.com/tenant2, but its URL belongs to the issuer https://as.example.com/tenant1. ${mustMatch}`,
  },
  {
    name: 'well-known metadata without an issuer',
    url: loginOidc,
    routes: { [loginOidc]: json({ jwks_uri: loginKeys }) },
    code: 'issuer-mismatch',
    message: `The discovery metadata at ${loginOidc} has no "issuer" string, so it cannot be matched to the issuer ${login}. Metadata must name its issuer (OpenID Connect Discovery §4.3, RFC 8414 §3.3), so its keys are not used: enter the issuer's JWKS URL instead if you trust it.`,
  },
  {
    name: 'an issuer whose discovery metadata names another issuer',
    url: login,
    routes: { [login]: htmlPage, [loginOidc]: metadata('https://other.example.com', 'https://other.example.com/keys') },
    code: 'issuer-mismatch',
    message: `The discovery metadata at ${loginOidc} is for the issuer https://other.example.com, not ${login}. ${mustMatch}`,
    fetched: [
      doc(loginOidc, 200, 'application/json', 'OpenID Connect discovery metadata for issuer https://other.example.com; its issuer does not match'),
      notFoundDoc(loginRfc8414),
    ],
  },
  {
    name: 'an issuer entered without the trailing slash its metadata has',
    url: 'https://tenant.auth0.com',
    routes: { 'https://tenant.auth0.com/.well-known/openid-configuration': metadata('https://tenant.auth0.com/', 'https://tenant.auth0.com/.well-known/jwks.json') },
    code: 'issuer-mismatch',
    message:
      'The discovery metadata at https://tenant.auth0.com/.well-known/openid-configuration is for the issuer https://tenant.auth0.com/, which differs from https://tenant.auth0.com only in the trailing slash. Issuers are compared exactly (OpenID Connect Discovery §4.3, RFC 8414 §3.3), so enter https://tenant.auth0.com/, the "iss" its tokens carry.',
  },
  {
    name: 'an issuer entered with a trailing slash its metadata lacks',
    url: `${login}/`,
    routes: { [loginOidc]: metadata(login, loginKeys) },
    code: 'issuer-mismatch',
    message: `The discovery metadata at ${loginOidc} is for the issuer ${login}, which differs from ${login}/ only in the trailing slash. Issuers are compared exactly (OpenID Connect Discovery §4.3, RFC 8414 §3.3), so enter ${login}, the "iss" its tokens carry.`,
  },

  // Network, timeouts and HTTP errors
  {
    name: 'a network error or CORS block on a JWKS URL, after trying it as an issuer too',
    url: 'https://keys.example.com/jwks.json',
    routes: { 'https://keys.example.com/jwks.json': 'network-error' },
    code: 'network',
    message: `The browser could not read https://keys.example.com/jwks.json: the server is unreachable, or it does not let pages on other sites read it (CORS). ${copyJson}`,
    fetched: [
      doc('https://keys.example.com/jwks.json', null, null, 'network error or CORS block'),
      notFoundDoc('https://keys.example.com/jwks.json/.well-known/openid-configuration'),
      notFoundDoc('https://keys.example.com/.well-known/oauth-authorization-server/jwks.json'),
    ],
  },
  {
    name: 'a network error or CORS block on a discovery URL',
    url: loginOidc,
    routes: { [loginOidc]: 'network-error' },
    code: 'network',
    message: `The browser could not read ${loginOidc}: the server is unreachable, or it does not let pages on other sites read it (CORS). Open the URL in a new tab; if it loads there, open its "jwks_uri" too and copy that JSON into the key box.`,
  },
  {
    name: 'a network error or CORS block on the jwks_uri',
    url: loginOidc,
    routes: { [loginOidc]: metadata(login, loginKeys), [loginKeys]: 'network-error' },
    code: 'network',
    message: `The browser could not read ${loginKeys}: the server is unreachable, or it does not let pages on other sites read it (CORS). ${copyJson}`,
    fetched: [doc(loginOidc, 200, 'application/json', `OpenID Connect discovery metadata for issuer ${login}`), doc(loginKeys, null, null, 'network error or CORS block')],
  },
  {
    name: 'a timeout, without guessing issuer URLs afterwards',
    url: loginKeys,
    routes: { [loginKeys]: 'timeout' },
    code: 'timeout',
    message: `${loginKeys} did not answer within 15 seconds. Try again later, or open it in a new tab and copy the JSON into the key box instead.`,
    fetched: [doc(loginKeys, null, null, 'no answer within 15 seconds')],
  },
  {
    name: 'an abort, as older browsers report a timeout',
    url: loginOidc,
    routes: { [loginOidc]: metadata(login, loginKeys), [loginKeys]: 'abort' },
    code: 'timeout',
    message: `${loginKeys} did not answer within 15 seconds. Try again later, or open it in a new tab and copy the JSON into the key box instead.`,
    fetched: [doc(loginOidc, 200, 'application/json', `OpenID Connect discovery metadata for issuer ${login}`), doc(loginKeys, null, null, 'no answer within 15 seconds')],
  },
  {
    name: '404 on a JWKS URL that is no issuer either',
    url: loginKeys,
    code: 'http-status',
    message: `${loginKeys} answered 404 Not Found. ${noIssuerEither}`,
    fetched: [notFoundDoc(loginKeys), notFoundDoc(`${loginKeys}/.well-known/openid-configuration`), notFoundDoc(`${loginRfc8414}/keys`)],
  },
  {
    name: '404 on a URL with a query, which cannot be an issuer',
    url: 'https://example.com/jwks?tenant=1',
    code: 'http-status',
    message: 'https://example.com/jwks?tenant=1 answered 404 Not Found. Check the path, or enter the issuer URL or its discovery URL instead.',
    fetched: [notFoundDoc('https://example.com/jwks?tenant=1')],
  },
  {
    name: '404 on a discovery URL',
    url: loginOidc,
    code: 'http-status',
    message: `${loginOidc} answered 404 Not Found. The issuer may not publish OpenID Connect or RFC 8414 metadata: enter its JWKS URL instead.`,
  },
  {
    name: '404 on the jwks_uri',
    url: loginOidc,
    routes: { [loginOidc]: metadata(login, loginKeys) },
    code: 'http-status',
    message: `${loginKeys} answered 404 Not Found. The discovery metadata names a key set that is not there: find the JWKS URL in the issuer's documentation.`,
  },
  {
    name: '401',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: { status: 401, body: '{"error":"unauthorized"}' } },
    code: 'http-status',
    message: `${wellKnownKeys} answered 401 Unauthorized. Keys and discovery metadata are public, so this page never sends credentials: check that the URL is the public one.`,
    fetched: [doc(wellKnownKeys, 401, 'application/json', 'HTTP error 401 Unauthorized')],
  },
  {
    name: '503',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: { status: 503, body: '' } },
    code: 'http-status',
    message: `${wellKnownKeys} answered 503 Service Unavailable. The server failed: try again later.`,
  },
  {
    name: 'a status without a known reason phrase',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: { status: 418, body: '' } },
    code: 'http-status',
    message: `${wellKnownKeys} answered 418. Check the URL.`,
  },

  // Documents that are not what was asked for
  {
    name: 'an HTML login page after a redirect',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: { ...htmlPage, redirectedTo: 'https://example.com/login?next=%2F.well-known%2Fjwks.json' } },
    code: 'not-json',
    message: `${wellKnownKeys} (redirected to https://example.com/login?next=%2F.well-known%2Fjwks.json) answered an HTML page (text/html; charset=utf-8), not JSON: perhaps a login or error page. Check that the URL leads to the JSON document itself.`,
    fetched: [{ ...doc(wellKnownKeys, 200, 'text/html; charset=utf-8', 'HTML page, not JSON'), redirectedTo: 'https://example.com/login?next=%2F.well-known%2Fjwks.json' }],
  },
  {
    name: 'HTML without a content type',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: { contentType: null, body: '\n<html><body>hi</body></html>' } },
    code: 'not-json',
    message: `${wellKnownKeys} answered an HTML page (no content type), not JSON: perhaps a login or error page. Check that the URL leads to the JSON document itself.`,
    fetched: [doc(wellKnownKeys, 200, null, 'HTML page, not JSON')],
  },
  {
    name: 'an issuer with no discovery metadata, whose own page is never requested',
    url: login,
    routes: { [login]: htmlPage },
    code: 'http-status',
    message: `No discovery metadata was found for the issuer ${login}. ${loginOidc} answered 404 Not Found. ${loginRfc8414} answered 404 Not Found. Check the issuer URL, or enter its JWKS URL instead (it often ends in /jwks.json, /certs or /keys).`,
    fetched: [notFoundDoc(loginOidc), notFoundDoc(loginRfc8414)],
  },
  {
    name: 'text that is not JSON',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: { contentType: 'text/plain', body: 'hello' } },
    code: 'not-json',
    message: `${wellKnownKeys} did not answer JSON (text/plain): at line 1, column 1, expected a value (an object, array, string, number, true, false or null), found "h". Check the URL.`,
    fetched: [doc(wellKnownKeys, 200, 'text/plain', 'not JSON')],
  },
  {
    name: 'broken JSON',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: { body: '{"keys": [\n  {"kty": "EC",}\n]}' } },
    code: 'not-json',
    message: `${wellKnownKeys} did not answer JSON (application/json): at line 2, column 16, expected a member name in double quotes, found "}". Check the URL.`,
  },
  {
    name: 'an empty body',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: { body: ' \n' } },
    code: 'not-json',
    message: `${wellKnownKeys} answered an empty body (application/json), not JSON. Check the URL.`,
    fetched: [doc(wellKnownKeys, 200, 'application/json', 'empty, not JSON')],
  },
  {
    name: 'a body over 1 MB',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: { body: `{"keys":[],"padding":"${'x'.repeat(1_000_000)}"}` } },
    code: 'too-large',
    message: `${wellKnownKeys} answered more than 1 MB, far more than any JWK Set or discovery metadata, so it was not used. Check the URL.`,
    fetched: [doc(wellKnownKeys, 200, 'application/json', 'over 1 MB, not used')],
  },
  {
    name: 'a Content-Length over 1 MB, refused before reading',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: { body: keySet, contentLength: 5_000_000 } },
    code: 'too-large',
    message: `${wellKnownKeys} answered more than 1 MB, far more than any JWK Set or discovery metadata, so it was not used. Check the URL.`,
    fetched: [doc(wellKnownKeys, 200, 'application/json', 'over 1 MB, not read')],
  },
  {
    name: 'JSON that is neither a JWK Set nor metadata',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: json({ hello: 'world' }) },
    code: 'not-jwks',
    message: `${wellKnownKeys} answered JSON that is neither a JWK Set (it has no "keys") nor discovery metadata (it has no "jwks_uri"). Enter a JWKS URL, an issuer URL or a discovery URL.`,
    fetched: [doc(wellKnownKeys, 200, 'application/json', 'JSON object, neither a JWK Set nor discovery metadata')],
  },
  {
    name: 'a JSON array',
    url: wellKnownKeys,
    routes: { [wellKnownKeys]: json([rsaKey]) },
    code: 'not-jwks',
    message: `${wellKnownKeys} answered JSON that is an array, not a JWK Set or discovery metadata. Enter a JWKS URL, an issuer URL or a discovery URL.`,
    fetched: [doc(wellKnownKeys, 200, 'application/json', 'JSON that is an array')],
  },
  {
    name: 'a single JWK, without trying it as an issuer',
    url: 'https://example.com/key.json',
    routes: { 'https://example.com/key.json': json(ecKey) },
    code: 'not-jwks',
    message: 'https://example.com/key.json answered a single JWK, not a JWK Set. Copy it into the key box instead.',
    fetched: [doc('https://example.com/key.json', 200, 'application/json', 'a single JWK (kty EC), not a JWK Set')],
  },
  {
    name: 'a discovery URL that answers something else',
    url: loginOidc,
    routes: { [loginOidc]: json({ status: 'ok' }) },
    code: 'not-metadata',
    message: `${loginOidc} answered JSON that is not discovery metadata: it has neither "issuer" nor "jwks_uri". Enter the issuer's JWKS URL instead.`,
  },
  {
    name: 'a discovery URL that answers an array',
    url: loginOidc,
    routes: { [loginOidc]: json([]) },
    code: 'not-metadata',
    message: `${loginOidc} answered JSON that is an array, not a discovery metadata object. Enter the issuer's JWKS URL instead.`,
  },

  // Metadata that names no usable key set
  {
    name: 'metadata without jwks_uri',
    url: loginOidc,
    routes: { [loginOidc]: metadata(login) },
    code: 'no-jwks-uri',
    message: `The discovery metadata at ${loginOidc} has no "jwks_uri", so it names no key set. Find the issuer's JWKS URL in its documentation and enter it, or paste its keys into the key box.`,
    fetched: [doc(loginOidc, 200, 'application/json', `OpenID Connect discovery metadata for issuer ${login}, without a jwks_uri`)],
  },
  {
    name: 'metadata whose jwks_uri is not a string',
    url: loginOidc,
    routes: { [loginOidc]: json({ issuer: login, jwks_uri: ['https://a'] }) },
    code: 'no-jwks-uri',
    message: `The discovery metadata at ${loginOidc} has a "jwks_uri" that is an array, not a URL. Find the issuer's JWKS URL in its documentation and enter it, or paste its keys into the key box.`,
  },
  {
    name: 'metadata with a relative jwks_uri',
    url: loginOidc,
    routes: { [loginOidc]: metadata(login, '/keys') },
    code: 'invalid-jwks-uri',
    message: `The discovery metadata at ${loginOidc} gives a "jwks_uri" that is not an https URL: "/keys". Find the issuer's JWKS URL in its documentation and enter it instead.`,
  },
  {
    name: 'metadata with a plain http jwks_uri on a remote host',
    url: loginOidc,
    routes: { [loginOidc]: metadata(login, 'http://login.example.com/keys') },
    code: 'insecure-url',
    message: `The discovery metadata at ${loginOidc} gives a plain http "jwks_uri", http://login.example.com/keys, so the keys could be swapped in transit. Only local development hosts may use http: ask the issuer for an https "jwks_uri".`,
    fetched: [doc(loginOidc, 200, 'application/json', `OpenID Connect discovery metadata for issuer ${login}`)],
  },
  {
    name: 'a jwks_uri that answers something other than a JWK Set',
    url: loginOidc,
    routes: { [loginOidc]: metadata(login, loginKeys), [loginKeys]: json(ecKey) },
    code: 'not-jwks',
    message: `${loginKeys}, the "jwks_uri" of the discovery metadata, answered JSON without "keys", so it is not a JWK Set. Find the issuer's JWKS URL in its documentation and enter it instead.`,
  },

  // JWK Sets that are not usable
  {
    name: 'an empty JWK Set',
    url: loginKeys,
    routes: { [loginKeys]: json({ keys: [] }) },
    code: 'empty-key-set',
    message: `The JWK Set at ${loginKeys} has no keys. The issuer publishes no public keys there; a token signed with a shared secret (HS256 and the like) is checked with that secret instead.`,
    fetched: [doc(loginKeys, 200, 'application/json', 'JWK Set with no keys')],
  },
  {
    name: 'an empty JWK Set behind discovery',
    url: loginOidc,
    routes: { [loginOidc]: metadata(login, loginKeys), [loginKeys]: json({ keys: [] }) },
    code: 'empty-key-set',
    message: `The JWK Set at ${loginKeys} has no keys. The issuer publishes no public keys there; a token signed with a shared secret (HS256 and the like) is checked with that secret instead.`,
  },
  {
    name: 'a key without kty',
    url: loginKeys,
    routes: { [loginKeys]: json({ keys: [rsaKey, { kid: 'x', n: 'abc', e: 'AQAB' }] }) },
    code: 'invalid-key-set',
    message: `Key 2 of the JWK Set at ${loginKeys} is not a JWK: it has no "kty" member. ${checkKeySet}`,
    fetched: [doc(loginKeys, 200, 'application/json', 'JWK Set with 2 keys')],
  },
  {
    name: 'a key whose kty is a number',
    url: loginKeys,
    routes: { [loginKeys]: json({ keys: [{ kty: 3 }] }) },
    code: 'invalid-key-set',
    message: `Key 1 of the JWK Set at ${loginKeys} is not a JWK: its "kty" is a number, not a string. ${checkKeySet}`,
  },
  {
    name: 'a key that is a string',
    url: loginKeys,
    routes: { [loginKeys]: json({ keys: [ecKey, rsaKey, '-----BEGIN PUBLIC KEY-----'] }) },
    code: 'invalid-key-set',
    message: `Key 3 of the JWK Set at ${loginKeys} is not a JWK: it is a string, not an object. ${checkKeySet}`,
  },
  {
    name: '"keys" that is not an array',
    url: loginKeys,
    routes: { [loginKeys]: json({ keys: rsaKey }) },
    code: 'invalid-key-set',
    message: `The "keys" of ${loginKeys} is an object, not an array of JWKs. ${checkKeySet}`,
    fetched: [doc(loginKeys, 200, 'application/json', 'JSON whose "keys" is an object, not an array')],
  },
]

describe('fetchJwks explains what went wrong', () => {
  it.each(failureCases)('$name', async ({ url, routes, code, message, fetched }) => {
    const { fetchFn, requests } = stubFetch(routes ?? {})
    const result = await fetchJwks(url, fetchFn)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).toBe(message)
    expect(result.error.code).toBe(code)
    if (fetched !== undefined) expect(result.error.fetched).toEqual(fetched)
    expect(requests.map((request) => request.url)).toEqual(result.error.fetched.map((fetchedDocument) => fetchedDocument.url))
  })

  it('rethrows what it does not expect from fetch', async () => {
    const { fetchFn } = stubFetch({ [loginKeys]: 'range-error' })
    await expect(fetchJwks(loginKeys, fetchFn)).rejects.toThrow(new RangeError('a bug'))
  })
})
