// Runs a secret search on every core: one worker per logical processor, each with its share of the
// candidates, their progress summed into one status that the page reads several times a second.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { BruteForceSpace } from '../../core/crack/brute-force'
import type { CrackTarget } from '../../core/crack/crack-target'
import type { EngineKind } from '../../core/crack/hmac-engine'
import { partitionRange } from '../../core/crack/partition-range'
import { addSample, ratePerSecond, type RateSample } from '../../core/crack/search-rate'
import type { FromWorker, ToWorker, WorkerJob } from './crack-messages'
import { thrownMessage } from '../../core/result'

export type CrackState = 'idle' | 'running' | 'found' | 'exhausted' | 'cancelled'

export type CrackPlan = { kind: 'wordlist' } | { kind: 'brute-force'; space: BruteForceSpace } | { kind: 'file'; file: File }

export interface CrackStatus {
  state: CrackState
  tried: number
  /** Candidates in all; null for a file, whose lines are counted only as they are read. */
  total: number | null
  /** Share of the search done, 0 to 1 (for a file, by bytes). */
  fraction: number
  ratePerSecond: number
  secondsLeft: number | null
  secret: string | null
  engine: EngineKind | null
  workers: number
  /** Why a search cannot start or stopped early. */
  problem: string | null
  /** From the Start click to the end of the search, once it has ended. */
  elapsedMs: number | null
}

export interface Cracker {
  status: CrackStatus
  /** The last rate measured for this algorithm on this device, to estimate a search before it starts. */
  measuredRate: number | null
  start: (plan: CrackPlan) => void
  cancel: () => void
}

/** The bundled wordlist, loaded on first use; its module is dynamic too, as the findings code imports it. */
export const loadWordlist = () => import('../../core/crack/bundled-wordlist').then(({ loadBundledWordlist }) => loadBundledWordlist())

const idle: CrackStatus = { state: 'idle', tried: 0, total: null, fraction: 0, ratePerSecond: 0, secondsLeft: null, secret: null, engine: null, workers: 0, problem: null, elapsedMs: null }
const tickMs = 250
export const noWorkersMessage = 'This browser cannot run Web Workers here, so the search cannot start.'

interface Run {
  workers: Worker[]
  shares: Array<{ tried: number; bytesDone: number; isDone: boolean }>
  total: number | null
  fileBytes: number | null
  triedSamples: RateSample[]
  byteSamples: RateSample[]
  timer: ReturnType<typeof setInterval>
  engine: EngineKind | null
}

