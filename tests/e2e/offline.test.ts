// Offline in real Chromium: after one visit the service worker has precached the build, so every
// page, lesson and chunk works with the network off from the nested sub-path; the app installs as a
// PWA; nothing but the build is ever cached; and a new version waits for the user's Reload.
import { readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { SignJWT, exportJWK, generateKeyPair } from 'jose'
import type { Locator } from 'playwright-core'
import { closeApp, fillEditor, openApp, openTool, runAxeInBothSchemes, type AppPage } from './page-fixture'
import { startStaticServer, type StaticServer } from './static-server'
import { lessonCatalog } from '../../src/features/lessons/catalog'

let app: AppPage
let keyHost: StaticServer
let emptyRoot: string

const secret = 'a secret long enough for HS256, kept offline'
const icons = ['pwa-192x192.png', 'pwa-512x512.png', 'maskable-icon-512x512.png']
/** What the service worker must hold: the whole build but the README's screenshot and the worker itself. */
const expectedPrecache = [
  'index.html',
  'favicon.svg',
  'manifest.webmanifest',
  ...icons,
  ...readdirSync(join(inject('distRoot'), 'assets')).map((file) => `assets/${file}`),
].sort()

beforeAll(async () => {
  // A second origin, as an identity provider is, serving a key set.
  emptyRoot = await mkdtemp(join(tmpdir(), 'key-host-'))
  keyHost = await startStaticServer({ root: emptyRoot, basePath: '/unused/' })
  const { publicKey } = await generateKeyPair('RS256', { extractable: true })
  keyHost.routes['/certs'] = {
    headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
    body: JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1' }] }),
  }
  app = await openApp()
})

afterAll(async () => {
  await closeApp()
  await keyHost?.close()
  await rm(emptyRoot, { recursive: true, force: true })
})

const signatureState = () => app.page.getByTestId('signature-status').getAttribute('data-state')

/** Every URL in every cache the origin holds, relative to the app, without query strings. */
async function cachedPaths(): Promise<{ cacheNames: string[]; paths: string[] }> {
  const { cacheNames, urls } = await app.page.evaluate(async () => {
    const cacheNames = await caches.keys()
    const urls: string[] = []
    for (const name of cacheNames) for (const request of await (await caches.open(name)).keys()) urls.push(request.url)
    return { cacheNames, urls }
  })
  const paths = urls.map((url) => {
    const { origin, pathname } = new URL(url)
    return `${origin}${pathname}`.startsWith(app.baseUrl) ? pathname.slice(new URL(app.baseUrl).pathname.length) : url
  })
  return { cacheNames, paths: paths.sort() }
}

describe('after one visit', () => {
  it('registers the service worker for the sub-path, which takes over the page and says so', async () => {
    await app.page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 20_000 })
    const registration = await app.page.evaluate(async () => {
      const found = await navigator.serviceWorker.getRegistration()
      return { scope: found?.scope, script: found?.active?.scriptURL }
    })
    expect(registration).toEqual({ scope: app.baseUrl, script: `${app.baseUrl}sw.js` })
    const notice = app.page.getByTestId('offline-ready')
    await notice.waitFor({ timeout: 5_000 })
    expect(await notice.textContent()).toContain('Ready to work offline')
    expect(await overlapsContent(notice), 'the notice overlaps the page content').toBe(false)
  })

  it('has precached exactly the build: every chunk, lazy ones and the wordlist included, and not the screenshot', async () => {
    const { cacheNames, paths } = await cachedPaths()
    expect(cacheNames).toEqual([expect.stringMatching(/^workbox-precache-v2-/)])
    expect(paths).toEqual(expectedPrecache)
    expect(paths).not.toContain('screenshot.png')
    // The zxcvbn dictionary, over 400 KB, is the largest chunk: it must not have been skipped for its size.
    const largest = expectedPrecache.filter((path) => path.startsWith('assets/')).sort((a, b) => size(b) - size(a))[0]
    expect(size(largest!)).toBeGreaterThan(400 * 1024)
  })

  it('is installable: a manifest with relative start_url and scope, and icons that exist', async () => {
    const manifestUrl = await app.page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href)
    expect(manifestUrl).toBe(`${app.baseUrl}manifest.webmanifest`)
    const manifest = (await (await fetch(manifestUrl)).json()) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose?: string }[] }
    expect(manifest).toMatchObject({ name: 'JWT Workbench', display: 'standalone', start_url: './', scope: './' })
    expect(new URL(manifest.start_url as string, manifestUrl).href).toBe(app.baseUrl)
    expect(new URL(manifest.scope as string, manifestUrl).href).toBe(app.baseUrl)
    for (const icon of manifest.icons) {
      const png = Buffer.from(await (await fetch(new URL(icon.src, manifestUrl))).arrayBuffer())
      // A PNG's IHDR holds its width and height at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes)
    }
    expect(manifest.icons.map((icon) => icon.purpose ?? 'any').sort()).toEqual(['any', 'any', 'maskable'])

    const cdp = await app.context.newCDPSession(app.page)
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([])
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    // Playwright's contexts are incognito, where Chromium never installs; nothing else stands in the way
    // (a broken manifest or missing icon adds its own error here).
    expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito'])
    await cdp.detach()
  })
})

