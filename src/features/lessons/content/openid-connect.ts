import type { LessonContent } from '../lesson'
import { providerKeySet } from './course-keys'

export const content: LessonContent = {
  sections: [
    {
      heading: 'Two tokens, two audiences',
      blocks: [
        {
          type: 'text',
          text: 'After an OpenID Connect sign-in, the client usually holds two tokens. The ID token tells the client who signed in, and its `aud` is the client\'s own `client_id`. The access token lets the client call an API; its audience is the API, and the client should treat it as opaque.',
        },
        { type: 'try', tryId: 'id-token' },
        { type: 'try', tryId: 'access-token' },
      ],
    },
    {
      heading: 'Reading an ID token',
      blocks: [
        {
          type: 'list',
          items: [
            '`iss` and `sub` together identify the user; `sub` alone is unique only within one issuer.',
            '`aud` is your `client_id`: an ID token issued to another client is not for you.',
            '`nonce` repeats the value your client sent with the sign-in request, tying the token to that sign-in.',
            '`auth_time`, `acr` and `amr` say when and how the user authenticated.',
          ],
        },
      ],
    },
    {
      heading: 'The checks a client makes',
      blocks: [
        {
          type: 'list',
          items: [
            'The signature, with a key from the provider\'s `jwks_uri` and an algorithm the client expects.',
            '`iss` equals the provider\'s issuer exactly, and `aud` contains the client\'s `client_id`.',
            '`exp` is in the future, and `nonce` matches the one stored for this sign-in.',
          ],
        },
      ],
    },
    {
      heading: 'What each must never be used for',
      blocks: [
        {
          type: 'list',
          items: [
            'Do not send the ID token to an API as a bearer token: its audience is the client, and it grants no scopes.',
            'Do not read the access token in the client to learn who the user is: it is not addressed to the client, and its format may change. Use the ID token or the UserInfo endpoint.',
            'APIs should require the access token\'s type. RFC 9068 marks JWT access tokens with `"typ": "at+jwt"`, so an ID token from the same provider cannot pass as one.',
          ],
        },
      ],
    },
  ],
  tries: [
    {
      id: 'id-token',
      label: 'Open the ID token',
      token: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImNvdXJzZS1yczI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoid29ya2JlbmNoLWRlbW8iLCJleHAiOjQxMDI0NDQ4MDAsImlhdCI6MTc2NzIyNTYwMCwiYXV0aF90aW1lIjoxNzY3MjI1NTgwLCJub25jZSI6InE4WnQzdktjMG5SMSIsIm5hbWUiOiJBZGEgTG92ZWxhY2UiLCJlbWFpbCI6ImFkYUBleGFtcGxlLmNvbSIsImVtYWlsX3ZlcmlmaWVkIjp0cnVlfQ.Z9Y1oFCKAO4G37626Yx1-H3Ie-f9WOSJ4GgQenxQD41mvCLIDNs4IOqH_iGps1NO0GFjCXDBFoyNaOd5mhvZc1k9ekShfzWHK0ZqQBZGoOSoKbRGqq2WYVnFFVjL1-QiSXSwHoK-0opN2fkrEAHXudQXqE6nbhtAnUm9XZMk3g2hGMLg_269LDJpExcnaPm76swu6n37OElhH4oUuH6G_kqJgvBweiRkrwz21LQBNj8fUuYj_Lf7IoiiTZTtAvjsITyLY9051JpZPzYcaudTEM7LfgOJ9SiYg_wC5AaUgHzMRkOEtyz45DZ6eYSGf1WD5QJv2-B-422bbwBO3auY9Q',
      key: providerKeySet,
      expect: {
        kind: 'jws',
        alg: 'RS256',
        claims: { iss: 'https://login.example.com', sub: 'user-4821', aud: 'workbench-demo', nonce: 'q8Zt3vKc0nR1', auth_time: 1767225580 },
        findings: ['long-lifetime'],
        signature: 'valid',
      },
    },
    {
      id: 'access-token',
      label: 'Open the access token',
      token: 'eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6ImNvdXJzZS1yczI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJjbGllbnRfaWQiOiJ3b3JrYmVuY2gtZGVtbyIsInNjb3BlIjoib3BlbmlkIHByb2ZpbGUgb3JkZXJzOnJlYWQiLCJqdGkiOiIyYzVlOGYxYS02YjNkLTRhN2UtOWMwZi0xZDJlM2Y0YTViNmMiLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.KwsxImUdd4Iy1N72ro7ue50tC-0LBDzsXdsyihPS9BdyB_p3z1DpkKqefL1qVq2QmtW8esWLIpdIDCujAhbO9UNCnfTEEl5tj8Gfb12ckzTxoInGNSLKjxM6Woo0LG1Ufs12lTvQj2ZPVsjiH5HHn3GUyXHel3WF0S1tRXf9VTJ-wLXclVhxIISgYRUKA_Uu3h6xSLKm3tGziE4MTVrGyuEj7ODm-Ca-ALN2qIbw8AgEzZ8__YpJX2PGqG8Zur60JrGOTPg_Vy9twFrmgSZenhCgSeODFlcD36KhzQemRkZgLC5RcNrBeO0aZm5ow1re9ue7rIu1abEruT-HSY9CCQ',
      key: providerKeySet,
      expect: {
        kind: 'jws',
        alg: 'RS256',
        claims: { iss: 'https://login.example.com', sub: 'user-4821', aud: 'https://api.example.com', client_id: 'workbench-demo', scope: 'openid profile orders:read' },
        findings: ['long-lifetime'],
        signature: 'valid',
      },
    },
  ],
  handsOn: [
    'Open the ID token. The summary names it an OpenID Connect ID token; find `nonce` and `auth_time` in the Payload panel.',
    'Paste the provider\'s key set into the key box. The verdict says Signature verified, with the key whose `kid` is `course-rs256`.',
    'In Check the claims, enter `https://login.example.com` as Expected issuer and `workbench-demo` as Expected audience: both pass. Change the audience to `https://api.example.com`: `aud` fails, as it must when an API is handed an ID token.',
    'Open the access token: its header says `"typ": "at+jwt"`, the summary names it an OAuth 2.0 access token, and with `https://api.example.com` as Expected audience, `aud` passes.',
  ],
  check: {
    question: 'Your single-page app has signed the user in and holds an ID token and an access token. Which one does it send to `https://api.example.com`?',
    options: [
      {
        text: 'The ID token, because it proves who the user is.',
        isCorrect: false,
        feedback: 'The ID token is addressed to the client, not to the API, and it carries no scopes. An API that accepts ID tokens would accept tokens the provider issued to other clients, for other purposes.',
      },
      {
        text: 'The access token, whose audience is the API.',
        isCorrect: true,
        feedback: 'The access token is made for the API: it names the API in `aud` and carries the scopes the user granted.',
      },
      {
        text: 'Both, so that the API can compare them.',
        isCorrect: false,
        feedback: 'The ID token is not for the API, and sending it spreads personal data to a party that does not need it.',
      },
      {
        text: 'Neither: it sends the user\'s `sub` in a header.',
        isCorrect: false,
        feedback: 'A bare `sub` proves nothing; anyone can write any `sub` into a header.',
      },
    ],
  },
  references: [
    { label: 'OpenID Connect Core 1.0 §2: ID token', url: 'https://openid.net/specs/openid-connect-core-1_0.html#IDToken' },
    { label: 'OpenID Connect Core 1.0 §3.1.3.7: ID token validation', url: 'https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation' },
    { label: 'OpenID Connect Core 1.0 §5.3: UserInfo endpoint', url: 'https://openid.net/specs/openid-connect-core-1_0.html#UserInfo' },
    { label: 'RFC 9068 §2.1: Access token header ("at+jwt")', url: 'https://www.rfc-editor.org/rfc/rfc9068#section-2.1' },
    { label: 'RFC 9068 §4: Validating JWT access tokens', url: 'https://www.rfc-editor.org/rfc/rfc9068#section-4' },
    { label: 'RFC 8725 §3.11: Use explicit typing', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.11' },
  ],
}
