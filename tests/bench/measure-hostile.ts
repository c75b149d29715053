// Hostile and huge inputs against the production build in Chromium, each pasted into a fresh page the
// way a user's paste arrives (a ClipboardEvent on the editor), judged by the product's standing rule:
// no main-thread task over 200 ms after a paste, a keystroke painted within 50 ms, cost near-linear in
// size, no crash, nothing the user typed lost. A page that stops answering for the time limit is
// reported frozen and closed, so one frozen tab cannot hang the bench; one that answers but keeps
// running long tasks until the limit is reported busy.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import {
  deepNestingToken,
  hugeOidCertificatePem,
  hugeOidJwkText,
  hugeOidPublicKeyPem,
  hugeOidX5cToken,
  hugePublicKeyPem,
  hugeStringToken,
  infiniteExpToken,
  manyClaimsToken,
  manyDisclosuresSdJwt,
  repeatedDotsText,
  serverLog,
} from '../fixtures/hostile-inputs'
import { buildHar } from '../fixtures/har-fixtures'

export const hostileTargets = { longestTaskMs: 200, keystrokeToPaintMs: 50 }

export interface HostileOptions {
  /** Adds the inputs that take minutes on a slow build (the 200k-claim payload). */
  includeLarge: boolean
  /** How long a page may go without answering (frozen), or keep running long tasks after a paste (busy). */
  timeoutMs?: number
  /** Only the inputs whose name contains this text (case-insensitive), for checking one fix. */
  only?: string
  /** Progress, one line per input, for a run that takes minutes. */
  log?: (message: string) => void
}

type Editor = 'token-input' | 'key-input'

/** What on the page says the pasted input has been taken in; every condition given must hold. */
interface ShownWhen {
  /** payload-json starts with the payload that carries this "bench" claim. */
  marker?: string
  /** token-kind's data-kind. */
  kind?: string
  decodeError?: boolean
  /** signature-status's text differs from before the paste (the key box's verdict). */
  signatureChanged?: boolean
  /** At least one found-token row: the text was searched for the tokens it holds. */
  foundTokens?: boolean
}

interface HostileCase {
  name: string
  editor: Editor
  make(): Promise<string>
  shown: ShownWhen
  isLarge?: boolean
  /** Cases compared for near-linear cost share a series name. */
  series?: string
  /** Clear the token box first: the paste then lands in an empty page, whose panels are created for it. */
  startsEmpty?: boolean
}

const MB = 1024 * 1024

function hostileCases(): HostileCase[] {
  // A token input whose payload starts with a marker claim named after it.
  const marked = (name: string, make: (marker: string) => Promise<string>, extra: Pick<HostileCase, 'series' | 'isLarge' | 'startsEmpty'> & { kind?: string } = {}): HostileCase => {
    const marker = `hostile-${name.replace(/\W+/g, '-')}`
    const { kind, ...rest } = extra
    return { name, editor: 'token-input', make: () => make(marker), shown: { marker, ...(kind ? { kind } : {}) }, ...rest }
  }
  const key = (name: string, make: () => string): HostileCase => ({ name, editor: 'key-input', make: () => Promise.resolve(make()), shown: { signatureChanged: true } })
  return [
    marked('8 KB token (control)', (marker) => hugeStringToken(8 * 1024, marker), { series: 'string' }),
    marked('20k claims', (marker) => manyClaimsToken(20_000, marker), { series: 'claims' }),
    marked('40k claims', (marker) => manyClaimsToken(40_000, marker), { series: 'claims' }),
    marked('200k claims', (marker) => manyClaimsToken(200_000, marker), { series: 'claims', isLarge: true }),
    marked('x5c with a 150 KB OID', (marker) => hugeOidX5cToken(marker)),
    key('key: PEM public key, 150 KB OID', () => hugeOidPublicKeyPem()),
    key('key: PEM certificate, 150 KB OID', () => hugeOidCertificatePem()),
    key('key: JWK, x5c with 150 KB OID', () => hugeOidJwkText()),
    marked('SD-JWT, 40k disclosures', (marker) => manyDisclosuresSdJwt(40_000, marker), { kind: 'sd-jwt' }),
    key('key: 10 MB PEM', () => hugePublicKeyPem(10 * MB)),
    { name: '"a." × 2.5 million', editor: 'token-input', make: () => Promise.resolve(repeatedDotsText(2_500_000)), shown: { decodeError: true } },
    { name: '20 MB HAR file, pasted', editor: 'token-input', make: () => Promise.resolve(buildHar({ targetBytes: 20 * MB }).text), shown: { foundTokens: true } },
    { name: '20 MB server log, pasted', editor: 'token-input', make: () => serverLog(20 * MB), shown: { foundTokens: true } },
    marked('1 MB token', (marker) => hugeStringToken(1 * MB, marker), { series: 'string' }),
    marked('20 MB token', (marker) => hugeStringToken(20 * MB, marker), { series: 'string' }),
    marked('20 MB token, into an empty box', (marker) => hugeStringToken(20 * MB, marker), { startsEmpty: true }),
    marked('10k-deep array nesting', (marker) => deepNestingToken(10_000, marker)),
    marked('exp 1e999', (marker) => infiniteExpToken(marker)),
  ]
}

