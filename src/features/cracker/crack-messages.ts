// What the page and a crack worker say to each other.
import type { BruteForceSpace } from '../../core/crack/brute-force'
import type { CrackTarget } from '../../core/crack/crack-target'
import type { EngineKind } from '../../core/crack/hmac-engine'

export type WorkerJob =
  | { kind: 'brute-force'; space: BruteForceSpace; start: number; end: number }
  | { kind: 'words'; words: string[] }
  /** The lines that start in bytes [start, end) of the file. */
  | { kind: 'file'; file: Blob; start: number; end: number }

export type ToWorker = { type: 'start'; target: CrackTarget; job: WorkerJob; engine?: EngineKind } | { type: 'stop' }

export type FromWorker =
  | { type: 'started'; engine: EngineKind }
  /** Candidates tried so far and, for a file, bytes of its range done. */
  | { type: 'progress'; tried: number; bytesDone: number }
  | { type: 'found'; secret: string; tried: number }
  | { type: 'exhausted'; tried: number }
  | { type: 'stopped'; tried: number }
  | { type: 'failed'; message: string }