describe('with the network off', () => {
  let requestsBefore = 0

  it('reloads, then decodes a pasted token and verifies it with its secret', async () => {
    requestsBefore = app.server.requests.length
    await app.context.setOffline(true)
    await app.page.reload()
    const token = await new SignJWT({ sub: 'offline' }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret))
    await fillEditor(app.page, 'token-input', token)
    await fillEditor(app.page, 'key-input', secret)
    await expect.poll(signatureState).toBe('valid')
    expect(JSON.parse((await app.page.getByTestId('payload-json').textContent()) ?? '')).toEqual({ sub: 'offline' })
    // The offline notice is for the first install only.
    expect(await app.page.getByTestId('offline-ready').count()).toBe(0)
  })

  it('opens the lessons index, every lesson, a slide and the about page', async () => {
    await app.page.getByTestId('nav-lessons').click()
    await expect.poll(() => app.page.getByTestId('lesson-link').count()).toBe(lessonCatalog.length)
    for (const lesson of lessonCatalog) {
      await app.page.goto(`${app.baseUrl}#/lessons/${lesson.slug}`)
      await app.page.getByRole('heading', { level: 1, name: lesson.title }).waitFor()
    }
    await app.page.goto(`${app.baseUrl}#/present/anatomy?slide=2`)
    await app.page.getByTestId('presenter').waitFor()
    await app.page.goto(`${app.baseUrl}#/about`)
    await app.page.getByRole('heading', { level: 1, name: 'About JWT Workbench' }).waitFor()
  })

  it('cracks a weak secret with the bundled wordlist, in its workers', async () => {
    await app.page.goto(app.baseUrl)
    const token = await new SignJWT({ sub: 'cracker' }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode('keyboard cat'))
    await fillEditor(app.page, 'token-input', token)
    await openTool(app.page, 'crack')
    await app.page.getByTestId('crack-mode').selectOption('wordlist')
    await app.page.getByTestId('crack-start').click()
    await expect.poll(() => app.page.getByTestId('crack-status').getAttribute('data-state'), { timeout: 20_000 }).toBe('found')
    expect(await app.page.getByTestId('crack-result').textContent()).toBe('keyboard cat')
  })

  it('asked the server for nothing', async () => {
    expect(app.server.requests.slice(requestsBefore)).toEqual([])
    await app.context.setOffline(false)
  })
})

describe('privacy', () => {
  it('fetches a key set from the network each time, never from a cache, and stores nothing pasted', async () => {
    await app.page.getByTestId('jwks-url').fill(`${keyHost.origin}/certs`)
    for (let fetched = 1; fetched <= 2; fetched++) {
      await app.page.getByTestId('jwks-fetch').click()
      await expect.poll(() => keyHost.requests.length).toBe(fetched)
      await expect.poll(() => app.page.getByTestId('jwks-outcome').textContent()).toContain('Fetched')
    }
    await app.context.setOffline(true)
    await app.page.getByTestId('jwks-fetch').click()
    await expect.poll(() => app.page.getByTestId('jwks-outcome').getByRole('alert').count()).toBe(1)
    await app.context.setOffline(false)
    expect(keyHost.requests).toEqual(['/certs', '/certs'])

    // After tokens, secrets and a key set went through the page, the caches still hold only the build.
    expect((await cachedPaths()).paths).toEqual(expectedPrecache)
  })
})

describe('a new version', () => {
  it('waits for the user: the prompt appears without a reload, and Reload switches to it', async () => {
    const swPath = `${inject('basePath')}sw.js`
    const current = readFileSync(join(inject('distRoot'), 'sw.js'), 'utf8')
    app.server.routes[swPath] = { headers: { 'Content-Type': 'text/javascript; charset=utf-8' }, body: `${current}\n// the next version\n` }
    try {
      await fillEditor(app.page, 'key-input', 'work in progress')
      await app.page.evaluate(() => Object.assign(window, { sameDocument: true }))
      await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())

      const prompt = app.page.getByTestId('update-prompt')
      await prompt.waitFor({ timeout: 20_000 })
      expect(await prompt.textContent()).toContain('A new version is ready.')
      // It floats until answered, so it is one compact line in a corner.
      const box = (await prompt.boundingBox())!
      const viewport = app.page.viewportSize()!
      expect(box.height).toBeLessThanOrEqual(56)
      expect(box.width).toBeLessThanOrEqual(420)
      expect([viewport.width - (box.x + box.width), viewport.height - (box.y + box.height)].every((gap) => gap >= 0 && gap <= 24)).toBe(true)
      // Announced, not swapped: the page and what the user typed are still there.
      expect(await app.page.evaluate(() => 'sameDocument' in window)).toBe(true)
      expect(await app.page.getByTestId('key-input').textContent()).toBe('work in progress')
      expect(await app.page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true)
      expect(await runAxeInBothSchemes(app.page)).toEqual({ light: [], dark: [] })

      await Promise.all([app.page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()])
      expect(await app.page.evaluate(() => 'sameDocument' in window)).toBe(false)
      await app.page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated')
      expect(await app.page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false)
      expect(await app.page.getByTestId('update-prompt').count()).toBe(0)
    } finally {
      delete app.server.routes[swPath]
    }
  })

  it('logged no errors but the key set fetches deliberately made offline', () => {
    expect(app.pageErrors).toEqual([])
    expect(app.consoleErrors.filter((error) => !error.includes(`net::ERR_INTERNET_DISCONNECTED (${keyHost.origin}/`))).toEqual([])
  })
})

/** Whether the element's box intersects the page's content area (#main), scrolled anywhere. */
async function overlapsContent(element: Locator): Promise<boolean> {
  const box = await element.boundingBox()
  const main = await app.page.locator('#main').boundingBox()
  if (!box || !main) throw new Error('the element or #main is not on screen')
  return box.x < main.x + main.width && main.x < box.x + box.width && box.y < main.y + main.height && main.y < box.y + box.height
}

function size(path: string): number {
  return readFileSync(join(inject('distRoot'), path)).length
}
