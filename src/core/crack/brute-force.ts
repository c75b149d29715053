// Every string over a character set within a length range, shortest first and then in the set's
// order, like counting ('a', 'b', …, 'aa', 'ab', …). Any candidate follows from its index, so the
// work splits into index ranges.
import { err, ok, type Result } from '../result'

export interface BruteForceSpace {
  /** The distinct characters, in the order given. */
  characters: string[]
  minLength: number
  maxLength: number
  /** How many candidates there are in all: at most Number.MAX_SAFE_INTEGER. */
  size: number
}

/** Longer secrets would be hashed down first (RFC 2104 §2), and no search reaches them anyway. */
export const maxBruteForceLength = 64

export function bruteForceSpace(charset: string, minLength: number, maxLength: number): Result<BruteForceSpace, string> {
  const characters = [...new Set(charset)]
  if (characters.length === 0) return err('The character set is empty.')
  for (const length of [minLength, maxLength]) {
    if (!Number.isInteger(length) || length < 0 || length > maxBruteForceLength) return err(`The lengths must be whole numbers from 0 to ${maxBruteForceLength}.`)
  }
  if (minLength > maxLength) return err(`The minimum length (${minLength}) is more than the maximum length (${maxLength}).`)
  let size = 0
  for (let length = minLength; length <= maxLength; length++) size += characters.length ** length
  if (size > Number.MAX_SAFE_INTEGER) {
    return err(`The search space has about ${size.toExponential(1)} candidates, more than can be counted exactly (2^53 − 1): shorten the maximum length or the character set.`)
  }
  return ok({ characters, minLength, maxLength, size })
}

/** The candidate at `index` (0 ≤ index < size). */
export function candidateAt(space: BruteForceSpace, index: number): string {
  const { length, offset } = locate(space, index)
  const n = space.characters.length
  const chars = new Array<string>(length)
  let rest = offset
  for (let position = length - 1; position >= 0; position--) {
    // The remainder first, then an exact division: floor(rest / n) in doubles can round up near 2^53.
    const digit = rest % n
    chars[position] = space.characters[digit]!
    rest = (rest - digit) / n
  }
  return chars.join('')
}

/** The index of `candidate`, or -1 when it is not in the space. */
export function indexOfCandidate(space: BruteForceSpace, candidate: string): number {
  const chars = [...candidate]
  const n = space.characters.length
  if (chars.length < space.minLength || chars.length > space.maxLength) return -1
  let index = 0
  for (let length = space.minLength; length < chars.length; length++) index += n ** length
  let offset = 0
  for (const char of chars) {
    const digit = space.characters.indexOf(char)
    if (digit === -1) return -1
    offset = offset * n + digit
  }
  return index + offset
}

function locate(space: BruteForceSpace, index: number): { length: number; offset: number } {
  let offset = index
  for (let length = space.minLength; length <= space.maxLength; length++) {
    const count = space.characters.length ** length
    if (offset < count) return { length, offset }
    offset -= count
  }
  throw new RangeError(`Index ${index} is outside a space of ${space.size} candidates.`)
}

/**
 * Walks the space from an index, keeping the current candidate as UTF-8 bytes: a step rewrites only
 * the characters that changed, as an odometer does, so the hot loop neither allocates nor encodes.
 */
export class BruteForceCursor {
  /** The current candidate is bytes[0..byteLength). */
  readonly bytes: Uint8Array
  byteLength = 0
  private readonly encoded: Uint8Array[]
  /** The UTF-8 width shared by every character, or 0 when widths differ. */
  private readonly width: number
  private readonly digits: Int32Array
  private length = 0

  constructor(
    private readonly space: BruteForceSpace,
    index: number,
  ) {
    const encoder = new TextEncoder()
    this.encoded = space.characters.map((char) => encoder.encode(char))
    const widths = new Set(this.encoded.map((bytes) => bytes.length))
    this.width = widths.size === 1 ? this.encoded[0]!.length : 0
    this.bytes = new Uint8Array(space.maxLength * Math.max(...widths))
    this.digits = new Int32Array(space.maxLength)
    const { length, offset } = locate(space, index)
    this.length = length
    let rest = offset
    for (let position = length - 1; position >= 0; position--) {
      const digit = rest % this.encoded.length
      this.digits[position] = digit
      rest = (rest - digit) / this.encoded.length
    }
    this.encode(0)
  }

  /** Moves to the next candidate; callers stop at the end of their range, where the cursor stops too. */
  next(): void {
    const n = this.encoded.length
    let position = this.length - 1
    while (position >= 0 && this.digits[position] === n - 1) this.digits[position--] = 0
    if (position < 0) {
      if (this.length === this.space.maxLength) return
      this.length++
      this.encode(0)
      return
    }
    this.digits[position]!++
    this.encode(position)
  }

  /** Re-encodes from character `position` on; a character set of mixed UTF-8 widths shifts what follows. */
  private encode(position: number): void {
    const { bytes, digits, encoded } = this
    let at = position * this.width
    if (this.width === 0) for (let i = 0; i < position; i++) at += encoded[digits[i]!]!.length
    for (let i = position; i < this.length; i++) {
      const char = encoded[digits[i]!]!
      for (let j = 0; j < char.length; j++) bytes[at++] = char[j]!
    }
    this.byteLength = at
  }
}
