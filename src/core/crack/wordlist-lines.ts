// Splits a stream of bytes into lines, in batches, holding no more than one chunk and one line at a
// time, so a wordlist of any size streams through. A byte range of a file can be read such that
// ranges that partition the file see every line exactly once.

/**
 * Lines as offsets into one buffer: line i is bytes[starts[i], ends[i]), without its "\n" or "\r\n".
 * A batch and its arrays are reused: it is valid until the next batch is asked for.
 */
export interface LineBatch {
  bytes: Uint8Array
  starts: Int32Array
  ends: Int32Array
  count: number
  /** Bytes of the stream consumed so far. */
  bytesRead: number
}

export interface LineOptions {
  /** Discard everything up to and including the first "\n": that line belongs to an earlier range. */
  skipFirstLine?: boolean
  /** Stop before any line that starts at or after this offset in the stream: it belongs to a later range. */
  endOffset?: number
  /** Most lines in one batch. */
  batchLines?: number
}

const newline = 10
const carriageReturn = 13

export async function* wordlistLines(chunks: AsyncIterable<Uint8Array>, options: LineOptions = {}): AsyncGenerator<LineBatch> {
  const { endOffset = Infinity, batchLines = 4096 } = options
  let isSkipping = options.skipFirstLine ?? false
  // The bytes so far of a line that a chunk boundary cut; it started before `endOffset`.
  let carry = new Uint8Array(256)
  let carryLength = 0
  let streamOffset = 0
  const batch: LineBatch = { bytes: carry, starts: new Int32Array(batchLines), ends: new Int32Array(batchLines), count: 0, bytesRead: 0 }

  const appendToCarry = (chunk: Uint8Array, from: number, to: number) => {
    if (carryLength + to - from > carry.length) {
      const grown = new Uint8Array(Math.max(carry.length * 2, carryLength + to - from))
      grown.set(carry.subarray(0, carryLength))
      carry = grown
    }
    carry.set(chunk.subarray(from, to), carryLength)
    carryLength += to - from
  }
  /** The carried line as a batch of its own; its final "\r" may have come in an earlier chunk. */
  const carriedLine = (): LineBatch => {
    batch.bytes = carry
    batch.starts[0] = 0
    batch.ends[0] = carryLength > 0 && carry[carryLength - 1] === carriageReturn ? carryLength - 1 : carryLength
    batch.count = 1
    carryLength = 0
    return batch
  }

  for await (const chunk of chunks) {
    let position = 0
    if (isSkipping || carryLength > 0) {
      const end = chunk.indexOf(newline)
      if (end === -1) {
        if (!isSkipping) appendToCarry(chunk, 0, chunk.length)
        streamOffset += chunk.length
        continue
      }
      position = end + 1
      if (isSkipping) isSkipping = false
      else {
        appendToCarry(chunk, 0, end)
        batch.bytesRead = streamOffset + position
        yield carriedLine()
      }
    }
    batch.bytes = chunk
    batch.count = 0
    for (;;) {
      if (streamOffset + position >= endOffset) {
        if (batch.count > 0) yield finish(batch, streamOffset + position)
        return
      }
      const end = chunk.indexOf(newline, position)
      if (end === -1) break
      batch.starts[batch.count] = position
      batch.ends[batch.count] = end > position && chunk[end - 1] === carriageReturn ? end - 1 : end
      position = end + 1
      if (++batch.count === batchLines) {
        yield finish(batch, streamOffset + position)
        batch.bytes = chunk
        batch.count = 0
      }
    }
    if (batch.count > 0) yield finish(batch, streamOffset + position)
    if (position < chunk.length) appendToCarry(chunk, position, chunk.length)
    streamOffset += chunk.length
  }
  // The last line, without a final newline.
  if (carryLength > 0) {
    batch.bytesRead = streamOffset
    yield carriedLine()
  }
}

function finish(batch: LineBatch, bytesRead: number): LineBatch {
  batch.bytesRead = bytesRead
  return batch
}

export interface StreamRange {
  /** Where to start reading the file. */
  readFrom: number
  options: LineOptions
}

/**
 * How to read the lines of bytes [start, end) of a file: the lines that start in that range. The one
 * in progress at `start` is left to the range before, and the one running past `end` is finished.
 */
export function streamRange(start: number, end: number): StreamRange {
  // Reading from the byte before `start` tells whether a line starts exactly at `start`.
  const readFrom = start === 0 ? 0 : start - 1
  return { readFrom, options: { skipFirstLine: start > 0, endOffset: end - readFrom } }
}
