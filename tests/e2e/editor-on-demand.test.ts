// CodeMirror is the page's largest chunk: a visit that only looks at the example never downloads it,
// and the light view it starts with shows the same text, in the same colours and place, and takes
// input. The first interaction brings CodeMirror in, and the swap moves nothing.
import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { closeApp, openApp, recordRequests } from './page-fixture'

afterAll(async () => {
  await closeApp()
})

const editors = ['token-input', 'key-input', 'header-editor', 'payload-editor']
const isCodeMirrorChunk = (url: string) => /\/code-mirror-view-[^/]*\.js$/.test(url)

/** Every editor is CodeMirror's, and it has drawn twice since (its first measure is done). */
async function codeMirrorInEveryEditor(page: Page) {
  for (const testId of editors) await page.locator(`.cm-content[data-testid="${testId}"]`).waitFor()
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

/** Each editor's frame: CodeMirror's .cm-editor, or the light view's scrolling frame. */
function editorFrames(page: Page) {
  return page.evaluate((testIds) => {
    return testIds.map((testId) => {
      const input = document.querySelector(`[data-testid="${testId}"]`)!
      const frame = input.closest('.cm-editor') ?? input.parentElement!
      const { x, y, width, height } = frame.getBoundingClientRect()
      return { testId, x, y, width, height }
    })
  }, editors)
}

describe('a first visit that nobody touches', () => {
  it('downloads no CodeMirror, and shows the token coloured in an editable light view', async () => {
    const app = await openApp(undefined, { context: { viewport: { width: 1440, height: 900 } } })
    const { page } = app
    const requested = recordRequests(page)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(3000)
    // The page's own requests: the service worker, once installed, precaches every chunk for offline use.
    expect(requested.filter(isCodeMirrorChunk)).toEqual([])

    const token = page.getByTestId('token-input')
    expect(await token.evaluate((element) => element.tagName)).toBe('TEXTAREA')
    const value = await token.inputValue()
    const header = JSON.parse(Buffer.from(value.split('.')[0]!, 'base64url').toString()) as unknown
    expect(header).toEqual(JSON.parse((await page.getByTestId('header-json').textContent()) ?? ''))
    // The textarea's own glyphs are invisible; the mirror under it draws them in the parts' colours.
    const colours = await token.evaluate((textarea) => {
      const mirror = textarea.parentElement!.querySelector('pre[aria-hidden="true"]')!
      const colourOf = (selector: string) => getComputedStyle(mirror.querySelector(selector)!).color
      return {
        glyphs: getComputedStyle(textarea).webkitTextFillColor,
        mirrorText: mirror.textContent,
        header: colourOf('.token-part-header'),
        payload: colourOf('.token-part-payload'),
        signature: colourOf('.token-part-signature'),
      }
    })
    expect(colours.glyphs).toBe('rgba(0, 0, 0, 0)')
    expect(colours.mirrorText).toBe(value)
    expect(new Set([colours.header, colours.payload, colours.signature]).size).toBe(3)
    expect(await page.locator('.cm-content').count()).toBe(0)
    expect(app.pageErrors).toEqual([])

    // A click into the payload brings CodeMirror in, with the same text, and typing goes to it.
    const payloadText = (await page.getByTestId('payload-json').textContent()) ?? ''
    await page.getByTestId('payload-editor').click()
    const payload = page.locator('.cm-content[data-testid="payload-editor"]')
    await payload.waitFor()
    expect(await payload.textContent()).toBe(payloadText.replaceAll('\n', ''))
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('payload-editor')
    expect(requested.filter(isCodeMirrorChunk)).toHaveLength(1)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('{ "sub": "typed after the swap" }')
    await expect.poll(async () => JSON.parse((await page.getByTestId('payload-json').textContent()) ?? '') as unknown).toEqual({ sub: 'typed after the swap' })
    const payloadOfToken = async () => {
      const part = ((await page.locator('.cm-content[data-testid="token-input"]').textContent()) ?? '').split('.')[1] ?? ''
      return JSON.parse(Buffer.from(part, 'base64url').toString()) as unknown
    }
    await expect.poll(payloadOfToken).toEqual({ sub: 'typed after the swap' })
    expect(app.pageErrors).toEqual([])
    await app.close()
  })
})

describe('the swap to CodeMirror', () => {
  it('starts on the first pointer move anywhere, and moves no editor by a pixel', async () => {
    const app = await openApp(undefined, { context: { viewport: { width: 1440, height: 900 } } })
    const { page } = app
    const requested = recordRequests(page)
    await page.waitForLoadState('networkidle')
    const framesBefore = await editorFrames(page)
    // Inside the rounded corners of the boxes around them, whose edges Chromium antialiases a little
    // differently from one screenshot to the next.
    const inside = ({ x, y, width, height }: { x: number; y: number; width: number; height: number }) => ({ x: x + 6, y: y + 6, width: width - 12, height: height - 12 })
    const shotsBefore = await Promise.all(framesBefore.map((frame) => page.screenshot({ clip: inside(frame) })))

    await page.mouse.move(1, 1)
    await codeMirrorInEveryEditor(page)
    expect(requested.filter(isCodeMirrorChunk)).toHaveLength(1)
    expect(await editorFrames(page)).toEqual(framesBefore)
    const shotsAfter = await Promise.all(framesBefore.map((frame) => page.screenshot({ clip: inside(frame) })))
    framesBefore.forEach(({ testId }, index) => expect(shotsAfter[index]!.equals(shotsBefore[index]!), `${testId} looks the same`).toBe(true))
    expect(app.pageErrors).toEqual([])
    await app.close()
  })
})

describe('a text taller than its box, before CodeMirror', () => {
  it('scrolls the mirror and the textarea together, keeps the caret in view while typing, and hands the position over', async () => {
    const app = await openApp(undefined, { context: { viewport: { width: 1440, height: 900 } } })
    const { page } = app
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route(/code-mirror-view-[^/]*\.js$/, async (route) => {
      await released
      await route.continue()
    })
    await page.reload()
    const key = page.getByTestId('key-input')
    await key.focus()
    for (let line = 1; line <= 10; line++) await page.keyboard.type(`line ${line}\n`)
    const light = await key.evaluate((textarea) => {
      const frame = textarea.closest('[data-light-frame]')!
      const mirror = frame.querySelector('pre[aria-hidden="true"]') as HTMLElement
      return {
        tag: textarea.tagName,
        frame: { scrollTop: frame.scrollTop, scrollHeight: frame.scrollHeight, clientHeight: frame.clientHeight },
        textareaHeight: (textarea as HTMLElement).offsetHeight,
        textareaScrollTop: textarea.scrollTop,
        mirrorHeight: mirror.offsetHeight,
      }
    })
    expect(light.tag).toBe('TEXTAREA')
    // The box is capped (7rem) and scrolls; the textarea covers the whole mirror and never scrolls by itself.
    expect(light.frame.scrollHeight).toBeGreaterThan(light.frame.clientHeight)
    expect(light.textareaHeight).toBe(light.mirrorHeight)
    expect(light.textareaScrollTop).toBe(0)
    // The caret, on the last line, is in view.
    expect(light.frame.scrollTop).toBeGreaterThan(0)
    expect(light.frame.scrollTop).toBeGreaterThanOrEqual(light.frame.scrollHeight - light.frame.clientHeight - 20)

    release()
    const content = page.locator('.cm-content[data-testid="key-input"]')
    await content.waitFor()
    // CodeMirror may scroll its caret into view by its own margin: a pixel or two.
    const scrollTop = await content.evaluate((element) => element.closest('.cm-scroller')!.scrollTop)
    expect(Math.abs(scrollTop - light.frame.scrollTop)).toBeLessThanOrEqual(4)
    await page.keyboard.type('end')
    expect(await content.evaluate((element) => element.lastElementChild?.textContent)).toBe('end')
    expect(app.pageErrors).toEqual([])
    await app.close()
  })
})
