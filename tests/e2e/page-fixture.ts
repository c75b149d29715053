// Opens the built app in Chromium for a test file, and collects what the page logged.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { expect, inject } from 'vitest'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import type { AxeResults, ImpactValue } from 'axe-core'
import { launchBrowser } from './browser'
import { startStaticServer } from './static-server'
import type { StaticRoute, StaticServer } from './static-server'

export interface AppPage {
  page: Page
  context: BrowserContext
  /** URL of the app's sub-path, ending in '/'. */
  baseUrl: string
  /** This test file's server: its `requests` hold every path the browser asked for. */
  server: StaticServer
  /** console.error messages and failed loads, with their source location. */
  consoleErrors: string[]
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[]
  /** Closes this page's context only; closeApp() closes everything. */
  close(): Promise<void>
}

export interface OpenAppOptions {
  /** Extra exact-path responses added to this file's server, e.g. a JWKS. */
  routes?: Record<string, StaticRoute>
  context?: BrowserContextOptions
}

// One browser and one server per test file (Vitest isolates modules per file), started on first use.
// The server lives here rather than only in globalSetup because globalSetup runs in another process,
// and tests need to read what was requested.
let browser: Promise<Browser> | undefined
let server: Promise<StaticServer> | undefined
const contexts = new Set<BrowserContext>()

export async function openApp(path?: string, options: OpenAppOptions = {}): Promise<AppPage> {
  browser ??= launchBrowser()
  server ??= startStaticServer({ root: inject('distRoot'), basePath: inject('basePath') })
  const [openBrowser, appServer] = await Promise.all([browser, server])
  Object.assign(appServer.routes, options.routes)

  const context = await openBrowser.newContext(options.context)
  contexts.add(context)
  const page = await context.newPage()
  // A stuck action fails with the locator it waited for, well before the test's own timeout.
  page.setDefaultTimeout(20_000)
  const consoleErrors: string[] = []
  const pageErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const { url, lineNumber } = message.location()
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text())
  })
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)))

  await page.goto(appServer.url + (path ?? ''))
  return {
    page,
    context,
    baseUrl: appServer.url,
    server: appServer,
    consoleErrors,
    pageErrors,
    close: async () => {
      contexts.delete(context)
      await context.close()
    },
  }
}

/**
 * Replaces the text of an editor, whichever element holds its test hook: the light view's textarea
 * or CodeMirror's content. Filling focuses the editor, which loads CodeMirror; this returns once
 * CodeMirror has taken over and shows the new text, so a test goes on with the editor a user has.
 */
export async function fillEditor(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).fill(text)
  const editor = page.locator(`.cm-content[data-testid="${testId}"]`)
  await editor.waitFor()
  await expect.poll(() => editor.evaluate(showsText, text)).toBe(true)
}

/**
 * Whether CodeMirror's content shows `text`. It draws lines as blocks, so its text content is the
 * text without line breaks (and an empty one its placeholder); of a long text it draws only the
 * part in view.
 */
function showsText(content: Element, text: string): boolean {
  const placeholder = content.querySelector('.cm-placeholder')?.textContent ?? ''
  const drawn = (content.textContent ?? '').replace(placeholder, '')
  const lines = text.replace(/\r\n?|\n/g, '')
  if (lines.length <= 20_000) return drawn === lines
  // Where the view is, the top or the caret at the end, part of a long text is drawn.
  return drawn.startsWith(lines.slice(0, 200)) || drawn.includes(lines.slice(-200))
}

/** Every URL the page requests from now on. */
export function recordRequests(page: Page): string[] {
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  return requested
}

export async function closeApp(): Promise<void> {
  const [openBrowser, appServer] = [browser, server]
  browser = undefined
  server = undefined
  await Promise.all([...contexts].map((context) => context.close()))
  contexts.clear()
  // A failed launch was already reported by openApp(); do not report it again here.
  await openBrowser?.then((running) => running.close(), () => undefined)
  await appServer?.then((running) => running.close(), () => undefined)
}

export interface AxeViolation {
  id: string
  impact: ImpactValue | undefined
  help: string
  /** CSS selectors of the offending elements. */
  nodes: string[]
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let axeSource: string | undefined

/** The violations in light and in dark mode, keyed by scheme; the page is left in light mode. */
export async function runAxeInBothSchemes(page: Page): Promise<Record<'light' | 'dark', AxeViolation[]>> {
  const found = { light: [] as AxeViolation[], dark: [] as AxeViolation[] }
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme })
    found[colorScheme] = await runAxe(page)
  }
  return found
}

/** Serious and critical axe-core violations on the page as it is now, in a form that diffs readably. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // A navigation drops the script, so inject it whenever it is missing. Evaluated through the
  // debugging protocol, which the page's Content-Security-Policy does not govern, unlike a script tag.
  axeSource ??= readFileSync(axePath, 'utf8')
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const results = await page.evaluate(() => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    return axe.run(document, { resultTypes: ['violations'] })
  })
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }))
}

/** Opens a tool of the debugger's tool bar, unless it is open already. */
export async function openTool(page: Page, tool: string): Promise<void> {
  const opener = page.locator(`[data-testid="tool-open"][data-tool="${tool}"]`)
  if ((await opener.getAttribute('aria-expanded')) !== 'true') await opener.click()
}
