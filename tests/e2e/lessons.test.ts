// Lessons in Chromium: the index, deep links that survive a reload, tokens opened in the debugger,
// and every lesson presented as slides on a 1280x720 projector, driven from the keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator } from 'playwright-core'
import { closeApp, openApp, runAxeInBothSchemes, type AppPage } from './page-fixture'
import { lessonCatalog } from '../../src/features/lessons/catalog'

let app: AppPage

beforeAll(async () => {
  app = await openApp(undefined, { context: { viewport: { width: 1280, height: 720 } } })
})

afterAll(async () => {
  await closeApp()
})

describe('lessons', () => {
  it('lists every lesson from the nav link, and a lesson\'s deep link survives a reload', async () => {
    await app.page.getByTestId('nav-lessons').click()
    await expect.poll(() => app.page.getByTestId('lesson-link').count()).toBe(lessonCatalog.length)
    await app.page.getByTestId('lesson-link').nth(4).click()
    await app.page.getByRole('heading', { level: 1, name: lessonCatalog[4]!.title }).waitFor()
    expect(app.page.url()).toContain(`#/lessons/${lessonCatalog[4]!.slug}`)
    await app.page.reload()
    await app.page.getByRole('heading', { level: 1, name: lessonCatalog[4]!.title }).waitFor()
  })

  it('opens a lesson\'s token in the debugger', async () => {
    await app.page.getByTestId('lesson-try').first().click()
    await app.page.getByTestId('lesson-banner').waitFor()
    await expect.poll(() => app.page.getByTestId('token-kind').getAttribute('data-kind')).not.toBe('invalid')
    await app.page.getByTestId('lesson-banner').getByRole('link').click()
    await app.page.getByRole('heading', { level: 1, name: lessonCatalog[4]!.title }).waitFor()
  })

  it('has no serious accessibility violations on a lesson, in light and dark', async () => {
    expect(await runAxeInBothSchemes(app.page)).toEqual({ light: [], dark: [] })
  })
})

/** How far the slide's body overflows the screen (0 or less: it fits), and its type size in px. */
async function slideBody(presenter: Locator) {
  return presenter.evaluate((element) => {
    const body = element.children[1] as HTMLElement
    return { overflow: body.scrollHeight - body.clientHeight, fontPx: parseFloat(getComputedStyle(body).fontSize) }
  })
}

const fontPx = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))

describe('presenter mode at 1280x720', () => {
  it.each(lessonCatalog.map((lesson) => [lesson.slug]))('walks %s with the arrow keys, every slide fitting the screen', async (slug) => {
    await app.page.goto(`${app.baseUrl}#/present/${slug}`)
    const presenter = app.page.getByTestId('presenter')
    await presenter.waitFor()
    const count = Number(await presenter.getAttribute('data-slides'))
    for (let slide = 1; slide <= count; slide++) {
      await expect.poll(() => presenter.getAttribute('data-slide')).toBe(String(slide))
      const { overflow } = await slideBody(presenter)
      expect(overflow, `slide ${slide} overflows by ${overflow}px`).toBeLessThanOrEqual(0)
      if (slide < count) await app.page.keyboard.press('ArrowRight')
    }
    // Every answer's feedback fits on the check slide too, which shrinks its type to make room.
    const check = presenter.getByTestId('self-check')
    const choices = check.getByRole('radio')
    for (let choice = 0; choice < (await choices.count()); choice++) {
      await choices.nth(choice).check()
      await check.getByRole('button', { name: 'Check my answer' }).click()
      await presenter.getByTestId('self-check-feedback').waitFor()
      await expect.poll(async () => (await slideBody(presenter)).overflow, { message: `the check slide with answer ${choice + 1}` }).toBeLessThanOrEqual(0)
    }
    await presenter.focus()
    await app.page.keyboard.press('ArrowLeft')
    await expect.poll(() => presenter.getAttribute('data-slide')).toBe(String(count - 1))
    await app.page.keyboard.press('Home')
    await expect.poll(() => presenter.getAttribute('data-slide')).toBe('1')
    await app.page.keyboard.press('Escape')
    await app.page.getByRole('heading', { level: 1, name: lessonCatalog.find((lesson) => lesson.slug === slug)!.title }).waitFor()
  })

  it('shows the self-check at projector scale: choices and button as large as the slide text', async () => {
    await app.page.goto(`${app.baseUrl}#/present/anatomy?slide=1`)
    const presenter = app.page.getByTestId('presenter')
    await presenter.waitFor()
    await app.page.keyboard.press('End')
    const check = presenter.getByTestId('self-check')
    await check.waitFor()
    const { fontPx: slidePx } = await slideBody(presenter)
    expect(slidePx).toBeGreaterThanOrEqual(24)
    const button = check.getByRole('button', { name: 'Check my answer' })
    expect(await fontPx(button)).toBeGreaterThanOrEqual(slidePx)
    for (const label of await check.locator('label').all()) expect(await fontPx(label)).toBeGreaterThanOrEqual(slidePx)
    // The radio itself, not only its label, grows with the text.
    const radio = await check.getByRole('radio').first().boundingBox()
    expect(radio!.height).toBeGreaterThanOrEqual(slidePx * 0.9)
    const box = await button.boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(slidePx)
  })

  it('shows the anatomy\'s token and decoded bytes at a readable size, whichever part is pointed at', async () => {
    await app.page.goto(`${app.baseUrl}#/present/anatomy?slide=2`)
    const anatomy = app.page.getByTestId('presenter').getByTestId('token-anatomy')
    await anatomy.waitFor()
    for (const part of ['header', 'payload', 'signature']) {
      await anatomy.locator(`.token-part-${part} > span`).nth(2).hover()
      await expect.poll(() => anatomy.getByTestId('anatomy-group').textContent()).toMatch(/^Characters 9–12/)
      expect(await fontPx(anatomy.getByTestId('anatomy-decoded')), `the ${part}'s bytes`).toBeGreaterThanOrEqual(18)
      expect(await fontPx(anatomy.getByTestId('anatomy-group').locator('code').nth(1)), `the ${part}'s group`).toBeGreaterThanOrEqual(18)
      expect(await fontPx(anatomy.locator(`.token-part-${part}`).first()), `the ${part}'s characters`).toBeGreaterThanOrEqual(18)
      expect((await slideBody(app.page.getByTestId('presenter'))).overflow).toBeLessThanOrEqual(0)
    }
  })

  it('has no serious accessibility violations on a slide, in light and dark', async () => {
    await app.page.goto(`${app.baseUrl}#/present/anatomy?slide=2`)
    await app.page.getByTestId('presenter').waitFor()
    expect(await runAxeInBothSchemes(app.page)).toEqual({ light: [], dark: [] })
  })

  it('logged no errors', () => {
    expect(app.pageErrors).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })
})