/** `target` is the token under test: a new one ends the search for the old. */
export function useCracker(target: CrackTarget | null): Cracker {
  const [status, setStatus] = useState<CrackStatus>(idle)
  // The speed reached, per algorithm, for estimates before the next search.
  const [measured, setMeasured] = useState<{ alg: string; rate: number } | null>(null)
  const run = useRef<Run | null>(null)
  // A start that is still loading the wordlist is dropped if a cancel or a new start comes first.
  const startCount = useRef(0)
  const startedAtMs = useRef(0)
  // A new token starts from a clean status, before anything is painted for it.
  const [statusTarget, setStatusTarget] = useState(target)
  if (statusTarget !== target) {
    setStatusTarget(target)
    setStatus(idle)
  }

  const stopWorkers = useCallback(() => {
    const current = run.current
    run.current = null
    if (!current) return
    clearInterval(current.timer)
    for (const worker of current.workers) {
      worker.postMessage({ type: 'stop' } satisfies ToWorker)
      worker.terminate()
    }
  }, [])

  const summarize = useCallback((current: Run, state: CrackState, extra: Partial<CrackStatus> = {}): CrackStatus => {
    const tried = current.shares.reduce((sum, share) => sum + share.tried, 0)
    const bytesDone = current.shares.reduce((sum, share) => sum + share.bytesDone, 0)
    const now = performance.now()
    current.triedSamples = addSample(current.triedSamples, { atMs: now, count: tried })
    current.byteSamples = addSample(current.byteSamples, { atMs: now, count: bytesDone })
    const rate = ratePerSecond(current.triedSamples)
    const byteRate = ratePerSecond(current.byteSamples)
    const { total, fileBytes } = current
    const fraction = total !== null ? (total === 0 ? 1 : tried / total) : fileBytes ? bytesDone / fileBytes : 1
    const secondsLeft =
      total !== null ? (rate > 0 ? (total - tried) / rate : null) : fileBytes !== null && byteRate > 0 ? (fileBytes - bytesDone) / byteRate : null
    return { ...idle, state, tried, total, fraction: Math.min(1, fraction), ratePerSecond: rate, secondsLeft, engine: current.engine, workers: current.workers.length, ...extra }
  }, [])

  const finish = useCallback(
    (state: Exclude<CrackState, 'idle' | 'running'>, extra: Partial<CrackStatus> = {}) => {
      const current = run.current
      if (!current) return
      const final = summarize(current, state, extra)
      stopWorkers()
      setStatus({ ...final, secondsLeft: null, elapsedMs: performance.now() - startedAtMs.current, ...(state === 'exhausted' ? { fraction: 1 } : {}) })
    },
    [stopWorkers, summarize],
  )

  const onReport = useCallback(
    (current: Run, share: Run['shares'][number], message: FromWorker) => {
      if (message.type === 'started') current.engine = message.engine
      else if (message.type === 'progress') Object.assign(share, { tried: message.tried, bytesDone: message.bytesDone })
      else if (message.type === 'found') {
        share.tried = message.tried
        finish('found', { secret: message.secret })
      } else if (message.type === 'exhausted') {
        share.tried = message.tried
        share.isDone = true
        if (current.shares.every((each) => each.isDone)) finish('exhausted')
      } else if (message.type === 'failed') finish('cancelled', { problem: `The search stopped: ${message.message}` })
    },
    [finish],
  )

  const cancel = useCallback(() => {
    startCount.current++
    if (run.current) finish('cancelled')
    else setStatus((previous) => (previous.state === 'running' ? { ...previous, state: 'cancelled', elapsedMs: performance.now() - startedAtMs.current } : previous))
  }, [finish])

  const start = useCallback(
    (plan: CrackPlan) => {
      if (!target) return
      stopWorkers()
      const attempt = ++startCount.current
      startedAtMs.current = performance.now()
      if (typeof Worker === 'undefined') return setStatus({ ...idle, problem: noWorkersMessage })
      const workerCount = Math.max(1, navigator.hardwareConcurrency || 1)
      setStatus({ ...idle, state: 'running', total: plan.kind === 'brute-force' ? plan.space.size : null, workers: workerCount })

      planJobs(plan, workerCount)
        .then(({ jobs, total, fileBytes }) => {
          if (attempt !== startCount.current) return
          // Starting from zero at the start makes the first rates averages that include the start-up.
          const startSample = { atMs: performance.now(), count: 0 }
          const current: Run = {
            workers: [],
            shares: jobs.map(() => ({ tried: 0, bytesDone: 0, isDone: false })),
            total,
            fileBytes,
            triedSamples: [startSample],
            byteSamples: [startSample],
            engine: null,
            timer: setInterval(() => {
              if (run.current !== current) return
              const next = summarize(current, 'running')
              setStatus(next)
              if (next.ratePerSecond > 0) setMeasured({ alg: target.alg, rate: next.ratePerSecond })
            }, tickMs),
          }
          run.current = current
          if (jobs.length === 0) return finish('exhausted')
          jobs.forEach((job, index) => {
            const worker = new Worker(new URL('./crack-worker.ts', import.meta.url), { type: 'module' })
            current.workers.push(worker)
            worker.onmessage = (event: MessageEvent<FromWorker>) => {
              if (run.current === current) onReport(current, current.shares[index]!, event.data)
            }
            worker.onerror = (event) => {
              if (run.current === current) finish('cancelled', { problem: `The search stopped: a worker failed (${event.message || 'it could not load'}).` })
            }
            worker.postMessage({ type: 'start', target, job } satisfies ToWorker)
          })
        })
        .catch((error: unknown) => {
          if (attempt !== startCount.current) return
          const problem = `The search could not start: ${thrownMessage(error)}`
          if (run.current) finish('cancelled', { problem })
          else setStatus({ ...idle, state: 'cancelled', problem, elapsedMs: performance.now() - startedAtMs.current })
        })
    },
    [target, stopWorkers, summarize, finish, onReport],
  )

  // A different token, or leaving the page, ends the search.
  useEffect(() => {
    const starts = startCount
    return () => {
      starts.current++
      stopWorkers()
    }
  }, [target, stopWorkers])

  return { status, measuredRate: measured && target && measured.alg === target.alg ? measured.rate : null, start, cancel }
}

async function planJobs(plan: CrackPlan, workerCount: number): Promise<{ jobs: WorkerJob[]; total: number | null; fileBytes: number | null }> {
  if (plan.kind === 'brute-force') {
    const ranges = partitionRange(plan.space.size, Math.min(workerCount, plan.space.size))
    return { jobs: ranges.map(({ start, end }) => ({ kind: 'brute-force', space: plan.space, start, end })), total: plan.space.size, fileBytes: null }
  }
  if (plan.kind === 'file') {
    const ranges = partitionRange(plan.file.size, Math.min(workerCount, plan.file.size))
    return { jobs: ranges.map(({ start, end }) => ({ kind: 'file', file: plan.file, start, end })), total: null, fileBytes: plan.file.size }
  }
  const words = await loadWordlist()
  const ranges = partitionRange(words.length, Math.min(workerCount, words.length))
  return { jobs: ranges.map(({ start, end }) => ({ kind: 'words', words: words.slice(start, end) })), total: words.length, fileBytes: null }
}
