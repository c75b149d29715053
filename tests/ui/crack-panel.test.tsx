import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SignJWT } from 'jose'
import { CrackPanel } from '../../src/features/cracker/crack-panel'
import { decodeToken } from '../../src/core/token/decode-token'
import { createHmacEngine } from '../../src/core/crack/hmac-engine'
import { runCrackJob } from '../../src/core/crack/run-crack-job'
import type { FromWorker, ToWorker } from '../../src/features/cracker/crack-messages'
import { makeToken } from '../fixtures/tokens'
import { describeFinishedRun, type FinishedRun } from '../../src/features/cracker/describe-crack-run'

async function hsToken(secret: string, alg = 'HS256'): Promise<string> {
  return new SignJWT({ sub: 'crack-panel' }).setProtectedHeader({ alg, typ: 'JWT' }).sign(new TextEncoder().encode(secret))
}

function renderPanel(token: string) {
  const onFound = vi.fn()
  const result = render(<CrackPanel decoded={decodeToken(token)!} onFound={onFound} />)
  return { ...result, onFound, user: userEvent.setup() }
}

const status = () => screen.getByTestId('crack-status')

/**
 * happy-dom has no Worker. This stand-in runs a worker's job in the page with the real engine, and
 * answers with the same messages, so the hook's splitting, summing and stopping are what is tested.
 */
class InPageWorker {
  static created = 0
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  private isStopped = false

  constructor() {
    InPageWorker.created++
  }

  postMessage(message: ToWorker) {
    if (message.type === 'stop') this.isStopped = true
    else void this.run(message)
  }

  terminate() {
    this.isStopped = true
  }

  private send(message: FromWorker) {
    if (!this.isStopped) this.onmessage?.({ data: message } as MessageEvent<FromWorker>)
  }

  private async run({ target, job }: Extract<ToWorker, { type: 'start' }>) {
    const engine = await createHmacEngine(target.alg, target.signingInput, target.signature)
    if (!engine.ok || job.kind === 'file') throw new Error('not used here')
    this.send({ type: 'started', engine: engine.value.kind })
    const outcome = await runCrackJob(engine.value, job, {
      now: () => performance.now(),
      checkpointEveryMs: 20,
      checkpoint: async (progress) => {
        this.send({ type: 'progress', tried: progress.tried, bytesDone: 0 })
        await new Promise((resolve) => setTimeout(resolve, 0))
        return !this.isStopped
      },
    })
    this.send(outcome.state === 'found' ? { type: 'found', secret: outcome.secret, tried: outcome.tried } : { type: 'exhausted', tried: outcome.tried })
  }
}

/** A worker that says only what the test tells it to, so that a search's timing is the test's to set. */
class ScriptedWorker {
  static all: ScriptedWorker[] = []
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  constructor() {
    ScriptedWorker.all.push(this)
  }
  postMessage() {}
  terminate() {}
  send(message: FromWorker) {
    act(() => { this.onmessage?.({ data: message } as MessageEvent<FromWorker>) })
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
  InPageWorker.created = 0
  ScriptedWorker.all = []
})

