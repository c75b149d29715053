import type { LessonContent } from '../lesson'
import { courseSecret, ed25519PublicKey, es256PublicKey } from './course-keys'

export const content: LessonContent = {
  sections: [
    {
      heading: 'One key or two',
      blocks: [
        {
          type: 'text',
          text: 'HMAC (`HS256`, `HS384`, `HS512`) uses one shared secret: whoever can check a token can also make one. RSA (`RS256`, `PS256`), ECDSA (`ES256`) and EdDSA (`Ed25519`) use a key pair: the issuer signs with the private key, and anyone with the public key can check a signature but cannot make one.',
        },
        { type: 'try', tryId: 'hs256' },
        { type: 'try', tryId: 'es256' },
      ],
    },
    {
      heading: 'Which one to use',
      blocks: [
        {
          type: 'list',
          items: [
            'One service that issues and checks its own tokens: HMAC is simple and fast, with a random secret of at least 32 bytes for `HS256`.',
            'Several services, or verifiers run by others: a key pair, so that no verifier holds a key that can make tokens.',
            '`ES256` and `Ed25519`: small keys and 64-byte signatures.',
            '`RS256`: supported everywhere; needs a key of at least 2048 bits, which gives 256-byte signatures. `PS256` is the same key with the newer PSS padding.',
            '`Ed25519` is the fully specified name (RFC 9864) for what older tokens call `EdDSA`.',
          ],
        },
        { type: 'try', tryId: 'ed25519' },
      ],
    },
    {
      heading: 'What a valid signature proves',
      blocks: [
        {
          type: 'text',
          text: 'A valid signature proves that someone holding the key signed exactly these bytes. It does not say that the token is still within its lifetime, that it was meant for your service, or that the key belongs to an issuer you trust. Those are separate checks, and later lessons cover each of them.',
        },
      ],
    },
    {
      heading: 'When the check itself is broken',
      blocks: [
        {
          type: 'text',
          text: 'An ECDSA signature is two numbers, r and s. From Java 15 until the April 2022 update, Java accepted r = s = 0 for any message and any key (CVE-2022-21449, the "psychic signature"). The token below carries one, with `role` set to `admin`.',
        },
        { type: 'try', tryId: 'psychic' },
        {
          type: 'text',
          text: 'The findings panel names it `psychic-signature`, and the verdict is Invalid signature: a correct verifier requires 0 < r, s < n before doing any arithmetic.',
        },
      ],
    },
  ],
  tries: [
    {
      id: 'hs256',
      label: 'Open the HS256 token in the debugger',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.i6_cXxXOLFAgGdaTY4xSi1_YAuSWV6JyZyN3qmLAGgU',
      key: courseSecret,
      expect: { kind: 'jws', alg: 'HS256', claims: { sub: 'user-4821', role: 'viewer' }, findings: ['long-lifetime'], signature: 'valid' },
    },
    {
      id: 'es256',
      label: 'Open the ES256 token in the debugger',
      token: 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImNvdXJzZS1lczI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.xgSIEuq02bjByS23WXDaVqGy_1q1MKLgGPYmv7RtB2Un7WtXqnqoHF_HOjMoswU-nJHNnNIZXTgeX_JqX8iabQ',
      key: es256PublicKey,
      expect: { kind: 'jws', alg: 'ES256', claims: { sub: 'user-4821', role: 'viewer' }, findings: ['long-lifetime'], signature: 'valid' },
    },
    {
      id: 'ed25519',
      label: 'Open the Ed25519 token in the debugger',
      token: 'eyJhbGciOiJFZDI1NTE5IiwidHlwIjoiSldUIiwia2lkIjoiY291cnNlLWVkMjU1MTkifQ.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.K0mM65hv9ZUfVqPpK2GqKpwrEhzTTy_6ZhirHcZLUu9L4OFJEj0tmkqXbPctp7FcV-0AYHB0w1_Lc2IZUQ05Ag',
      key: ed25519PublicKey,
      expect: { kind: 'jws', alg: 'Ed25519', claims: { sub: 'user-4821', role: 'viewer' }, findings: ['long-lifetime'], signature: 'valid' },
    },
    {
      id: 'psychic',
      label: 'Open the token with a psychic signature',
      token: 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImNvdXJzZS1lczI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      key: es256PublicKey,
      expect: { kind: 'jws', alg: 'ES256', claims: { sub: 'user-4821', role: 'admin' }, findings: ['psychic-signature', 'long-lifetime'], signature: 'invalid' },
    },
  ],
  handsOn: [
    'Open the ES256 token and paste its public key into the key box. The verdict says Signature verified.',
    'In the Payload editor, change `"role"` to `"admin"`. A public key cannot sign, so the token keeps its old signature, and the verdict turns to Invalid signature.',
    'Open the HS256 token, paste the secret (Secret encoding: base64url) and make the same edit. This time the page signs the edited token with the secret, and it verifies: with HMAC, every verifier can also forge.',
    'Open the psychic-signature token with the ES256 public key in the key box, and read the `psychic-signature` finding.',
  ],
  check: {
    question: 'Ten internal services check the tokens that one login service issues. Which setup means that a compromised service cannot make tokens?',
    options: [
      {
        text: '`HS256`, with the secret shared by the login service and all ten services.',
        isCorrect: false,
        feedback: 'Every holder of an HMAC secret can sign with it, so an attacker inside any one of the eleven services can make tokens that all the others accept.',
      },
      {
        text: '`ES256`: the login service keeps the private key, and the services get the public key.',
        isCorrect: true,
        feedback: 'A public key only checks signatures. Only the login service can sign, so a breach elsewhere leaks nothing that can make tokens.',
      },
      {
        text: '`HS512`, because its longer hash is harder to forge.',
        isCorrect: false,
        feedback: 'A longer hash does not change who holds the secret: every service that can check an HS512 token can still sign one.',
      },
      {
        text: '`RS256`, with the private key installed on every service so that each can verify.',
        isCorrect: false,
        feedback: 'Verifying needs only the public key. Copying the private key to every service gives each of them the power to sign.',
      },
    ],
  },
  references: [
    { label: 'RFC 7518 §3.1: Signature algorithms for JWS', url: 'https://www.rfc-editor.org/rfc/rfc7518#section-3.1' },
    { label: 'RFC 7518 §3.2: HMAC with SHA-2', url: 'https://www.rfc-editor.org/rfc/rfc7518#section-3.2' },
    { label: 'RFC 7518 §3.3: RSASSA-PKCS1-v1_5', url: 'https://www.rfc-editor.org/rfc/rfc7518#section-3.3' },
    { label: 'RFC 7518 §3.4: ECDSA', url: 'https://www.rfc-editor.org/rfc/rfc7518#section-3.4' },
    { label: 'RFC 8037 §3.1: EdDSA signatures', url: 'https://www.rfc-editor.org/rfc/rfc8037#section-3.1' },
    { label: 'RFC 9864: Fully-specified algorithms for JOSE and COSE', url: 'https://www.rfc-editor.org/rfc/rfc9864' },
    { label: 'OWASP JSON Web Token Cheat Sheet: public-key signatures vs. MAC', url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html#public-key-signatures-vs-mac' },
  ],
}
