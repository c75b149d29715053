// Generates the WebAssembly SIMD module that tests a batch of HMAC keys: every lane of a v128 holds a
// different candidate (four 32-bit lanes for SHA-256, two 64-bit lanes for SHA-384/512), and every
// round is unrolled from the loops below. The message's K + W tables come precomputed in memory, so a
// message block costs only its rounds; the key blocks and the final block carry their own schedules.
// One vector of candidates at a time: two interleaved measured about 10% slower in Chromium, as the
// doubled state no longer fits the 16 vector registers.
import { FunctionBody, encodeModule, op, simd } from './wasm-module'
import { sha2Params, type Sha2Params } from '../hash/sha2-params'
import { hashOf, type HmacAlg } from '../hash/hmac-alg'

export interface HmacWasmLayout {
  /** The signature's words, each repeated across a vector. */
  targetOffset: number
  /** batchSize key blocks of blockBytes, zero-padded. */
  keysOffset: number
  /** The message blocks' K + W tables, rounds vectors each; the module reads up to the end of memory. */
  schedulesOffset: number
  batchSize: number
  lanes: number
}

export interface HmacWasmModule {
  bytes: Uint8Array<ArrayBuffer>
  layout: HmacWasmLayout
}

const batchSize = 512

/**
 * The module exports `test(count, blocks) -> index`: it tests candidates 0..count-1 (count a multiple
 * of the lanes) over `blocks` message blocks, and returns the first matching index or -1.
 */
export function hmacWasmModule(alg: HmacAlg): HmacWasmModule {
  const p = sha2Params(hashOf(alg))
  // Room for K, the IV, the pads and the final block's constants.
  const constants = new ConstantPool(p.wordBits, p.rounds + 64)
  const lanes = 128 / p.wordBits
  const targetOffset = constants.byteLength
  const keysOffset = targetOffset + 16 * p.digestWords
  const schedulesOffset = keysOffset + batchSize * p.blockBytes
  const layout = { targetOffset, keysOffset, schedulesOffset, batchSize, lanes }
  const body = new FunctionBody(['i32', 'i32'], ['i32'])
  new HmacGenerator(p, body, constants, layout).emitTest()
  return {
    bytes: encodeModule({ functions: { test: body }, memoryPages: Math.ceil(schedulesOffset / 65536) + 1, data: constants.bytes() }),
    layout,
  }
}

/** Each constant vector is stored once, splatted, at a fixed address from 0. */
class ConstantPool {
  private readonly addresses = new Map<bigint, number>()
  private readonly values: bigint[] = []
  readonly byteLength: number

  constructor(
    private readonly wordBits: 32 | 64,
    private readonly capacity: number,
  ) {
    this.byteLength = capacity * 16
  }

  address(value: bigint): number {
    const word = BigInt.asUintN(this.wordBits, value)
    let address = this.addresses.get(word)
    if (address === undefined) {
      if (this.values.length === this.capacity) throw new Error('The constant pool is full.')
      address = this.values.length * 16
      this.addresses.set(word, address)
      this.values.push(word)
    }
    return address
  }

  bytes(): Uint8Array {
    const bytes = new Uint8Array(this.byteLength)
    const view = new DataView(bytes.buffer)
    this.values.forEach((value, index) => {
      for (let lane = 0; lane < 128 / this.wordBits; lane++) {
        if (this.wordBits === 32) view.setUint32(index * 16 + lane * 4, Number(value), true)
        else view.setBigUint64(index * 16 + lane * 8, value, true)
      }
    })
    return bytes
  }
}

/** A message-schedule word: in a local, or known when the module is generated. */
type Word = { local: number } | { value: bigint }

class HmacGenerator {
  private readonly lanes: number
  private readonly ops
  private readonly state: number[]
  private readonly saved: number[]
  private readonly w: number[]
  private readonly rows: number[]
  private readonly t1: number
  private readonly majority: [number, number]
  private readonly index: number
  private readonly keyPointer: number
  private readonly schedulePointer: number
  private readonly blocksLeft: number
  private readonly mask: number
  // The function's parameters.
  private readonly count = 0
  private readonly blocks = 1

