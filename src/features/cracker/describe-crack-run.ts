// A finished search in one sentence. A rate needs time to mean anything: over a search shorter than
// the rate's window it mostly measures the start-up (workers, WebAssembly), so a short search says
// what it did and how long it took instead.
import { rateWindowMs } from '../../core/crack/search-rate'

export interface FinishedRun {
  state: 'found' | 'exhausted' | 'cancelled'
  tried: number
  /** From Start to the end of the search, as the user waited for it. */
  elapsedMs: number
  ratePerSecond: number
}

const count = (n: number) => Math.round(n).toLocaleString('en-US')
const candidates = (n: number) => `${count(n)} candidate${n === 1 ? '' : 's'}`

/** "Found after 271 candidates in 1.1 s", "Tried all 1,234 candidates in 12 s, 103 a second: not found" */
export function describeFinishedRun({ state, tried, elapsedMs, ratePerSecond }: FinishedRun): string {
  const what = state === 'found' ? `Found after ${candidates(tried)}` : state === 'exhausted' ? `Tried all ${candidates(tried)}` : `Cancelled after ${candidates(tried)}`
  const rate = elapsedMs >= rateWindowMs && ratePerSecond > 0 ? `, ${count(ratePerSecond)} a second` : ''
  return `${what} in ${describeElapsed(elapsedMs)}${rate}${state === 'exhausted' ? ': not found' : ''}`
}

/** "under 0.1 s", "1.1 s", "42 s", "3 min 5 s". */
function describeElapsed(ms: number): string {
  if (ms < 100) return 'under 0.1 s'
  if (ms < 9950) return `${(ms / 1000).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  if (seconds < 120) return `${seconds} s`
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`
}
