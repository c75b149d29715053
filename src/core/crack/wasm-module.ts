// A minimal WebAssembly binary writer: the sections and opcodes that the HMAC generator needs, so the
// engine is built at run time from TypeScript with no toolchain (WebAssembly core spec §5).

export type ValueType = 'i32' | 'v128'

const typeCode: Record<ValueType, number> = { i32: 0x7f, v128: 0x7b }

/** SIMD instructions, by their sub-opcode after the 0xfd prefix (WebAssembly SIMD §5.4.8). */
export const simd = {
  load: 0x00,
  store: 0x0b,
  shuffle: 0x0d,
  i32x4Eq: 0x37,
  i64x2Eq: 0xd6,
  and: 0x4e,
  or: 0x50,
  xor: 0x51,
  bitselect: 0x52,
  i32x4Bitmask: 0xa4,
  i64x2Bitmask: 0xc4,
  i32x4Shl: 0xab,
  i32x4ShrU: 0xad,
  i32x4Add: 0xae,
  i64x2Shl: 0xcb,
  i64x2ShrU: 0xcd,
  i64x2Add: 0xce,
} as const

export const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  return: 0x0f,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Const: 0x41,
  i32Eqz: 0x45,
  i32Ne: 0x47,
  i32LtU: 0x49,
  i32Ctz: 0x68,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  emptyBlockType: 0x40,
} as const

/** One function's signature, locals and code, written instruction by instruction. */
export class FunctionBody {
  readonly code: number[] = []
  private readonly locals: ValueType[] = []

  constructor(
    readonly params: readonly ValueType[],
    readonly results: readonly ValueType[],
  ) {}

  /** A new local of `type`; returns its index. */
  local(type: ValueType): number {
    this.locals.push(type)
    return this.params.length + this.locals.length - 1
  }

  emit(...bytes: number[]): this {
    for (const byte of bytes) this.code.push(byte)
    return this
  }

  get(index: number): this {
    return this.emit(op.localGet, ...unsignedLeb(index))
  }

  set(index: number): this {
    return this.emit(op.localSet, ...unsignedLeb(index))
  }

  tee(index: number): this {
    return this.emit(op.localTee, ...unsignedLeb(index))
  }

  i32(value: number): this {
    return this.emit(op.i32Const, ...signedLeb(value | 0))
  }

  simd(subOpcode: number): this {
    return this.emit(0xfd, ...unsignedLeb(subOpcode))
  }

  /** v128.load from the address on the stack plus `offset`. */
  load(offset: number): this {
    return this.simd(simd.load).emit(4, ...unsignedLeb(offset))
  }

  /** v128.load from a fixed address. */
  loadAt(address: number): this {
    return this.i32(0).load(address)
  }

  store(offset: number): this {
    return this.simd(simd.store).emit(4, ...unsignedLeb(offset))
  }

  /** i8x16.shuffle: byte i of the result is byte lanes[i] of the two operands (0–15 first, 16–31 second). */
  shuffle(lanes: readonly number[]): this {
    return this.simd(simd.shuffle).emit(...lanes)
  }

  encode(): number[] {
    const groups: number[] = []
    let count = 0
    for (let i = 0; i < this.locals.length; i++) {
      count++
      if (this.locals[i + 1] !== this.locals[i]) {
        groups.push(...unsignedLeb(count), typeCode[this.locals[i]!])
        count = 0
      }
    }
    const runs = this.locals.filter((type, i) => this.locals[i + 1] !== type).length
    return [...unsignedLeb(runs), ...groups, ...this.code, op.end]
  }
}

export interface ModuleSpec {
  functions: Record<string, FunctionBody>
  /** Initial memory size in 64 KiB pages; the memory is exported as "memory". */
  memoryPages: number
  /** Bytes placed at address 0 when the module is instantiated. */
  data: Uint8Array
}

export function encodeModule({ functions, memoryPages, data }: ModuleSpec): Uint8Array<ArrayBuffer> {
  const bodies = Object.values(functions)
  const names = Object.keys(functions)
  const types = bodies.map((body) => [0x60, ...vector(body.params.map((type) => [typeCode[type]])), ...vector(body.results.map((type) => [typeCode[type]]))])
  const exports = [
    ...names.map((name, index) => [...text(name), 0x00, ...unsignedLeb(index)]),
    [...text('memory'), 0x02, 0x00],
  ]
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector(types)),
    ...section(3, vector(bodies.map((_, index) => unsignedLeb(index)))),
    ...section(5, vector([[0x00, ...unsignedLeb(memoryPages)]])),
    ...section(7, vector(exports)),
    ...section(10, vector(bodies.map((body) => sized(body.encode())))),
    ...section(11, vector([[0x00, op.i32Const, 0x00, op.end, ...sized([...data])]])),
  ])
}

function section(id: number, content: number[]): number[] {
  return [id, ...sized(content)]
}

function sized(content: number[]): number[] {
  return [...unsignedLeb(content.length), ...content]
}

function vector(items: number[][]): number[] {
  return [...unsignedLeb(items.length), ...items.flat()]
}

function text(name: string): number[] {
  return sized([...new TextEncoder().encode(name)])
}

export function unsignedLeb(value: number): number[] {
  const bytes: number[] = []
  do {
    let byte = value & 0x7f
    value = Math.floor(value / 128)
    if (value !== 0) byte |= 0x80
    bytes.push(byte)
  } while (value !== 0)
  return bytes
}

export function signedLeb(value: number): number[] {
  const bytes: number[] = []
  for (;;) {
    const byte = value & 0x7f
    value >>= 7
    const isDone = (value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)
    bytes.push(isDone ? byte : byte | 0x80)
    if (isDone) return bytes
  }
}
