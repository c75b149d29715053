// Lighthouse's performance audit of a page, with its default mobile profile (a Moto G Power sized
// screen, simulated slow 4G and a 4x slower CPU), in the system Chromium, as the median of runs.
import lighthouse from 'lighthouse'
import type { Result } from 'lighthouse'
import { launch } from 'chrome-launcher'
import { chromePath, chromiumArgs } from '../e2e/browser'

export interface LighthouseFigures {
  /** 0 to 100. */
  performance: number
  /** CSS selector of the element whose paint is the LCP, as Lighthouse names it. */
  lcpElement: string
  lcpMs: number
  fcpMs: number
  tbtMs: number
  cls: number
  speedIndexMs: number
}

export interface LighthouseReport {
  /** Each figure's median over the runs, and the LCP element most runs name. */
  median: LighthouseFigures
  runs: LighthouseFigures[]
  version: string
}

export const lighthouseTargets = { performance: 98, lcpMs: 1500 }

const audits = {
  lcpMs: 'largest-contentful-paint',
  fcpMs: 'first-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const

/** The LCP element audit holds a table whose first row is the element. */
function lcpElementOf(lhr: Result): string {
  const details = lhr.audits['largest-contentful-paint-element']?.details
  const table = details?.type === 'list' ? details.items[0] : undefined
  const row = table?.type === 'table' ? table.items[0] : undefined
  const node = row?.node
  return typeof node === 'object' && node !== null && 'selector' in node && typeof node.selector === 'string' ? node.selector : 'unknown'
}

/** One Lighthouse run in a fresh browser, so no run inherits another's caches. */
export async function runLighthouse(url: string): Promise<{ figures: LighthouseFigures; version: string }> {
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: ['--headless=new', ...chromiumArgs], logLevel: 'silent' })
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] })
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const score = lhr.categories.performance?.score
    if (typeof score !== 'number') throw new Error(`Lighthouse gave no performance score for ${url}`)
    const figures: LighthouseFigures = { performance: Math.round(score * 100), lcpElement: lcpElementOf(lhr), lcpMs: 0, fcpMs: 0, tbtMs: 0, cls: 0, speedIndexMs: 0 }
    for (const [figure, id] of Object.entries(audits) as [keyof typeof audits, string][]) {
      const value = lhr.audits[id]?.numericValue
      if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} for ${url}`)
      figures[figure] = value
    }
    return { figures, version: lhr.lighthouseVersion }
  } finally {
    chrome.kill()
  }
}

/** The value most runs share. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0]
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Runs Lighthouse `runs` times and takes each figure's own median, robust to one noisy run. */
export async function measureLighthouse(url: string, runs: number): Promise<LighthouseReport> {
  const all: LighthouseFigures[] = []
  let version = ''
  for (let run = 0; run < runs; run++) {
    const result = await runLighthouse(url)
    all.push(result.figures)
    version = result.version
  }
  const pick = (figure: Exclude<keyof LighthouseFigures, 'lcpElement'>) => median(all.map((figures) => figures[figure]))
  return {
    median: {
      performance: pick('performance'),
      lcpElement: mostCommon(all.map((figures) => figures.lcpElement)),
      lcpMs: pick('lcpMs'),
      fcpMs: pick('fcpMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
      speedIndexMs: pick('speedIndexMs'),
    },
    runs: all,
    version,
  }
}

/** The report's lines: the median figures, each run's score, and whether the targets are met. */
export function describeLighthouse({ median: figures, runs, version }: LighthouseReport): string[] {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const meetsScore = figures.performance >= lighthouseTargets.performance
  const meetsLcp = figures.lcpMs < lighthouseTargets.lcpMs
  return [
    `Lighthouse ${version}, mobile profile (simulated throttling), median of ${runs.length} runs`,
    `  performance  ${figures.performance} (runs: ${runs.map((run) => run.performance).join(', ')}; target ${lighthouseTargets.performance} or more): ${meetsScore ? 'target met' : 'BELOW TARGET'}`,
    `  LCP          ${seconds(figures.lcpMs)} (target under ${seconds(lighthouseTargets.lcpMs)}): ${meetsLcp ? 'target met' : 'OVER TARGET'}`,
    `               painted by ${figures.lcpElement}`,
    `  FCP          ${seconds(figures.fcpMs)}`,
    `  TBT          ${Math.round(figures.tbtMs)} ms`,
    `  CLS          ${figures.cls.toFixed(3)}`,
    `  Speed Index  ${seconds(figures.speedIndexMs)}`,
  ]
}
