// Measures the production build in Chromium: what the debugger page downloads before it is
// usable, how long a pasted token takes to appear decoded, how fast the secret cracker runs, how
// long a 20 MB HAR file takes to list its tokens,
// Lighthouse's performance figures for a phone, and how the page copes with hostile and huge inputs.
// Run with `npm run bench` (`npm run bench -- --large` adds the slowest hostile inputs).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { launchBrowser } from '../e2e/browser'
import { startStaticServer } from '../e2e/static-server'
import { makeToken } from '../fixtures/tokens'
import { measureCracker } from './measure-cracker'
import { measureFinder } from './measure-finder'
import { describeLighthouse, measureLighthouse } from './measure-lighthouse'
import { measureHostileInputs } from './measure-hostile'

const dist = join(import.meta.dirname, '../../dist')
const budgets = { initialJsGzipBytes: 150 * 1024, untouchedVisitJsGzipBytes: 200 * 1024, paste8kMs: 16, paste1mbMs: 200 }
// A single Lighthouse run's score moves by several points with the CPU time of a 2-core machine.
const lighthouseRuns = 5
const payloadEditor = ':has(> [data-testid="payload-json"]) .cm-content'

/** A token of about `bytes` characters whose payload carries `marker`, so its render can be recognised. */
function tokenOfSize(bytes: number, marker: string): string {
  const base = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'bench', jti: marker, data: '' })
  const filler = 'x'.repeat(Math.max(0, Math.floor(((bytes - base.length) * 3) / 4)))
  return makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'bench', jti: marker, data: filler })
}

/**
 * Splits the JS and CSS the page downloads into what it needs before the decoded example is on
 * screen (initial), what the rest of a first visit that nobody touches adds within network idle plus
 * 6 s (untouched), and what the first interaction brings (the CodeMirror editor), by request time.
 */
async function measureDownloads(page: Page, url: string) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="payload-json"]')) return
      ;(window as unknown as { firstRenderMs: number }).firstRenderMs = performance.now()
      observer.disconnect()
    })
    observer.observe(document, { subtree: true, childList: true })
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForTimeout(6000)
  const untouchedMs = await page.evaluate(() => performance.now())
  // A person's first move brings CodeMirror in; the payload's editor sits beside its text hook.
  await page.mouse.move(1, 1)
  await page.locator(payloadEditor).waitFor()
  const { firstRenderMs, resources } = await page.evaluate(() => ({
    firstRenderMs: (window as unknown as { firstRenderMs: number }).firstRenderMs,
    resources: performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, startMs: entry.startTime })),
  }))
  const sizes = { initialJs: 0, initialJsFiles: 0, initialCss: 0, untouchedJs: 0, untouchedJsFiles: 0, interactionJs: 0, interactionJsFiles: 0, firstRenderMs }
  for (const resource of resources) {
    const path = new URL(resource.url).pathname
    if (!/\.(js|css)$/.test(path)) continue
    const gzipped = gzipSync(readFileSync(join(dist, path.slice(path.indexOf('/assets/')))), { level: 9 }).length
    if (path.endsWith('.css')) {
      sizes.initialCss += gzipped
      continue
    }
    if (resource.startMs < untouchedMs) {
      sizes.untouchedJs += gzipped
      sizes.untouchedJsFiles++
    } else {
      sizes.interactionJs += gzipped
      sizes.interactionJsFiles++
    }
    if (resource.startMs < firstRenderMs) {
      sizes.initialJs += gzipped
      sizes.initialJsFiles++
    }
  }
  return sizes
}

/** Pastes a token into the editor and resolves with the milliseconds until its payload is on screen. */
async function pasteAndTime(page: Page, token: string, marker: string): Promise<number> {
  return page.evaluate(
    ({ token, marker, payloadEditor }) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLElement>('[data-testid="token-input"]')
        if (!input) return reject(new Error('no token input'))
        input.focus()
        document.execCommand('selectAll')
        const start = performance.now()
        // What the payload's editor draws, not the text hook, which holds the text before it is drawn.
        const isRendered = () => document.querySelector(payloadEditor)?.textContent?.includes(marker) ?? false
        const observer = new MutationObserver(() => {
          if (!isRendered()) return
          observer.disconnect()
          // The result counts once it is painted: wait for the next frame.
          requestAnimationFrame(() => resolve(performance.now() - start))
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        const data = new DataTransfer()
        data.setData('text/plain', token)
        input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      }),
    { token, marker, payloadEditor },
  )
}

