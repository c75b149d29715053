// The cracker's speed in Chromium, for `npm run bench`: candidates per second on a typical HS256 token
// with every core, with one worker, and beside it a loop of one WebCrypto call per candidate, all on
// the same token in the same run; then HS384 and HS512. The workers are the app's own crack worker,
// driven from a small page built here (tests/bench/cracker/), so the numbers do not depend on where the
// panel sits on the debugger page; when the panel is there, its own reading is shown too.
import { createHmac } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { build } from 'vite'
import { startStaticServer } from '../e2e/static-server'
import { encodeBase64urlText } from '../../src/core/encoding/base64url'
import type { CrackerRequest, WebCryptoRequest } from './cracker/crack-bench'
import type { EngineKind } from '../../src/core/crack/hmac-engine'
import type { HmacAlg } from '../../src/core/hash/hmac-alg'

const targetRate = 1_000_000
const timing = { warmupMs: 1000, measureMs: 3000 }
const nodeHashes: Record<HmacAlg, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }
const webCryptoHashes: Record<HmacAlg, string> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' }

/** A login token of `length` characters, signed with a secret far outside the brute-force space. */
function typicalToken(alg: HmacAlg, length = 250) {
  const signatureChars = Math.ceil((Number(alg.slice(2)) / 8) * 4 / 3)
  const header = encodeBase64urlText(JSON.stringify({ alg, typ: 'JWT' }))
  const claims = { sub: '248289761001', name: 'Jane Doe', email: 'jane@example.com', iat: 1735689600, exp: 1735693200, jti: '' }
  const base = header.length + 2 + signatureChars + encodeBase64urlText(JSON.stringify(claims)).length
  claims.jti = 'x'.repeat(Math.max(0, Math.floor(((length - base) * 3) / 4)))
  const signingInput = `${header}.${encodeBase64urlText(JSON.stringify(claims))}`
  const signature = createHmac(nodeHashes[alg], 'a secret of more than eight characters').update(signingInput).digest()
  return { token: `${signingInput}.${signature.toString('base64url')}`, signingInput: [...Buffer.from(signingInput)], signature: [...signature] }
}

export async function measureCracker(browser: Browser, appUrl: string): Promise<string[]> {
  const outDir = await mkdtemp(join(tmpdir(), 'crack-bench-'))
  await build({ root: join(import.meta.dirname, 'cracker'), base: './', configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022' } })
  const server = await startStaticServer({ root: outDir, basePath: '/crack-bench/' })
  const page = await browser.newPage()
  try {
    await page.addInitScript('globalThis.__name = (fn) => fn')
    await page.goto(server.url)
    const cores = await page.evaluate(() => navigator.hardwareConcurrency)
    const cracker = (alg: HmacAlg, workers: number, engine: EngineKind = 'wasm-simd') =>
      page.evaluate((request) => (window as unknown as { crackerRate(r: CrackerRequest): Promise<number> }).crackerRate(request), { ...typicalToken(alg), alg, workers, engine, ...timing })
    const webCrypto = (alg: HmacAlg, workers: number) =>
      page.evaluate((request) => (window as unknown as { webCryptoRate(r: WebCryptoRequest & { workers: number }): Promise<number> }).webCryptoRate(request), {
        ...typicalToken(alg),
        hash: webCryptoHashes[alg],
        workers,
        ...timing,
      })

    const allCores = await cracker('HS256', cores)
    const oneWorker = await cracker('HS256', 1)
    const jsOneWorker = await cracker('HS256', 1, 'js')
    const webCryptoOne = await webCrypto('HS256', 1)
    const webCryptoAll = await webCrypto('HS256', cores)
    const hs384 = await cracker('HS384', cores)
    const hs512 = await cracker('HS512', cores)
    const appRate = await measureThroughApp(browser, appUrl, typicalToken('HS256').token)

    const rate = (value: number) => `${Math.round(value).toLocaleString('en-US').padStart(11)} candidates/s`
    const times = (value: number, base: number) => `${(value / base).toFixed(1)}×`
    return [
      `Secret cracker, Chromium headless, ${cores} cores (navigator.hardwareConcurrency), HS256 token of ${typicalToken('HS256').token.length} bytes, ${timing.measureMs / 1000} s each after ${timing.warmupMs / 1000} s warm-up`,
      `  WebAssembly SIMD, ${cores} workers     ${rate(allCores)} (target ${targetRate.toLocaleString('en-US')}): ${allCores >= targetRate ? 'met' : 'MISSED'}, ${times(allCores, webCryptoOne)} one WebCrypto loop, ${times(allCores, webCryptoAll)} ${cores} of them`,
      `  WebAssembly SIMD, 1 worker      ${rate(oneWorker)}, ${times(oneWorker, webCryptoOne)} the WebCrypto loop`,
      `  JavaScript fallback, 1 worker   ${rate(jsOneWorker)}`,
      `  WebCrypto importKey + sign per candidate, awaited in turn: 1 worker ${rate(webCryptoOne)}; ${cores} workers ${rate(webCryptoAll)}`,
      `  HS384, WebAssembly SIMD, ${cores} workers ${rate(hs384)}`,
      `  HS512, WebAssembly SIMD, ${cores} workers ${rate(hs512)}`,
      appRate === null
        ? '  through the debugger page: skipped, the cracker did not open from its tool link'
        : `  through the debugger page (crack-status data-rate, brute force): ${rate(appRate)}`,
    ]
  } finally {
    await page.close()
    await server.close()
    await rm(outDir, { recursive: true, force: true })
  }
}

/** The rate the panel itself shows after a few seconds of brute force, or null without the panel. */
async function measureThroughApp(browser: Browser, appUrl: string, token: string): Promise<number | null> {
  const page = await browser.newPage()
  try {
    // The cracker is a tool of the debugger's tool bar: open it from the link, as a shared link would.
    await page.goto(`${appUrl}#/?tool=crack`)
    await page.getByTestId('token-input').fill(token)
    if (!(await page.getByTestId('crack-start').waitFor({ timeout: 20_000 }).then(() => true, () => false))) return null
    await page.getByTestId('crack-mode').selectOption('brute-force')
    await page.getByRole('button', { name: 'printable ASCII' }).click()
    await page.getByTestId('crack-max-length').fill('8')
    await page.getByTestId('crack-start').click()
    await page.waitForTimeout(timing.warmupMs + timing.measureMs)
    const rate = Number(await page.getByTestId('crack-status').getAttribute('data-rate'))
    await page.getByTestId('crack-start').click()
    return rate
  } finally {
    await page.close()
  }
}