describe('the crack panel', () => {
  it('offers the three searches and starts idle', async () => {
    renderPanel(await hsToken('a strong enough secret for this test'))
    expect([...screen.getByTestId('crack-mode').querySelectorAll('option')].map((option) => option.value)).toEqual(['wordlist', 'brute-force', 'file'])
    expect(screen.getByTestId('crack-mode')).toHaveValue('wordlist')
    expect(screen.getByTestId('crack-start')).toHaveTextContent('Start')
    expect(status()).toHaveAttribute('data-state', 'idle')
    expect(status()).toHaveAttribute('data-tried', '0')
    expect(status()).toHaveAttribute('data-rate', '0')
    expect(screen.queryByTestId('crack-result')).toBeNull()
  })

  it('says plainly that the search cannot run without Web Workers', async () => {
    renderPanel(await hsToken('a strong enough secret for this test'))
    expect(typeof Worker).toBe('undefined')
    expect(status()).toHaveTextContent('This browser cannot run Web Workers here, so the search cannot start.')
    expect(screen.getByTestId('crack-start')).toBeDisabled()
  })

  it('shows the size of a brute-force search before it starts', async () => {
    const { user } = renderPanel(await hsToken('a strong enough secret for this test'))
    await user.selectOptions(screen.getByTestId('crack-mode'), 'brute-force')
    await user.click(screen.getByRole('button', { name: 'a–z' }))
    expect(screen.getByTestId('crack-charset')).toHaveValue('abcdefghijklmnopqrstuvwxyz')
    await user.clear(screen.getByTestId('crack-max-length'))
    await user.type(screen.getByTestId('crack-max-length'), '3')
    expect(screen.getByTestId('crack-space')).toHaveTextContent('18,278 candidates: 26 characters, lengths 1 to 3.')
    expect(status()).toHaveTextContent('18,278 candidates to try.')
    await user.click(screen.getByRole('button', { name: 'printable ASCII' }))
    expect(screen.getByTestId('crack-space')).toHaveTextContent('866,495 candidates: 95 characters, lengths 1 to 3.')
  })

  it('names what is wrong with a brute-force search', async () => {
    const { user } = renderPanel(await hsToken('a strong enough secret for this test'))
    await user.selectOptions(screen.getByTestId('crack-mode'), 'brute-force')
    await user.clear(screen.getByTestId('crack-charset'))
    expect(screen.getByText('The character set is empty.')).toHaveAttribute('role', 'alert')
    expect(screen.getByTestId('crack-start')).toBeDisabled()
    await user.type(screen.getByTestId('crack-charset'), 'ab')
    await user.clear(screen.getByTestId('crack-max-length'))
    await user.type(screen.getByTestId('crack-max-length'), '0')
    expect(screen.getByText('The minimum length (1) is more than the maximum length (0).')).toHaveAttribute('role', 'alert')
  })

  it('counts the bundled wordlist once the panel is in use', async () => {
    const { user } = renderPanel(await hsToken('a strong enough secret for this test'))
    await user.hover(screen.getByTestId('crack-mode'))
    expect(await screen.findByText(/^[\d,]+ secrets: the ones JWT tutorials/)).toBeInTheDocument()
  })

  it('takes a wordlist file by drop zone or file input', async () => {
    const { user } = renderPanel(await hsToken('a strong enough secret for this test'))
    await user.selectOptions(screen.getByTestId('crack-mode'), 'file')
    expect(screen.getByTestId('crack-drop-zone')).toHaveTextContent('Drop a wordlist here')
    await user.upload(screen.getByTestId('crack-file'), new File(['one\ntwo\n'], 'mine.txt', { type: 'text/plain' }))
    expect(screen.getByTestId('crack-file-name')).toHaveTextContent('mine.txt: 8 bytes')
  })

  it.each([
    { name: 'an RS256 token', token: makeToken({ alg: 'RS256' }, { sub: 'x' }), text: 'Only HMAC tokens (HS256, HS384, HS512) have a shared secret to guess; this one names "RS256".' },
    { name: 'an unsecured token', token: makeToken({ alg: 'none' }, { sub: 'x' }, ''), text: 'Guessing a secret needs a signed token in compact form (header.payload.signature).' },
  ])('explains in one line why $name has no secret to guess', ({ token, text }) => {
    renderPanel(token)
    expect(screen.getByTestId('crack-unavailable')).toHaveTextContent(text)
    expect(screen.queryByTestId('crack-start')).toBeNull()
  })
})

