// Text entered while the page starts must all arrive. The token box is a plain textarea until
// CodeMirror's chunk loads, then CodeMirror takes its place; index.html's static shell before that
// has no text box at all, so input can start once React has rendered the token-input hook. Input is
// tried at many moments from then on, on a normal and on a 4x slowed-down CPU, and with the chunk
// held back so that the hand-over falls in the middle of typing.
import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { closeApp, openApp, type AppPage } from './page-fixture'
import { makeToken } from '../fixtures/tokens'

afterAll(async () => {
  await closeApp()
})

/** A fresh tab (no service worker, so every chunk comes from the network) at the given CPU slowdown. */
async function openTab(cpuSlowdown: number): Promise<AppPage> {
  const app = await openApp(undefined, { context: { serviceWorkers: 'block' } })
  const cdp = await app.context.newCDPSession(app.page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  return app
}

async function startAgain(page: Page) {
  await page.reload({ waitUntil: 'domcontentloaded' })
  // The fallback textarea or CodeMirror's content, whichever is there first.
  return page.waitForSelector('[data-testid="token-input"]', { state: 'attached' })
}

/** A short token (typing is slow), unique to the case so that no earlier text can pass for it. */
function tokenFor(name: string) {
  const payload = { sub: name, n: Math.floor(Math.random() * 1e6) }
  return { payload, token: makeToken({ alg: 'HS256' }, payload, 'c2ln') }
}

async function expectDecoded(page: Page, token: string, payload: unknown) {
  const editor = page.locator('.cm-content[data-testid="token-input"]')
  await editor.waitFor()
  await expect.poll(() => editor.textContent()).toBe(token)
  await expect.poll(async () => JSON.parse((await page.getByTestId('payload-json').textContent()) ?? 'null')).toEqual(payload)
}

type Mode = 'fill' | 'paste' | 'type'

/** Replaces the token: Playwright's fill, text inserted at once as a paste does, or key by key. */
async function enter(page: Page, mode: Mode, token: string) {
  if (mode === 'fill') return page.getByTestId('token-input').fill(token)
  await page.getByTestId('token-input').focus()
  await page.keyboard.press('ControlOrMeta+A')
  if (mode === 'paste') await page.keyboard.insertText(token)
  else await page.keyboard.type(token)
}

// Milliseconds after the token box first appears; CodeMirror takes over some 50 to 500 ms later.
const delaysMs = [0, 10, 50, 100, 200, 400, 800]
// Typing is slow to drive, so it gets two moments; the hold-back cases below type across the hand-over.
const moments: Array<{ cpuSlowdown: number; mode: Mode; delayMs: number }> = [1, 4].flatMap((cpuSlowdown) => [
  ...(['fill', 'paste'] as const).flatMap((mode) => delaysMs.map((delayMs) => ({ cpuSlowdown, mode, delayMs }))),
  ...[0, 100].map((delayMs) => ({ cpuSlowdown, mode: 'type' as const, delayMs })),
])

describe('input during start-up', () => {
  const tabs = new Map<number, Promise<AppPage>>()
  const tab = (cpuSlowdown: number) => tabs.get(cpuSlowdown) ?? tabs.set(cpuSlowdown, openTab(cpuSlowdown)).get(cpuSlowdown)!

  it.each(moments)('arrives whole: $mode after $delayMs ms at CPU slowdown $cpuSlowdown', async ({ cpuSlowdown, mode, delayMs }) => {
    const { page, pageErrors } = await tab(cpuSlowdown)
    const { token, payload } = tokenFor(`${mode}-${delayMs}-${cpuSlowdown}`)
    await startAgain(page)
    if (delayMs > 0) await page.waitForTimeout(delayMs)
    await enter(page, mode, token)
    await expectDecoded(page, token, payload)
    expect(pageErrors).toEqual([])
  })
})

describe('input while CodeMirror takes over', () => {
  /** Holds CodeMirror's chunk back until `release` is called. */
  async function holdEditor(page: Page) {
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/code-mirror-view-*.js', async (route) => {
      await released
      await route.continue()
    })
    return () => release()
  }

  it.each([1, 4])('keeps every key when it happens mid-typing (CPU slowdown %i)', async (cpuSlowdown) => {
    const { page, pageErrors } = await openTab(cpuSlowdown)
    const release = await holdEditor(page)
    const { token, payload } = tokenFor(`typed-across-${cpuSlowdown}`)
    const fallback = await startAgain(page)
    expect(await fallback.evaluate((element) => element.tagName)).toBe('TEXTAREA')
    await fallback.focus()
    await page.keyboard.press('ControlOrMeta+A')
    const middle = Math.floor(token.length / 2)
    await page.keyboard.type(token.slice(0, middle))
    release()
    await page.keyboard.type(token.slice(middle))
    await expectDecoded(page, token, payload)
    expect(pageErrors).toEqual([])
  })

  it.each(['fill', 'paste'] as const)('keeps a %s made just as it happens', async (mode) => {
    const { page, pageErrors } = await openTab(4)
    const release = await holdEditor(page)
    const { token, payload } = tokenFor(`${mode}-at-hand-over`)
    await startAgain(page)
    release()
    await enter(page, mode, token)
    await expectDecoded(page, token, payload)
    expect(pageErrors).toEqual([])
  })
})
