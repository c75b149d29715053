// The shipped nginx server block (hosting/nginx.conf) in Debian's nginx, serving the production build
// from a nested sub-path: the headers of public/_headers on every response, caching that lets a new
// version arrive, the right types, gzip, real 404s, and the app itself in Chromium under that policy.
// Where nginx is missing this file skips, except in CI, where it fails.
import { readFileSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser } from './browser'
import { parseHeadersFile } from './headers-file'
import { hasNginx, localServerBlock, mimeTypesPath, nginxPath, startNginx, type RunningNginx } from './nginx-server'
import { startStaticServer, type StaticServer } from './static-server'
import { lessonCatalog } from '../../src/features/lessons/catalog'

const headerRules = parseHeadersFile(readFileSync('public/_headers', 'utf8'))
const shippedServerBlock = readFileSync('hosting/nginx.conf', 'utf8')
/** The headers _headers sends on every path. */
const securityHeaders = headerRules.find((rule) => rule.path === '/*')?.headers ?? []

const basePath = inject('basePath')
const distRoot = inject('distRoot')
const builtIndex = readFileSync(join(distRoot, 'index.html'), 'utf8')
const entryScript = /src="\.\/(assets\/[^"]+\.js)"/.exec(builtIndex)?.[1] ?? 'no entry script in index.html'
const entryStyles = /href="\.\/(assets\/[^"]+\.css)"/.exec(builtIndex)?.[1] ?? 'no stylesheet in index.html'

const isCi = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0'
const nginxFound = hasNginx()
const missingNginx = `nginx is missing (this test needs ${nginxPath} and ${mimeTypesPath}); install Debian's nginx (apt-get install nginx, as .ci/run does)`

interface AddedHeader {
  name: string
  value: string
  always: boolean
}

/** The add_header lines of an nginx config, in order; quoted or bare values. */
function addedHeaders(config: string): AddedHeader[] {
  return [...config.matchAll(/^[ \t]*add_header[ \t]+(\S+)[ \t]+(?:"([^"]*)"|([^\s;]+))([ \t]+always)?[ \t]*;/gm)].map((match) => ({
    name: match[1]!,
    value: match[2] ?? match[3]!,
    always: Boolean(match[4]),
  }))
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)

describe('hosting/nginx.conf beside public/_headers', () => {
  it('_headers has one rule, for every path, so one set of add_header lines can mirror it', () => {
    expect(headerRules.map((rule) => rule.path)).toEqual(['/*'])
    expect(securityHeaders.length).toBeGreaterThan(0)
  })

  it('adds exactly the headers of _headers, with their values, on every response including errors', () => {
    const added = addedHeaders(shippedServerBlock).filter((header) => header.name !== 'Cache-Control')
    const expected = securityHeaders.map(([name, value]) => ({ name, value, always: true }))
    expect(added.sort(byName)).toEqual(expected.sort(byName))
  })
})

if (!nginxFound && !isCi) console.warn(`nginx-hosting.test.ts: skipping the nginx tests: ${missingNginx}.`)