interface HostileResult {
  name: string
  bytes: number
  series?: string
  /** Paste to the result painted, when it showed. */
  shownMs?: number
  /** Long tasks (over 50 ms) from the paste until the page was quiet. */
  longestTaskMs?: number
  totalBlockingMs?: number
  longTaskMs?: number
  /** Worst of the keystrokes typed afterwards, by Event Timing, or by frame timing when no event took 16 ms. */
  keystrokeMs?: number
  keystrokeSource?: 'event-timing' | 'frame'
  /** Longest task after the keystrokes. */
  afterKeyTaskMs?: number
  frozenAfter?: 'load' | 'paste' | 'keystroke' | 'clear'
  /** The page answered but kept running long tasks until the time limit. */
  busyAfterPaste?: boolean
  pageErrors: string[]
  consoleErrors: string[]
  crashScreen?: boolean
  rendererCrashed?: boolean
  /** The editor's text after the paste and the keystrokes, measured against what was pasted and typed. */
  lostInput?: string
  /** Anything else worth a line under the table. */
  notes: string[]
}

class Frozen extends Error {}

/** Resolves as `promise` does, or rejects with Frozen at `deadline` (a Date.now() value). */
function before<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Frozen()), Math.max(0, deadline - Date.now()))
  })
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The page's clock, as performance.now() there. */
const pageNow = (page: Page, deadline: number) => before(page.evaluate(() => performance.now()), deadline)

interface Probe {
  longTasks: { startMs: number; durationMs: number }[]
  events: { name: string; startMs: number; durationMs: number }[]
  frames: { startMs: number; ms: number }[]
  shownAtMs: number | null
}

/**
 * Runs in the page before the app: collects long tasks and slow input events (Event Timing, as INP
 * does), and times each keydown to the frame after it. tsx compiles with esbuild's keepNames, which
 * wraps functions sent to the page in a __name helper, hence the first line.
 */
function installProbe() {
  ;(globalThis as unknown as { __name: (fn: unknown) => unknown }).__name = (fn) => fn
  const probe: Probe = { longTasks: [], events: [], frames: [], shownAtMs: null }
  const addLongTasks = (entries: PerformanceEntryList) => {
    for (const entry of entries) probe.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration })
  }
  const addEvents = (entries: PerformanceEntryList) => {
    for (const entry of entries) probe.events.push({ name: entry.name, startMs: entry.startTime, durationMs: entry.duration })
  }
  const longTasks = new PerformanceObserver((list) => addLongTasks(list.getEntries()))
  longTasks.observe({ type: 'longtask', buffered: true })
  const events = new PerformanceObserver((list) => addEvents(list.getEntries()))
  events.observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit)
  // Observers hear of entries in a later, low-priority task; whoever reads the probe first takes what is queued.
  const flush = () => {
    addLongTasks(longTasks.takeRecords())
    addEvents(events.takeRecords())
    return probe
  }
  Object.assign(window, { __probe: probe, __flushProbe: flush })
  // The frame after the keydown follows the editor's DOM change, which happens in the same task.
  document.addEventListener(
    'keydown',
    (event) => {
      const startMs = event.timeStamp
      requestAnimationFrame(() => setTimeout(() => probe.frames.push({ startMs, ms: performance.now() - startMs })))
    },
    true,
  )
}

