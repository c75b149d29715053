// Candidate keys laid out as HMAC needs them: one zero-padded key block per candidate.
import { sha2Digest } from './sha2-digest'
import { digestBytes, sha2Params, type HmacAlg } from './sha2-params'

export class KeySlots {
  readonly slotBytes: number
  /** How many bytes of each slot may be non-zero, so that a shorter next key clears only those. */
  private readonly used: Uint8Array

  constructor(
    private readonly alg: HmacAlg,
    /** count × slotBytes bytes, for instance a view of WebAssembly memory. */
    readonly bytes: Uint8Array,
    readonly count: number,
  ) {
    this.slotBytes = sha2Params(alg).blockBytes
    this.used = new Uint8Array(count)
  }

  /** Puts key[start..end) in slot `index`; copies byte by byte because keys are short and subarray allocates. */
  set(index: number, key: Uint8Array, start = 0, end = key.length): void {
    const base = index * this.slotBytes
    const bytes = this.bytes
    let length = end - start
    if (length > this.slotBytes) {
      // RFC 2104 §2: a key longer than the block is replaced by its hash.
      sha2Digest(this.alg, key.subarray(start, end), bytes, base)
      length = digestBytes(this.alg)
    } else {
      for (let i = 0; i < length; i++) bytes[base + i] = key[start + i]!
    }
    for (let i = length; i < this.used[index]!; i++) bytes[base + i] = 0
    this.used[index] = length
  }
}
