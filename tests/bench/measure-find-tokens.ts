// How long finding tokens takes in Node on large and hostile inputs: a 20 MB HAR file, a 20 MB log,
// and texts built to make a careless scanner quadratic. Run with `npx tsx tests/bench/measure-find-tokens.ts`
// (add `--mb=N` for another size). Each input is measured three times; the best run is reported.
import { findTokens } from '../../src/core/find/find-tokens'
import { encodeBase64urlText } from '../../src/core/encoding/base64url'
import { buildHar } from '../fixtures/har-fixtures'
import { makeToken } from '../fixtures/tokens'

const megabytes = Number(/--mb=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 20)
const targetBytes = megabytes * 1024 * 1024

/** A log of about `bytes`: lines of text, some with tokens in quotes, headers, URLs and JSON. */
function buildLog(bytes: number): string {
  const lines: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const token = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: `user-${i % 3000}`, iat: 1_765_000_000 + (i % 3000) })
    const line =
      i % 10 === 0
        ? `2025-12-06T10:00:${String(i % 60).padStart(2, '0')}.000Z INFO  issued "${token}", expires in 3600s.`
        : i % 10 === 1
          ? `{"level":"debug","msg":"request","headers":{"authorization":"Bearer ${token}"},"i":${i}}`
          : i % 10 === 2
            ? `2025-12-06T10:00:01.000Z DEBUG redirect https://app.example.test/cb?state=${i}&id_token=${token}&x=1`
            : `2025-12-06T10:00:02.000Z INFO  handled GET /v1/items/${i}?page=2 in ${i % 97} ms (user agent Mozilla/5.0; version 1.2.${i % 10})`
    lines.push(line)
    size += line.length + 1
  }
  return lines.join('\n')
}

const distinctTokens = (count: number) => Array.from({ length: count }, (_, i) => makeToken({ alg: 'none' }, { i }, ''))

const inputs: Array<[string, () => string]> = [
  [`HAR file, ${megabytes} MB`, () => buildHar({ targetBytes }).text],
  [`log, ${megabytes} MB`, () => buildLog(targetBytes)],
  ['one token repeated, separated by spaces', () => `${makeToken({ alg: 'HS256' }, { a: 1 })} `.repeat(Math.floor(targetBytes / 80))],
  ['headers followed by one-character parts', () => `${encodeBase64urlText('{"alg":"HS256"}')}.A.`.repeat(Math.floor(targetBytes / 24))],
  ['"eyJ" runs with dots, no whitespace', () => 'eyJ.'.repeat(Math.floor(targetBytes / 4))],
  ['one line of URL pairs, no whitespace', () => `https://x.test/?${'a=eyJ.b&'.repeat(Math.floor(targetBytes / 8))}`],
  ['unclosed brackets at every line start', () => '{"a": "\n'.repeat(Math.floor(targetBytes / 8))],
  ['lines ending in "}" with no "{"', () => 'a }\n'.repeat(Math.floor(targetBytes / 4))],
  ['a form body of pairs without "=", then a token', () => `a=1&${'b&'.repeat(Math.floor(targetBytes / 2))}t=${makeToken({ alg: 'HS256' }, { a: 1 })}`],
  ['a curl command (cmd) with a large JSON body', () => {
    const body = JSON.stringify({ items: Array.from({ length: Math.floor(targetBytes / 200) }, (_, i) => ({ i, note: 'x'.repeat(80), jwt: i % 100 === 0 ? makeToken({ alg: 'HS256' }, { i }) : null })) })
    return `curl ^"https://api.example.test/^" ^\n  --data-raw ^"${body.replaceAll('"', '\\^"')}^"`
  }],
  ['20,000 distinct tokens (past the 10,000 limit)', () => distinctTokens(20_000).join('\n')],
]

for (const [name, build] of inputs) {
  const text = build()
  let best = Infinity
  let result = findTokens('')
  for (let run = 0; run < 3; run++) {
    const start = performance.now()
    result = findTokens(text)
    best = Math.min(best, performance.now() - start)
  }
  const places = result.tokens.reduce((sum, row) => sum + row.sources.length, 0)
  console.log(
    `${name}: ${(text.length / 1024 / 1024).toFixed(1)} MB in ${best.toFixed(0)} ms, ${result.tokens.length} tokens at ${places} places${result.truncated ? ' (truncated)' : ''}`,
  )
}
