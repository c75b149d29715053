// Tokens found in what people paste or give as a file, in Chromium against the production build:
// each kind of text lists its tokens with where they stood, a HAR file is searched without entering
// the editor, a 20 MB one without a long task on the page, and nothing is sent anywhere.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeApp, fillEditor, openApp, recordRequests, runAxeInBothSchemes, type AppPage } from './page-fixture'
import { makeToken } from '../fixtures/tokens'
import { buildHar } from '../fixtures/har-fixtures'

let app: AppPage
let requested: string[] = []

beforeAll(async () => {
  app = await openApp()
  requested = recordRequests(app.page)
})
afterAll(async () => {
  await closeApp()
})

const first = makeToken({ alg: 'HS256', typ: 'JWT' }, { iss: 'https://login.example.com', sub: 'first', exp: 4_102_444_800 })
const second = makeToken({ alg: 'RS256', typ: 'JWT' }, { sub: 'second', exp: 1_700_000_000 })

interface Row {
  token: string | null
  source: string | null
}

async function rows(): Promise<Row[]> {
  return app.page.getByTestId('found-token').evaluateAll((elements) => elements.map((element) => ({ token: element.getAttribute('data-token'), source: element.getAttribute('data-source') })))
}

/** Waits for the rows to be these (long lists are drawn a batch at a time, up to 200). */
async function expectRows(expected: Row[]): Promise<void> {
  await expect.poll(rows, { timeout: 20_000 }).toEqual(expected.slice(0, 200))
}

/**
 * Pastes the text and waits for its rows; the rows themselves show that the editor holds the text.
 * The box is cleared first: Playwright's fill selects what the editor has drawn, which for a long
 * text scrolled away from its start is only part of it.
 */
async function pasteAndExpectRows(text: string, expected: Row[]): Promise<void> {
  const clear = app.page.getByRole('button', { name: 'Clear', exact: true })
  if (await clear.isEnabled()) await clear.click()
  await app.page.getByTestId('token-input').fill(text)
  await app.page.locator('.cm-content[data-testid="token-input"]').waitFor()
  await expectRows(expected)
}

const rowsOf = (tokens: Array<{ token: string; sources: string[] }>): Row[] => tokens.map(({ token, sources }) => ({ token, source: sources.join(', ') }))

describe('tokens found in pasted text', () => {
  const cases: Array<{ name: string; text: string; expected: Row[] }> = [
    {
      name: 'a log line',
      text: `2026-12-06T10:00:00.123Z INFO auth: issued ${first} to client web (refresh ${second})`,
      expected: [
        { token: first, source: 'text' },
        { token: second, source: 'text' },
      ],
    },
    {
      name: 'a curl command',
      text: `curl 'https://api.example.com/v1/me?access_token=${second}' \\\n  -H 'Authorization: Bearer ${first}' \\\n  -H 'Accept: application/json'`,
      expected: [
        { token: second, source: 'query:access_token' },
        { token: first, source: 'authorization-header' },
      ],
    },
    {
      name: 'a request with Cookie and Authorization headers',
      text: `GET /v1/me HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer ${first}\nCookie: theme=dark; session=${second}\n\n`,
      expected: [
        { token: first, source: 'authorization-header' },
        { token: second, source: 'cookie:session' },
      ],
    },
    {
      name: 'an OAuth token response',
      text: JSON.stringify({ access_token: first, token_type: 'Bearer', expires_in: 3600, id_token: second }, null, 2),
      expected: [
        { token: first, source: 'json:access_token' },
        { token: second, source: 'json:id_token' },
      ],
    },
    {
      name: 'a redirect URL with #id_token=',
      text: `https://app.example.com/callback#id_token=${second}&state=af0ifjsldkj&session_state=x`,
      expected: [{ token: second, source: 'fragment:id_token' }],
    },
    {
      name: 'the same token in two places, as one row',
      text: `Authorization: Bearer ${first}\nCookie: at=${first}`,
      expected: [{ token: first, source: 'authorization-header, cookie:at' }],
    },
  ]

  it.each(cases)('lists the tokens of $name', async ({ text, expected }) => {
    await pasteAndExpectRows(text, expected)
  })

  it('lists the tokens of a pasted HAR, with the places of each', async () => {
    const har = buildHar({ minEntries: 6, seed: 7 })
    await pasteAndExpectRows(har.text, rowsOf(har.tokens))
  })

  it('opens a found token in the debugger, and goes back to the text', async () => {
    const { page } = app
    const text = `GET /v1/me HTTP/1.1\nAuthorization: Bearer ${first}\nCookie: session=${second}\n`
    await pasteAndExpectRows(text, [
      { token: first, source: 'authorization-header' },
      { token: second, source: 'cookie:session' },
    ])
    await page.locator(`[data-testid="found-token"][data-source="cookie:session"]`).click()
    await expect.poll(() => page.getByTestId('token-kind').getAttribute('data-kind')).toBe('jws')
    expect(JSON.parse((await page.getByTestId('payload-json').textContent()) ?? '')).toEqual({ sub: 'second', exp: 1_700_000_000 })
    await expect.poll(() => page.getByTestId('expiry-status').getAttribute('data-state')).toBe('expired')
    await expect.poll(() => page.getByTestId('found-token').count()).toBe(0)
    await page.getByRole('button', { name: '← Back to the 2 tokens found in the text' }).click()
    await expect.poll(() => page.getByTestId('found-token').count()).toBe(2)
    expect(await runAxeInBothSchemes(page)).toEqual({ light: [], dark: [] })
  })
})

