// A minimal DER reader and writer (ITU-T X.690 §10), enough to describe keys and certificates; all
// cryptography stays with WebCrypto. Every malformed input comes back as a coded sentence, never a throw.
import { err, ok, type Result } from '../result'

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OBJECT_IDENTIFIER: 0x06,
  UTF8_STRING: 0x0c,
  NUMERIC_STRING: 0x12,
  PRINTABLE_STRING: 0x13,
  TELETEX_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  VISIBLE_STRING: 0x1a,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const

/** The tag of a context-specific field such as `[0] EXPLICIT` (constructed) or `[1] IMPLICIT BIT STRING`. */
export const contextTag = (number: number, isConstructed: boolean): number => (isConstructed ? 0xa0 : 0x80) | number

export interface DerElement {
  tag: number
  contents: Uint8Array
  /** The whole element: identifier, length and contents. */
  encoded: Uint8Array
}

/** What the bytes are meant to be, for messages: "The public key is not a valid SubjectPublicKeyInfo: …". */
export interface DerSubject {
  noun: string
  structure: string
}

/**
 * Thrown inside a read and caught by readDer, as scanJson does with its syntax errors.
 * 'encoding' breaks DER itself, 'structure' breaks the ASN.1 definition; for 'unnamed-curve' the
 * reason is the whole message.
 */
export class DerFault extends Error {
  constructor(
    readonly kind: 'encoding' | 'structure' | 'unnamed-curve',
    readonly reason: string,
  ) {
    super(reason)
  }
}

/** Why bytes are not the key or certificate they were meant to be. */
export type DerError = { code: 'der-invalid-encoding' | 'der-invalid-structure' | 'der-unnamed-curve'; message: string }

const MAX_LENGTH_BYTES = 4

export class DerReader {
  private position = 0

  constructor(
    private readonly bytes: Uint8Array,
    /** The structure these bytes are the contents of, e.g. "SubjectPublicKeyInfo sequence". */
    readonly name: string,
  ) {}

  get hasMore(): boolean {
    return this.position < this.bytes.length
  }

  peekTag(): number | undefined {
    return this.bytes[this.position]
  }

  read(tag: number, name: string): DerElement {
    const actual = this.peekTag()
    if (actual === undefined) throw new DerFault('structure', `the ${this.name} ends before its ${name}`)
    if (actual !== tag) throw new DerFault('structure', `the ${name} is ${describeTag(actual)}, not ${describeTag(tag)}`)
    return this.readAny(name)
  }

  readOptional(tag: number, name: string): DerElement | undefined {
    return this.peekTag() === tag ? this.readAny(name) : undefined
  }

  readAny(name: string): DerElement {
    const bytes = this.bytes
    const start = this.position
    const tag = bytes[start]
    if (tag === undefined) throw new DerFault('structure', `the ${this.name} ends before its ${name}`)
    if ((tag & 0x1f) === 0x1f) throw new DerFault('encoding', `the ${name} has a multi-byte tag, which none of these structures use`)
    const first = bytes[start + 1]
    if (first === undefined) throw new DerFault('encoding', `the ${name} ends early (its length is missing)`)
    let length = first
    let headerLength = 2
    if (first === 0x80) throw new DerFault('encoding', `the ${name} has an indefinite length, which DER does not allow`)
    if (first > 0x80) {
      const lengthBytes = first & 0x7f
      if (lengthBytes > MAX_LENGTH_BYTES) {
        throw new DerFault('encoding', `the ${name} has a length field of ${lengthBytes} bytes, too long for any key or certificate`)
      }
      if (start + 2 + lengthBytes > bytes.length) throw new DerFault('encoding', `the ${name} ends early (its length is cut off)`)
      length = 0
      for (let i = 0; i < lengthBytes; i++) length = length * 256 + bytes[start + 2 + i]!
      // X.690 §10.1: the definite form with the fewest length octets.
      if (bytes[start + 2] === 0 || length < 0x80) {
        throw new DerFault('encoding', `the length of the ${name} is not in its shortest form, as DER requires`)
      }
      headerLength = 2 + lengthBytes
    }
    const available = bytes.length - start - headerLength
    if (length > available) {
      throw new DerFault('encoding', `the ${name} ends early (its length says ${length} bytes, but only ${available} remain)`)
    }
    const end = start + headerLength + length
    this.position = end
    return { tag, contents: bytes.subarray(start + headerLength, end), encoded: bytes.subarray(start, end) }
  }