const editorSelector = (editor: Editor) => `.cm-content[data-testid="${editor}"]`

/** The editor's text length, read from CodeMirror's own state (its DOM holds only the visible lines); null if unreachable. */
function editorLength(page: Page, editor: Editor): Promise<number | null> {
  return page.evaluate((selector) => {
    const content = document.querySelector<Element & { cmTile?: { root?: { view?: { state: { doc: { length: number } } } } } }>(selector)
    return content?.cmTile?.root?.view?.state.doc.length ?? null
  }, editorSelector(editor))
}

/**
 * Waits until no long task has ended for `calmMs` and, if `untilShown`, the result is on screen (or it
 * has been calm for 5 s): 'quiet'. A page that still answers but has not been calm by `giveUpAt` is
 * 'busy'; one that does not answer for `frozenAfterMs` is Frozen.
 */
async function waitForQuiet(
  page: Page,
  sinceMs: number,
  giveUpAt: number,
  { untilShown = false, calmMs = 1000, frozenAfterMs = 90_000 } = {},
): Promise<'quiet' | 'busy'> {
  let busyUntilMs = sinceMs
  for (;;) {
    const askedAt = Date.now()
    const state = await before(
      page.evaluate(() => {
        const probe = (window as unknown as { __flushProbe: () => Probe }).__flushProbe()
        const lastEnd = probe.longTasks.reduce((end, task) => Math.max(end, task.startMs + task.durationMs), 0)
        return { nowMs: performance.now(), lastEnd, shownAtMs: probe.shownAtMs }
      }),
      askedAt + frozenAfterMs,
    )
    // A slow answer means the page was busy until it answered, whatever the observers have reported so far.
    if (Date.now() - askedAt > 150) busyUntilMs = state.nowMs
    const calmSince = Math.max(busyUntilMs, state.lastEnd, state.shownAtMs ?? 0)
    const calm = state.nowMs - calmSince
    if (calm >= calmMs && (!untilShown || state.shownAtMs !== null || calm >= 5000)) return 'quiet'
    if (Date.now() > giveUpAt) return 'busy'
    await sleep(200)
  }
}

/** Gives the page the text to paste first, so moving megabytes over the debugging protocol is not timed. */
async function stageText(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => {
    ;(window as unknown as { __pasteText: string }).__pasteText = value
  }, text)
}

/**
 * Pastes the staged text into the focused editor as the browser delivers a paste, notes the time,
 * and checks once a frame whether the result is on screen. Returns the paste's time on the page clock.
 */
