// The editors at sizes where CodeMirror draws only part of the text, in real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeApp, fillEditor, openApp, type AppPage } from './page-fixture'
import { makeToken } from '../fixtures/tokens'

let app: AppPage

beforeAll(async () => {
  app = await openApp()
})
afterAll(async () => {
  await closeApp()
})

const jsonOf = async (testId: string) => JSON.parse((await app.page.getByTestId(testId).textContent()) ?? '') as unknown
const payloadView = ':has(> [data-testid="payload-json"]) .cm-content'

describe('the decoded JSON views', () => {
  it('hold the whole payload in payload-json, however few lines are drawn', async () => {
    const payload = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`claim${i}`, `value ${i}`]))
    await fillEditor(app.page, 'token-input', makeToken({ alg: 'HS256' }, payload))
    await expect.poll(() => jsonOf('payload-json')).toEqual(payload)
    // Even out of view, the editor draws the lines near its top, not all 3000.
    expect(await app.page.locator(payloadView).evaluate((content) => content.querySelectorAll('.cm-line').length)).toBeLessThan(200)
  })

  // A claim of a megabyte is one line of the payload JSON, which CodeMirror draws in stretches.
  it('colour a 1 MB claim without the highlighter failing', async () => {
    const payload = { sub: 'big', blob: 'b'.repeat(1024 * 1024) }
    await fillEditor(app.page, 'token-input', makeToken({ alg: 'HS256' }, payload))
    await expect.poll(() => jsonOf('payload-json')).toEqual(payload)
    await expect.poll(() => app.page.locator(`${payloadView} .cm-json-string`).count()).toBeGreaterThan(1)
    expect(app.consoleErrors).toEqual([])
    expect(app.pageErrors).toEqual([])
  })
})

describe('filling the token box over a long text', () => {
  it('replaces all of it, not only the part drawn', async () => {
    const big = makeToken({ alg: 'HS256' }, { sub: 'big', blob: 'x'.repeat(1_000_000) })
    await fillEditor(app.page, 'token-input', big)
    await expect.poll(async () => ((await jsonOf('payload-json')) as { sub?: string }).sub).toBe('big')
    // Scrolled to the end, the editor draws only the last part of the one long line.
    await app.page.locator('.cm-content[data-testid="token-input"]').click()
    await app.page.keyboard.press('Control+End')
    const payload = { sub: 'small' }
    await app.page.getByTestId('token-input').fill(makeToken({ alg: 'HS256' }, payload))
    await expect.poll(() => jsonOf('payload-json')).toEqual(payload)
    expect(app.pageErrors).toEqual([])
  })
})

// From 64 K characters, the editor applies keys itself instead of reading the browser's edit back.
describe('typing into a token of 100 KB', () => {
  it('inserts and deletes where the caret is, as in a small one', async () => {
    const payload = { sub: 'typed', blob: 'b'.repeat(80_000) }
    const token = makeToken({ alg: 'HS256' }, payload)
    await fillEditor(app.page, 'token-input', token)
    await expect.poll(() => jsonOf('payload-json')).toEqual(payload)
    const editor = app.page.locator('.cm-content[data-testid="token-input"]')
    await editor.click()
    await app.page.keyboard.press('Control+End')
    await app.page.keyboard.type('!')
    await expect.poll(() => app.page.getByTestId('decode-error').textContent()).toMatch(/signature/i)
    await app.page.keyboard.press('Backspace')
    await expect.poll(() => app.page.getByTestId('decode-error').count()).toBe(0)
    await expect.poll(() => app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('jws')
    await expect.poll(() => jsonOf('payload-json')).toEqual(payload)
    expect(app.pageErrors).toEqual([])
  })
})
