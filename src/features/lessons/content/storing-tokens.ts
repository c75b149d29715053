import type { LessonContent } from '../lesson'
import { courseSecret } from './course-keys'

export const content: LessonContent = {
  sections: [
    {
      heading: 'What a script on your page can reach',
      blocks: [
        {
          type: 'text',
          text: 'Whatever your JavaScript can read, an XSS payload running in your page can read too: `localStorage`, `sessionStorage`, your app\'s variables. A token taken that way works from the attacker\'s machine until it expires.',
        },
        {
          type: 'text',
          text: 'A cookie marked `HttpOnly` is sent by the browser with each request but cannot be read by any script. XSS can still send requests from your page while it runs; it cannot carry the token away.',
        },
      ],
    },
    {
      heading: 'Cookie attributes that matter',
      blocks: [
        {
          type: 'list',
          items: [
            '`HttpOnly`: no script can read the cookie.',
            '`Secure`: the cookie is sent over HTTPS only.',
            '`SameSite=Lax` or `Strict`: the cookie stays off most cross-site requests, which blunts CSRF.',
            '`Path` and a short `Max-Age`: sent only where needed, kept only as long as needed.',
            'The `__Host-` name prefix: the browser insists on `Secure`, `Path=/` and no `Domain`, so another subdomain cannot set the cookie.',
          ],
        },
        {
          type: 'code',
          label: 'The token in a cookie, as your server sets it',
          text: 'Set-Cookie: __Host-session=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=900',
        },
      ],
    },
    {
      heading: 'The options side by side',
      blocks: [
        {
          type: 'list',
          items: [
            '`localStorage`: survives reloads, shared by every tab and every script of the origin. Avoid it for tokens.',
            'Memory only: lost on reload; readable by XSS while the page is open, and gone after.',
            '`HttpOnly` cookie: out of reach of scripts, but sent automatically, so protect requests that change state against CSRF.',
            'A backend for the frontend: your server keeps the tokens and the browser holds only a session cookie.',
          ],
        },
      ],
    },
    {
      heading: 'A cookie holds about 4 KB',
      blocks: [
        {
          type: 'text',
          text: 'Browsers promise only 4096 bytes per cookie, name and attributes included, and many servers refuse request headers over 8 KB. The token below lists 120 permissions and is 4,931 bytes: as a cookie it would be dropped without an error. The findings panel flags it as `large-token`.',
        },
        { type: 'try', tryId: 'large' },
        {
          type: 'text',
          text: 'Carry a role or a scope instead of the full list, and look the permissions up on the server.',
        },
      ],
    },
  ],
  tries: [
    {
      id: 'large',
      label: 'Open the 4,931-byte token',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00ODIxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJuYW1lIjoiQWRhIExvdmVsYWNlIiwicGVybWlzc2lvbnMiOlsib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMDEiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAwMiIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDAzIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMDQiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAwNSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDA2Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMDciLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAwOCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDA5Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMTAiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAxMSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDEyIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMTMiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAxNCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDE1Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMTYiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAxNyIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDE4Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMTkiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAyMCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDIxIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMjIiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAyMyIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDI0Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMjUiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAyNiIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDI3Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMjgiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAyOSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDMwIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMzEiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAzMiIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDMzIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMzQiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAzNSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDM2Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwMzciLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDAzOCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDM5Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNDAiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA0MSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDQyIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNDMiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA0NCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDQ1Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNDYiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA0NyIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDQ4Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNDkiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA1MCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDUxIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNTIiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA1MyIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDU0Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNTUiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA1NiIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDU3Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNTgiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA1OSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDYwIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNjEiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA2MiIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDYzIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNjQiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA2NSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDY2Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNjciLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA2OCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDY5Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNzAiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA3MSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDcyIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNzMiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA3NCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDc1Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNzYiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA3NyIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDc4Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwNzkiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA4MCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDgxIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwODIiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA4MyIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDg0Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwODUiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA4NiIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDg3Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwODgiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA4OSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDkwIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwOTEiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA5MiIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDkzIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwOTQiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA5NSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDk2Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAwOTciLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDA5OCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMDk5Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAxMDAiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDEwMSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMTAyIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAxMDMiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDEwNCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMTA1Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAxMDYiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDEwNyIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMTA4Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAxMDkiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDExMCIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMTExIiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAxMTIiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDExMyIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMTE0Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAxMTUiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDExNiIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMTE3Iiwib3JkZXJzOndyaXRlOnN0b3JlLWV1LTAxMTgiLCJvcmRlcnM6d3JpdGU6c3RvcmUtZXUtMDExOSIsIm9yZGVyczp3cml0ZTpzdG9yZS1ldS0wMTIwIl0sImlhdCI6MTc2NzIyNTYwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.22rrx9njOkftM7bPnMfY_70155iguFLmwxKQjCF1TuY',
      key: courseSecret,
      expect: { kind: 'jws', alg: 'HS256', claims: { sub: 'user-4821', name: 'Ada Lovelace' }, findings: ['large-token', 'long-lifetime'], signature: 'valid' },
    },
  ],
  handsOn: [
    'Open the 4,931-byte token and read the `large-token` finding.',
    'Paste the secret into the key box (Secret encoding: base64url), so that your edits are signed. The verdict says Signature verified.',
    'In the Payload editor, replace the whole `permissions` array with `"scope": "orders:write"`. The token is signed again, shrinks well below 4096 bytes, and the `large-token` finding goes away.',
  ],
  check: {
    question: 'An XSS bug lets an attacker run script in your page. Where is an access token safe from being copied to the attacker\'s server?',
    options: [
      {
        text: 'In `localStorage`.',
        isCorrect: false,
        feedback: 'Any script of the origin can call `localStorage.getItem`, the injected one included.',
      },
      {
        text: 'In `sessionStorage`, because it belongs to one tab.',
        isCorrect: false,
        feedback: 'The injected script runs in that same tab, so it reads `sessionStorage` just as your code does.',
      },
      {
        text: 'In an `HttpOnly` cookie.',
        isCorrect: true,
        feedback: 'No script can read it, so the token cannot be carried away. The attacker can still act through your page while the script runs, so fix the XSS as well.',
      },
      {
        text: 'In a variable inside a closure.',
        isCorrect: false,
        feedback: 'Injected script can wrap `fetch` or your API client and see the token the next time it is used. Memory only keeps the token from surviving a reload.',
      },
    ],
  },
  references: [
    { label: 'RFC 6265 §4.1.2.5: The Secure attribute', url: 'https://www.rfc-editor.org/rfc/rfc6265#section-4.1.2.5' },
    { label: 'RFC 6265 §4.1.2.6: The HttpOnly attribute', url: 'https://www.rfc-editor.org/rfc/rfc6265#section-4.1.2.6' },
    { label: 'RFC 6265 §6.1: Cookie size limits', url: 'https://www.rfc-editor.org/rfc/rfc6265#section-6.1' },
    { label: 'OWASP Session Management Cheat Sheet: cookies', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#cookies' },
    { label: 'OWASP HTML5 Security Cheat Sheet: local storage', url: 'https://cheatsheetseries.owasp.org/cheatsheets/HTML5_Security_Cheat_Sheet.html#local-storage' },
    { label: 'OAuth 2.0 for Browser-Based Applications (IETF)', url: 'https://datatracker.ietf.org/doc/draft-ietf-oauth-browser-based-apps/' },
  ],
}