function pasteStaged(page: Page, editor: Editor, shown: ShownWhen): Promise<number> {
  return page.evaluate(
    ({ selector, shown }) => {
      const probe = (window as unknown as { __probe: Probe }).__probe
      const host = window as unknown as { __pasteText: string | null }
      const signatureText = () => document.querySelector('[data-testid="signature-status"]')?.textContent ?? null
      const signatureBefore = signatureText()
      // Reads only the first text nodes: payload-json may hold megabytes, and the marker comes first.
      const payloadStartsWith = (marker: string) => {
        const payload = document.querySelector('[data-testid="payload-json"]')
        if (!payload) return false
        // Inside an editor, its content only: the gutter's line numbers come first in the DOM.
        const walker = document.createTreeWalker(payload.querySelector('.cm-content') ?? payload, NodeFilter.SHOW_TEXT)
        let text = ''
        for (let count = 0; count < 60 && walker.nextNode(); count++) text += walker.currentNode.nodeValue
        return text.includes(marker)
      }
      const isShown = () =>
        (shown.marker === undefined || payloadStartsWith(shown.marker)) &&
        (shown.kind === undefined || document.querySelector('[data-testid="token-kind"]')?.getAttribute('data-kind') === shown.kind) &&
        (!shown.decodeError || document.querySelector('[data-testid="decode-error"]') !== null) &&
        (!shown.signatureChanged || signatureText() !== signatureBefore) &&
        (!shown.foundTokens || document.querySelector('[data-testid="found-token"]') !== null)
      const watch = () =>
        requestAnimationFrame(() => {
          if (isShown()) setTimeout(() => (probe.shownAtMs = performance.now()))
          else watch()
        })
      const target = document.querySelector<HTMLElement>(selector)
      if (!target) throw new Error(`no ${selector}`)
      target.focus()
      const data = new DataTransfer()
      data.setData('text/plain', host.__pasteText ?? '')
      host.__pasteText = null
      probe.shownAtMs = null
      const pastedAtMs = performance.now()
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      watch()
      return pastedAtMs
    },
    { selector: editorSelector(editor), shown },
  )
}

function readProbe(page: Page, deadline: number): Promise<Probe> {
  return before(
    page.evaluate(() => (window as unknown as { __flushProbe: () => Probe }).__flushProbe()),
    deadline,
  )
}

function longTaskFigures(probe: Probe, fromMs: number, toMs = Infinity) {
  const tasks = probe.longTasks.filter((task) => task.startMs + task.durationMs > fromMs && task.startMs < toMs)
  return {
    longestTaskMs: tasks.reduce((longest, task) => Math.max(longest, task.durationMs), 0),
    // Total blocking time: each long task's time beyond 50 ms.
    totalBlockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.durationMs - 50), 0),
    longTaskMs: tasks.reduce((sum, task) => sum + task.durationMs, 0),
  }
}

/** A fresh page with the probe, the app loaded and settled, and its errors collected into `result`. */
async function openQuietPage(browser: Browser, appUrl: string, editor: Editor, result: HostileResult, deadline: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  page.on('pageerror', (error) => result.pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') result.consoleErrors.push(message.text())
  })
  page.on('crash', () => (result.rendererCrashed = true))
  await page.addInitScript(installProbe)
  await before(page.goto(appUrl, { waitUntil: 'networkidle' }), deadline)
  // CodeMirror loads on a person's first move; the inputs are pasted into it, as a user pastes.
  await before(page.mouse.move(1, 1), deadline)
  await before(page.locator(editorSelector('token-input')).waitFor(), deadline)
  await before(page.locator(editorSelector(editor)).waitFor(), deadline)
  await waitForQuiet(page, await pageNow(page, deadline), deadline)
  return { context, page }
}

/** Focuses the editor and selects its text, as a user does before pasting over it. */
async function focusAndSelectAll(page: Page, editor: Editor, deadline: number) {
  await before(page.locator(editorSelector(editor)).focus(), deadline)
  await before(page.keyboard.press('Control+A'), deadline)
}

/**
 * Types three characters, each once the page is quiet (or after 10 s of waiting for it), and records
 * the worst keystroke-to-paint. A keystroke whose handling outlasts `timeoutMs` is Frozen.
 */