describe('searching, with workers run in the page', () => {
  it('finds a secret from the bundled list and hands it over', async () => {
    vi.stubGlobal('Worker', InPageWorker)
    const { user, onFound } = renderPanel(await hsToken('keyboard cat'))
    await user.click(screen.getByTestId('crack-start'))
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'found'))
    expect(screen.getByTestId('crack-result')).toHaveTextContent(/^keyboard cat$/)
    expect(Number(status().getAttribute('data-tried'))).toBeGreaterThan(0)
    expect(InPageWorker.created).toBe(Math.max(1, navigator.hardwareConcurrency || 1))
    await user.click(screen.getByRole('button', { name: 'Use this secret' }))
    expect(onFound).toHaveBeenCalledWith('keyboard cat')
  })

  it('brute-forces a short HS384 secret', async () => {
    vi.stubGlobal('Worker', InPageWorker)
    const { user } = renderPanel(await hsToken('abc', 'HS384'))
    await user.selectOptions(screen.getByTestId('crack-mode'), 'brute-force')
    await user.click(screen.getByRole('button', { name: 'a–z' }))
    await user.clear(screen.getByTestId('crack-max-length'))
    await user.type(screen.getByTestId('crack-max-length'), '3')
    await user.click(screen.getByTestId('crack-start'))
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'found'))
    expect(screen.getByTestId('crack-result')).toHaveTextContent(/^abc$/)
  })

  it('says exhausted when the secret is not in the space', async () => {
    vi.stubGlobal('Worker', InPageWorker)
    const { user } = renderPanel(await hsToken('zzzz'))
    await user.selectOptions(screen.getByTestId('crack-mode'), 'brute-force')
    await user.clear(screen.getByTestId('crack-charset'))
    await user.type(screen.getByTestId('crack-charset'), 'abc')
    await user.click(screen.getByTestId('crack-start'))
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'exhausted'))
    expect(status()).toHaveAttribute('data-tried', String(3 + 9 + 27 + 81 + 243))
    expect(status()).toHaveTextContent('None of them is the secret: it is not in this search space.')
  })

  it('cancels a long search', async () => {
    vi.stubGlobal('Worker', InPageWorker)
    const { user } = renderPanel(await hsToken('not going to be found'))
    await user.selectOptions(screen.getByTestId('crack-mode'), 'brute-force')
    await user.clear(screen.getByTestId('crack-max-length'))
    await user.type(screen.getByTestId('crack-max-length'), '8')
    await user.click(screen.getByTestId('crack-start'))
    await waitFor(() => expect(Number(status().getAttribute('data-tried'))).toBeGreaterThan(0))
    expect(status()).toHaveAttribute('data-state', 'running')
    expect(screen.getByTestId('crack-start')).toHaveTextContent('Cancel')
    await user.click(screen.getByTestId('crack-start'))
    expect(status()).toHaveAttribute('data-state', 'cancelled')
    expect(screen.getByTestId('crack-start')).toHaveTextContent('Start')
  })
})

describe('describeFinishedRun', () => {
  it.each<[string, FinishedRun, string]>([
    ['a quick find', { state: 'found', tried: 271, elapsedMs: 1_100, ratePerSecond: 251 }, 'Found after 271 candidates in 1.1 s'],
    ['a quick miss', { state: 'exhausted', tried: 1_234, elapsedMs: 400, ratePerSecond: 3_085 }, 'Tried all 1,234 candidates in 0.4 s: not found'],
    ['a find at once', { state: 'found', tried: 1, elapsedMs: 30, ratePerSecond: 0 }, 'Found after 1 candidate in under 0.1 s'],
    ['a quick cancel', { state: 'cancelled', tried: 52_000, elapsedMs: 1_949, ratePerSecond: 26_680 }, 'Cancelled after 52,000 candidates in 1.9 s'],
    ['a long find', { state: 'found', tried: 12_345_678, elapsedMs: 14_200, ratePerSecond: 869_414.2 }, 'Found after 12,345,678 candidates in 14 s, 869,414 a second'],
    ['a long miss', { state: 'exhausted', tried: 60_466_176, elapsedMs: 185_000, ratePerSecond: 326_844 }, 'Tried all 60,466,176 candidates in 3 min 5 s, 326,844 a second: not found'],
    ['a search of 2 s', { state: 'cancelled', tried: 200_000, elapsedMs: 2_000, ratePerSecond: 100_000 }, 'Cancelled after 200,000 candidates in 2.0 s, 100,000 a second'],
  ])('describes %s', (_name, run, text) => expect(describeFinishedRun(run)).toBe(text))
})

