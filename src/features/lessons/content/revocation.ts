import type { LessonContent } from '../lesson'
import { courseSecret } from './course-keys'

export const content: LessonContent = {
  sections: [
    {
      heading: 'Stateless means nobody is asked',
      blocks: [
        {
          type: 'text',
          text: 'A service that verifies a JWT by itself checks the signature and the claims and asks no one. That is the point of a self-contained token, and its cost: when a user logs out, loses a device or is locked out, every copy of the token keeps working until `exp`.',
        },
        { type: 'try', tryId: 'long' },
      ],
    },
    {
      heading: 'Ways to take a token back',
      blocks: [
        {
          type: 'list',
          items: [
            'Short lifetimes: a token that lives 5 minutes can be misused for 5 minutes at most, with no list to keep.',
            'A deny-list of `jti` values that every service checks, each entry kept until that token\'s `exp`.',
            'A cut-off per user: reject this `sub`\'s tokens issued (`iat`) before the moment of logout.',
            'A new signing key: revokes every token at once, for every user.',
            'Introspection (RFC 7662): ask the issuer about each token; always current, at the cost of a call per request.',
          ],
        },
      ],
    },
    {
      heading: '"jti": a name for each token',
      blocks: [
        {
          type: 'text',
          text: '`jti` gives each token a unique ID, so a deny-list can name one token without storing it. An entry is needed only until the token\'s `exp`, which is why short lifetimes keep the list small. The first token in this lesson expires in 2100, so its `jti` would have to stay on the list until then.',
        },
        { type: 'try', tryId: 'short' },
        {
          type: 'text',
          text: 'This token lived 5 minutes. Once it had expired, nothing about it needed remembering.',
        },
      ],
    },
    {
      heading: 'Where revocation belongs',
      blocks: [
        {
          type: 'text',
          text: 'With OAuth, revoke the refresh token or the session at the authorization server (RFC 7009). No new access tokens are issued, and the existing ones expire within minutes. If logout must take effect within seconds, check a deny-list or introspect, and accept that your services now keep state.',
        },
      ],
    },
  ],
  tries: [
    {
      id: 'long',
      label: 'Open the token valid until 2100',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDAsImp0aSI6IjdkMGMyZjVlLThhNDEtNGI5ZS05ZDNhLTVjNmYxZTJiN2E5MCJ9.Ch1J4ax0Fjmkaq8rzmBCCBegESKwQxIoz92oaJ0-7tU',
      key: courseSecret,
      expect: { kind: 'jws', alg: 'HS256', claims: { jti: '7d0c2f5e-8a41-4b9e-9d3a-5c6f1e2b7a90', exp: 4102444800 }, findings: ['long-lifetime'], signature: 'valid' },
    },
    {
      id: 'short',
      label: 'Open the 5-minute token',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJyb2xlIjoidmlld2VyIiwianRpIjoiYjNlMWE5YzQtMmY2ZC00ZThhLWI3YzUtMGQ5ZjhlMWEyYzNiIiwiaWF0IjoxNzcyNDQyMDAwLCJleHAiOjE3NzI0NDIzMDB9.Ov8OJKyVlRxJmK5Fc9hUAUK12XBMOlZJ4suqTyeizw8',
      key: courseSecret,
      expect: { kind: 'jws', alg: 'HS256', claims: { jti: 'b3e1a9c4-2f6d-4e8a-b7c5-0d9f8e1a2c3b', iat: 1772442000, exp: 1772442300 }, findings: [], signature: 'valid' },
    },
  ],
  handsOn: [
    'Open the token valid until 2100. The findings panel flags `long-lifetime`; find `jti` in the Payload panel.',
    'Paste the secret into the key box (Secret encoding: base64url), so that your edits are signed.',
    'In the claim shortcuts under the Payload editor, press iat = now, then 5 min (exp = now +), then random jti. The `long-lifetime` finding goes away, and the token has a new ID that a deny-list could name.',
    'Open the 5-minute token: Signature verified, and expired. A deny-list entry for its `jti` could have been dropped at its `exp`.',
  ],
  check: {
    question: 'A user reports a stolen laptop. Your APIs check JWT access tokens themselves, and the tokens are valid for 8 hours. Which step stops the stolen tokens soonest?',
    options: [
      {
        text: 'Revoke the user\'s refresh token at the authorization server.',
        isCorrect: false,
        feedback: 'Do it, but it is not enough: it stops new access tokens, and the ones already issued work for up to 8 more hours.',
      },
      {
        text: 'Put the user\'s token IDs, or a cut-off time for their `sub`, on a deny-list that every API checks.',
        isCorrect: true,
        feedback: 'Only a check at the APIs reaches tokens that have already been issued. The entries can go once those tokens expire.',
      },
      {
        text: 'Ask the user to change their password.',
        isCorrect: false,
        feedback: 'Issued tokens do not depend on the password; they stay valid until `exp`.',
      },
      {
        text: 'Nothing: the tokens expire by themselves.',
        isCorrect: false,
        feedback: 'Eight hours is plenty of time to use a stolen token. This is why access tokens should live minutes.',
      },
    ],
  },
  references: [
    { label: 'RFC 7519 §4.1.7: "jti"', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.7' },
    { label: 'RFC 7009 §2: Token revocation', url: 'https://www.rfc-editor.org/rfc/rfc7009#section-2' },
    { label: 'RFC 7662 §2: Token introspection', url: 'https://www.rfc-editor.org/rfc/rfc7662#section-2' },
    { label: 'OWASP JSON Web Token Cheat Sheet: JWT revocation', url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html#jwt-revocation' },
  ],
}