async function typeAndTime(page: Page, result: HostileResult, timeoutMs: number) {
  const keysFromMs = await pageNow(page, Date.now() + timeoutMs)
  let worstMs = 0
  let source: HostileResult['keystrokeSource'] = 'frame'
  for (const key of ['x', 'y', 'z']) {
    const deadline = Date.now() + timeoutMs
    const keyAtMs = await pageNow(page, deadline)
    await before(page.keyboard.type(key), deadline)
    await waitForQuiet(page, keyAtMs, Date.now() + 10_000, { calmMs: 500, frozenAfterMs: timeoutMs })
    const probe = await readProbe(page, deadline)
    const events = probe.events.filter((event) => event.startMs >= keyAtMs - 1 && ['keydown', 'keypress', 'beforeinput', 'input', 'keyup'].includes(event.name))
    const frame = probe.frames.filter((entry) => entry.startMs >= keyAtMs - 1).at(0)
    const eventMs = events.reduce((worst, event) => Math.max(worst, event.durationMs), 0)
    const ms = eventMs > 0 ? eventMs : (frame?.ms ?? 0)
    if (ms >= worstMs) {
      worstMs = ms
      source = eventMs > 0 ? 'event-timing' : 'frame'
    }
  }
  result.keystrokeMs = worstMs
  result.keystrokeSource = source
  result.afterKeyTaskMs = longTaskFigures(await readProbe(page, Date.now() + timeoutMs), keysFromMs).longestTaskMs
}

async function checkScreen(page: Page, result: HostileResult, deadline: number) {
  const screen = await before(
    page.evaluate(() => ({
      // TanStack Router's default error component, the app's crash screen.
      crashScreen: [...document.querySelectorAll('strong, h1, h2, p')].some((element) => element.textContent?.includes('Something went wrong')),
      hasTokenInput: document.querySelector('[data-testid="token-input"]') !== null,
    })),
    deadline,
  )
  if (screen.crashScreen) result.crashScreen = true
  if (!screen.hasTokenInput && !screen.crashScreen) result.notes.push(`${result.name}: the page went blank (no token-input left).`)
}

async function closeQuietly(context: BrowserContext) {
  await before(context.close(), Date.now() + 15_000).catch(() => undefined)
}

async function measureCase(browser: Browser, appUrl: string, hostile: HostileCase, timeoutMs: number): Promise<HostileResult> {
  const text = await hostile.make()
  const result: HostileResult = { name: hostile.name, bytes: text.length, pageErrors: [], consoleErrors: [], notes: [], ...(hostile.series ? { series: hostile.series } : {}) }
  let context: BrowserContext | undefined
  let phase: HostileResult['frozenAfter'] = 'load'
  try {
    const opened = await openQuietPage(browser, appUrl, hostile.editor, result, Date.now() + 60_000)
    context = opened.context
    const { page } = opened
    const setupDeadline = Date.now() + 60_000
    if (hostile.startsEmpty) await before(page.getByRole('button', { name: 'Clear', exact: true }).first().click(), setupDeadline)
    await before(stageText(page, text), setupDeadline)
    await focusAndSelectAll(page, hostile.editor, setupDeadline)
    await waitForQuiet(page, await pageNow(page, setupDeadline), setupDeadline, { calmMs: 300 })

    phase = 'paste'
    const pastedAtMs = await before(pasteStaged(page, hostile.editor, hostile.shown), Date.now() + timeoutMs)
    if ((await waitForQuiet(page, pastedAtMs, Date.now() + timeoutMs, { untilShown: true, frozenAfterMs: timeoutMs })) === 'busy') result.busyAfterPaste = true
    const probe = await readProbe(page, Date.now() + timeoutMs)
    Object.assign(result, longTaskFigures(probe, pastedAtMs))
    if (probe.shownAtMs !== null) result.shownMs = probe.shownAtMs - pastedAtMs
    const afterPaste = await before(editorLength(page, hostile.editor), Date.now() + timeoutMs)
    phase = 'keystroke'
    await typeAndTime(page, result, timeoutMs)
    const afterKeys = await before(editorLength(page, hostile.editor), Date.now() + timeoutMs)
    if (afterPaste === null) result.notes.push(`${hostile.name}: the editor's text could not be read (CodeMirror's internals moved), so lost input was not checked.`)
    else if (afterPaste !== text.length) {
      result.lostInput = `the editor holds ${afterPaste.toLocaleString('en-US')} of the ${text.length.toLocaleString('en-US')} characters pasted`
    } else if (afterKeys !== null && afterKeys !== afterPaste + 3) {
      result.lostInput = `${afterKeys - afterPaste} of 3 typed characters reached the editor`
    }
    await checkScreen(page, result, Date.now() + timeoutMs)
  } catch (error) {
    if (error instanceof Frozen) result.frozenAfter = phase
    else if (result.rendererCrashed) result.notes.push(`${hostile.name}: the renderer crashed (${firstLine(error)}).`)
    else result.notes.push(`${hostile.name}: the bench could not finish: ${firstLine(error)}`)
  } finally {
    if (context) await closeQuietly(context)
  }
  return result
}

