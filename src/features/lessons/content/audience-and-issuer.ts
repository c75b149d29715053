import type { LessonContent } from '../lesson'
import { courseSecret, es256PublicKey } from './course-keys'

export const content: LessonContent = {
  sections: [
    {
      heading: 'One issuer, many services',
      blocks: [
        {
          type: 'text',
          text: 'A company\'s login service signs tokens for billing, reports and support with one key, and every one of those services holds the public key. So each service can verify every token the login service issued, including tokens that were meant for another service.',
        },
        { type: 'try', tryId: 'billing' },
      ],
    },
    {
      heading: 'The substitution attack',
      blocks: [
        {
          type: 'text',
          text: 'Someone holding a token issued for service A (a user, a log reader, or service A itself if it is compromised) presents it at service B. The signature is genuine and the token has not expired. B accepts it unless B checks that the token names B as its audience.',
        },
      ],
    },
    {
      heading: 'The checks that stop it',
      blocks: [
        {
          type: 'list',
          items: [
            '`iss` must equal the issuer you configured, character for character: `https://login.example.com` and `https://login.example.com/` are different issuers.',
            '`aud` must contain your service\'s own identifier; it may be a string or an array.',
            'Keys are chosen per issuer: a key trusted for one issuer must never validate a token that claims another.',
            '`typ`, such as `at+jwt` for access tokens, tells apart kinds of token from the same issuer.',
          ],
        },
      ],
    },
    {
      heading: 'When the claims are missing',
      blocks: [
        {
          type: 'text',
          text: 'A token without `iss` and `aud` gives the verifier nothing to compare. A verifier that requires them rejects it; one that checks them only when present accepts it anywhere. The findings panel flags each missing claim, and the missing `typ`.',
        },
        { type: 'try', tryId: 'bare' },
      ],
    },
  ],
  tries: [
    {
      id: 'billing',
      label: 'Open the token issued for billing',
      token: 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImNvdXJzZS1lczI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9iaWxsaW5nLmV4YW1wbGUuY29tIiwic2NvcGUiOiJpbnZvaWNlczpyZWFkIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.cym4RG9FLczwy56CLOXYVoxCIeMeKFJuDY_wUlS4TU65cISi0Gl_lMNI6uRrfgCzp5_Ie2vLG4LiZxplm2ydNw',
      key: es256PublicKey,
      expect: {
        kind: 'jws',
        alg: 'ES256',
        claims: { iss: 'https://login.example.com', aud: 'https://billing.example.com', scope: 'invoices:read' },
        findings: ['long-lifetime'],
        signature: 'valid',
      },
    },
    {
      id: 'bare',
      label: 'Open the token without iss, aud or typ',
      token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQ4MjEiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.PClJ5y7ft-ybLzv1XJ8Liodf1hOoo5YfwxA2zciATQE',
      key: courseSecret,
      expect: { kind: 'jws', alg: 'HS256', claims: { sub: 'user-4821' }, findings: ['missing-iss', 'missing-aud', 'missing-typ', 'long-lifetime'], signature: 'valid' },
    },
  ],
  handsOn: [
    'Open the token issued for billing and paste the ES256 public key into the key box. The verdict says Signature verified.',
    'In Check the claims, enter `https://login.example.com` as Expected issuer. The `iss` check passes.',
    'Enter `https://reports.example.com` as Expected audience. The `aud` check fails: the token is meant for billing. This is service B refusing a replayed token.',
    'Add a trailing slash to the expected issuer and watch `iss` fail too. Then open the token without `iss`, `aud` or `typ` and read its findings.',
  ],
  check: {
    question: 'The reports service (`https://reports.example.com`) receives a token from your login service with `"aud": "https://billing.example.com"`. The signature is valid and `exp` is in the future. What should it do?',
    options: [
      {
        text: 'Accept it: the signature proves that the login service issued it.',
        isCorrect: false,
        feedback: 'The signature proves where the token came from, not whom it was for. Accepting it is exactly the substitution attack.',
      },
      {
        text: 'Reject it: it is not addressed to the reports service.',
        isCorrect: true,
        feedback: 'A service accepts only tokens whose `aud` contains its own identifier.',
      },
      {
        text: 'Accept it if `iss` is the expected issuer.',
        isCorrect: false,
        feedback: 'The issuer is right here; the audience is what is wrong. Both checks are needed.',
      },
      {
        text: 'Accept it and log a warning.',
        isCorrect: false,
        feedback: 'A warning does not stop the replay; the request has already been served with the other service\'s authority.',
      },
    ],
  },
  references: [
    { label: 'RFC 7519 §4.1.1: "iss"', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1' },
    { label: 'RFC 7519 §4.1.3: "aud"', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3' },
    { label: 'RFC 8725 §2.7: Substitution attacks', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-2.7' },
    { label: 'RFC 8725 §3.8: Validate issuer and subject', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.8' },
    { label: 'RFC 8725 §3.9: Use and validate audience', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.9' },
    { label: 'RFC 8725 §3.11: Use explicit typing', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.11' },
  ],
}