describe('tokens found in a file', () => {
  it('lists the tokens of a HAR file given to find-file, without putting it in the editor', async () => {
    const { page } = app
    await fillEditor(page, 'token-input', first)
    const har = buildHar({ minEntries: 12, seed: 3 })
    await page.getByTestId('find-file').setInputFiles({ name: 'app.har', mimeType: 'application/json', buffer: Buffer.from(har.text) })
    await page.getByRole('heading', { name: `${har.tokens.length} tokens in app.har` }).waitFor()
    await expectRows(rowsOf(har.tokens))
    // The token box keeps its token.
    expect(await page.getByTestId('token-kind').getAttribute('data-kind')).toBe('jws')
    const opened = har.tokens.find(({ sources }) => sources[0]?.startsWith('cookie:'))!
    await page.locator(`[data-testid="found-token"][data-token="${opened.token}"]`).click()
    await expect.poll(() => page.getByTestId('token-loaded').textContent()).toMatch(/^Opened the token from cookie .* in app\.har\.$/)
    await expect.poll(() => page.getByTestId('token-kind').getAttribute('data-kind')).not.toBe('invalid')
    await page.getByRole('button', { name: `← Back to the ${har.tokens.length} tokens in app.har` }).click()
    await expect.poll(() => page.getByTestId('found-token').count()).toBe(Math.min(200, har.tokens.length))
    await page.getByRole('button', { name: 'Close the search of app.har' }).click()
  })

  it('takes a file dropped on the token box, which the editor leaves alone', async () => {
    const { page } = app
    await fillEditor(page, 'token-input', first)
    const log = `first ${first}\nsecond ${second}\n`
    await page.locator('.cm-content[data-testid="token-input"]').evaluate((target, text) => {
      const data = new DataTransfer()
      data.items.add(new File([text], 'dropped.log', { type: 'text/plain' }))
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }))
    }, log)
    await page.getByRole('heading', { name: '2 tokens in dropped.log' }).waitFor()
    await expectRows([
      { token: first, source: 'text' },
      { token: second, source: 'text' },
    ])
    expect(await page.locator('.cm-content[data-testid="token-input"]').textContent()).toBe(first)
    await page.getByRole('button', { name: 'Close the search of dropped.log' }).click()
  })

  it('lists the tokens of a 20 MB HAR with no main-thread task over 200 ms', { timeout: 180_000 }, async () => {
    const { page } = app
    const har = buildHar({ targetBytes: 20 * 1024 * 1024, seed: 20 })
    // Given as a path, so the browser reads the file itself, as it does a file a person chooses.
    const folder = await mkdtemp(join(tmpdir(), 'finder-e2e-'))
    const path = join(folder, 'big.har')
    try {
      await writeFile(path, har.text)
      await page.evaluate(() => {
        const seen: number[] = []
        ;(window as unknown as { longTasks: number[] }).longTasks = seen
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.push(entry.duration))).observe({ type: 'longtask' })
      })
      await page.getByTestId('find-file').setInputFiles(path)
      await page.getByText('Searching big.har…').first().waitFor({ state: 'attached' })
      await page.getByRole('heading', { name: `${har.tokens.length.toLocaleString('en-US')} tokens in big.har` }).waitFor({ timeout: 120_000 })
      // Long tasks are reported a moment after they end.
      await page.waitForTimeout(500)
      const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
      expect(Math.max(0, ...longTasks)).toBeLessThan(200)
      await expectRows(rowsOf(har.tokens))
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('sent nothing beyond the site\'s own files', () => {
    expect(requested.length).toBeGreaterThan(0)
    expect(requested.filter((url) => !url.startsWith(app.baseUrl))).toEqual([])
    expect(app.pageErrors).toEqual([])
  })
})
