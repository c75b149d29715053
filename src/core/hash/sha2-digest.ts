// Scalar SHA-256/384/512 over Int32Arrays (64-bit words as [high, low] pairs), written to run without
// allocating: the pure-JS engine's hash, the long-key pre-hash (RFC 2104 §2), and the precomputed
// message schedules that both engines feed their rounds from.
import { sha2Params, type Sha2Name, type Sha2Params } from './sha2-params'

/** K as Int32 words, per word size: 64 words, or 80 [high, low] pairs. */
const roundConstants = {
  32: Int32Array.from(sha2Params('SHA-256').k, Number),
  64: Int32Array.from(sha2Params('SHA-512').k.flatMap((k) => [Number(k >> 32n) | 0, Number(k & 0xffffffffn) | 0])),
}

/** The initial hash value as Int32 words in the same layout as a state. */
export function initialState(hash: Sha2Name): Int32Array {
  const { iv, wordBits } = sha2Params(hash)
  return wordBits === 32 ? Int32Array.from(iv, Number) : Int32Array.from(iv.flatMap((v) => [Number(v >> 32n) | 0, Number(v & 0xffffffffn) | 0]))
}

/** Reads a block's 16 big-endian words from `bytes` at `offset` into `w`, each XORed with `xor` (a repeated byte). */
export function loadBlock(p: Sha2Params, bytes: Uint8Array, offset: number, w: Int32Array, xor = 0): void {
  const fill = xor * 0x01010101
  for (let i = 0; i < p.blockBytes / 4; i++) {
    const at = offset + 4 * i
    w[i] = ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) ^ fill
  }
}

/** Extends w[0..15] to the full message schedule and adds K, so that w holds K[t] + W[t] for every round. */
export function scheduleBlock(p: Sha2Params, w: Int32Array): void {
  if (p.wordBits === 32) schedule32(w)
  else schedule64(w)
}

/** One compression of the block whose K + W values are kw[offset...]; adds the result into state. */
export function compressBlock(p: Sha2Params, state: Int32Array, kw: Int32Array, offset: number): void {
  if (p.wordBits === 32) compress32(state, kw, offset)
  else compress64(state, kw, offset)
}

/** Int32 words per block's K + W table: 64, or 160 for the 80 [high, low] pairs. */
export function scheduleWords(p: Sha2Params): number {
  return p.wordBits === 32 ? 64 : 160
}

/** SHA-2 padding (FIPS 180-4 §5.1) of a message that follows `prefixBytes` already-hashed bytes. */
export function padMessage(p: Sha2Params, message: Uint8Array, prefixBytes: number): Uint8Array {
  const blocks = Math.ceil((message.length + 1 + p.lengthBytes) / p.blockBytes)
  const padded = new Uint8Array(blocks * p.blockBytes)
  padded.set(message)
  padded[message.length] = 0x80
  const bits = (prefixBytes + message.length) * 8
  const view = new DataView(padded.buffer)
  view.setUint32(padded.length - 8, Math.floor(bits / 2 ** 32))
  view.setUint32(padded.length - 4, bits >>> 0)
  return padded
}

/**
 * The K + W tables of the blocks that hash `message` after one block of key: HMAC's inner hash of a
 * fixed message, whose schedules every candidate key shares.
 */
export function messageSchedules(hash: Sha2Name, message: Uint8Array): Int32Array {
  const p = sha2Params(hash)
  const padded = padMessage(p, message, p.blockBytes)
  const size = scheduleWords(p)
  const tables = new Int32Array((padded.length / p.blockBytes) * size)
  for (let block = 0; block * p.blockBytes < padded.length; block++) {
    const w = tables.subarray(block * size, (block + 1) * size)
    loadBlock(p, padded, block * p.blockBytes, w)
    scheduleBlock(p, w)
  }
  return tables
}

/** The hash of `bytes`, written as big-endian bytes into `out` at `outOffset`. */
export function sha2Digest(hash: Sha2Name, bytes: Uint8Array, out: Uint8Array, outOffset = 0): void {
  const p = sha2Params(hash)
  const padded = padMessage(p, bytes, 0)
  const state = initialState(hash)
  const w = new Int32Array(scheduleWords(p))
  for (let offset = 0; offset < padded.length; offset += p.blockBytes) {
    loadBlock(p, padded, offset, w)
    scheduleBlock(p, w)
    compressBlock(p, state, w, 0)
  }
  const view = new DataView(out.buffer, out.byteOffset)
  for (let i = 0; i < (p.digestWords * p.wordBits) / 32; i++) view.setInt32(outOffset + 4 * i, state[i]!)
}

function schedule32(w: Int32Array): void {
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15]!
    const y = w[t - 2]!
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
    w[t] = (s1 + w[t - 7]! + s0 + w[t - 16]!) | 0
  }
  const k = roundConstants[32]
  for (let t = 0; t < 64; t++) w[t] = (w[t]! + k[t]!) | 0
}

