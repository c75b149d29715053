// Candidate keys laid out as HMAC needs them: one zero-padded key block per candidate.
import { sha2Digest } from '../hash/sha2-digest'
import { digestBytes, sha2Params, type Sha2Name } from '../hash/sha2-params'
import { hashOf, type HmacAlg } from '../hash/hmac-alg'

export class KeySlots {
  readonly slotBytes: number
  private readonly hash: Sha2Name
  /** How many bytes of each slot may be non-zero, so that a shorter next key clears only those. */
  private readonly used: Uint8Array

  constructor(
    alg: HmacAlg,
    /** count × slotBytes bytes, for instance a view of WebAssembly memory. */
    readonly bytes: Uint8Array,
    readonly count: number,
  ) {
    this.hash = hashOf(alg)
    this.slotBytes = sha2Params(this.hash).blockBytes
    this.used = new Uint8Array(count)
  }

  /** Puts key[start..end) in slot `index`; copies byte by byte because keys are short and subarray allocates. */
  set(index: number, key: Uint8Array, start = 0, end = key.length): void {
    const base = index * this.slotBytes
    const bytes = this.bytes
    let length = end - start
    if (length > this.slotBytes) {
      // RFC 2104 §2: a key longer than the block is replaced by its hash.
      sha2Digest(this.hash, key.subarray(start, end), bytes, base)
      length = digestBytes(this.hash)
    } else {
      for (let i = 0; i < length; i++) bytes[base + i] = key[start + i]!
    }
    for (let i = length; i < this.used[index]!; i++) bytes[base + i] = 0
    this.used[index] = length
  }
}