describe.skipIf(!nginxFound && !isCi)(`nginx serving the build from ${basePath}`, () => {
  let siteRoot: string | undefined
  let nginx: RunningNginx | undefined
  let browser: Browser | undefined
  let origin: string
  let appUrl: string

  beforeAll(async () => {
    if (!nginxFound) throw new Error(`CI runs every e2e test, and ${missingNginx}.`)
    // The folder nginx's root points at: the build appears at the sub-path, as a copied dist/ would,
    // and files the build lacks, to check their types, sit beside it.
    siteRoot = await mkdtemp(join(tmpdir(), 'nginx-site-'))
    const appFolder = join(siteRoot, basePath).replace(/\/$/, '')
    await mkdir(join(appFolder, '..'), { recursive: true })
    await symlink(distRoot, appFolder)
    await mkdir(join(siteRoot, 'probe'))
    await writeFile(join(siteRoot, 'probe', 'module.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))
    const root = siteRoot
    nginx = await startNginx((port) => localServerBlock(shippedServerBlock, { port, root }))
    origin = nginx.origin
    appUrl = `${origin}${basePath}`
  })

  afterAll(async () => {
    await browser?.close()
    await nginx?.close()
    if (siteRoot) await rm(siteRoot, { recursive: true, force: true })
  })

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { redirect: 'manual', headers })

  describe('over HTTP', () => {
    it.each([
      ['index.html at the sub-path', basePath, 200],
      ['index.html by name', `${basePath}index.html`, 200],
      ['a hashed asset', `${basePath}${entryScript}`, 200],
      ['the service worker', `${basePath}sw.js`, 200],
      ['a deep path (the app routes in the hash, so a 404)', `${basePath}lessons/anatomy`, 404],
      ['the sub-path without its slash (a redirect)', basePath.replace(/\/$/, ''), 301],
      ['a folder without index.html', `${basePath}assets/`, 403],
    ])('sends every header of _headers on %s', async (_name, path, status) => {
      const response = await get(path)
      expect(response.status).toBe(status)
      for (const [name, value] of securityHeaders) expect(response.headers.get(name), name).toBe(value)
    })

    it.each([
      [`${basePath}${entryScript}`, 'public, max-age=31536000, immutable'],
      [`${basePath}${entryStyles}`, 'public, max-age=31536000, immutable'],
      [basePath, 'no-cache'],
      [`${basePath}index.html`, 'no-cache'],
      [`${basePath}sw.js`, 'no-cache'],
      [`${basePath}manifest.webmanifest`, 'no-cache'],
      [`${basePath}favicon.svg`, 'no-cache'],
    ])('caches %s as "%s"', async (path, cacheControl) => {
      expect((await get(path)).headers.get('cache-control')).toBe(cacheControl)
    })

    it('answers a revalidation of index.html with 304 while it is unchanged', async () => {
      const first = await get(basePath)
      const etag = first.headers.get('etag')
      expect(etag).toBeTruthy()
      const again = await get(basePath, { 'If-None-Match': etag! })
      expect(again.status).toBe(304)
      expect(again.headers.get('cache-control')).toBe('no-cache')
    })

    it('keeps no cache headers on errors, so a 404 is not remembered for a year', async () => {
      const missing = await get(`${basePath}assets/missing-0000.js`)
      expect(missing.status).toBe(404)
      expect(missing.headers.get('cache-control')).toBeNull()
    })

    it.each([
      [basePath, 'text/html; charset=utf-8'],
      [`${basePath}${entryScript}`, 'application/javascript; charset=utf-8'],
      [`${basePath}${entryStyles}`, 'text/css; charset=utf-8'],
      [`${basePath}sw.js`, 'application/javascript; charset=utf-8'],
      [`${basePath}manifest.webmanifest`, 'application/manifest+json; charset=utf-8'],
      [`${basePath}favicon.svg`, 'image/svg+xml'],
      [`${basePath}pwa-192x192.png`, 'image/png'],
      ['/probe/module.wasm', 'application/wasm'],
    ])('serves %s as %s', async (path, type) => {
      const response = await get(path)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe(type)
    })

    it.each([basePath, `${basePath}${entryScript}`, `${basePath}${entryStyles}`, `${basePath}manifest.webmanifest`, `${basePath}favicon.svg`])(
      'compresses %s with gzip for a client that accepts it, and says it varies',
      async (path) => {
        const gzipped = await get(path, { 'Accept-Encoding': 'gzip' })
        expect(gzipped.headers.get('content-encoding')).toBe('gzip')
        expect(gzipped.headers.get('vary')).toBe('Accept-Encoding')
        expect((await get(path, { 'Accept-Encoding': 'identity' })).headers.get('content-encoding')).toBeNull()
      },
    )

    it('redirects the sub-path without its slash to it, with a path only', async () => {
      const response = await get(`${basePath.replace(/\/$/, '')}?x=1`)
      expect(response.status).toBe(301)
      expect(response.headers.get('location')).toBe(`${basePath}?x=1`)
    })

    it.each([
      `${basePath}missing.js`,
      `${basePath}lessons/anatomy`,
      `${basePath}assets/missing-0000.js`,
      '/',
      basePath.replace(/[^/]+\/$/, ''),
      `${basePath}%2e%2e/%2e%2e/%2e%2e/etc/passwd`,
    ])('answers %s with an error page, never index.html or a listing', async (path) => {
      const response = await get(path)
      expect([403, 404]).toContain(response.status)
      const body = await response.text()
      expect(body).not.toContain('JWT Workbench')
      expect(body).not.toContain('index.html')
      expect(body).not.toContain('root:')
    })

    it('lists no folder', async () => {
      const response = await get(`${basePath}assets/`)
      expect(response.status).toBe(403)
      const body = await response.text()
      for (const file of readdirSync(join(distRoot, 'assets'))) expect(body).not.toContain(file)
    })
  })

  describe('in Chromium', () => {
    let context: BrowserContext
    let page: Page
    const consoleMessages: string[] = []
    const pageErrors: string[] = []
    const cspViolations: string[] = []

    beforeAll(async () => {
      browser = await launchBrowser()
      context = await browser.newContext()
      // Reported from the page, where the header policy applies (the debugging protocol is exempt
      // from it), through a binding that outlives navigations.
      await context.exposeFunction('reportCspViolation', (violation: string) => cspViolations.push(violation))
      await context.addInitScript(() => {
        const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation
        document.addEventListener('securitypolicyviolation', (event) => report(`${event.effectiveDirective} blocked ${event.blockedURI}`))
      })
      page = await context.newPage()
      page.setDefaultTimeout(20_000)
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') consoleMessages.push(`${message.type()}: ${message.text()}`)
      })
      page.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)))
    })

    afterAll(async () => {
      await context?.close()
    })

    it('loads the app from the sub-path and decodes its example token', async () => {
      const response = await page.goto(appUrl)
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
      await expect.poll(() => page.getByTestId('token-kind').getAttribute('data-kind')).toBe('jws')
      expect(JSON.parse((await page.getByTestId('header-json').textContent()) ?? '')).toEqual({ alg: 'HS256', typ: 'JWT', kid: 'example-2026' })
      expect(JSON.parse((await page.getByTestId('payload-json').textContent()) ?? '')).toMatchObject({ sub: 'user-8f14e45f' })
    })

    it('registers the service worker for the sub-path under the header policy', async () => {
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 20_000 })
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)
      expect(scope).toBe(appUrl)
    })

    it('opens a lesson from its deep link, and again on reload', async () => {
      const lesson = lessonCatalog[0]!
      await page.goto(`${appUrl}#/lessons/${lesson.slug}`)
      await page.getByRole('heading', { level: 1, name: lesson.title }).waitFor()
      await page.reload()
      await page.getByRole('heading', { level: 1, name: lesson.title }).waitFor()
    })

    it('logged no Content-Security-Policy violation, console error or page error', () => {
      expect(cspViolations).toEqual([])
      expect(consoleMessages.filter((message) => message.startsWith('error:') || /Content[- ]Security[- ]Policy/i.test(message))).toEqual([])
      expect(pageErrors).toEqual([])
    })

    it('is not shown in another site’s frame at all (frame-ancestors)', async () => {
      let otherSite: StaticServer | undefined
      const framing = await context.newPage()
      const refusals: string[] = []
      framing.on('console', (message) => {
        if (message.text().includes('frame-ancestors')) refusals.push(message.text())
      })
      try {
        // Another port is another origin.
        otherSite = await startStaticServer({
          root: distRoot,
          basePath: '/elsewhere/',
          routes: {
            '/framing.html': {
              headers: { 'Content-Type': 'text/html; charset=utf-8' },
              body: `<!doctype html><title>Framing page</title><iframe src="${appUrl}"></iframe>`,
            },
          },
        })
        await framing.goto(`${otherSite.origin}/framing.html`)
        await expect.poll(() => refusals.length, { timeout: 10_000 }).toBeGreaterThan(0)
        // Blocked before the app ran: not even its own frame guard's notice is there.
        expect(await framing.frameLocator('iframe').getByTestId('framed-notice').count()).toBe(0)
      } finally {
        await framing.close()
        await otherSite?.close()
      }
    })
  })
})
