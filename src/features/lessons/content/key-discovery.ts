import type { LessonContent } from '../lesson'
import type { LessonKey } from './course-keys'

const issuerKeySet: LessonKey = {
  label: 'The issuer\'s key set (JWKS), with the current and the retiring key',
  text: `{
  "keys": [
    {
      "kty": "EC",
      "x": "9F7eUJ29JREmUBfU3C_eVV6uBuUPP9T2ARQO2StpKlA",
      "y": "O3erdt4b6tGgb8EsJr98Jq7kg3RXIIEUa-8qL9DwQYM",
      "crv": "P-256",
      "kid": "2026-07",
      "alg": "ES256",
      "use": "sig"
    },
    {
      "kty": "EC",
      "x": "C-EzVDhW3x_6yvLYag0VkpSaZrEu0jKq4fip4-18AQY",
      "y": "7Ivuu7XuE9trAEgvbWwTPfWd3UU9NeajKLZrtwxh3zE",
      "crv": "P-256",
      "kid": "2026-01",
      "alg": "ES256",
      "use": "sig"
    }
  ]
}`,
  encoding: 'utf8',
}

export const content: LessonContent = {
  sections: [
    {
      heading: 'How a verifier finds the key',
      blocks: [
        {
          type: 'text',
          text: 'An issuer publishes its public keys as a JWK Set at its `jwks_uri`, which verifiers find in the issuer\'s metadata (OpenID Connect discovery or RFC 8414). Each key has a `kid`. The token\'s header names the `kid` it was signed with, and the verifier picks that key from the set it fetched from the URL it was configured with.',
        },
        { type: 'try', tryId: 'rotated' },
      ],
    },
    {
      heading: 'Rotating keys',
      blocks: [
        {
          type: 'list',
          items: [
            'Publish the new key in the set some time before signing with it, so that verifiers\' caches pick it up.',
            'Switch signing to the new key; its `kid` tells verifiers which key to use.',
            'Keep the old key in the set until the last token it signed has expired, then remove it.',
            'Verifiers fetch the set again when they meet an unknown `kid`, at most every few minutes.',
          ],
        },
        { type: 'text', text: 'This lesson\'s key set holds `2026-07`, the current key, and `2026-01`, the one being retired.' },
      ],
    },
    {
      heading: 'Headers that bring their own key',
      blocks: [
        {
          type: 'list',
          items: [
            '`jwk` and `x5c` carry a public key or a certificate chain inside the token. Anyone can make a key pair, sign a token and attach the public half (CVE-2018-0114).',
            '`jku` and `x5u` give a URL to fetch a key set or a certificate from. A verifier that follows it lets the token choose its own key, and can be made to request internal URLs (SSRF).',
            'Verify with keys from your configuration only: ignore these headers, or at most look up their key among keys you already trust.',
          ],
        },
        { type: 'try', tryId: 'embedded' },
        { type: 'try', tryId: 'jku' },
      ],
    },
    {
      heading: '"kid" is a label, not a path',
      blocks: [
        {
          type: 'text',
          text: 'Whoever writes the token chooses its `kid`. A server that reads the key from a file named by `kid`, or looks it up with SQL built from it, can be steered: `../../../../../../dev/null` reads an empty file, and an empty HMAC key is easy to sign with. Look `kid` up in a fixed map of keys you loaded yourself.',
        },
        { type: 'try', tryId: 'kid' },
        {
          type: 'text',
          text: 'The findings panel raises `kid-injection`, and `weak-secret` too: the app tried an empty key and found that it signed this token.',
        },
      ],
    },
  ],
  tries: [
    {
      id: 'rotated',
      label: 'Open the token signed with the current key',
      token: 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjIwMjYtMDcifQ.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.oWuhIiI8u8a0ZT0bSPXX6ZO0Y1zT7YKeACz4Ogd3pX9Z7ep-QzPMkvueFnoRvIQHjNTe5bJif-tMUQ2vm9XFtQ',
      key: issuerKeySet,
      expect: { kind: 'jws', alg: 'ES256', claims: { iss: 'https://login.example.com', role: 'viewer' }, findings: ['long-lifetime'], signature: 'valid' },
    },
    {
      id: 'embedded',
      label: 'Open the token with an embedded "jwk"',
      token: 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImp3ayI6eyJrdHkiOiJFQyIsIngiOiJDRUs5UHVIYjZ4UEpyalNfdjNnNkdjM2xEOUJpbUZEdW9YMG1keUFxU0dNIiwieSI6IlgzampUTlJCbE5YMG1PaUg5RmxNdTZ6VWdkeGNOclA1bi1IVnI2SVZyOWciLCJjcnYiOiJQLTI1NiJ9fQ.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.hi5LeznccCXIK-SH21gQvsFdhKp3EuE91u5B0r8q8tiDZ7OkXMyYTUZEBQlxUXZ9TfDkM3MniVzy3sY9hDKBoQ',
      key: issuerKeySet,
      expect: { kind: 'jws', alg: 'ES256', claims: { role: 'admin' }, findings: ['embedded-jwk', 'long-lifetime'], signature: 'invalid' },
    },
    {
      id: 'jku',
      label: 'Open the token with a "jku" URL',
      token: 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImF0dGFja2VyLWtleSIsImprdSI6Imh0dHBzOi8vYXR0YWNrZXIuZXhhbXBsZS9qd2tzLmpzb24ifQ.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.5OTw2kwOIpPG7JAnd8kZjqi82ID3rUMYAKPtlDYLINyuS7JHWH4bU_pu-lVISa-lwt18UEqcHTXY0HNcOQSAKw',
      key: issuerKeySet,
      expect: { kind: 'jws', alg: 'ES256', claims: { role: 'admin' }, findings: ['jku-header', 'long-lifetime'], signature: 'error' },
    },
    {
      id: 'kid',
      label: 'Open the token whose "kid" points at /dev/null',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ii4uLy4uLy4uLy4uLy4uLy4uL2Rldi9udWxsIn0.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.7nmN2ncswUJlMkk2vD-XRQSmPKYl5oqtZ9ZUyBJNttQ',
      expect: { kind: 'jws', alg: 'HS256', claims: { role: 'admin' }, findings: ['kid-injection', 'weak-secret', 'long-lifetime'] },
    },
  ],
  handsOn: [
    'Open the token signed with the current key and paste the issuer\'s key set into the key box. The verdict says Signature verified, with the key whose `kid` is `2026-07`.',
    'Open the token with an embedded `jwk`, keeping the key set: Invalid signature, and the `embedded-jwk` finding. Press Check with the token\'s own JWK…, then Put the token\'s JWK in the key box: it matches, and the verdict warns that this is no proof of origin.',
    'Paste the issuer\'s key set back into the key box and open the token with a `jku` URL. The findings panel raises `jku-header`, and the verdict says Cannot verify, because no key has `kid` `attacker-key`. The app never fetches the URL.',
    'Open the `kid` token with the key box empty and read `kid-injection` and `weak-secret`. Then open the first token again, press Forge attack tokens in the Attack lab, and open the `x5u` token it makes: `x5u-header`.',
  ],
  check: {
    question: 'A token arrives with `"jku": "https://keys.example.net/jwks.json"` in its header. What should your verifier do?',
    options: [
      {
        text: 'Fetch the key set from that URL and verify with it.',
        isCorrect: false,
        feedback: 'The token\'s author chose that URL, so they chose the key too: any token they sign will pass.',
      },
      {
        text: 'Ignore `jku` and verify with keys from the JWKS URL configured for the issuer.',
        isCorrect: true,
        feedback: 'Where keys come from is part of the verifier\'s configuration, never the token\'s.',
      },
      {
        text: 'Fetch it only if the URL uses HTTPS.',
        isCorrect: false,
        feedback: 'An attacker can serve a key set over HTTPS as easily as anyone; HTTPS says nothing about who runs the server.',
      },
      {
        text: 'Fetch it, but cache the result for an hour.',
        isCorrect: false,
        feedback: 'Caching saves requests; the attacker\'s key is still accepted, for an hour at a time.',
      },
    ],
  },
  references: [
    { label: 'RFC 7515 §4.1.2 to §4.1.6: "jku", "jwk", "kid", "x5u", "x5c"', url: 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1.2' },
    { label: 'RFC 7517 §5: JWK Set format', url: 'https://www.rfc-editor.org/rfc/rfc7517#section-5' },
    { label: 'RFC 8725 §3.10: Do not trust received claims', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.10' },
    { label: 'RFC 8414 §2: Authorization server metadata ("jwks_uri")', url: 'https://www.rfc-editor.org/rfc/rfc8414#section-2' },
    { label: 'OpenID Connect Core 1.0 §10.1.1: Rotation of asymmetric signing keys', url: 'https://openid.net/specs/openid-connect-core-1_0.html#RotateSigKeys' },
    { label: 'OWASP JSON Web Token Cheat Sheet: key material named in the header', url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html#trusting-key-material-named-in-the-token-header' },
  ],
}
