import { describe, expect, it } from 'vitest'
import { findTokens } from '../../../src/core/find/find-tokens'
import type { FoundToken } from '../../../src/core/find/found-token'
import { encodeBase64url, encodeBase64urlText } from '../../../src/core/encoding/base64url'
import { makeToken, rfc7519Token, rfc7519Unsecured } from '../../fixtures/tokens'
import { rfc7516A1, rfc7515A3Es256Jws, rfc7520DetachedSignature, rfc7520DirectEncryption } from '../../fixtures/rfc-vectors'
import { mainPresentation, mainSdJwt } from '../../fixtures/sd-jwt-examples'
import { toBase64 } from '../../fixtures/har-fixtures'

// Readable tokens for the examples; `access`, `id` and `refresh` are signed-looking JWS.
const access = makeToken({ alg: 'RS256', typ: 'at+jwt', kid: 'k1' }, { iss: 'https://login.example.test/', sub: 'alice', scope: 'openid' }, 'c2lnbmF0dXJlLWJ5dGVzLWhlcmU')
const id = makeToken({ alg: 'ES256', kid: 'k2' }, { iss: 'https://login.example.test/', sub: 'alice', nonce: 'n-0S6_WzA2Mj' })
const session = makeToken({ alg: 'HS256', typ: 'JWT' }, { sid: 'f81d4fae', exp: 1900000000 })
const jwe = rfc7516A1.compact
const sdJwtKb = mainPresentation

/** The rows as `[token, kind, sources]`, the way the page shows them. */
const rows = (text: string) => findTokens(text).tokens.map(({ token, kind, sources }) => [token, kind, sources.join(', ')])
const tokensIn = (text: string) => findTokens(text).tokens.map((row: FoundToken) => row.token)

