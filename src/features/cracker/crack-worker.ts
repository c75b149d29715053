// A Web Worker that runs one share of a secret search and reports back about every 150 ms. It stops
// on a "stop" message, read at each report; the page also terminates it, which stops it mid-batch.
import { createHmacEngine } from '../../core/crack/hmac-engine'
import { runCrackJob, type CrackJob } from '../../core/crack/run-crack-job'
import { streamRange } from '../../core/crack/wordlist-lines'
import type { FromWorker, ToWorker, WorkerJob } from './crack-messages'
import { thrownMessage } from '../../core/result'

const reportEveryMs = 150
let isStopping = false

const post = (message: FromWorker) => postMessage(message)

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'stop') isStopping = true
  else void run(message).catch((error: unknown) => post({ type: 'failed', message: thrownMessage(error) }))
}

async function run({ target, job, engine: kind }: Extract<ToWorker, { type: 'start' }>) {
  const engine = await createHmacEngine(target.alg, target.signingInput, target.signature, kind ? { kind } : {})
  if (!engine.ok) return post({ type: 'failed', message: engine.error })
  post({ type: 'started', engine: engine.value.kind })
  const { job: crackJob, bytesDone } = toCrackJob(job)
  const outcome = await runCrackJob(engine.value, crackJob, {
    now: () => performance.now(),
    checkpointEveryMs: reportEveryMs,
    async checkpoint(progress) {
      post({ type: 'progress', tried: progress.tried, bytesDone: bytesDone(progress.bytesRead) })
      await nextTask()
      return !isStopping
    },
  })
  post(outcome.state === 'found' ? { type: 'found', secret: outcome.secret, tried: outcome.tried } : { type: outcome.state, tried: outcome.tried })
}

function toCrackJob(job: WorkerJob): { job: CrackJob; bytesDone: (bytesRead: number) => number } {
  if (job.kind !== 'file') return { job, bytesDone: () => 0 }
  const { readFrom, options } = streamRange(job.start, job.end)
  return {
    job: { kind: 'lines', chunks: streamChunks(job.file.slice(readFrom).stream()), options },
    bytesDone: (bytesRead) => Math.min(job.end - job.start, Math.max(0, readFrom + bytesRead - job.start)),
  }
}

async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    // Ending early (a match, or the range read) lets the browser stop reading the file.
    await reader.cancel()
  }
}

/** Lets queued messages, such as "stop", run before the next batch; a timer would be clamped to 4 ms. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