  /** Reads a constructed element and returns a reader over its fields. */
  enter(tag: number, name: string): DerReader {
    return new DerReader(this.read(tag, name).contents, name)
  }

  /** Reads the one element these bytes must hold, with nothing after it; a null tag allows any. */
  readOnly(tag: number | null, name: string): DerElement {
    const element = tag === null ? this.readAny(name) : this.read(tag, name)
    const rest = this.bytes.length - this.position
    if (rest > 0) throw new DerFault('encoding', `${countBytes(rest, 'extra')} ${rest === 1 ? 'follows' : 'follow'} the ${name}`)
    return element
  }

  /** Like enter, for the one constructed element these bytes must hold. */
  enterOnly(tag: number, name: string): DerReader {
    return new DerReader(this.readOnly(tag, name).contents, name)
  }

  /** Every field of a fixed structure has been read: anything more is an error. */
  finish(): void {
    const rest = this.bytes.length - this.position
    if (rest > 0) throw new DerFault('structure', `the ${this.name} has ${countBytes(rest, 'extra')} after its last field`)
  }
}

/**
 * Reads `der` as one `outerTag` element named `outerName` with nothing after it, and hands its
 * fields to `read`. A DerFault thrown inside becomes the sentence; anything else is a bug and rethrown.
 */
export function readDer<T>(
  der: Uint8Array,
  subject: DerSubject,
  outerName: string,
  read: (fields: DerReader) => T,
  outerTag: number = TAG.SEQUENCE,
): Result<T, DerError> {
  try {
    if (der.length === 0) throw new DerFault('encoding', 'it has no bytes')
    const outer = new DerReader(der, subject.structure).readOnly(outerTag, outerName)
    return ok(read(new DerReader(outer.contents, outerName)))
  } catch (error) {
    if (!(error instanceof DerFault)) throw error
    return err(derError(error, subject))
  }
}

export function derError(fault: DerFault, subject: DerSubject): DerError {
  switch (fault.kind) {
    case 'encoding':
      return { code: 'der-invalid-encoding', message: `The ${subject.noun} is not valid DER: ${fault.reason}.` }
    case 'structure':
      return { code: 'der-invalid-structure', message: `The ${subject.noun} is not a valid ${subject.structure}: ${fault.reason}.` }
    case 'unnamed-curve':
      return { code: 'der-unnamed-curve', message: fault.reason }
  }
}

const UNIVERSAL_NAMES: Record<number, string> = {
  0x01: 'a BOOLEAN',
  0x02: 'an INTEGER',
  0x03: 'a BIT STRING',
  0x04: 'an OCTET STRING',
  0x05: 'a NULL',
  0x06: 'an OBJECT IDENTIFIER',
  0x0a: 'an ENUMERATED',
  0x0c: 'a UTF8String',
  0x12: 'a NumericString',
  0x13: 'a PrintableString',
  0x14: 'a TeletexString',
  0x16: 'an IA5String',
  0x17: 'a UTCTime',
  0x18: 'a GeneralizedTime',
  0x1a: 'a VisibleString',
  0x1c: 'a UniversalString',
  0x1e: 'a BMPString',
  0x30: 'a SEQUENCE',
  0x31: 'a SET',
}

export function describeTag(tag: number): string {
  const universal = UNIVERSAL_NAMES[tag]
  if (universal) return universal
  if ((tag & 0xc0) === 0x80 && (tag & 0x1f) !== 0x1f) return `a [${tag & 0x1f}] field`
  return `an element with tag 0x${tag.toString(16).padStart(2, '0')}`
}

function countBytes(count: number, adjective: string): string {
  return `${count} ${adjective} ${count === 1 ? 'byte' : 'bytes'}`
}

/**
 * The longest OBJECT IDENTIFIER read, in bytes. Algorithm, curve and attribute OIDs are a few dozen
 * bytes; a hostile one of 150 KB once took seconds to decode and filled messages with its digits.
 */