const pasteCount = 12
const seriesName = `${pasteCount} pastes of 4 MB, then Clear`

/** Twelve successive 4 MB pastes into the token box, then Clear, with the heap after a GC at each step. */
async function measurePasteSeries(browser: Browser, appUrl: string, timeoutMs: number): Promise<{ result: HostileResult; heapLine: string }> {
  const result: HostileResult = { name: seriesName, bytes: 0, pageErrors: [], consoleErrors: [], notes: [] }
  const heapsMb: number[] = []
  let clearedMb: number | undefined
  let startMb: number | undefined
  let context: BrowserContext | undefined
  let phase: HostileResult['frozenAfter'] = 'load'
  try {
    const opened = await openQuietPage(browser, appUrl, 'token-input', result, Date.now() + 60_000)
    context = opened.context
    const { page } = opened
    phase = 'paste'
    // Each step may take up to timeoutMs after the last, even when the page stayed busy until the previous limit.
    const soon = () => Date.now() + timeoutMs
    const cdp = await context.newCDPSession(page)
    const heapMb = async (deadline: number) => {
      await before(cdp.send('HeapProfiler.collectGarbage'), deadline)
      const { usedSize } = await before(cdp.send('Runtime.getHeapUsage'), deadline)
      return usedSize / MB
    }
    startMb = await heapMb(Date.now() + 60_000)
    let worst = { longestTaskMs: 0, totalBlockingMs: 0, longTaskMs: 0 }
    let shownWorstMs = 0
    for (let index = 0; index < pasteCount; index++) {
      const marker = `hostile-series-${index}`
      const text = await hugeStringToken(4 * MB, marker, index + 1)
      result.bytes = text.length
      const setupDeadline = Date.now() + 60_000
      await before(stageText(page, text), setupDeadline)
      await focusAndSelectAll(page, 'token-input', setupDeadline)
      await waitForQuiet(page, await pageNow(page, setupDeadline), setupDeadline, { calmMs: 300 })
      const deadline = Date.now() + timeoutMs
      const pastedAtMs = await before(pasteStaged(page, 'token-input', { marker }), deadline)
      if ((await waitForQuiet(page, pastedAtMs, deadline, { untilShown: true, frozenAfterMs: timeoutMs })) === 'busy') result.busyAfterPaste = true
      const probe = await readProbe(page, soon())
      const figures = longTaskFigures(probe, pastedAtMs)
      worst = {
        longestTaskMs: Math.max(worst.longestTaskMs, figures.longestTaskMs),
        totalBlockingMs: worst.totalBlockingMs + figures.totalBlockingMs,
        longTaskMs: worst.longTaskMs + figures.longTaskMs,
      }
      if (probe.shownAtMs !== null) shownWorstMs = Math.max(shownWorstMs, probe.shownAtMs - pastedAtMs)
      else result.notes.push(`${result.name}: paste ${index + 1} never showed its payload.`)
      const length = await before(editorLength(page, 'token-input'), soon())
      if (length !== null && length !== text.length) result.lostInput = `after paste ${index + 1} the editor holds ${length} of ${text.length} characters`
      heapsMb.push(await heapMb(soon()))
    }
    Object.assign(result, worst, { shownMs: shownWorstMs })
    phase = 'keystroke'
    await typeAndTime(page, result, timeoutMs)
    phase = 'clear'
    const clear = page.getByRole('button', { name: 'Clear', exact: true }).first()
    if (await before(clear.isEnabled().catch(() => false), soon())) await before(clear.click(), soon())
    else {
      result.notes.push(`${result.name}: no enabled Clear button; cleared with Ctrl+A, Delete.`)
      await focusAndSelectAll(page, 'token-input', soon())
      await before(page.keyboard.press('Delete'), soon())
    }
    await waitForQuiet(page, await pageNow(page, soon()), soon(), { frozenAfterMs: timeoutMs })
    const length = await before(editorLength(page, 'token-input'), soon())
    if (length !== null && length !== 0) result.notes.push(`${result.name}: after Clear the token box still holds ${length} characters.`)
    clearedMb = await heapMb(soon())
    await checkScreen(page, result, soon())
  } catch (error) {
    if (error instanceof Frozen) result.frozenAfter = phase
    else result.notes.push(`${result.name}: the bench could not finish: ${firstLine(error)}`)
  } finally {
    if (context) await closeQuietly(context)
  }
  const mb = (value: number) => value.toFixed(1)
  const heapLine =
    `Heap used after a forced GC (MB): page loaded ${startMb === undefined ? '?' : mb(startMb)}; ` +
    `after each 4 MB paste ${heapsMb.map(mb).join(', ') || '?'}; after Clear ${clearedMb === undefined ? '?' : mb(clearedMb)}`
  return { result, heapLine }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200)
}