describe('what counts as a token', () => {
  it.each([
    ['a signed JWS', rfc7519Token, 'jws'],
    ['a JWS whose payload is not JSON', makeToken({ alg: 'HS256' }, 'just some text'), 'jws'],
    ['a JWS with a detached payload', rfc7520DetachedSignature.compact!, 'jws'],
    ['an unsecured JWS with its trailing dot', rfc7519Unsecured, 'unsecured'],
    ['a JWE', jwe, 'jwe'],
    ['a JWE with an empty encrypted key (dir)', rfc7520DirectEncryption.compact, 'jwe'],
    ['an SD-JWT with its disclosures', mainSdJwt, 'sd-jwt'],
    ['an SD-JWT+KB', sdJwtKb, 'sd-jwt'],
    ['an SD-JWT without disclosures', `${rfc7515A3Es256Jws}~`, 'sd-jwt'],
    ['a header with whitespace before its brace', makeToken('  {"alg":"HS256"}', { a: 1 }), 'jws'],
    ['an unencoded payload (RFC 7797) of any length', `${encodeBase64urlText('{"alg":"HS256","b64":false,"crit":["b64"]}')}.hello.${'A'.repeat(43)}`, 'jws'],
  ])('%s', (_name, token, kind) => {
    expect(rows(`before ${token} after`)).toEqual([[token, kind, 'text']])
  })

  it.each([
    ['a Flask session cookie', 'eyJ1c2VyX2lkIjo0Mn0.Z1Nq8g.7Kd6mO0a3fX2yqVn9S8tq6b9W2E'],
    ['a compressed itsdangerous cookie', '.eJyrVkrLz1eyUkpKLFKqBQAfhgRt.Z1Nq8g.3Pw8Ktj7CNAg6lrHT5yA2QwIHxQ'],
    ['an opaque refresh token', '8xLOxBtZp8.Qx6YvWn4cKv3a.XwP_3mP0WNzRZ4gM1dP5eD2'],
    ['a UUID', 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6'],
    ['a version number', 'v1.2.3 and 10.0.19045.4529'],
    ['base64 with dots', 'SGVsbG8sIHdvcmxkIQ.SGVsbG8sIHdvcmxkIQ.SGVsbG8sIHdvcmxkIQ'],
    ['a header alone', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'],
    ['a header and a payload', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0'],
    ['a signed token with its signature cut off', `${rfc7519Token.slice(0, rfc7519Token.lastIndexOf('.') + 1)}`],
    ['a token with a part cut to an impossible length', rfc7519Token.slice(0, -2)],
    ['a token cut inside its header', rfc7519Token.slice(10)],
    ['a header that is a JSON array', makeToken(['HS256'], { a: 1 })],
    ['a header without alg', makeToken({ typ: 'JWT' }, { a: 1 })],
    ['a header whose alg is not a string', makeToken({ alg: 256 }, { a: 1 })],
    ['a header that is not JSON', makeToken('{alg:HS256}', { a: 1 })],
    ['a JWE header on three parts', makeToken({ alg: 'dir', enc: 'A128GCM' }, { a: 1 })],
    ['a JWE with an empty ciphertext', jwe.split('.').map((part, i) => (i === 3 ? '' : part)).join('.')],
  ])('not %s', (_name, text) => {
    expect(tokensIn(`see ${text}, and "${text}".`)).toEqual([])
  })

  it.each([
    ['double quotes', `"${rfc7519Token}"`],
    ['single quotes', `'${rfc7519Token}'`],
    ['a comma', `${rfc7519Token}, then`],
    ['a full stop', `It was ${rfc7519Token}.`],
    ['brackets', `[${rfc7519Token}]`],
    ['parentheses', `(${rfc7519Token})`],
    ['angle brackets', `<${rfc7519Token}>`],
    ['an ellipsis', `...${rfc7519Token}...`],
    ['backticks', `\`${rfc7519Token}\``],
  ])('is the token without %s around it', (_name, text) => {
    expect(tokensIn(text)).toEqual([rfc7519Token])
  })

  it('keeps the trailing dot of an unsecured token before a full stop', () => {
    expect(tokensIn(`The token was ${rfc7519Unsecured}.`)).toEqual([rfc7519Unsecured])
    expect(tokensIn(`The token was ${rfc7519Unsecured}`)).toEqual([rfc7519Unsecured])
  })

  it('ends an SD-JWT at its last well-formed part', () => {
    expect(tokensIn(`${mainSdJwt}.`)).toEqual([mainSdJwt])
    expect(tokensIn(`${rfc7515A3Es256Jws}~WyJzYWx0IiwibmFtZSJd~bm90IGEgZGlzY2xvc3VyZQ~`)).toEqual([`${rfc7515A3Es256Jws}~WyJzYWx0IiwibmFtZSJd~`])
    // A broken key-binding JWT is left off, and the SD-JWT ends at the "~" before it.
    expect(tokensIn(`${mainSdJwt}eyJhbGciOiJFUzI1NiJ9.eyJub25jZSI6IjEifQ`)).toEqual([mainSdJwt])
  })

  it('finds tokens side by side in one run of characters', () => {
    expect(tokensIn(`${rfc7519Token}.${session}`)).toEqual([rfc7519Token, session])
  })

  it('finds nothing in empty or token-free text', () => {
    expect(findTokens('')).toEqual({ tokens: [], truncated: false })
    expect(findTokens('no tokens here, only words. And eyJ.')).toEqual({ tokens: [], truncated: false })
  })
})

describe('one row per token', () => {
  it('lists a token found in several places once, with every place in the order met', () => {
    const text = `Authorization: Bearer ${access}\nCookie: at=${access}; id=${id}\n\n{"access_token":"${access}","id_token":"${id}"}`
    expect(rows(text)).toEqual([
      [access, 'jws', 'authorization-header, cookie:at, json:access_token'],
      [id, 'jws', 'cookie:id, json:id_token'],
    ])
  })

  it('lists a place once however often the token stands there', () => {
    expect(rows(`${session} ${session}\n${session}`)).toEqual([[session, 'jws', 'text']])
  })

  it('lists tokens in the claims of another token after those in the text, at their path in its payload', () => {
    const outer = makeToken({ alg: 'HS256' }, { sub: 'alice', act: { token: id } })
    expect(rows(`first ${outer} then ${session}`)).toEqual([
      [outer, 'jws', 'text'],
      [session, 'jws', 'text'],
      [id, 'jws', 'json:act.token'],
    ])
  })

  it('does not add the claim path to a nested token that also stands in the text', () => {
    const outer = makeToken({ alg: 'HS256' }, { id_token: id })
    expect(rows(`${outer} ${id}`)).toEqual([
      [outer, 'jws', 'text'],
      [id, 'jws', 'text'],
    ])
  })

  it('stops at the token limit and says so', () => {
    const tokens = Array.from({ length: 5 }, (_, i) => makeToken({ alg: 'HS256' }, { i }))
    const result = findTokens(tokens.join('\n'), { maxTokens: 3, maxSourcesPerToken: 100 })
    expect(result.tokens.map((row) => row.token)).toEqual(tokens.slice(0, 3))
    expect(result.truncated).toBe(true)
    expect(findTokens(tokens.join('\n'), { maxTokens: 5, maxSourcesPerToken: 100 }).truncated).toBe(false)
  })

  it('keeps a bounded number of places for one token', () => {
    const text = JSON.stringify(Array.from({ length: 10 }, () => session))
    const result = findTokens(text, { maxTokens: 100, maxSourcesPerToken: 4 })
    expect(result.tokens).toEqual([{ token: session, kind: 'jws', sources: ['json:[0]', 'json:[1]', 'json:[2]', 'json:[3]'] }])
    expect(result.truncated).toBe(true)
  })
})

describe('JSON documents', () => {
  it('names an OAuth token response member by member', () => {
    const response = JSON.stringify({ access_token: access, token_type: 'Bearer', expires_in: 3600, refresh_token: 'tGzv3JOkF0XG5Qx2TlKWIA', id_token: id }, null, 2)
    expect(rows(response)).toEqual([
      [access, 'jws', 'json:access_token'],
      [id, 'jws', 'json:id_token'],
    ])
  })

  it('joins members with dots and puts indexes in brackets', () => {
    const body = JSON.stringify({ data: { items: [{ name: 'a' }, { jwt: session }] }, tokens: [[jwe]] })
    expect(rows(body)).toEqual([
      [session, 'jws', 'json:data.items[1].jwt'],
      [jwe, 'jwe', 'json:tokens[0][0]'],
    ])
  })

  it('quotes a member name that has a dot in it', () => {
    expect(rows(JSON.stringify({ 'https://example.test/claims': { 'id.token': id } }))).toEqual([[id, 'jws', 'json:["https://example.test/claims"]["id.token"]']])
  })

  it('names a token anywhere in a string member by that member', () => {
    expect(rows(JSON.stringify({ headers: { Authorization: `Bearer ${access}` }, redirect: `https://app.example.test/cb#id_token=${id}` }))).toEqual([
      [access, 'jws', 'json:headers.Authorization'],
      [id, 'jws', 'json:redirect'],
    ])
  })

  it('reads a JSON file that starts with a byte order mark', () => {
    expect(rows(`\ufeff{"id_token":"${id}"}`)).toEqual([[id, 'jws', 'json:id_token']])
  })

  it('reads JSON lines among other lines by their paths', () => {
    const log = [
      '2025-12-06T10:00:00.123Z INFO  server started',
      `{"level":"info","msg":"login","user":{"jwt":"${session}"}}`,
      `{"level":"debug","token":"${id}"}`,
      `2025-12-06T10:00:01.000Z stdout F {"msg":"refreshed","tokens":[{"jwt":"${access}"}]}`,
    ].join('\n')
    expect(rows(log)).toEqual([
      [session, 'jws', 'json:user.jwt'],
      [id, 'jws', 'json:token'],
      [access, 'jws', 'json:tokens[0].jwt'],
    ])
  })
})

describe('HTTP messages and header lines', () => {
  it('reads a request dump: request line, headers and a form body', () => {
    const request = [
      `POST /oauth2/token?client_id=app HTTP/1.1`,
      'Host: login.example.test',
      'Content-Type: application/x-www-form-urlencoded',
      `DPoP: ${session}`,
      `Authorization: DPoP ${access}`,
      '',
      `grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${id}`,
    ].join('\r\n')
    expect(rows(request)).toEqual([
      [session, 'jws', 'header:DPoP'],
      [access, 'jws', 'authorization-header'],
      [id, 'jws', 'form:assertion'],
    ])
  })

  it('reads a response dump: status line, Set-Cookie and a JSON body', () => {
    const response = [
      'HTTP/1.1 200 OK',
      'Content-Type: application/json;charset=UTF-8',
      `Set-Cookie: session=${session}; Path=/; Secure; HttpOnly; SameSite=Lax`,
      'Cache-Control: no-store',
      '',
      '{',
      `  "access_token": "${access}",`,
      '  "token_type": "Bearer",',
      `  "id_token": "${id}"`,
      '}',
    ].join('\n')
    expect(rows(response)).toEqual([
      [session, 'jws', 'cookie:session'],
      [access, 'jws', 'json:access_token'],
      [id, 'jws', 'json:id_token'],
    ])
  })

  it.each([
    [`Authorization: Bearer ${access}`, 'authorization-header'],
    [`authorization: ${access}`, 'authorization-header'],
    [`AUTHORIZATION: JWT ${access}`, 'authorization-header'],
    [`X-Api-Token: ${access}`, 'header:X-Api-Token'],
    [`x-amzn-oidc-data: ${access}`, 'header:x-amzn-oidc-data'],
    [`Cookie: theme=dark; at=${access}; other=1`, 'cookie:at'],
    [`Set-Cookie: __Host-at=${access}; Path=/; Secure`, 'cookie:__Host-at'],
    [`Location: https://app.example.test/cb#access_token=${access}&token_type=Bearer`, 'fragment:access_token'],
    [`> Authorization: Bearer ${access}`, 'authorization-header'],
    [`< set-cookie: at=${access}; path=/`, 'cookie:at'],
    [`  Token: "${access}"`, 'header:Token'],
  ])('%s', (line, source) => {
    expect(rows(line)).toEqual([[access, 'jws', source]])
  })

  it('does not take a sentence with a colon for a header', () => {
    expect(rows(`Error: could not verify ${access}.`)).toEqual([[access, 'jws', 'text']])
    expect(rows(`INFO:root:issued token ${access}`)).toEqual([[access, 'jws', 'text']])
  })

  it('names an Authorization header written inside a log line or a dictionary', () => {
    expect(rows(`2025-12-06 10:00:01 DEBUG request headers Authorization: Bearer ${access}`)).toEqual([[access, 'jws', 'authorization-header']])
    expect(rows(`headers={'Authorization': 'Bearer ${access}', 'Accept': '*/*'}`)).toEqual([[access, 'jws', 'authorization-header']])
  })

  it('reads the headers of a "Copy as fetch" call', () => {
    const call = [
      'fetch("https://api.example.test/v1/me", {',
      '  "headers": {',
      '    "accept": "application/json",',
      `    "authorization": "Bearer ${access}",`,
      `    "cookie": "theme=dark; session=${session}; lang=en"`,
      '  },',
      `  "referrer": "https://app.example.test/cb#id_token=${id}",`,
      '  "method": "GET"',
      '});',
    ].join('\n')
    expect(rows(call)).toEqual([
      [access, 'jws', 'authorization-header'],
      [session, 'jws', 'cookie:session'],
      [id, 'jws', 'fragment:id_token'],
    ])
  })

  it('percent-decodes cookie values', () => {
    expect(rows(`Cookie: vp=${sdJwtKb.replaceAll('~', '%7E')}`)).toEqual([[sdJwtKb, 'sd-jwt', 'cookie:vp']])
  })
})

describe('URLs and form bodies', () => {
  it.each([
    [`https://app.example.test/callback#id_token=${id}&state=af0ifjsldkj`, 'fragment:id_token'],
    [`https://app.example.test/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj&id_token=${id}`, 'query:id_token'],
    [`Redirecting to https://app.example.test/cb?token=${id}.`, 'query:token'],
    [`<a href="https://app.example.test/verify?jwt=${id}">verify</a>`, 'query:jwt'],
    [`<a href="https://app.example.test/verify?a=1&amp;jwt=${id}">verify</a>`, 'query:jwt'],
    [`GET /cb?session_state=1#id_token=${id} HTTP/1.1`, 'fragment:id_token'],
    [`#access_token=${id}&token_type=bearer&expires_in=3600`, 'fragment:access_token'],
    [`grant_type=client_credentials&client_assertion=${id}`, 'form:client_assertion'],
    [`id_token=${id}`, 'form:id_token'],
  ])('%s', (text, source) => {
    expect(rows(text)).toEqual([[id, 'jws', source]])
  })

  it('percent-decodes values, so an SD-JWT whose "~" were encoded is found whole', () => {
    expect(rows(`https://verifier.example.test/cb?vp_token=${encodeURIComponent(sdJwtKb).replaceAll('~', '%7E')}&state=1`)).toEqual([[sdJwtKb, 'sd-jwt', 'query:vp_token']])
  })

  it('percent-decodes what it can of a value with a stray "%"', () => {
    expect(rows(`https://verifier.example.test/cb?vp_token=${sdJwtKb.replaceAll('~', '%7E')}%zz&state=1`)).toEqual([[sdJwtKb, 'sd-jwt', 'query:vp_token']])
  })

  it('names a token in a URL path by the place the URL stood', () => {
    expect(rows(`https://app.example.test/magic-link/${id}?utm=mail`)).toEqual([[id, 'jws', 'text']])
    expect(rows(`Location: /magic/${id}`)).toEqual([[id, 'jws', 'header:Location']])
  })

  it('reads a URL by itself when it stands in quotes beside other things', () => {
    expect(rows(`INFO sent redirect='https://app.example.test/cb?a=1',jwt='${id}'`)).toEqual([[id, 'jws', 'text']])
    expect(rows(`INFO sent redirect='https://app.example.test/cb?a=1&jwt=${id}',x=1`)).toEqual([[id, 'jws', 'query:jwt']])
    expect(rows(`INFO sent {"redirect":"https://app.example.test/cb?a=1&jwt=${id}"}`)).toEqual([[id, 'jws', 'json:redirect']])
  })

  it('leaves a pair in running text as text', () => {
    expect(rows(`[2025-12-06 10:00:02] WARN jwt=${id}, user=alice`)).toEqual([[id, 'jws', 'text']])
  })
})

describe('curl commands as browsers copy them', () => {
  it('reads a POSIX shell command (Copy as cURL (bash))', () => {
    const command = [
      `curl 'https://api.example.test/v1/me?access_token=${access}' \\`,
      `  -H 'accept: application/json' \\`,
      `  -H 'authorization: Bearer ${id}' \\`,
      `  -b 'theme=dark; session=${session}' \\`,
      `  --data-raw $'{"receipt":"${jwe}","note":"it\\'s fine"}'`,
    ].join('\n')
    expect(rows(command)).toEqual([
      [access, 'jws', 'query:access_token'],
      [id, 'jws', 'authorization-header'],
      [session, 'jws', 'cookie:session'],
      [jwe, 'jwe', 'json:receipt'],
    ])
  })

  it('reads a cmd.exe command (Copy as cURL (cmd))', () => {
    const command = [
      `curl ^"https://api.example.test/v1/me?access_token=${access}^" ^`,
      `  -H ^"accept: application/json^" ^`,
      `  -H ^"authorization: Bearer ${id}^" ^`,
      `  -b ^"theme=dark; session=${session}^" ^`,
      `  --data-raw ^"^{^\\^"receipt^\\^":^\\^"${jwe}^\\^"^}^"`,
    ].join('\r\n')
    expect(rows(command)).toEqual([
      [access, 'jws', 'query:access_token'],
      [id, 'jws', 'authorization-header'],
      [session, 'jws', 'cookie:session'],
      [jwe, 'jwe', 'json:receipt'],
    ])
  })

  it('reads form data, --oauth2-bearer and a command after a prompt among other lines', () => {
    const text = `Try this:\n$ curl -X POST https://login.example.test/token --data 'grant_type=jwt-bearer&assertion=${id}' --oauth2-bearer ${access}\nand see.`
    expect(rows(text)).toEqual([
      [id, 'jws', 'form:assertion'],
      [access, 'jws', 'authorization-header'],
    ])
  })
})

describe('HAR files', () => {
  const har = (entries: object[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 'Firefox', version: '133.0' }, entries } }, null, 2)
  const request = (extra: object) => ({ method: 'GET', url: 'https://api.example.test/', httpVersion: 'HTTP/1.1', headers: [], cookies: [], queryString: [], headersSize: -1, bodySize: 0, ...extra })
  const response = (extra: object) => ({ status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [], cookies: [], content: { size: 0, mimeType: 'text/plain' }, redirectURL: '', headersSize: -1, bodySize: -1, ...extra })
  const entry = (req: object, res: object = {}) => ({ startedDateTime: '2025-12-06T10:00:00.000Z', time: 10, request: request(req), response: response(res), cache: {}, timings: { send: 0, wait: 1, receive: 0 } })

  it('names request headers, cookies and query parameters', () => {
    const text = har([
      entry({
        url: `https://api.example.test/v1/me?access_token=${access}`,
        headers: [
          { name: 'Authorization', value: `Bearer ${id}` },
          { name: 'Cookie', value: `session=${session}` },
          { name: 'X-Client-Attestation', value: rfc7519Token },
        ],
        cookies: [{ name: 'session', value: session }],
        queryString: [{ name: 'access_token', value: access }],
      }),
    ])
    expect(rows(text)).toEqual([
      [access, 'jws', 'query:access_token'],
      [id, 'jws', 'authorization-header'],
      [session, 'jws', 'cookie:session'],
      [rfc7519Token, 'jws', 'header:X-Client-Attestation'],
    ])
  })

  it('gives the same token for a percent-encoded cookie in the Cookie header and in the cookies list', () => {
    const encoded = sdJwtKb.replaceAll('~', '%7E')
    const text = har([entry({ headers: [{ name: 'Cookie', value: `vp=${encoded}` }], cookies: [{ name: 'vp', value: encoded }] })])
    expect(rows(text)).toEqual([[sdJwtKb, 'sd-jwt', 'cookie:vp']])
  })

  it('names form and JSON request bodies', () => {
    const text = har([
      entry({ method: 'POST', postData: { mimeType: 'application/x-www-form-urlencoded', params: [{ name: 'assertion', value: id }], text: `grant_type=jwt-bearer&assertion=${id}` } }),
      entry({ method: 'POST', postData: { mimeType: 'application/json', text: JSON.stringify({ subject_token: access }) } }),
      entry({ method: 'POST', postData: { mimeType: 'text/plain', text: `token ${session}` } }),
    ])
    expect(rows(text)).toEqual([
      [id, 'jws', 'form:assertion'],
      [access, 'jws', 'json:subject_token'],
      [session, 'jws', 'text'],
    ])
  })

  it('names response headers, cookies, bodies (base64 ones decoded) and redirects', () => {
    const redirect = `https://app.example.test/cb#id_token=${id}&state=s`
    const text = har([
      entry(
        {},
        {
          status: 302,
          headers: [
            { name: 'Set-Cookie', value: `session=${session}; Path=/; HttpOnly\nother=1; Path=/` },
            { name: 'Location', value: redirect },
          ],
          cookies: [{ name: 'session', value: session, path: '/', httpOnly: true }],
          redirectURL: redirect,
        },
      ),
      entry({}, { content: { size: 10, mimeType: 'application/json', text: toBase64(new TextEncoder().encode(JSON.stringify({ data: { items: [{ jwt: access }] } }))), encoding: 'base64' } }),
      entry({}, { content: { size: 10, mimeType: 'application/octet-stream', text: toBase64(new Uint8Array([0xff, 0xfe, 0, ...new TextEncoder().encode(` ${jwe} `), 0x80])), encoding: 'base64' } }),
      entry({}, { content: { size: 10, mimeType: 'application/x-www-form-urlencoded', text: `access_token=${rfc7519Token}&token_type=bearer` } }),
    ])
    expect(rows(text)).toEqual([
      [session, 'jws', 'cookie:session'],
      [id, 'jws', 'fragment:id_token'],
      [access, 'jws', 'json:data.items[0].jwt'],
      [jwe, 'jwe', 'text'],
      [rfc7519Token, 'jws', 'form:access_token'],
    ])
  })

  it('names the parts of a multipart body', () => {
    const boundary = '----WebKitFormBoundary7MA4YWxkTrZu0gW'
    const body = [`--${boundary}`, 'Content-Disposition: form-data; name="grant_type"', '', 'jwt-bearer', `--${boundary}`, 'Content-Disposition: form-data; name="assertion"', '', id, `--${boundary}--`, ''].join('\r\n')
    const text = har([entry({ method: 'POST', postData: { mimeType: `multipart/form-data; boundary=${boundary}`, text: body } })])
    expect(rows(text)).toEqual([[id, 'jws', 'form:assertion']])
    expect(rows(`curl https://a.test --data-binary $'${body.replaceAll('\r\n', '\\r\\n')}'`)).toEqual([[id, 'jws', 'form:assertion']])
  })

  it('lists a token in any other field of a request or response as text', () => {
    const text = har([entry({ comment: `sent with ${session}` }, { statusText: `OK ${id}`, content: { size: 0, mimeType: 'text/plain', comment: access } })])
    expect(rows(text)).toEqual([
      [session, 'jws', 'text'],
      [access, 'jws', 'text'],
      [id, 'jws', 'text'],
    ])
  })

  it('searches what else an entry holds, such as WebSocket messages', () => {
    const text = har([{ ...entry({}), _webSocketMessages: [{ type: 'receive', time: 1, opcode: 1, data: JSON.stringify({ event: 'refresh', token: session }) }] }])
    expect(rows(text)).toEqual([[session, 'jws', 'json:token']])
  })

  it('gives the same places when the HAR is pasted among other text', () => {
    const text = har([entry({ headers: [{ name: 'authorization', value: `Bearer ${id}` }] })])
    expect(rows(`Here is the HAR:\n${text}\nThanks`)).toEqual([[id, 'jws', 'authorization-header']])
  })

  it('finds every token of a generated HAR file with the places it was put', async () => {
    const { buildHar } = await import('../../fixtures/har-fixtures')
    const fixture = buildHar({ targetBytes: 400_000, seed: 7 })
    const found = findTokens(fixture.text)
    expect(found.truncated).toBe(false)
    expect(found.tokens.map(({ token, sources }) => ({ token, sources: [...sources].sort() }))).toEqual(
      fixture.tokens.map(({ token, sources }) => ({ token, sources: [...sources].sort() })),
    )
  })
})

describe('hostile input', () => {
  it('handles a huge run of dots and base64url characters without a token', () => {
    // Each header is followed by a one-character payload, which no base64url decoder accepts.
    const text = `${'eyJhbGciOiJIUzI1NiJ9.A.'.repeat(20_000)}${'A'.repeat(100_001)}`
    expect(tokensIn(text)).toEqual([])
  })

  it('handles unclosed brackets and quotes at the start of many lines', () => {
    const text = `${'{"a": "\n['.repeat(5000)}\n${session}`
    expect(rows(text)).toEqual([[session, 'jws', 'text']])
  })

  it('handles a token whose payload holds a million characters', () => {
    const big = makeToken({ alg: 'HS256' }, { data: encodeBase64url(new Uint8Array(750_000)) })
    expect(tokensIn(`x ${big} y`)).toEqual([big])
  })

  it('handles deeply nested JSON', () => {
    const text = `${'['.repeat(100_000)}"${session}"${']'.repeat(100_000)}`
    expect(tokensIn(text)).toEqual([session])
  })

  it('handles a header whose base64url is valid but whose bytes are not UTF-8', () => {
    const header = encodeBase64url(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20]))
    expect(tokensIn(`${header}.${encodeBase64urlText('{}')}.AAAA`)).toEqual([])
  })
})
