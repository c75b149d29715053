// What the page and a find worker say to each other.
import type { FindResult } from '../../core/find/found-token'

/** Text to search: typed or pasted text, or a file the worker reads itself. */
export type SearchInput = { kind: 'text'; text: string } | { kind: 'file'; file: Blob }

export type ToFindWorker = { type: 'find'; input: SearchInput }

export type FromFindWorker = { type: 'found'; list: FindResult } | { type: 'failed'; message: string }