  constructor(
    private readonly p: Sha2Params,
    private readonly f: FunctionBody,
    private readonly constants: ConstantPool,
    private readonly layout: HmacWasmLayout,
  ) {
    this.lanes = 128 / p.wordBits
    this.ops =
      p.wordBits === 32
        ? { add: simd.i32x4Add, shl: simd.i32x4Shl, shrU: simd.i32x4ShrU, eq: simd.i32x4Eq, bitmask: simd.i32x4Bitmask }
        : { add: simd.i64x2Add, shl: simd.i64x2Shl, shrU: simd.i64x2ShrU, eq: simd.i64x2Eq, bitmask: simd.i64x2Bitmask }
    const v128s = (n: number) => Array.from({ length: n }, () => f.local('v128'))
    this.state = v128s(8)
    this.saved = v128s(8)
    this.w = v128s(16)
    this.rows = v128s(4)
    this.t1 = f.local('v128')
    this.majority = [f.local('v128'), f.local('v128')]
    this.index = f.local('i32')
    this.keyPointer = f.local('i32')
    this.schedulePointer = f.local('i32')
    this.blocksLeft = f.local('i32')
    this.mask = f.local('i32')
  }

  emitTest(): void {
    const { f, p, state, saved, w, lanes, layout } = this
    f.i32(layout.keysOffset).set(this.keyPointer)
    f.emit(op.loop, op.emptyBlockType) // one group of `lanes` candidates

    // Inner hash: the key block XOR ipad, then the message blocks.
    this.loadKeyBlock(0x36)
    this.loadConstants(state, p.iv)
    this.compress(w.map((local) => ({ local })), 'constants')
    f.i32(layout.schedulesOffset).set(this.schedulePointer)
    f.get(this.blocks).set(this.blocksLeft)
    f.emit(op.loop, op.emptyBlockType) // one message block
    for (let i = 0; i < 8; i++) f.get(state[i]!).set(saved[i]!)
    this.compressFromSchedule()
    f.get(this.schedulePointer).i32(p.rounds * 16).emit(op.i32Add).set(this.schedulePointer)
    f.get(this.blocksLeft).i32(1).emit(op.i32Sub).tee(this.blocksLeft).emit(op.brIf, 0)
    f.emit(op.end)

    // Outer hash: the key block XOR opad, then the inner digest with its padding.
    for (let i = 0; i < p.digestWords; i++) f.get(state[i]!).set(saved[i]!)
    this.loadKeyBlock(0x5c)
    this.loadConstants(state, p.iv)
    this.compress(w.map((local) => ({ local })), 'constants')
    for (let i = 0; i < p.digestWords; i++) f.get(saved[i]!).set(w[i]!)
    for (let i = 0; i < 8; i++) f.get(state[i]!).set(saved[i]!)
    this.compress(this.finalBlock(), 'saved')

    // All digest words equal in a lane: that lane's key signed the token.
    for (let i = 0; i < p.digestWords; i++) {
      f.get(state[i]!).loadAt(layout.targetOffset + 16 * i).simd(this.ops.eq)
      if (i > 0) f.simd(simd.and)
    }
    f.simd(this.ops.bitmask).tee(this.mask)
    f.emit(op.if, op.emptyBlockType)
    f.get(this.index).get(this.mask).emit(op.i32Ctz, op.i32Add, op.return) // the first matching lane
    f.emit(op.end)
    f.get(this.keyPointer).i32(lanes * p.blockBytes).emit(op.i32Add).set(this.keyPointer)
    f.get(this.index).i32(lanes).emit(op.i32Add).tee(this.index)
    f.get(this.count).emit(op.i32LtU, op.brIf, 0)
    f.emit(op.end)
    f.i32(-1)
  }