describe('what a finished search says, on a fake clock', () => {
  /** Sets up a brute-force search over a–z up to `maxLength` characters (3: 18,278 candidates) and starts it. */
  async function startBruteForce(maxLength = 3) {
    vi.useFakeTimers()
    vi.stubGlobal('Worker', ScriptedWorker)
    renderPanel(await hsToken('a strong enough secret for this test'))
    fireEvent.change(screen.getByTestId('crack-mode'), { target: { value: 'brute-force' } })
    fireEvent.change(screen.getByTestId('crack-charset'), { target: { value: 'abcdefghijklmnopqrstuvwxyz' } })
    fireEvent.change(screen.getByTestId('crack-max-length'), { target: { value: String(maxLength) } })
    fireEvent.click(screen.getByTestId('crack-start'))
    await act(async () => {})
    expect(ScriptedWorker.all.length).toBeGreaterThan(0)
    for (const worker of ScriptedWorker.all) worker.send({ type: 'started', engine: 'wasm-simd' })
    return ScriptedWorker.all
  }
  const wait = (ms: number) => act(() => { vi.advanceTimersByTime(ms) })

  it('says what a search of about a second did, not a rate', async () => {
    const [first] = await startBruteForce()
    wait(1_100)
    first!.send({ type: 'found', secret: 'abc', tried: 271 })
    expect(status()).toHaveAttribute('data-state', 'found')
    expect(screen.getByTestId('crack-summary')).toHaveTextContent(/^Found after 271 candidates in 1\.1 s · WebAssembly SIMD in \d+ workers?$/)
    expect(status()).not.toHaveTextContent('a second')
    // The contract's attributes are unchanged: the rate is still a number.
    expect(status()).toHaveAttribute('data-tried', '271')
    expect(Number(status().getAttribute('data-rate'))).toBeGreaterThanOrEqual(0)
  })

  it('says all were tried in a short search that did not find the secret', async () => {
    const workers = await startBruteForce()
    wait(400)
    const shares = workers.map((_, index) => Math.floor((18_278 * (index + 1)) / workers.length) - Math.floor((18_278 * index) / workers.length))
    workers.forEach((worker, index) => worker.send({ type: 'exhausted', tried: shares[index]! }))
    expect(status()).toHaveAttribute('data-state', 'exhausted')
    expect(screen.getByTestId('crack-summary')).toHaveTextContent(/^Tried all 18,278 candidates in 0\.4 s: not found · WebAssembly SIMD in \d+ workers?$/)
  })

  it('keeps the rate for a longer search', async () => {
    const [first] = await startBruteForce(5)
    // 25,000 candidates every 250 ms: 100,000 a second, for 5 seconds.
    for (let step = 1; step <= 20; step++) {
      first!.send({ type: 'progress', tried: step * 25_000, bytesDone: 0 })
      wait(250)
    }
    expect(status()).toHaveTextContent('500,000 of 12,356,630 tried · 100,000 a second')
    first!.send({ type: 'found', secret: 'zzz', tried: 500_000 })
    expect(screen.getByTestId('crack-summary')).toHaveTextContent(/^Found after 500,000 candidates in 5\.0 s, 100,000 a second · WebAssembly SIMD in \d+ workers?$/)
    expect(status()).toHaveAttribute('data-rate', '100000')
  })

  it('says how far a cancelled search got', async () => {
    const [first] = await startBruteForce()
    first!.send({ type: 'progress', tried: 900, bytesDone: 0 })
    wait(600)
    fireEvent.click(screen.getByTestId('crack-start'))
    expect(status()).toHaveAttribute('data-state', 'cancelled')
    expect(screen.getByTestId('crack-summary')).toHaveTextContent(/^Cancelled after 900 candidates in 0\.6 s · WebAssembly SIMD in \d+ workers?$/)
  })
})
