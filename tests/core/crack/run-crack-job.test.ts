import { describe, expect, it } from 'vitest'
import { createHmac } from 'node:crypto'
import { bruteForceSpace } from '../../../src/core/crack/brute-force'
import { createHmacEngine, type HmacEngine } from '../../../src/core/crack/hmac-engine'
import { runCrackJob, type CrackJob, type JobControl, type JobProgress } from '../../../src/core/crack/run-crack-job'
import { streamRange } from '../../../src/core/crack/wordlist-lines'

const signingInput = new TextEncoder().encode('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjcmFjayJ9')

async function engineSignedWith(secret: string): Promise<HmacEngine> {
  const result = await createHmacEngine('HS256', signingInput, createHmac('sha256', secret).update(signingInput).digest())
  if (!result.ok) throw new Error(result.error)
  return result.value
}

/** A clock that moves 100 ms per reading, and a control that records every checkpoint. */
function steppingControl(goOn: (progress: JobProgress) => boolean = () => true): JobControl & { seen: JobProgress[] } {
  let nowMs = 0
  const seen: JobProgress[] = []
  return {
    seen,
    now: () => (nowMs += 100),
    checkpointEveryMs: 150,
    checkpoint(progress) {
      seen.push({ ...progress })
      return Promise.resolve(goOn(progress))
    },
  }
}

const space = (charset: string, min: number, max: number) => {
  const result = bruteForceSpace(charset, min, max)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

/** A stream hands each chunk over in a later task, as a file's reader does. */
async function* chunks(text: string, size: number) {
  const bytes = new TextEncoder().encode(text)
  for (let i = 0; i < bytes.length; i += size) {
    await Promise.resolve()
    yield bytes.slice(i, i + size)
  }
}

describe('runCrackJob', () => {
  it.each<{ name: string; secret: string; job: CrackJob; outcome: unknown }>([
    {
      name: 'brute force over a–z up to 3 characters',
      secret: 'abc',
      job: { kind: 'brute-force', space: space('abcdefghijklmnopqrstuvwxyz', 1, 3), start: 0, end: 26 + 676 + 17576 },
      outcome: { state: 'found', secret: 'abc', tried: 26 + 676 + 28 + 1 },
    },
    {
      name: 'a brute-force range that starts past the secret',
      secret: 'abc',
      job: { kind: 'brute-force', space: space('abcdefghijklmnopqrstuvwxyz', 1, 3), start: 1000, end: 2000 },
      outcome: { state: 'exhausted', tried: 1000 },
    },
    { name: 'words', secret: 'keyboard cat', job: { kind: 'words', words: ['secret', 'changeme', 'keyboard cat', 'later'] }, outcome: { state: 'found', secret: 'keyboard cat', tried: 3 } },
    { name: 'non-ASCII words', secret: 'pässwörd', job: { kind: 'words', words: ['x', 'pässwörd'] }, outcome: { state: 'found', secret: 'pässwörd', tried: 2 } },
    { name: 'words without the secret', secret: 'elsewhere', job: { kind: 'words', words: ['a', 'b'] }, outcome: { state: 'exhausted', tried: 2 } },
    {
      name: 'lines of a stream',
      secret: 'shhhhh',
      job: { kind: 'lines', chunks: chunks('one\r\ntwo\nshhhhh\r\nfour\n', 3), options: {} },
      outcome: { state: 'found', secret: 'shhhhh', tried: 3 },
    },
    {
      name: 'lines of a byte range, which leaves the line it starts inside to the range before',
      secret: 'two',
      job: { kind: 'lines', chunks: chunks('one\ntwo\nthree\n'.slice(streamRange(2, 14).readFrom), 4), options: streamRange(2, 14).options },
      outcome: { state: 'found', secret: 'two', tried: 1 },
    },
  ])('$name', async ({ secret, job, outcome }) => {
    expect(await runCrackJob(await engineSignedWith(secret), job, steppingControl())).toEqual(outcome)
  })

  it('reports progress at checkpoints and stops when told to', async () => {
    const control = steppingControl((progress) => progress.tried < 2000)
    const job: CrackJob = { kind: 'brute-force', space: space('abcdefghijklmnopqrstuvwxyz', 1, 4), start: 0, end: 10_000 }
    const outcome = await runCrackJob(await engineSignedWith('not in range'), job, control)
    expect(outcome.state).toBe('stopped')
    // The clock reads 100 ms later each time and checkpoints are 150 ms apart: one every other batch of 512.
    expect(control.seen.map((progress) => progress.tried)).toEqual([1024, 2048])
    expect(outcome.tried).toBe(2048)
  })
})
