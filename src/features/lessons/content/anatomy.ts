import type { LessonContent } from '../lesson'
import { courseSecret } from './course-keys'

export const content: LessonContent = {
  sections: [
    {
      heading: 'Three parts, two dots',
      blocks: [
        {
          type: 'text',
          text: 'A signed JWT in compact form is three base64url strings joined by dots: `header.payload.signature`. The header and the payload decode to JSON; the signature decodes to raw bytes. Hover over each part to see the bytes it carries.',
        },
        { type: 'anatomy', tryId: 'hs256' },
      ],
    },
    {
      heading: 'base64url is a spelling, not a lock',
      blocks: [
        {
          type: 'text',
          text: 'base64url writes bytes with 64 characters that are safe in URLs: `A–Z`, `a–z`, `0–9`, `-` and `_`. Each character carries 6 bits, so every 3 bytes become 4 characters. JWTs leave out the `=` padding, so a part\'s length need not be a multiple of 4.',
        },
        { type: 'text', text: 'Decoding needs no key. Whoever holds a token can read its header and payload.' },
      ],
    },
    {
      heading: 'The header says how to check the token',
      blocks: [
        {
          type: 'list',
          items: [
            '`alg` names the signature algorithm: here `HS256`, HMAC with SHA-256.',
            '`typ` says what kind of object this is; `JWT` is the usual value.',
            'Other members, such as `kid`, `jku` or `jwk`, help a verifier find the key. Later lessons show why a verifier must not simply obey them.',
          ],
        },
      ],
    },
    {
      heading: 'The payload holds the claims',
      blocks: [
        {
          type: 'text',
          text: 'The payload is a JSON object of claims. RFC 7519 registers a few short names, among them `iss` (who issued the token), `sub` (whom it is about), `aud` (who should accept it), and `exp`, `nbf` and `iat` (times in seconds since 1970, UTC). Other names, such as `name` here, are claims that the issuer and its services agree on.',
        },
        {
          type: 'text',
          text: 'This lesson\'s tokens expire in 2100 so that they keep working, and the findings panel flags that as `long-lifetime`. Real tokens should live for minutes.',
        },
      ],
    },
    {
      heading: 'The signature covers the text, not the JSON',
      blocks: [
        {
          type: 'text',
          text: 'The signature is computed over the ASCII text `header.payload`, exactly as it appears in the token. Change one character of either part and it no longer matches. This token uses HMAC, so the same secret makes the signature and checks it.',
        },
        { type: 'try', tryId: 'hs256' },
        {
          type: 'text',
          text: 'The second token has the same header and signature, but its payload says `"name": "Charles Babbage"`. The claims look just as plausible; only the signature check tells the two apart.',
        },
        { type: 'try', tryId: 'tampered' },
      ],
    },
  ],
  tries: [
    {
      id: 'hs256',
      label: 'Open the HS256 token in the debugger',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJuYW1lIjoiQWRhIExvdmVsYWNlIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.7ZDtad7LxJysMCUE6bYyxZPUQEIjoPXXsL6g7z_3O5w',
      key: courseSecret,
      expect: {
        kind: 'jws',
        alg: 'HS256',
        claims: { iss: 'https://login.example.com', sub: 'user-4821', aud: 'https://api.example.com', name: 'Ada Lovelace', iat: 1767225600, exp: 4102444800 },
        findings: ['long-lifetime'],
        signature: 'valid',
      },
    },
    {
      id: 'tampered',
      label: 'Open the tampered copy in the debugger',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJuYW1lIjoiQ2hhcmxlcyBCYWJiYWdlIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.7ZDtad7LxJysMCUE6bYyxZPUQEIjoPXXsL6g7z_3O5w',
      key: courseSecret,
      expect: {
        kind: 'jws',
        alg: 'HS256',
        claims: { sub: 'user-4821', name: 'Charles Babbage' },
        findings: ['long-lifetime'],
        signature: 'invalid',
      },
    },
  ],
  handsOn: [
    'Open the HS256 token. In the Encoded token panel, the header, payload and signature each have their own colour; the Header and Payload panels show the decoded JSON.',
    'Paste the secret into the key box of the Verify signature panel and set Secret encoding to base64url. The verdict says Signature verified.',
    'In the Payload editor, change `"name"` to your own name. The page re-encodes the payload and signs it again with the key box: the second and third parts of the token change, the first stays the same.',
    'Open the tampered copy, keeping the secret in the key box. The claims decode as before, but the verdict says Invalid signature.',
  ],
  check: {
    question: 'What does the third part of an HS256 token contain?',
    options: [
      {
        text: 'The HMAC-SHA-256 of the text `header.payload` under the secret, base64url-encoded.',
        isCorrect: true,
        feedback: 'The MAC covers the two encoded parts exactly as they appear in the token, so changing any character breaks it.',
      },
      {
        text: 'The secret itself, base64url-encoded, so that the recipient can check it.',
        isCorrect: false,
        feedback: 'The secret never travels in the token; the recipient must already hold it. A token that carried its own key would prove nothing.',
      },
      {
        text: 'An encrypted copy of the payload.',
        isCorrect: false,
        feedback: 'A signature protects integrity, not secrecy. Encrypted tokens (JWE) have five parts, not three.',
      },
      {
        text: 'A SHA-256 hash of the decoded claims.',
        isCorrect: false,
        feedback: 'Two things are wrong: a plain hash needs no key, so anyone could recompute it after a change; and the MAC covers the encoded text, not the decoded JSON, which could be written in many equivalent ways.',
      },
    ],
  },
  references: [
    { label: 'RFC 7519 §3: JWT overview', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-3' },
    { label: 'RFC 7519 §4.1: Registered claim names', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1' },
    { label: 'RFC 7515 §3.1: JWS compact serialization', url: 'https://www.rfc-editor.org/rfc/rfc7515#section-3.1' },
    { label: 'RFC 7515 §5.1: Computing the signature', url: 'https://www.rfc-editor.org/rfc/rfc7515#section-5.1' },
    { label: 'RFC 4648 §5: base64url', url: 'https://www.rfc-editor.org/rfc/rfc4648#section-5' },
  ],
}
