// The e2e infrastructure itself, on a throwaway site: the static server, Chromium and axe.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from './browser'
import { runAxe } from './page-fixture'
import { startStaticServer } from './static-server'
import type { StaticServer } from './static-server'

const files: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Fixture</title>
    <link rel="icon" type="image/svg+xml" href="./favicon.svg" />
    <link rel="stylesheet" href="./assets/site.css" />
  </head>
  <body>
    <main><h1 id="greeting">Waiting</h1></main>
    <script type="module" src="./assets/app.js"></script>
  </body>
</html>
`,
  'assets/app.js': `document.getElementById('greeting').textContent = 'Loaded from ' + location.pathname\n`,
  'assets/site.css': 'body { font-family: sans-serif; }\n',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n',
  'docs/index.html': '<!doctype html><title>Docs</title>\n',
  'data.json': '{"ok":true}\n',
  'site.webmanifest': '{"name":"Fixture"}\n',
  'module.wasm': '\0asm',
  'robots.txt': 'User-agent: *\n',
  'icon.png': 'not really a png',
  'favicon.ico': 'not really an icon',
  'bad.html': '<!doctype html><html lang="en"><title>Bad</title><main><button></button><img src="./icon.png"></main></html>\n',
}

let root: string
let server: StaticServer

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-server-'))
  for (const [name, body] of Object.entries(files)) {
    await mkdir(join(root, name, '..'), { recursive: true })
    await writeFile(join(root, name), body)
  }
  server = await startStaticServer({
    root,
    basePath: '/nested/jwt/',
    routes: { '/robots.txt': { body: 'served by a route\n' } },
  })
})

afterAll(async () => {
  await server?.close()
  await rm(root, { recursive: true, force: true })
})

const get = (path: string, init?: RequestInit) => fetch(server.origin + path, { redirect: 'manual', ...init })

describe('the static server', () => {
  it('listens on 127.0.0.1 and gives the sub-path URL with a trailing slash', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.url).toBe(`${server.origin}/nested/jwt/`)
  })

  it('serves index.html for the sub-path and for its folders', async () => {
    const response = await get('/nested/jwt/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe(files['index.html'])
    expect(await (await get('/nested/jwt/docs/')).text()).toContain('<title>Docs</title>')
  })

  it('redirects folders without their trailing slash, keeping the query', async () => {
    const bare = await get('/nested/jwt?x=1')
    expect(bare.status).toBe(301)
    expect(bare.headers.get('location')).toBe('/nested/jwt/?x=1')
    expect((await get('/nested/jwt/docs')).headers.get('location')).toBe('/nested/jwt/docs/')
  })

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/site.css', 'text/css; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['data.json', 'application/json'],
    ['site.webmanifest', 'application/manifest+json'],
    ['module.wasm', 'application/wasm'],
    ['favicon.ico', 'image/x-icon'],
    ['docs/index.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (name, type) => {
    const response = await get(`/nested/jwt/${name}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves text files as text/plain, and extra routes at their exact path', async () => {
    // The file at the sub-path, the route at the root.
    expect((await get('/nested/jwt/robots.txt')).headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await (await get('/nested/jwt/robots.txt')).text()).toBe(files['robots.txt'])
    expect(await (await get('/robots.txt')).text()).toBe('served by a route\n')
  })

  it.each([
    '/',
    '/index.html',
    '/nested/',
    '/nested/jwtx/',
    '/assets/app.js',
    '/nested/jwt/about',
    '/nested/jwt/missing.js',
    '/nested/jwt/..%2f..%2f..%2fetc%2fpasswd',
    '/nested/jwt/%2e%2e/%2e%2e/etc/passwd',
    '/nested/jwt/%E0%A4%A',
  ])('answers 404 for %s (outside the sub-path, unknown, or escaping the root)', async (path) => {
    expect((await get(path)).status).toBe(404)
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/nested/jwt/data.json', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe(String(files['data.json']!.length))
    expect(await head.text()).toBe('')
    expect((await get('/nested/jwt/data.json', { method: 'POST' })).status).toBe(405)
  })

  it('records every request path it received', async () => {
    const before = server.requests.length
    await get('/nested/jwt/data.json?v=2')
    await get('/outside')
    expect(server.requests.slice(before)).toEqual(['/nested/jwt/data.json?v=2', '/outside'])
  })
})

describe('Chromium against the server', () => {
  let browser: Browser
  let page: Page
  const pageErrors: string[] = []
  const consoleErrors: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
    page.on('pageerror', (error) => pageErrors.push(String(error)))
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('loads the page and its relative assets from the sub-path', async () => {
    const before = server.requests.length
    const response = await page.goto(server.url)
    expect(response?.status()).toBe(200)
    await expect.poll(() => page.locator('#greeting').textContent()).toBe('Loaded from /nested/jwt/')
    const requested = server.requests.slice(before)
    expect(requested).toEqual(expect.arrayContaining(['/nested/jwt/', '/nested/jwt/assets/app.js', '/nested/jwt/assets/site.css']))
    expect(requested.every((path) => path.startsWith('/nested/jwt/'))).toBe(true)
    expect(pageErrors).toEqual([])
    expect(consoleErrors).toEqual([])
  })

  it('gets a 404 outside the sub-path', async () => {
    expect((await page.goto(`${server.origin}/`))?.status()).toBe(404)
    expect((await page.goto(`${server.url}some/deep/link`))?.status()).toBe(404)
  })

  it('reads a route from another origin only when it sends CORS headers', async () => {
    const keys = await startStaticServer({
      root,
      routes: {
        '/jwks.json': {
          headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
          body: '{"keys":[]}',
        },
        '/private.json': { headers: { 'Content-Type': 'application/json' }, body: '{"keys":[]}' },
      },
    })
    try {
      await page.goto(server.url)
      const read = (url: string) =>
        page.evaluate((target) => fetch(target).then((response) => response.json() as Promise<unknown>, (error: unknown) => String(error)), url)
      expect(await read(`${keys.origin}/jwks.json`)).toEqual({ keys: [] })
      expect(await read(`${keys.origin}/private.json`)).toMatch(/Failed to fetch/)
      expect(keys.requests).toEqual(['/jwks.json', '/private.json'])
    } finally {
      await keys.close()
    }
  })

  it('finds no serious axe violations on an accessible page', async () => {
    await page.goto(server.url)
    expect(await runAxe(page)).toEqual([])
  })

  it('reports serious and critical axe violations, after a navigation too', async () => {
    await page.goto(`${server.url}bad.html`)
    const violations = await runAxe(page)
    expect(violations.map((violation) => violation.id).sort()).toEqual(['button-name', 'image-alt'])
    expect(violations.every((violation) => violation.impact === 'critical' || violation.impact === 'serious')).toBe(true)
    expect(violations.find((violation) => violation.id === 'image-alt')?.nodes).toEqual(['img'])
  })
})

describe('launchBrowser', () => {
  it('explains how to get Chromium when there is none', async () => {
    const saved = process.env.CHROME_PATH
    process.env.CHROME_PATH = join(tmpdir(), 'no-such-chromium')
    try {
      await expect(launchBrowser()).rejects.toThrow(/apt-get install chromium.*CHROME_PATH/)
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH
      else process.env.CHROME_PATH = saved
    }
  })
})
