// A site that frames the app, as a clickjacking page would: on a host that sends no headers
// (GitHub Pages ignores _headers), the app itself must refuse to run there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeApp, openApp, type AppPage } from './page-fixture'
import { startStaticServer, type StaticServer } from './static-server'

let app: AppPage
let otherSite: StaticServer

beforeAll(async () => {
  app = await openApp()
  // Another port is another origin: the page below is "another site".
  otherSite = await startStaticServer({
    root: 'dist',
    basePath: '/elsewhere/',
    routes: {
      '/framing.html': {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: `<!doctype html><title>Framing page</title><iframe src="${app.baseUrl}" width="1200" height="800"></iframe>`,
      },
    },
  })
})

afterAll(async () => {
  await otherSite.close()
  await closeApp()
})

describe('framed by another site', () => {
  it('does not start, and offers to open itself in its own tab', async () => {
    await app.page.goto(`${otherSite.origin}/framing.html`)
    const frame = app.page.frameLocator('iframe')
    await frame.getByTestId('framed-notice').waitFor()
    expect(await frame.getByTestId('framed-notice').textContent()).toContain('does not run inside another site’s frame')
    expect(await frame.getByRole('link', { name: 'Open JWT Workbench in its own tab' }).getAttribute('target')).toBe('_top')
    expect(await frame.locator('[data-testid="token-input"], textarea, [contenteditable]').count()).toBe(0)
  })

  it('runs as usual in its own tab', async () => {
    await app.page.goto(app.baseUrl)
    await app.page.getByTestId('token-input').waitFor()
    expect(await app.page.getByTestId('framed-notice').count()).toBe(0)
  })
})