  /** w[i] = word i of each lane's key block, big-endian, XOR the pad byte. */
  private loadKeyBlock(pad: number): void {
    const { f, p, w, rows, lanes } = this
    const padAddress = this.constants.address(BigInt.asUintN(p.wordBits, BigInt(pad) * (p.wordBits === 32 ? 0x01010101n : 0x0101010101010101n)))
    const reversed = (word: number, bytes: number) => Array.from({ length: bytes }, (_, i) => word * bytes + bytes - 1 - i)
    const store = (target: number) => f.loadAt(padAddress).simd(simd.xor).set(target)
    for (let base = 0; base < 16; base += lanes) {
      for (let lane = 0; lane < lanes; lane++) f.get(this.keyPointer).load(lane * p.blockBytes + base * (p.wordBits / 8)).set(rows[lane]!)
      if (lanes === 2) {
        // Two rows of two 64-bit words: word j of both lanes, each byte-reversed.
        for (let j = 0; j < 2; j++) {
          f.get(rows[0]!).get(rows[1]!).shuffle([...reversed(j, 8), ...reversed(j, 8).map((i) => i + 16)])
          store(w[base + j]!)
        }
      } else {
        // A 4×4 transpose of 32-bit words in two steps; the first also reverses each word's bytes.
        const pairs = (first: number, second: number) => [...reversed(first, 4), ...reversed(first, 4).map((i) => i + 16), ...reversed(second, 4), ...reversed(second, 4).map((i) => i + 16)]
        for (const [a, b] of [[0, 1], [2, 3]] as const) {
          f.get(rows[a]!).get(rows[b]!).shuffle(pairs(0, 1))
          f.get(rows[a]!).get(rows[b]!).shuffle(pairs(2, 3))
          f.set(rows[b]!).set(rows[a]!)
        }
        // rows 0 and 2 now hold words 0 and 1 of lanes (0, 1) and (2, 3); rows 1 and 3 words 2 and 3.
        const low = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23]
        const high = low.map((i) => i + 8)
        f.get(rows[0]!).get(rows[2]!).shuffle(low)
        store(w[base]!)
        f.get(rows[0]!).get(rows[2]!).shuffle(high)
        store(w[base + 1]!)
        f.get(rows[1]!).get(rows[3]!).shuffle(low)
        store(w[base + 2]!)
        f.get(rows[1]!).get(rows[3]!).shuffle(high)
        store(w[base + 3]!)
      }
    }
  }

  private loadConstants(locals: readonly number[], values: readonly bigint[]): void {
    values.forEach((value, i) => this.f.loadAt(this.constants.address(value)).set(locals[i]!))
  }

  /** The outer hash's second block: the inner digest (already in w), 0x80, zeros and the bit length. */
  private finalBlock(): Word[] {
    const { p, w } = this
    const words: Word[] = w.map((local) => ({ local }))
    for (let i = p.digestWords; i < 16; i++) words[i] = { value: 0n }
    words[p.digestWords] = { value: 1n << BigInt(p.wordBits - 1) }
    words[15] = { value: BigInt((p.blockBytes + (p.digestWords * p.wordBits) / 8) * 8) }
    return words
  }

  /**
   * A compression whose schedule is computed here from `block` (16 words); then adds the starting
   * state: the IV's constants, or the `saved` locals.
   */
  private compress(block: Word[], start: 'constants' | 'saved'): void {
    const { p, f, state } = this
    const words = [...block]
    const order = [...state]
    this.startMajority(order)
    for (let t = 0; t < p.rounds; t++) {
      if (t >= 16) words[t] = this.expand(words, t)
      const word = words[t]!
      this.round(order, t, () => {
        if ('value' in word) f.loadAt(this.constants.address(p.k[t]! + word.value))
        else f.get(word.local).loadAt(this.constants.address(p.k[t]!)).simd(this.ops.add)
      })
    }
    for (let i = 0; i < 8; i++) {
      f.get(state[i]!)
      if (start === 'constants') f.loadAt(this.constants.address(p.iv[i]!))
      else f.get(this.saved[i]!)
      f.simd(this.ops.add).set(state[i]!)
    }
  }

  /** A message block's compression from its precomputed K + W table at the schedule pointer. */
  private compressFromSchedule(): void {
    const { p, f, state } = this
    const order = [...state]
    this.startMajority(order)
    for (let t = 0; t < p.rounds; t++) this.round(order, t, () => f.get(this.schedulePointer).load(16 * t))
    for (let i = 0; i < 8; i++) f.get(state[i]!).get(this.saved[i]!).simd(this.ops.add).set(state[i]!)
  }

  /** W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], folding what is known into one constant. */
  private expand(words: Word[], t: number): Word {
    const { p, f } = this
    const terms: Array<{ word: Word; sigma?: readonly [number, number, number] }> = [
      { word: words[t - 2]!, sigma: p.smallSigma1 },
      { word: words[t - 7]! },
      { word: words[t - 15]!, sigma: p.smallSigma0 },
      { word: words[t - 16]! },
    ]
    let known = 0n
    let pushed = 0
    for (const { word, sigma } of terms) {
      if ('value' in word) {
        known += sigma ? smallSigma(word.value, sigma, p.wordBits) : word.value
        continue
      }
      if (sigma) this.smallSigma(word.local, sigma)
      else f.get(word.local)
      if (pushed++ > 0) f.simd(this.ops.add)
    }
    known = BigInt.asUintN(p.wordBits, known)
    if (pushed === 0) return { value: known }
    if (known !== 0n) f.loadAt(this.constants.address(known)).simd(this.ops.add)
    const local = this.w[t % 16]!
    f.set(local)
    return { local }
  }

  private startMajority(order: number[]): void {
    // Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c)), and this round's a ^ b is the next round's b ^ c.
    this.f.get(order[1]!).get(order[2]!).simd(simd.xor).set(this.majority[0])
  }

  /** One round on the state locals in `order` (a..h), renaming instead of moving: h becomes a, d becomes e. */
  private round(order: number[], t: number, pushRoundWord: () => void): void {
    const { f, p } = this
    // c enters only through `previous` (b ^ c); f is `fl` because f is the function body.
    const [a, b, d, e, fl, g, h] = [order[0]!, order[1]!, order[3]!, order[4]!, order[5]!, order[6]!, order[7]!]
    const [previous, next] = t % 2 === 0 ? this.majority : [this.majority[1], this.majority[0]]
    const add = () => f.simd(this.ops.add)
    f.get(h)
    this.bigSigma(e, p.bigSigma1)
    add()
    f.get(fl).get(g).get(e).simd(simd.bitselect) // Ch(e, f, g)
    add()
    pushRoundWord()
    add()
    f.tee(this.t1).get(d)
    add()
    f.set(d)
    f.get(this.t1)
    this.bigSigma(a, p.bigSigma0)
    add()
    f.get(b).get(a).get(b).simd(simd.xor).tee(next).get(previous).simd(simd.and).simd(simd.xor)
    add()
    f.set(h)
    order.unshift(order.pop()!)
  }

  private rotateRight(local: number, bits: number): void {
    const { f, p } = this
    if (bits % 8 === 0) {
      // A whole-byte rotation is one byte shuffle within each lane (little-endian lanes).
      const bytes = p.wordBits / 8
      const lanes = Array.from({ length: 16 }, (_, i) => (i - (i % bytes)) + ((i % bytes) + bits / 8) % bytes)
      f.get(local).get(local).shuffle(lanes)
      return
    }
    f.get(local).i32(bits).simd(this.ops.shrU).get(local).i32(p.wordBits - bits).simd(this.ops.shl).simd(simd.or)
  }

  private bigSigma(local: number, [r1, r2, r3]: readonly [number, number, number]): void {
    this.rotateRight(local, r1)
    this.rotateRight(local, r2)
    this.f.simd(simd.xor)
    this.rotateRight(local, r3)
    this.f.simd(simd.xor)
  }

  private smallSigma(local: number, [r1, r2, shift]: readonly [number, number, number]): void {
    this.rotateRight(local, r1)
    this.rotateRight(local, r2)
    this.f.simd(simd.xor).get(local).i32(shift).simd(this.ops.shrU).simd(simd.xor)
  }
}

function smallSigma(x: bigint, [r1, r2, shift]: readonly [number, number, number], wordBits: 32 | 64): bigint {
  const bits = BigInt(wordBits)
  const rotr = (n: number) => BigInt.asUintN(wordBits, (x >> BigInt(n)) | (x << (bits - BigInt(n))))
  return rotr(r1) ^ rotr(r2) ^ (x >> BigInt(shift))
}