function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${bytes} B`
}

const formatMs = (ms: number | undefined) => (ms === undefined ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)}`)
const formatTask = (ms: number | undefined) => (ms === undefined ? '—' : ms === 0 ? '<50' : formatMs(ms))

function describeErrors(result: HostileResult): string {
  const parts: string[] = []
  if (result.rendererCrashed) parts.push('renderer crash')
  if (result.crashScreen) parts.push('crash screen')
  if (result.pageErrors.length) parts.push(`${result.pageErrors.length} uncaught`)
  if (result.consoleErrors.length) parts.push(`${result.consoleErrors.length} console`)
  if (result.lostInput) parts.push('input lost')
  return parts.join(', ') || 'none'
}

function verdict(result: HostileResult, timeoutMs: number): string {
  if (result.frozenAfter) return `FROZEN (>${timeoutMs / 1000} s after the ${result.frozenAfter})`
  const misses: string[] = []
  if (result.busyAfterPaste) misses.push(`long tasks for >${timeoutMs / 1000} s`)
  if (result.rendererCrashed || result.crashScreen) misses.push('crash')
  if (result.pageErrors.length || result.consoleErrors.length) misses.push('errors')
  if (result.lostInput) misses.push('lost input')
  if ((result.longestTaskMs ?? 0) > hostileTargets.longestTaskMs) misses.push(`task > ${hostileTargets.longestTaskMs} ms`)
  if ((result.afterKeyTaskMs ?? 0) > hostileTargets.longestTaskMs) misses.push(`task after key > ${hostileTargets.longestTaskMs} ms`)
  if ((result.keystrokeMs ?? 0) > hostileTargets.keystrokeToPaintMs) misses.push(`key > ${hostileTargets.keystrokeToPaintMs} ms`)
  if (result.longestTaskMs === undefined || result.keystrokeMs === undefined) misses.push('incomplete')
  return misses.length ? `MISSED: ${misses.join(', ')}` : 'met'
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => `  ${row.map((cell, column) => (column === 0 || column === row.length - 1 || column === row.length - 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd()}`)
}

