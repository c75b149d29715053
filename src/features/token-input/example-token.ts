// The token shown on a first visit: an OpenID Connect ID token signed with HS256, issued when the
// page opened and valid for an hour, as the tokens people paste are.
import { encodeBase64url, encodeBase64urlText } from '../../core/encoding/base64url'
import { hmacSha2 } from '../../core/sign/hmac-sha2'
import { currentSeconds } from '../../core/claims/time'

/** The HMAC secret the example is signed with, so it can be verified. */
export const exampleSecret = 'example-secret-for-the-jwt-workbench-demo'

export const exampleLifetimeSeconds = 3600

/** The example as issued at `nowSeconds` (whole minutes, so the same minute gives the same token). */
export function makeExampleToken(nowSeconds: number): string {
  const iat = Math.floor(nowSeconds / 60) * 60
  const header = { alg: 'HS256', typ: 'JWT', kid: 'example-2026' }
  const payload = {
    iss: 'https://login.example.com',
    sub: 'user-8f14e45f',
    aud: 'example-client',
    iat,
    nbf: iat,
    exp: iat + exampleLifetimeSeconds,
    auth_time: iat - 60,
    nonce: 'n-0S6_WzA2Mj',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    email_verified: true,
    amr: ['pwd', 'otp'],
  }
  const signingInput = `${encodeBase64urlText(JSON.stringify(header))}.${encodeBase64urlText(JSON.stringify(payload))}`
  const encoder = new TextEncoder()
  return `${signingInput}.${encodeBase64url(hmacSha2('HS256', encoder.encode(exampleSecret), encoder.encode(signingInput)))}`
}

let pageExample: string | undefined

/** The example of this page load: the same token until the page is reloaded. */
export function exampleToken(): string {
  return (pageExample ??= makeExampleToken(currentSeconds()))
}
