// Guessing an HMAC secret in real Chromium: workers, WebAssembly SIMD, the bundled wordlist, brute
// force, a wordlist file, and cancelling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SignJWT } from 'jose'
import { closeApp, fillEditor, openApp, openTool, recordRequests, runAxeInBothSchemes, type AppPage } from './page-fixture'

let app: AppPage
let requested: string[] = []

beforeAll(async () => {
  app = await openApp()
  requested = recordRequests(app.page)
})

afterAll(async () => {
  await closeApp()
})

const sign = (secret: string, alg = 'HS256') => new SignJWT({ sub: 'cracker' }).setProtectedHeader({ alg, typ: 'JWT' }).sign(new TextEncoder().encode(secret))
const crackState = () => app.page.getByTestId('crack-status').getAttribute('data-state')
const tried = async () => Number(await app.page.getByTestId('crack-status').getAttribute('data-tried'))
const textOf = async (testId: string) => (await app.page.getByTestId(testId).textContent()) ?? ''

async function useToken(token: string) {
  await fillEditor(app.page, 'token-input', token)
  await openTool(app.page, 'crack')
  await app.page.getByTestId('crack-start').waitFor()
}

async function bruteForce(charset: string, maxLength: number) {
  await app.page.getByTestId('crack-mode').selectOption('brute-force')
  await app.page.getByTestId('crack-charset').fill(charset)
  await app.page.getByTestId('crack-max-length').fill(String(maxLength))
}

describe('guessing the secret of the token on the page', () => {
  it('finds a secret from the bundled wordlist, and puts it in the key box', async () => {
    await useToken(await sign('keyboard cat'))
    await app.page.getByTestId('crack-mode').selectOption('wordlist')
    await app.page.getByTestId('crack-start').click()
    await expect.poll(crackState, { timeout: 20_000 }).toBe('found')
    expect(await textOf('crack-result')).toBe('keyboard cat')
    expect(await tried()).toBeGreaterThan(0)
    // A search this short says what it did and how long it took, not a start-up-bound rate.
    expect(await textOf('crack-summary')).toMatch(/^Found after [\d,]+ candidates? in (under 0\.1|\d\.\d) s · /)
    await app.page.getByRole('button', { name: 'Use this secret', exact: true }).click()
    await expect.poll(() => app.page.getByTestId('signature-status').getAttribute('data-state')).toBe('valid')
  })

  it('brute-forces a short secret over a–z', async () => {
    await useToken(await sign('abc'))
    await bruteForce('abcdefghijklmnopqrstuvwxyz', 3)
    await app.page.getByTestId('crack-start').click()
    await expect.poll(crackState, { timeout: 20_000 }).toBe('found')
    expect(await textOf('crack-result')).toBe('abc')
  })

  it('brute-forces HS512 too', async () => {
    await useToken(await sign('zz9', 'HS512'))
    await bruteForce('abcdefghijklmnopqrstuvwxyz0123456789', 3)
    await app.page.getByTestId('crack-start').click()
    await expect.poll(crackState, { timeout: 20_000 }).toBe('found')
    expect(await textOf('crack-result')).toBe('zz9')
  })

  it('says exhausted when the secret is outside the search', async () => {
    await useToken(await sign('not a short one'))
    await bruteForce('abc', 4)
    await app.page.getByTestId('crack-start').click()
    await expect.poll(crackState, { timeout: 20_000 }).toBe('exhausted')
    expect(await tried()).toBe(3 + 9 + 27 + 81)
  })

  it('finds a secret in a wordlist file, read in pieces by every worker', async () => {
    await useToken(await sign('line 20000 of the file'))
    await app.page.getByTestId('crack-mode').selectOption('file')
    const lines = Array.from({ length: 30_000 }, (_, i) => `line ${i} of the file`).join('\r\n')
    await app.page.getByTestId('crack-file').setInputFiles({ name: 'mine.txt', mimeType: 'text/plain', buffer: Buffer.from(lines) })
    await app.page.getByTestId('crack-start').click()
    await expect.poll(crackState, { timeout: 20_000 }).toBe('found')
    expect(await textOf('crack-result')).toBe('line 20000 of the file')
  })

  it('cancels a long brute force, measuring the rate on the way', async () => {
    await useToken(await sign('a long secret that brute force will not reach'))
    await bruteForce(' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~', 8)
    await app.page.getByTestId('crack-start').click()
    await expect.poll(crackState).toBe('running')
    await expect.poll(async () => Number(await app.page.getByTestId('crack-status').getAttribute('data-rate')), { timeout: 10_000 }).toBeGreaterThan(0)
    await expect.poll(tried).toBeGreaterThan(0)
    await app.page.getByTestId('crack-start').click()
    await expect.poll(crackState).toBe('cancelled')
    const after = await tried()
    await app.page.waitForTimeout(400)
    expect(await tried()).toBe(after)
  })
})

describe('accessibility and privacy', () => {
  it('has no serious violations with a result on screen, in light and dark', async () => {
    await useToken(await sign('secret'))
    await app.page.getByTestId('crack-mode').selectOption('wordlist')
    await app.page.getByTestId('crack-start').click()
    await expect.poll(crackState, { timeout: 20_000 }).toBe('found')
    expect(await runAxeInBothSchemes(app.page)).toEqual({ light: [], dark: [] })
  })

  it('made no request beyond the app\'s own files, and logged no errors', () => {
    expect(requested.filter((url) => !url.startsWith(app.baseUrl))).toEqual([])
    expect(app.pageErrors).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })
})
