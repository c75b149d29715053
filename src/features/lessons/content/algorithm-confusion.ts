import type { LessonContent } from '../lesson'
import { rs256PublicKey } from './course-keys'

export const content: LessonContent = {
  sections: [
    {
      heading: 'One key, two meanings',
      blocks: [
        {
          type: 'text',
          text: 'An RS256 verifier holds the issuer\'s public key, which is public by design: it is in the issuer\'s key set and certificates. If the verifier also accepts `HS256` and passes that same key to the HMAC check, the key\'s bytes become a shared secret that everyone knows.',
        },
        { type: 'try', tryId: 'rs256' },
      ],
    },
    {
      heading: 'How the forgery is made',
      blocks: [
        {
          type: 'list',
          items: [
            'Take a genuine RS256 token and the issuer\'s public key.',
            'Set the header\'s `alg` to `HS256`, and the claims to whatever you want.',
            'Compute HMAC-SHA-256 over `header.payload`, with the exact bytes of the public key file as the secret.',
            'Servers store the key in different forms, so make one token per form: the PEM with and without its final line break, the JWK.',
          ],
        },
      ],
    },
    {
      heading: 'Forge one here, and see it caught',
      blocks: [
        {
          type: 'text',
          text: 'The attack lab makes these tokens from the token on the page and the public key in the key box. The token below is made the same way as the first of them, from the RS256 token with `role` raised to `admin`.',
        },
        { type: 'try', tryId: 'forged' },
        {
          type: 'text',
          text: 'With the public key in the key box, the findings panel raises `alg-confusion`, and the verdict says Cannot verify: algorithm confusion. This app never feeds a public key to HMAC, and neither may your verifier.',
        },
      ],
    },
    {
      heading: 'The fix',
      blocks: [
        {
          type: 'list',
          items: [
            'Bind the algorithm to the key: an RSA or EC key is used only with `RS`, `PS` or `ES` algorithms, whatever the header says.',
            'Hold keys as typed objects (a `CryptoKey`, or a JWK with its `kty` and `alg`), not as strings that fit any algorithm.',
            'On services that verify with public keys, do not accept HMAC at all.',
          ],
        },
      ],
    },
  ],
  tries: [
    {
      id: 'rs256',
      label: 'Open the RS256 token in the debugger',
      token: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImNvdXJzZS1yczI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.DzfNLfQewbEyNl3JP9DTOrqq-_xxWhh9l2yBOoRlUwUaGQ86I5NKB5LHXFXw9byZJp0QsC0yuNrGDehPHKAHwoTh9kePOg8xJqAan_lwYZyxZAeQWdVjv2pbrdMQGGSbVllv68uZpAHIunGfSrhJ2L6auaaXjXwAHhDkzrlQO8GrT2xG9Fl3mBjqUUH61U_Xgc8oVwhaH2mf2XTH3Ii5RUjoJrfokMzdTdcpX_sLiCfBwcQ5roN3ELN5Rb-rfxrH31-NC0xPJYsIxuDHbSCoEm7fN3MwkajN5VMtJnGWPamdIKFqjbetjwJNQNXxGO0-yiqPZ2xQDzA-dnNtyrLn9Q',
      key: rs256PublicKey,
      expect: { kind: 'jws', alg: 'RS256', claims: { sub: 'user-4821', role: 'viewer' }, findings: ['long-lifetime'], signature: 'valid' },
    },
    {
      id: 'forged',
      label: 'Open the forged HS256 token',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImNvdXJzZS1yczI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.i_X4i0JuVZAhoLVxG5W7cYa8Y5-inZh2D9gODE3p4DM',
      key: rs256PublicKey,
      expect: { kind: 'jws', alg: 'HS256', claims: { sub: 'user-4821', role: 'admin' }, findings: ['alg-confusion', 'long-lifetime'], signature: 'error' },
    },
  ],
  handsOn: [
    'Open the RS256 token and paste the public key (PEM) into the key box. The verdict says Signature verified.',
    'In the Attack lab, press Forge attack tokens. With the public key in the key box, the list includes "Key confusion: HS256 signed with the public key".',
    'Open its first variant, "HS256 with the PEM, with its final line break". The key box still holds the public key: the findings panel raises `alg-confusion`, and the verdict says Cannot verify: algorithm confusion.',
    'Open this lesson\'s forged token: the same forgery, with `role` set to `admin`, and the same verdict.',
  ],
  check: {
    question: 'A service verifies RS256 tokens with the issuer\'s public key. Which change stops algorithm confusion?',
    options: [
      {
        text: 'Keep the public key secret.',
        isCorrect: false,
        feedback: 'The key is published in the issuer\'s key set and certificates, and public-key security must not depend on hiding it.',
      },
      {
        text: 'Accept only `RS256` with this key, whatever the token\'s header says.',
        isCorrect: true,
        feedback: 'A forged HS256 token then fails before any HMAC is computed, whichever form of the key the attacker used.',
      },
      {
        text: 'Use a 4096-bit RSA key.',
        isCorrect: false,
        feedback: 'The attack never breaks RSA; it uses the key\'s bytes as an HMAC secret, and a longer key is just as public.',
      },
      {
        text: 'Remove the final line break from the PEM before using it.',
        isCorrect: false,
        feedback: 'That only changes which of the attacker\'s variants works; the attack lab already makes one for each form.',
      },
    ],
  },
  references: [
    { label: 'RFC 8725 §2.1: Weak signatures and insufficient signature validation', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-2.1' },
    { label: 'RFC 8725 §3.1: Perform algorithm verification', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1' },
    { label: 'RFC 7515 §4.1.1: The "alg" header parameter', url: 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1.1' },
    { label: 'OWASP JSON Web Token Cheat Sheet: key type confusion', url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html#key-type-confusion' },
  ],
}
