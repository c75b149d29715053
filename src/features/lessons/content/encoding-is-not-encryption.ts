import type { LessonContent } from '../lesson'

export const content: LessonContent = {
  sections: [
    {
      heading: 'Anyone can read a signed token',
      blocks: [
        {
          type: 'text',
          text: 'The payload of a signed token is only base64url-encoded. Reading it needs no key, so the browser, every proxy and log it passes through, and anyone who copies it can see every claim. The signature stops changes, not reading.',
        },
        { type: 'try', tryId: 'readable' },
        {
          type: 'text',
          text: 'The findings panel flags the card number as `sensitive-claim`. The email address and birth date are personal data too, though no rule can recognise them by their format.',
        },
      ],
    },
    {
      heading: 'What belongs in a signed token',
      blocks: [
        {
          type: 'list',
          items: [
            'What the recipient needs to decide: `sub`, a role, a `scope`.',
            'Nothing you would not write to a log: no passwords, API keys, card numbers or health data.',
            'Data needed only on the server: send an ID and look the data up there.',
          ],
        },
      ],
    },
    {
      heading: 'JWE: a token that keeps a secret',
      blocks: [
        {
          type: 'text',
          text: 'An encrypted token (JWE) has five parts: protected header, encrypted key, initialization vector, ciphertext and authentication tag. Only the protected header is readable. The token below uses `"alg": "dir"` (a shared 256-bit key used directly) and `"enc": "A256GCM"`; the Decrypt panel opens it with the key beside the link.',
        },
        { type: 'try', tryId: 'jwe' },
        {
          type: 'text',
          text: 'Decrypting shows that the token was made by someone holding the key, not by whom. When the recipient must know who wrote it, sign the token first and then encrypt the signed token (a nested JWT).',
        },
      ],
    },
    {
      heading: 'Two outdated choices',
      blocks: [
        {
          type: 'text',
          text: '`RSA1_5` key encryption is open to padding-oracle attacks, and compressing before encrypting (`"zip": "DEF"`) makes the ciphertext length depend on the content. The token below does both, and each has a finding. Use `RSA-OAEP-256` or `ECDH-ES` instead, and no `zip`.',
        },
        { type: 'try', tryId: 'legacy' },
      ],
    },
  ],
  tries: [
    {
      id: 'readable',
      label: 'Open the signed token with personal data',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJlbWFpbCI6ImFkYUBleGFtcGxlLmNvbSIsImJpcnRoZGF0ZSI6IjE4MTUtMTItMTAiLCJjYXJkX251bWJlciI6IjQxMTEgMTExMSAxMTExIDExMTEiLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.N7zDK442KmtnOoSonuPMLRXu1xvgneKWeZ9jPyj4t_s',
      expect: {
        kind: 'jws',
        alg: 'HS256',
        claims: { email: 'ada@example.com', birthdate: '1815-12-10', card_number: '4111 1111 1111 1111' },
        findings: ['sensitive-claim', 'long-lifetime'],
      },
    },
    {
      id: 'jwe',
      label: 'Open the same claims as a JWE',
      token: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIiwidHlwIjoiSldUIn0..NUv7JDBo_YLOmm0h.r0MP4igj9ca-bzTEbuLPDNzn15cGoRx_IQZd78lf2ZCLPOVQm8ejl_0yrXH8n5j233FACcNVNhAWMM5gBW2EDqAoaJA-p33VNJ6EDExRNff8J3BevnYr-9SHuLo1hBMQiq0Ai0vVIqFE_O2SnAWU6vPd5bDcQgxmJO8qaFOodWee2pYAakCGFChFhBCsms1EnLD0BD1cdxwlF1m0a6OYSZPsVT3X0-AHrcmXjvDtNwi4PA8KsGanOuTqHJ3M9jBlL8GGtGWhaCG9jyvuJro.8B8WIJWsC21_DQkkYvHJ4A',
      key: { label: 'Content key (256 bits, base64url)', text: 'AJ1Yu4LmZX0daLFKHLoo0WyCpoWUSSmYVCJQtTtV-9M', encoding: 'base64url' },
      expect: {
        kind: 'jwe',
        alg: 'dir',
        claims: { email: 'ada@example.com', card_number: '4111 1111 1111 1111' },
        findings: ['long-lifetime'],
      },
    },
    {
      id: 'legacy',
      label: 'Open the JWE with RSA1_5 and zip',
      token: 'eyJhbGciOiJSU0ExXzUiLCJlbmMiOiJBMTI4R0NNIiwiemlwIjoiREVGIiwidHlwIjoiSldUIn0.H6MVUGDvzUGG0LWkAGCGJBLeZblMPWRProgk4c3-6yknZ5WEiAx0xu2DXw5C8Jq7rHNhTsx7s-w0UAKTMrkBituXa9jlExEmDYlqelLV5FBYBb0AsqMEtCcaff6yFPVxpVdUvGdr2fjbWgUnFQCvlawvKk1iwJQEMZh6P3i91eoKcJmxe2xefpU4YqnpJOsqolNmVqR0gVcO5pxBeVxI-TOYbGqhVTDpMxa_fmISTosgu20TsMP81dMmX7NIPNQk0lKjIQDAsxo9PVT7fFORhLg8gdoXBW3Y4R-xV6FoOQESbWa3uEVYC89nv_3tc8r4ueL5ommMvKyS91FHJmJkLg.efG5WTbfeOK9zAHu.aS_yIJwjIhO-CrFfohP1yFFo6MwFpzvWlV1MDBQdJullNQuS7_Wx7ZH1vgWy7dpRDYatykbQpS65QjaMVuABPXY9ec_KdfjF3XTQrisrvM1XSikqzWEYK92GyklYKcb_QSR9-NKUEbGecQqXnkn-UFrE7-lEWsouKok3Lbf1aSF1lAPllG7bqeRA.DtH3EhmsgMakBJu8_LEXUw',
      expect: { kind: 'jwe', alg: 'RSA1_5', findings: ['weak-key-management', 'compressed-plaintext'] },
    },
  ],
  handsOn: [
    'Open the signed token with personal data. With the key box empty, the Payload panel shows the card number and the birth date.',
    'Open the JWE. The Protected header shows `alg` and `enc`; the payload is encrypted, and the findings panel no longer mentions the card number.',
    'Paste the content key into the Decrypt panel and set Secret encoding to base64url. The verdict says Decrypted, and the Payload panel shows the claims.',
    'Open the RSA1_5 token and read the `weak-key-management` and `compressed-plaintext` findings.',
  ],
  check: {
    question: 'Which statement about an HS256 token is true?',
    options: [
      {
        text: 'Without the secret, nobody can read its claims.',
        isCorrect: false,
        feedback: 'The claims are base64url-encoded JSON, which anyone can decode. The secret is needed only to make or check the signature.',
      },
      {
        text: 'Anyone who holds it can read its claims, but cannot change them without breaking the signature.',
        isCorrect: true,
        feedback: 'A signature protects integrity, not confidentiality. Keep secrets out of the payload, or encrypt the token as a JWE.',
      },
      {
        text: 'HTTPS keeps its claims private wherever it goes.',
        isCorrect: false,
        feedback: 'HTTPS protects the token on the wire only. The browser, server logs, proxies that end TLS and anyone the token is forwarded to still read it in the clear.',
      },
      {
        text: 'Switching to `RS256` would hide the payload from everyone without the private key.',
        isCorrect: false,
        feedback: 'The signature algorithm decides who can sign, not who can read. An RS256 payload is just as readable.',
      },
    ],
  },
  references: [
    { label: 'RFC 7519 §12: Privacy considerations', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-12' },
    { label: 'RFC 7516 §3.1: JWE compact serialization', url: 'https://www.rfc-editor.org/rfc/rfc7516#section-3.1' },
    { label: 'RFC 7518 §4.5: Direct encryption with a shared key', url: 'https://www.rfc-editor.org/rfc/rfc7518#section-4.5' },
    { label: 'RFC 8725 §3.2: Use appropriate algorithms', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.2' },
    { label: 'RFC 8725 §3.6: Avoid compression of encryption inputs', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.6' },
  ],
}
