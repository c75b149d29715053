// A page for `npm run bench`: the app's own crack worker, timed without the UI, beside a baseline of
// one WebCrypto call per candidate. The bench calls these functions with page.evaluate.
import type { FromWorker, ToWorker } from '../../../src/features/cracker/crack-messages'
import type { EngineKind } from '../../../src/core/crack/hmac-engine'
import type { HmacAlg } from '../../../src/core/hash/hmac-alg'
import { bruteForceSpace } from '../../../src/core/crack/brute-force'
import { partitionRange } from '../../../src/core/crack/partition-range'

// Bytes travel as number arrays: page.evaluate passes its arguments as JSON.
export interface CrackerRequest {
  alg: HmacAlg
  signingInput: number[]
  signature: number[]
  workers: number
  engine: EngineKind
  warmupMs: number
  measureMs: number
}

export interface WebCryptoRequest {
  hash: string
  signingInput: number[]
  signature: number[]
  warmupMs: number
  measureMs: number
}

const printableAscii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')

/**
 * Candidates per second of `workers` crack workers brute-forcing a space too big to finish. Each
 * worker's rate is taken between its first report after the warm-up and its last one, by the time
 * the reports arrived, then the rates are summed.
 */
async function crackerRate({ alg, signingInput, signature, workers, engine, warmupMs, measureMs }: CrackerRequest): Promise<number> {
  const space = bruteForceSpace(printableAscii, 1, 8)
  if (!space.ok) throw new Error(space.error)
  const startedAt = performance.now()
  const reports = Array.from({ length: workers }, () => [] as Array<{ atMs: number; tried: number }>)
  const running = partitionRange(space.value.size, workers).map(({ start, end }, index) => {
    const worker = new Worker(new URL('../../../src/features/cracker/crack-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data
      if (message.type === 'progress') reports[index]!.push({ atMs: performance.now(), tried: message.tried })
      else if (message.type !== 'started') console.error('unexpected', message)
    }
    const target = { alg, signingInput: new Uint8Array(signingInput), signature: new Uint8Array(signature) }
    worker.postMessage({ type: 'start', target, job: { kind: 'brute-force', space: space.value, start, end }, engine } satisfies ToWorker)
    return worker
  })
  await new Promise((resolve) => setTimeout(resolve, warmupMs + measureMs))
  for (const worker of running) worker.terminate()
  return reports.reduce((sum, workerReports) => {
    const measured = workerReports.filter((report) => report.atMs >= startedAt + warmupMs)
    const first = measured[0]
    const last = measured[measured.length - 1]
    if (!first || !last || last === first) throw new Error('A worker sent too few reports to measure.')
    return sum + ((last.tried - first.tried) * 1000) / (last.atMs - first.atMs)
  }, 0)
}

/** Candidates per second of `workers` WebCrypto loops running side by side. */
async function webCryptoRate(request: WebCryptoRequest & { workers: number }): Promise<number> {
  const rates = await Promise.all(
    Array.from(
      { length: request.workers },
      () =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(new URL('./webcrypto-worker.ts', import.meta.url), { type: 'module' })
          worker.onmessage = (event: MessageEvent<{ tried: number; elapsedMs: number }>) => {
            worker.terminate()
            resolve((event.data.tried * 1000) / event.data.elapsedMs)
          }
          worker.onerror = (event) => reject(new Error(event.message))
          const { workers: _, ...message } = request
          worker.postMessage(message satisfies WebCryptoRequest)
        }),
    ),
  )
  return rates.reduce((sum, rate) => sum + rate, 0)
}

Object.assign(window, { crackerRate, webCryptoRate })
