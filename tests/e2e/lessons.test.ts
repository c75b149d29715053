// Lessons in Chromium: the index, deep links that survive a reload, tokens opened in the debugger,
// and every lesson presented as slides on a 1280x720 projector, driven from the keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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

describe('presenter mode at 1280x720', () => {
  it.each(lessonCatalog.map((lesson) => [lesson.slug]))('walks %s with the arrow keys, every slide fitting the screen', async (slug) => {
    await app.page.goto(`${app.baseUrl}#/present/${slug}`)
    const presenter = app.page.getByTestId('presenter')
    await presenter.waitFor()
    const count = Number(await presenter.getAttribute('data-slides'))
    for (let slide = 1; slide <= count; slide++) {
      await expect.poll(() => presenter.getAttribute('data-slide')).toBe(String(slide))
      const overflow = await presenter.evaluate((element) => {
        const body = element.children[1] as HTMLElement
        return body.scrollHeight - body.clientHeight
      })
      expect(overflow, `slide ${slide} overflows by ${overflow}px`).toBeLessThanOrEqual(0)
      if (slide < count) await app.page.keyboard.press('ArrowRight')
    }
    await app.page.keyboard.press('ArrowLeft')
    await expect.poll(() => presenter.getAttribute('data-slide')).toBe(String(count - 1))
    await app.page.keyboard.press('Home')
    await expect.poll(() => presenter.getAttribute('data-slide')).toBe('1')
    await app.page.keyboard.press('Escape')
    await app.page.getByRole('heading', { level: 1, name: lessonCatalog.find((lesson) => lesson.slug === slug)!.title }).waitFor()
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