function compress32(state: Int32Array, kw: Int32Array, offset: number): void {
  let a = state[0]!
  let b = state[1]!
  let c = state[2]!
  let d = state[3]!
  let e = state[4]!
  let f = state[5]!
  let g = state[6]!
  let h = state[7]!
  for (let t = 0; t < 64; t++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const t1 = (h + s1 + (g ^ (e & (f ^ g))) + kw[offset + t]!) | 0
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const t2 = (s0 + ((a & b) | (c & (a | b)))) | 0
    h = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  state[0] = (state[0]! + a) | 0
  state[1] = (state[1]! + b) | 0
  state[2] = (state[2]! + c) | 0
  state[3] = (state[3]! + d) | 0
  state[4] = (state[4]! + e) | 0
  state[5] = (state[5]! + f) | 0
  state[6] = (state[6]! + g) | 0
  state[7] = (state[7]! + h) | 0
}

// 64-bit words as [high, low] Int32 pairs. A sum of low halves stays exact in a double, and its
// overflow past 2^32 is the carry into the high half.
const carry = (lowSum: number) => (lowSum / 0x100000000) | 0

function schedule64(w: Int32Array): void {
  for (let t = 16; t < 80; t++) {
    const xh = w[2 * (t - 15)]!
    const xl = w[2 * (t - 15) + 1]!
    const yh = w[2 * (t - 2)]!
    const yl = w[2 * (t - 2) + 1]!
    // σ0 = rotr 1 ^ rotr 8 ^ shr 7; σ1 = rotr 19 ^ rotr 61 ^ shr 6
    const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7)
    const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25))
    const s1h = ((yh >>> 19) | (yl << 13)) ^ ((yl >>> 29) | (yh << 3)) ^ (yh >>> 6)
    const s1l = ((yl >>> 19) | (yh << 13)) ^ ((yh >>> 29) | (yl << 3)) ^ ((yl >>> 6) | (yh << 26))
    const low = (s1l >>> 0) + (w[2 * (t - 7) + 1]! >>> 0) + (s0l >>> 0) + (w[2 * (t - 16) + 1]! >>> 0)
    w[2 * t] = (s1h + w[2 * (t - 7)]! + s0h + w[2 * (t - 16)]! + carry(low)) | 0
    w[2 * t + 1] = low | 0
  }
  const k = roundConstants[64]
  for (let t = 0; t < 80; t++) {
    const low = (w[2 * t + 1]! >>> 0) + (k[2 * t + 1]! >>> 0)
    w[2 * t] = (w[2 * t]! + k[2 * t]! + carry(low)) | 0
    w[2 * t + 1] = low | 0
  }
}

function compress64(state: Int32Array, kw: Int32Array, offset: number): void {
  let ah = state[0]!, al = state[1]!, bh = state[2]!, bl = state[3]!
  let ch = state[4]!, cl = state[5]!, dh = state[6]!, dl = state[7]!
  let eh = state[8]!, el = state[9]!, fh = state[10]!, fl = state[11]!
  let gh = state[12]!, gl = state[13]!, hh = state[14]!, hl = state[15]!
  for (let t = 0; t < 80; t++) {
    // Σ1(e) = rotr 14 ^ rotr 18 ^ rotr 41
    const s1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23))
    const s1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23))
    const chh = gh ^ (eh & (fh ^ gh))
    const chl = gl ^ (el & (fl ^ gl))
    const t1l = (hl >>> 0) + (s1l >>> 0) + (chl >>> 0) + (kw[offset + 2 * t + 1]! >>> 0)
    const t1h = (hh + s1h + chh + kw[offset + 2 * t]! + carry(t1l)) | 0
    // Σ0(a) = rotr 28 ^ rotr 34 ^ rotr 39
    const s0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25))
    const s0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25))
    const majh = (ah & bh) | (ch & (ah | bh))
    const majl = (al & bl) | (cl & (al | bl))
    hh = gh
    hl = gl
    gh = fh
    gl = fl
    fh = eh
    fl = el
    const el2 = (dl >>> 0) + (t1l >>> 0)
    eh = (dh + t1h + carry(el2)) | 0
    el = el2 | 0
    dh = ch
    dl = cl
    ch = bh
    cl = bl
    bh = ah
    bl = al
    const al2 = (t1l >>> 0) + (s0l >>> 0) + (majl >>> 0)
    ah = (t1h + s0h + majh + carry(al2)) | 0
    al = al2 | 0
  }
  addInto(state, 0, ah, al)
  addInto(state, 2, bh, bl)
  addInto(state, 4, ch, cl)
  addInto(state, 6, dh, dl)
  addInto(state, 8, eh, el)
  addInto(state, 10, fh, fl)
  addInto(state, 12, gh, gl)
  addInto(state, 14, hh, hl)
}

function addInto(state: Int32Array, at: number, high: number, low: number): void {
  const sum = (state[at + 1]! >>> 0) + (low >>> 0)
  state[at] = (state[at]! + high + carry(sum)) | 0
  state[at + 1] = sum | 0
}