export const maxOidBytes = 256
/** The longest arc read, in bytes: 20 hold 140 bits, enough for the 128-bit UUID arcs under 2.25 (X.667). */
export const maxOidArcBytes = 20

/** Dotted form of an OBJECT IDENTIFIER's contents (X.690 §8.19). Arcs may exceed 2^53 (UUID arcs under 2.25). */
export function decodeOid(contents: Uint8Array, name: string): string {
  if (contents.length === 0) throw new DerFault('structure', `the ${name} is empty`)
  if (contents.length > maxOidBytes) {
    throw new DerFault('structure', `the ${name} is ${contents.length.toLocaleString('en-US')} bytes long, more than the ${maxOidBytes} read here; no real algorithm or attribute has such an identifier`)
  }
  if ((contents[contents.length - 1]! & 0x80) !== 0) throw new DerFault('structure', `the ${name} ends in the middle of a number`)
  const arcs: bigint[] = []
  let arcStart = 0
  for (let index = 0; index < contents.length; index++) {
    if (index === arcStart && contents[index] === 0x80) throw new DerFault('structure', `the ${name} has a number with a redundant leading byte`)
    if ((contents[index]! & 0x80) !== 0) continue
    const arcBytes = index + 1 - arcStart
    if (arcBytes > maxOidArcBytes) {
      throw new DerFault('structure', `the ${name} has a number ${arcBytes} bytes long, more than the ${maxOidArcBytes} read here (a 128-bit UUID needs 19)`)
    }
    // Each arc is at most 140 bits, so the work per byte is bounded: decoding is linear in the length.
    let value = 0n
    for (let at = arcStart; at <= index; at++) value = (value << 7n) | BigInt(contents[at]! & 0x7f)
    arcs.push(value)
    arcStart = index + 1
  }
  const first = arcs[0]!
  const [top, second] = first < 40n ? [0n, first] : first < 80n ? [1n, first - 40n] : [2n, first - 80n]
  return [top, second, ...arcs.slice(1)].join('.')
}

export function encodeOid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map((arc) => BigInt(arc))
  const numbers = [arcs[0]! * 40n + (arcs[1] ?? 0n), ...arcs.slice(2)]
  const bytes: number[] = []
  for (const number of numbers) {
    const groups = [Number(number & 0x7fn)]
    for (let rest = number >> 7n; rest > 0n; rest >>= 7n) groups.unshift(Number(rest & 0x7fn) | 0x80)
    bytes.push(...groups)
  }
  return encodeDer(TAG.OBJECT_IDENTIFIER, new Uint8Array(bytes))
}

export function encodeDer(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const length = contents.reduce((sum, part) => sum + part.length, 0)
  const lengthBytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest % 256)
  const header = length < 0x80 ? [tag, length] : [tag, 0x80 | lengthBytes.length, ...lengthBytes]
  const out = new Uint8Array(header.length + length)
  out.set(header)
  let offset = header.length
  for (const part of contents) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** An INTEGER's contents, checked to be present and minimal (X.690 §8.3.2). */
export function readInteger(reader: DerReader, name: string): Uint8Array {
  const { contents } = reader.read(TAG.INTEGER, name)
  if (contents.length === 0) throw new DerFault('structure', `the ${name} is empty`)
  const [first, second] = [contents[0]!, contents[1]]
  if (second !== undefined && ((first === 0 && second < 0x80) || (first === 0xff && second >= 0x80))) {
    throw new DerFault('structure', `the ${name} is not in its shortest form, as DER requires`)
  }
  return contents
}

/** A small non-negative INTEGER such as a version number. */
export function readSmallInteger(reader: DerReader, name: string): number {
  const contents = readInteger(reader, name)
  if (contents[0]! >= 0x80) throw new DerFault('structure', `the ${name} is negative`)
  if (contents.length > 4) throw new DerFault('structure', `the ${name} is implausibly large`)
  return contents.reduce((value, byte) => value * 256 + byte, 0)
}

/** Bit length of a non-negative INTEGER's contents, ignoring leading zero bytes. */
export function integerBitLength(contents: Uint8Array): number {
  let start = 0
  while (start < contents.length && contents[start] === 0) start++
  if (start === contents.length) return 0
  return (contents.length - start - 1) * 8 + (32 - Math.clz32(contents[start]!))
}
