// One worker's share of a search: feeds candidates to the engine batch by batch, stops at the first
// match, and pauses at checkpoints to report progress and learn whether to go on.
import { BruteForceCursor, candidateAt, type BruteForceSpace } from './brute-force'
import type { HmacEngine } from './hmac-engine'
import { wordlistLines, type LineOptions } from './wordlist-lines'

export type CrackJob =
  /** Candidates start..end-1 of a brute-force space. */
  | { kind: 'brute-force'; space: BruteForceSpace; start: number; end: number }
  | { kind: 'words'; words: readonly string[] }
  /** The lines of a byte stream, such as a slice of a wordlist file. */
  | { kind: 'lines'; chunks: AsyncIterable<Uint8Array>; options: LineOptions }

export interface JobProgress {
  tried: number
  /** For a `lines` job: bytes of the stream read so far. */
  bytesRead: number
}

export type JobOutcome =
  | { state: 'found'; secret: string; tried: number }
  | { state: 'exhausted'; tried: number }
  | { state: 'stopped'; tried: number }

export interface JobControl {
  /** Milliseconds on a monotonic clock. */
  now(): number
  checkpointEveryMs: number
  /** Called with the progress so far, at most every `checkpointEveryMs`; resolves to false to stop. */
  checkpoint(progress: JobProgress): Promise<boolean>
}

export async function runCrackJob(engine: HmacEngine, job: CrackJob, control: JobControl): Promise<JobOutcome> {
  const progress: JobProgress = { tried: 0, bytesRead: 0 }
  let nextCheckpoint = control.now() + control.checkpointEveryMs
  /** Tests the `count` candidates set; an outcome when the job ends there, else undefined. */
  const testBatch = async (count: number, onFound: (index: number) => string): Promise<JobOutcome | undefined> => {
    const found = engine.test(count)
    if (found !== -1) return { state: 'found', secret: onFound(found), tried: progress.tried + found + 1 }
    progress.tried += count
    if (control.now() < nextCheckpoint) return undefined
    const goOn = await control.checkpoint(progress)
    nextCheckpoint = control.now() + control.checkpointEveryMs
    return goOn ? undefined : { state: 'stopped', tried: progress.tried }
  }

  if (job.kind === 'brute-force') {
    const { space, end } = job
    const cursor = new BruteForceCursor(space, job.start)
    for (let next = job.start; next < end; ) {
      const count = Math.min(engine.batchSize, end - next)
      for (let i = 0; i < count; i++) {
        engine.setKey(i, cursor.bytes, 0, cursor.byteLength)
        cursor.next()
      }
      const first = next
      const outcome = await testBatch(count, (index) => candidateAt(space, first + index))
      if (outcome) return outcome
      next += count
    }
  } else if (job.kind === 'words') {
    const encoder = new TextEncoder()
    let scratch = new Uint8Array(256)
    const { words } = job
    for (let next = 0; next < words.length; ) {
      const count = Math.min(engine.batchSize, words.length - next)
      for (let i = 0; i < count; i++) {
        const word = words[next + i]!
        // UTF-8 takes at most 3 bytes per UTF-16 unit.
        if (word.length * 3 > scratch.length) scratch = new Uint8Array(word.length * 3)
        engine.setKey(i, scratch, 0, encoder.encodeInto(word, scratch).written)
      }
      const first = next
      const outcome = await testBatch(count, (index) => words[first + index]!)
      if (outcome) return outcome
      next += count
    }
  } else {
    const decoder = new TextDecoder()
    for await (const batch of wordlistLines(job.chunks, job.options)) {
      for (let next = 0; next < batch.count; ) {
        const count = Math.min(engine.batchSize, batch.count - next)
        for (let i = 0; i < count; i++) engine.setKey(i, batch.bytes, batch.starts[next + i], batch.ends[next + i])
        progress.bytesRead = batch.bytesRead
        const first = next
        const outcome = await testBatch(count, (index) => decoder.decode(batch.bytes.subarray(batch.starts[first + index], batch.ends[first + index])))
        if (outcome) return outcome
        next += count
      }
    }
  }
  return { state: 'exhausted', tried: progress.tried }
}
