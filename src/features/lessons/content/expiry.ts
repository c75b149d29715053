import type { LessonContent } from '../lesson'
import { courseSecret } from './course-keys'

export const content: LessonContent = {
  sections: [
    {
      heading: 'Three time claims',
      blocks: [
        {
          type: 'list',
          items: [
            '`exp`: the token must not be accepted at or after this time.',
            '`nbf`: nor before this time.',
            '`iat`: when the token was issued. It limits nothing by itself, but a value in the future is a sign that something is wrong.',
            'All three count seconds since 1970-01-01 UTC, not milliseconds.',
          ],
        },
        {
          type: 'text',
          text: 'This access token lived for 15 minutes on 2 March 2026. Its signature is still valid; it is expired all the same.',
        },
        { type: 'try', tryId: 'short' },
      ],
    },
    {
      heading: 'Clock skew',
      blocks: [
        {
          type: 'text',
          text: 'The issuer\'s clock and the verifier\'s clock never agree exactly, so verifiers allow a small leeway when they compare times. RFC 7519 suggests keeping it to a few minutes at most; a minute is usually enough.',
        },
        {
          type: 'text',
          text: 'Leeway works for attackers too: with 5 minutes of tolerance, a stolen token lives 5 minutes past its `exp`.',
        },
      ],
    },
    {
      heading: 'Short access tokens, rotating refresh tokens',
      blocks: [
        {
          type: 'text',
          text: 'A JWT access token is hard to take back, so keep its life short: 5 to 15 minutes, not the 30 days of the token below. When it expires, the client gets a new one from the authorization server with a refresh token, which the server checks on every use and can revoke.',
        },
        {
          type: 'text',
          text: 'With rotation, every use of a refresh token returns a new one and retires the old. If a retired refresh token comes back, one of its copies was stolen, and the server revokes the whole family.',
        },
        { type: 'try', tryId: 'long' },
      ],
    },
    {
      heading: 'Times that cannot be right',
      blocks: [
        {
          type: 'text',
          text: 'A token with no `exp` never expires (`missing-exp`). An `iat` written in milliseconds puts the issue time in the year 58,136 (`iat-in-future`), after the token\'s own expiry (`time-order`), and the findings say it looks like milliseconds (`claim-format`). Both are issuer bugs that a lenient verifier hides.',
        },
        { type: 'try', tryId: 'no-exp' },
        { type: 'try', tryId: 'millis' },
      ],
    },
  ],
  tries: [
    {
      id: 'short',
      label: 'Open the 15-minute access token',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJzY29wZSI6Im9yZGVyczpyZWFkIiwiaWF0IjoxNzcyNDQyMDAwLCJleHAiOjE3NzI0NDI5MDB9.2N9aNNuWiZo3wJlLrYmPeM2pdpE3r8bx-3ObjVEK144',
      key: courseSecret,
      expect: { kind: 'jws', alg: 'HS256', claims: { scope: 'orders:read', iat: 1772442000, exp: 1772442900 }, findings: [], signature: 'valid' },
    },
    {
      id: 'long',
      label: 'Open the 30-day access token',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJzY29wZSI6Im9yZGVyczpyZWFkIiwiaWF0IjoxNzcyNDQyMDAwLCJleHAiOjE3NzUwMzQwMDB9.pShqDQowxBhNY6UCwcOnwCQTo-RM5YCSBy7q6ihIdbo',
      key: courseSecret,
      expect: { kind: 'jws', alg: 'HS256', claims: { iat: 1772442000, exp: 1775034000 }, findings: ['long-lifetime'], signature: 'valid' },
    },
    {
      id: 'no-exp',
      label: 'Open the token without "exp"',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJzY29wZSI6Im9yZGVyczpyZWFkIiwiaWF0IjoxNzcyNDQyMDAwfQ.OfT7YSYuRzPQAkjqh3oev1AfARXFCUGH9Bp9w0Bvn3g',
      key: courseSecret,
      expect: { kind: 'jws', alg: 'HS256', claims: { iat: 1772442000 }, findings: ['missing-exp'], signature: 'valid' },
    },
    {
      id: 'millis',
      label: 'Open the token with "iat" in milliseconds',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJzY29wZSI6Im9yZGVyczpyZWFkIiwiaWF0IjoxNzcyNDQyMDAwMDAwLCJleHAiOjE3NzI0NDI5MDB9.nuY11sH3L8KLcdeu3YsIhpuSC8mW5P6LxTdDl85J4tk',
      key: courseSecret,
      expect: { kind: 'jws', alg: 'HS256', claims: { iat: 1772442000000, exp: 1772442900 }, findings: ['iat-in-future', 'time-order', 'claim-format'], signature: 'valid' },
    },
  ],
  handsOn: [
    'Open the 15-minute access token and paste the secret into the key box (Secret encoding: base64url). The verdict says Signature verified, and the Expiry panel says Expired.',
    'In Check the claims, set Check as of to a moment within the token\'s 15 minutes (9:00 to 9:15 UTC on 2 March 2026, entered in your local time). The `exp` check passes.',
    'Move Check as of to two minutes after `exp`: the check fails. Set Clock tolerance to 180 seconds, and it passes again.',
    'Open the 30-day token, the token without `exp` and the token with `iat` in milliseconds, and read each one\'s findings.',
  ],
  check: {
    question: 'Why pair short-lived access tokens with rotating refresh tokens, rather than issue one access token that lasts a day?',
    options: [
      {
        text: 'Refresh tokens are encrypted and access tokens are not.',
        isCorrect: false,
        feedback: 'Either may or may not be encrypted; the difference is where each is checked, not how it is encoded.',
      },
      {
        text: 'A stolen access token then works for minutes, and because the server checks every refresh, it can end the session and notice a reused refresh token.',
        isCorrect: true,
        feedback: 'The short lifetime bounds the damage of a leaked access token, and rotation turns refresh-token theft into something the server can detect.',
      },
      {
        text: 'Short lifetimes make clock skew irrelevant.',
        isCorrect: false,
        feedback: 'Skew matters more for short tokens: a minute of drift is a large share of a five-minute life.',
      },
      {
        text: 'APIs can skip the signature check on tokens younger than a minute.',
        isCorrect: false,
        feedback: 'Every token is checked on every request, whatever its age; anyone can write a young `iat`.',
      },
    ],
  },
  references: [
    { label: 'RFC 7519 §4.1.4: "exp"', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4' },
    { label: 'RFC 7519 §4.1.5: "nbf"', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5' },
    { label: 'RFC 7519 §4.1.6: "iat"', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6' },
    { label: 'RFC 6749 §1.5: Refresh tokens', url: 'https://www.rfc-editor.org/rfc/rfc6749#section-1.5' },
    { label: 'RFC 9700 §4.14: Refresh token protection', url: 'https://www.rfc-editor.org/rfc/rfc9700#section-4.14' },
  ],
}
