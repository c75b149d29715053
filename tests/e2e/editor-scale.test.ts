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
