// What a first visit to the debugger costs before the visitor does anything: the JavaScript it
// downloads before the decoded example is on screen, and all it downloads while left alone.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'

export const firstVisitBudgets = { beforeFirstRenderGzipBytes: 150 * 1024, withoutInteractionGzipBytes: 200 * 1024 }

/** How long the page is left alone after the network goes quiet: anything it fetches by itself comes by then. */
const idleMs = 6000

export interface FirstVisit {
  beforeFirstRender: { gzipBytes: number; files: number }
  withoutInteraction: { gzipBytes: number; files: number }
  firstRenderMs: number
  /** The largest files fetched without interaction, for seeing where the bytes go. */
  largest: Array<{ file: string; gzipBytes: number }>
}

export async function measureFirstVisit(browser: Browser, url: string, dist: string): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  const requested: Array<{ path: string; atMs: number }> = []
  const started = Date.now()
  page.on('request', (request) => requested.push({ path: new URL(request.url()).pathname, atMs: Date.now() - started }))
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="payload-json"]')) return
      ;(window as unknown as { firstRenderMs: number }).firstRenderMs = performance.now()
      observer.disconnect()
    })
    observer.observe(document, { subtree: true, childList: true })
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForTimeout(idleMs)
  const firstRenderMs = await page.evaluate(() => (window as unknown as { firstRenderMs: number }).firstRenderMs)
  const navigationStart = await page.evaluate(() => performance.timeOrigin)
  await context.close()

  const visit: FirstVisit = { beforeFirstRender: { gzipBytes: 0, files: 0 }, withoutInteraction: { gzipBytes: 0, files: 0 }, firstRenderMs, largest: [] }
  const renderedAt = navigationStart - started + firstRenderMs
  for (const { path, atMs } of requested) {
    if (!path.endsWith('.js')) continue
    const assets = path.lastIndexOf('/assets/')
    const gzipBytes = gzipSync(readFileSync(join(dist, assets === -1 ? path.slice(path.lastIndexOf('/')) : path.slice(assets))), { level: 9 }).length
    visit.withoutInteraction.gzipBytes += gzipBytes
    visit.withoutInteraction.files++
    if (atMs < renderedAt) {
      visit.beforeFirstRender.gzipBytes += gzipBytes
      visit.beforeFirstRender.files++
    }
    visit.largest.push({ file: path.slice(path.lastIndexOf('/') + 1), gzipBytes })
  }
  visit.largest = visit.largest.sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5)
  return visit
}

export function describeFirstVisit(visit: FirstVisit): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB gzip`
  const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET')
  const { beforeFirstRender: before, withoutInteraction: alone } = visit
  return [
    'First visit to the debugger, left alone (Chromium, 1440x900)',
    `  JS before the decoded example is on screen  ${kb(before.gzipBytes)} in ${before.files} files, on screen at ${visit.firstRenderMs.toFixed(0)} ms (budget ${firstVisitBudgets.beforeFirstRenderGzipBytes / 1024} KB): ${verdict(before.gzipBytes <= firstVisitBudgets.beforeFirstRenderGzipBytes)}`,
    `  JS fetched without any interaction          ${kb(alone.gzipBytes)} in ${alone.files} files (budget ${firstVisitBudgets.withoutInteractionGzipBytes / 1024} KB): ${verdict(alone.gzipBytes <= firstVisitBudgets.withoutInteractionGzipBytes)}`,
    `  largest: ${visit.largest.map(({ file, gzipBytes }) => `${file.replace(/-[\w-]{8}\.js$/, '.js')} ${(gzipBytes / 1024).toFixed(1)} KB`).join(', ')}`,
  ]
}