/** Types one character at the end of the editor and times it to the next painted frame. */
async function keystrokeToPaint(page: Page): Promise<number> {
  await page.getByTestId('token-input').press('End')
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now()
        document.execCommand('insertText', false, 'A')
        requestAnimationFrame(() => resolve(performance.now() - start))
      }),
  )
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function timePastes(page: Page, bytes: number, runs: number): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const marker = `run-${bytes}-${run}-${Math.random().toString(36).slice(2)}`
    times.push(await pasteAndTime(page, tokenOfSize(bytes, marker), marker))
  }
  return times
}

const format = (ms: number) => `${ms.toFixed(1)} ms`
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET')

const server = await startStaticServer({ root: dist, basePath: '/bench/jwt/' })
const browser = await launchBrowser()
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  // tsx compiles with esbuild's keepNames, which wraps functions sent to the page in a __name helper.
  await page.addInitScript('globalThis.__name = (fn) => fn')
  const sizes = await measureDownloads(page, server.url)
  await timePastes(page, 8 * 1024, 3) // warm up the JIT
  const small = await timePastes(page, 8 * 1024, 21)
  const large = await timePastes(page, 1024 * 1024, 7)
  const keystrokes: number[] = []
  for (let i = 0; i < 7; i++) keystrokes.push(await keystrokeToPaint(page))

  console.log('Debugger page, production build, Chromium headless')
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB gzip`
  console.log(`  initial JS   ${kb(sizes.initialJs)} in ${sizes.initialJsFiles} files, decoded example on screen at ${format(sizes.firstRenderMs)} (budget ${budgets.initialJsGzipBytes / 1024} KB): ${verdict(sizes.initialJs <= budgets.initialJsGzipBytes)}`)
  console.log(`  initial CSS  ${kb(sizes.initialCss)}`)
  console.log(`  first visit, untouched: JS ${kb(sizes.untouchedJs)} in ${sizes.untouchedJsFiles} files within network idle + 6 s (budget ${budgets.untouchedVisitJsGzipBytes / 1024} KB): ${verdict(sizes.untouchedJs <= budgets.untouchedVisitJsGzipBytes)}`)
  console.log(`  on the first interaction: JS ${kb(sizes.interactionJs)} in ${sizes.interactionJsFiles} files (the CodeMirror editor)`)
  console.log(`  paste 8 KB token -> rendered   median ${format(median(small))} of ${small.length} (budget ${budgets.paste8kMs} ms): ${verdict(median(small) <= budgets.paste8kMs)}`)
  console.log(`  paste 1 MB token -> rendered   median ${format(median(large))} of ${large.length} (budget ${budgets.paste1mbMs} ms): ${verdict(median(large) <= budgets.paste1mbMs)}`)
  console.log(`  keystroke -> paint on a 1 MB token   median ${format(median(keystrokes))} of ${keystrokes.length}`)
  console.log('')
  for (const line of await measureCracker(browser, server.url)) console.log(line)
  console.log('')
  for (const line of await measureFinder(browser, server.url)) console.log(line)
} finally {
  await browser.close()
}
try {
  // Lighthouse starts its own Chromium, once the one above is closed and its workers cannot compete for the CPU.
  // The static server does not compress, so FCP and LCP come out about 0.25 s later than from a host that gzips.
  console.log('')
  for (const line of describeLighthouse(await measureLighthouse(server.url, lighthouseRuns))) console.log(line)
  // Last, in a browser of its own: a frozen page here must not skew the figures above.
  const hostileBrowser = await launchBrowser()
  try {
    console.log('')
    for (const line of await measureHostileInputs(hostileBrowser, server.url, { includeLarge: process.argv.includes('--large'), log: (message) => console.error(message) })) console.log(line)
  } finally {
    await hostileBrowser.close()
  }
} finally {
  await server.close()
}
