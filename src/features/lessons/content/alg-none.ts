import type { LessonContent } from '../lesson'
import { courseSecret } from './course-keys'

export const content: LessonContent = {
  sections: [
    {
      heading: 'An algorithm that means "no signature"',
      blocks: [
        {
          type: 'text',
          text: 'JWS defines `"alg": "none"` for tokens whose integrity is protected some other way. Such a token has an empty third part, so nothing in it proves who wrote it. A verifier must reject it unless it was configured to expect unsecured tokens, and almost none should be.',
        },
        { type: 'try', tryId: 'signed' },
        { type: 'try', tryId: 'unsigned' },
      ],
    },
    {
      heading: 'Why the token must not choose',
      blocks: [
        {
          type: 'text',
          text: 'A verifier that reads `alg` from the header and runs whatever check it names lets the attacker choose the check. Set `alg` to `none`, drop the signature, and a naive library reports success. Spellings such as `None` or `nOnE` get past code that only compares with `none`.',
        },
        {
          type: 'text',
          text: 'The fix is to pin: configure each verifier with the algorithms it accepts, and refuse every other one before any cryptography runs.',
        },
      ],
    },
    {
      heading: 'A signature that is not there',
      blocks: [
        {
          type: 'text',
          text: 'A related bug: the header names a real algorithm, the signature part is empty, and a library skips the check because there is nothing to check (CVE-2020-28042). The findings panel flags it as `empty-signature`; with the secret in the key box, the verdict is Invalid signature.',
        },
        { type: 'try', tryId: 'stripped' },
      ],
    },
    {
      heading: 'Pinning in code',
      blocks: [
        {
          type: 'code',
          label: 'Verifying with jose: the accepted algorithms come from your configuration',
          text: "const { payload } = await jwtVerify(token, secretKey, {\n  algorithms: ['HS256'],\n  issuer: 'https://login.example.com',\n  audience: 'https://api.example.com',\n})",
        },
        {
          type: 'text',
          text: 'jose\'s `jwtVerify` never accepts `none`, and `algorithms` rules out the rest. Most JWT libraries have an equivalent option; set it even where the default looks safe, so that a library upgrade cannot change what you accept.',
        },
      ],
    },
  ],
  tries: [
    {
      id: 'signed',
      label: 'Open the signed token',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.i6_cXxXOLFAgGdaTY4xSi1_YAuSWV6JyZyN3qmLAGgU',
      key: courseSecret,
      expect: { kind: 'jws', alg: 'HS256', claims: { sub: 'user-4821', role: 'viewer' }, findings: ['long-lifetime'], signature: 'valid' },
    },
    {
      id: 'unsigned',
      label: 'Open the same claims with alg "none" and role "admin"',
      token: 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.',
      key: courseSecret,
      expect: { kind: 'unsecured', alg: 'none', claims: { sub: 'user-4821', role: 'admin' }, findings: ['alg-none', 'long-lifetime'], signature: 'error' },
    },
    {
      id: 'stripped',
      label: 'Open the HS256 token with an empty signature',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.',
      key: courseSecret,
      expect: { kind: 'jws', alg: 'HS256', claims: { sub: 'user-4821', role: 'admin' }, findings: ['empty-signature', 'long-lifetime'], signature: 'invalid' },
    },
  ],
  handsOn: [
    'Open the signed token and paste the secret into the key box (Secret encoding: base64url). The verdict says Signature verified, and `role` is `viewer`.',
    'In the Attack lab, press Forge attack tokens and open the variant "none, signature dropped". The findings panel raises `alg-none`, and the verdict says Cannot verify.',
    'Open this lesson\'s unsigned token: the signed token\'s claims with `role` changed to `admin`. Nothing in the token could have stopped that edit.',
    'Open the token with an empty signature, the secret still in the key box: `empty-signature`, and Invalid signature.',
  ],
  check: {
    question: 'Your API calls `verify(token, key)`, and the library takes the algorithm from the token\'s header. What closes the `alg: none` hole for good?',
    options: [
      {
        text: 'Reject tokens whose `alg` is the string `none`.',
        isCorrect: false,
        feedback: 'A case-sensitive comparison lets `None` and `NONE` through, and a deny-list does nothing against other algorithm switches such as RS256 to HS256. Allow-list instead.',
      },
      {
        text: 'Pass the verifier the algorithms you accept, for example only `RS256`, so that it refuses any other.',
        isCorrect: true,
        feedback: 'The verifier, not the token, decides how the token is checked; every other `alg` fails before any cryptography runs.',
      },
      {
        text: 'Reject tokens whose signature part is empty.',
        isCorrect: false,
        feedback: 'An attacker can keep the old signature on an `alg: none` token, and a verifier that honours `none` never looks at it.',
      },
      {
        text: 'Accept tokens only over HTTPS.',
        isCorrect: false,
        feedback: 'HTTPS protects tokens in transit; the attacker writes this token and sends it over HTTPS like anyone else.',
      },
    ],
  },
  references: [
    { label: 'RFC 7519 §6: Unsecured JWTs', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-6' },
    { label: 'RFC 7518 §3.6: The "none" algorithm', url: 'https://www.rfc-editor.org/rfc/rfc7518#section-3.6' },
    { label: 'RFC 8725 §2.1: Weak signatures and insufficient signature validation', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-2.1' },
    { label: 'RFC 8725 §3.1: Perform algorithm verification', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1' },
    { label: 'OWASP JSON Web Token Cheat Sheet: unsecured JWTs', url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html#unsecured-jwts' },
  ],
}
