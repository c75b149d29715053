import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SignJWT } from 'jose'
import { CrackPanel } from '../../src/features/cracker/crack-panel'
import { decodeToken } from '../../src/core/token/decode-token'
import { createHmacEngine } from '../../src/core/crack/hmac-engine'
import { runCrackJob } from '../../src/core/crack/run-crack-job'
import type { FromWorker, ToWorker } from '../../src/features/cracker/crack-messages'
import { makeToken } from '../fixtures/tokens'

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

afterEach(() => {
  vi.unstubAllGlobals()
  InPageWorker.created = 0
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