/** How cost grows along a series of the same input at growing sizes, against its growth in bytes. */
function scalingLines(results: HostileResult[]): string[] {
  const lines: string[] = []
  const bySeries = new Map<string, HostileResult[]>()
  for (const result of results) if (result.series && !result.frozenAfter) bySeries.set(result.series, [...(bySeries.get(result.series) ?? []), result])
  for (const series of bySeries.values()) {
    for (let i = 1; i < series.length; i++) {
      const [small, large] = [series[i - 1]!, series[i]!]
      const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(b / a).toFixed(1)}×` : 'n/a')
      lines.push(
        `  ${small.name} → ${large.name}: ${(large.bytes / small.bytes).toFixed(1)}× the bytes, ` +
          `${ratio(small.shownMs, large.shownMs)} the time to result, ${ratio(small.longTaskMs, large.longTaskMs)} the time in long tasks`,
      )
    }
  }
  return lines
}

export async function measureHostileInputs(browser: Browser, appUrl: string, options: HostileOptions): Promise<string[]> {
  const timeoutMs = options.timeoutMs ?? 90_000
  const isChosen = (name: string) => options.only === undefined || name.toLowerCase().includes(options.only.toLowerCase())
  const cases = hostileCases().filter((hostile) => (options.includeLarge || !hostile.isLarge) && isChosen(hostile.name))
  const results: HostileResult[] = []
  for (const hostile of cases) {
    options.log?.(`hostile inputs: ${hostile.name}`)
    results.push(await measureCase(browser, appUrl, hostile, timeoutMs))
    // The closed page's renderer may still be exiting; let the CPU settle before the next input.
    await sleep(500)
  }
  const series = isChosen(seriesName) ? (options.log?.(`hostile inputs: ${seriesName}`), await measurePasteSeries(browser, appUrl, timeoutMs)) : undefined
  if (series) results.push(series.result)

  const rows = [
    ['input', 'size', 'result ms', 'longest task ms', 'blocking ms', 'key→paint ms', 'task after key ms', 'errors', 'verdict'],
    ...results.map((result) => [
      result.name,
      formatBytes(result.bytes),
      formatMs(result.shownMs),
      formatTask(result.longestTaskMs),
      formatMs(result.totalBlockingMs),
      result.keystrokeMs === undefined ? '—' : result.keystrokeSource === 'frame' ? `${formatMs(result.keystrokeMs)}*` : formatMs(result.keystrokeMs),
      formatTask(result.afterKeyTaskMs),
      describeErrors(result),
      verdict(result, timeoutMs),
    ]),
  ]
  const details: string[] = []
  for (const result of results) {
    const distinct = (messages: string[]) => [...new Set(messages)].map((message) => message.split('\n')[0]!.slice(0, 160))
    for (const message of distinct(result.pageErrors)) details.push(`  ${result.name}: uncaught: ${message}`)
    for (const message of distinct(result.consoleErrors)) details.push(`  ${result.name}: console.error: ${message}`)
    if (result.lostInput) details.push(`  ${result.name}: input lost: ${result.lostInput}`)
    for (const note of result.notes) details.push(`  ${note}`)
  }
  return [
    `Hostile inputs, Chromium headless, production build, a fresh page per input, pasted as a ClipboardEvent` +
      ` (targets: no task over ${hostileTargets.longestTaskMs} ms, a keystroke painted within ${hostileTargets.keystrokeToPaintMs} ms; frozen after ${timeoutMs / 1000} s)`,
    ...table(rows),
    `  result: paste to the input's result painted. Tasks: long tasks (over 50 ms) from the paste until 1 s without one; <50 means none.`,
    ...(series ? [`  ${pasteCount} pastes: size, result and longest task are per paste (the worst), blocking time their sum.`] : []),
    `  key→paint: worst of 3 keystrokes afterwards, Event Timing duration (as INP); * marks frame timing where no event reached 16 ms.`,
    ...(series ? [`  ${series.heapLine}`] : []),
    ...(options.includeLarge || !isChosen('200k claims') ? [] : ['  Skipped: 200k claims (run with --large to include it).']),
    ...(scalingLines(results).length ? ['Cost against size:', ...scalingLines(results)] : []),
    ...(details.length ? ['Details:', ...details] : []),
  ]
}
