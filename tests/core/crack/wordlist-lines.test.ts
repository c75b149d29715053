import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { streamRange, wordlistLines, type LineOptions } from '../../../src/core/crack/wordlist-lines'
import { partitionRange } from '../../../src/core/crack/partition-range'

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** The chunks a stream would hand over, each in a later task. */
async function* chunksOf(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let from = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    await Promise.resolve()
    yield bytes.slice(from, Math.max(from, cut))
    from = Math.max(from, cut)
  }
  yield bytes.slice(from)
}

async function linesOf(chunks: AsyncIterable<Uint8Array>, options: LineOptions = {}): Promise<string[]> {
  const lines: string[] = []
  for await (const batch of wordlistLines(chunks, options)) {
    for (let i = 0; i < batch.count; i++) lines.push(decoder.decode(batch.bytes.subarray(batch.starts[i], batch.ends[i])))
  }
  return lines
}

/** The lines a text holds: split on "\n", a "\r" before it dropped, no line after a final newline. */
function expectedLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n')
  if (text.endsWith('\n')) lines.pop()
  return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
}

// Text rich in the characters that matter here.
const wordlistText = fc.array(fc.constantFrom('a', 'b', 'é', '\n', '\r\n', '\r', ' ', '😀', 'secret'), { maxLength: 60 }).map((parts) => parts.join(''))

describe('wordlistLines', () => {
  it.each([
    { name: 'LF', text: 'a\nbb\nccc\n', lines: ['a', 'bb', 'ccc'] },
    { name: 'CRLF', text: 'a\r\nbb\r\nccc\r\n', lines: ['a', 'bb', 'ccc'] },
    { name: 'no final newline', text: 'a\nbb\nccc', lines: ['a', 'bb', 'ccc'] },
    { name: 'blank lines kept', text: 'a\n\n\nb\n', lines: ['a', '', '', 'b'] },
    { name: 'a lone newline', text: '\n', lines: [''] },
    { name: 'empty', text: '', lines: [] },
    { name: 'a CR inside a line stays', text: 'a\rb\n', lines: ['a\rb'] },
    { name: 'UTF-8', text: 'pässwörd\n秘密\n', lines: ['pässwörd', '秘密'] },
  ])('$name', async ({ text, lines }) => {
    expect(await linesOf(chunksOf(encoder.encode(text), []))).toEqual(lines)
  })

  it('gives the same lines however the stream is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        wordlistText.chain((text) => {
          const bytes = encoder.encode(text)
          return fc.tuple(fc.constant(text), fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }), fc.integer({ min: 1, max: 5 }))
        }),
        async ([text, cuts, batchLines]) => {
          expect(await linesOf(chunksOf(encoder.encode(text), cuts), { batchLines })).toEqual(expectedLines(text))
        },
      ),
    )
  })

  it('keeps a CRLF split across chunks as one line break', async () => {
    const bytes = encoder.encode('one\r\ntwo\r\n')
    expect(await linesOf(chunksOf(bytes, [4, 9]))).toEqual(['one', 'two'])
  })

  it('batches lines and reports the bytes read', async () => {
    const seen: Array<[number, number]> = []
    for await (const batch of wordlistLines(chunksOf(encoder.encode('a\nb\nc\nd\ne'), []), { batchLines: 2 })) seen.push([batch.count, batch.bytesRead])
    expect(seen).toEqual([
      [2, 4],
      [2, 8],
      [1, 9],
    ])
  })

  it('streams a million lines', async () => {
    const line = encoder.encode('password123\n')
    async function* manyChunks() {
      const chunk = new Uint8Array(line.length * 10_000)
      for (let i = 0; i < 10_000; i++) chunk.set(line, i * line.length)
      for (let i = 0; i < 100; i++) {
        await Promise.resolve()
        yield chunk
      }
    }
    let count = 0
    for await (const batch of wordlistLines(manyChunks())) count += batch.count
    expect(count).toBe(1_000_000)
  })
})

describe('streamRange', () => {
  it.each([
    { start: 0, end: 10, range: { readFrom: 0, options: { skipFirstLine: false, endOffset: 10 } } },
    { start: 10, end: 20, range: { readFrom: 9, options: { skipFirstLine: true, endOffset: 11 } } },
  ])('reads [$start, $end)', ({ start, end, range }) => {
    expect(streamRange(start, end)).toEqual(range)
  })

  it.each([
    { name: 'a line starting exactly at a boundary', text: 'aaaa\nbbbb\ncccc\n', cuts: [5, 10] },
    { name: 'a boundary inside a line', text: 'aaaa\nbbbb\ncccc\n', cuts: [2, 7] },
    { name: 'a boundary on a newline', text: 'aaaa\nbbbb\ncccc\n', cuts: [4, 9] },
    { name: 'a range inside one long line', text: 'a\nbbbbbbbbbbbb\nc', cuts: [4, 8, 12] },
    { name: 'CRLF split by a boundary', text: 'aa\r\nbb\r\ncc', cuts: [3] },
  ])('sees every line once across ranges: $name', async ({ text, cuts }) => {
    expect(await linesAcrossRanges(encoder.encode(text), cuts, [])).toEqual(expectedLines(text))
  })

  it('partitions any text among any number of workers, each line exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(wordlistText, fc.integer({ min: 1, max: 7 }), fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 6 }), async (text, workers, chunkCuts) => {
        const bytes = encoder.encode(text)
        const cuts = partitionRange(bytes.length, workers).slice(1).map(({ start }) => start)
        expect(await linesAcrossRanges(bytes, cuts, chunkCuts)).toEqual(expectedLines(text))
      }),
    )
  })
})

/** The lines each range [cuts[k-1], cuts[k]) reads, concatenated in order; each range's stream is itself cut into chunks. */
async function linesAcrossRanges(bytes: Uint8Array, cuts: number[], chunkCuts: number[]): Promise<string[]> {
  const bounds = [0, ...cuts, bytes.length]
  const lines: string[] = []
  for (let k = 0; k + 1 < bounds.length; k++) {
    const { readFrom, options } = streamRange(bounds[k]!, bounds[k + 1]!)
    const tail = bytes.slice(readFrom)
    lines.push(...(await linesOf(chunksOf(tail, chunkCuts.filter((cut) => cut <= tail.length)), options)))
  }
  return lines
}
