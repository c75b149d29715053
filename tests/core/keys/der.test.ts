import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  DerFault,
  DerReader,
  derError,
  decodeOid,
  describeTag,
  encodeDer,
  encodeOid,
  integerBitLength,
  readDer,
  readInteger,
  readSmallInteger,
  TAG,
  type DerSubject,
} from '../../../src/core/keys/der'

const hex = (text: string) => new Uint8Array(Buffer.from(text.replace(/\s/g, ''), 'hex'))
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
const subject: DerSubject = { noun: 'test value', structure: 'TestStructure' }

/** A TestStructure is SEQUENCE { INTEGER number, OCTET STRING data }. */
const readTest = (der: Uint8Array) =>
  readDer(der, subject, 'TestStructure sequence', (fields) => {
    const number = readSmallInteger(fields, 'number')
    const data = fields.read(TAG.OCTET_STRING, 'data octet string').contents
    fields.finish()
    return { number, data: toHex(data) }
  })

describe('encodeDer', () => {
  it.each([
    [0, '0400'],
    [1, '0401'],
    [127, '047f'],
    [128, '048180'],
    [255, '0481ff'],
    [256, '04820100'],
    [65535, '0482ffff'],
    [65536, '0483010000'],
  ])('writes the shortest length header for %i content bytes', (length, header) => {
    const encoded = encodeDer(TAG.OCTET_STRING, new Uint8Array(length))
    expect(toHex(encoded.subarray(0, header.length / 2))).toBe(header)
    expect(encoded.length).toBe(header.length / 2 + length)
    const element = new DerReader(encoded, 'test').readOnly(TAG.OCTET_STRING, 'octet string')
    expect(element.contents.length).toBe(length)
  })

  it('concatenates several content parts', () => {
    expect(toHex(encodeDer(TAG.SEQUENCE, hex('0201 01'), hex('0500')))).toBe('3005020101' + '0500')
  })
})

describe('OBJECT IDENTIFIERs', () => {
  it.each([
    ['1.2.840.113549.1.1.1', '06092a864886f70d010101'],
    ['1.2.840.10045.3.1.7', '06082a8648ce3d030107'],
    ['1.3.101.112', '06032b6570'],
    ['2.16.840.1.101.3.4.3.17', '0609608648016503040311'],
    ['0.9.2342.19200300.100.1.25', '060a0992268993f22c640119'],
    ['2.999.3', '0603883703'],
    ['2.25.329800735698586629295641978511506172918', '06146983f09da7ebcfdee0c7a1a7b2c0948cc8f9d776'],
  ])('%s is %s', (dotted, encoded) => {
    expect(toHex(encodeOid(dotted))).toBe(encoded)
    expect(decodeOid(hex(encoded).subarray(2), 'OID')).toBe(dotted)
  })

  it('round-trips any arcs', () => {
    const arcs = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 39 }), fc.array(fc.bigInt({ min: 0n, max: 2n ** 130n })))
    fc.assert(
      fc.property(arcs, ([first, second, rest]) => {
        const dotted = [first, second, ...rest].join('.')
        const { contents } = new DerReader(encodeOid(dotted), 'test').readOnly(TAG.OBJECT_IDENTIFIER, 'OID')
        expect(decodeOid(contents, 'OID')).toBe(dotted)
      }),
    )
  })

  const oidError = (contents: string) => {
    try {
      return decodeOid(hex(contents), 'test OID')
    } catch (error) {
      if (error instanceof DerFault) return derError(error, subject).message
      throw error
    }
  }

  it.each([
    ['no bytes', '', 'The test value is not a valid TestStructure: the test OID is empty.'],
    ['a last byte with the continuation bit', '2a86', 'The test value is not a valid TestStructure: the test OID ends in the middle of a number.'],
    ['a number starting with 0x80', '2a8001', 'The test value is not a valid TestStructure: the test OID has a number with a redundant leading byte.'],
    [
      'a number of 21 bytes',
      `2a${'81'.repeat(20)}01`,
      'The test value is not a valid TestStructure: the test OID has a number 21 bytes long, more than the 20 read here (a 128-bit UUID needs 19).',
    ],
    [
      'a 150 KB number',
      `2a${'81'.repeat(150_000)}01`,
      'The test value is not a valid TestStructure: the test OID is 150,002 bytes long, more than the 256 read here; no real algorithm or attribute has such an identifier.',
    ],
    [
      '257 bytes of short numbers',
      '2a'.repeat(257),
      'The test value is not a valid TestStructure: the test OID is 257 bytes long, more than the 256 read here; no real algorithm or attribute has such an identifier.',
    ],
  ])('rejects an OID with %s', (_name, contents, message) => {
    expect(oidError(contents)).toBe(message)
  })
})

describe('describeTag', () => {
  it.each([
    ['02', 'an INTEGER'],
    ['03', 'a BIT STRING'],
    ['04', 'an OCTET STRING'],
    ['05', 'a NULL'],
    ['06', 'an OBJECT IDENTIFIER'],
    ['0c', 'a UTF8String'],
    ['17', 'a UTCTime'],
    ['30', 'a SEQUENCE'],
    ['31', 'a SET'],
    ['a0', 'a [0] field'],
    ['81', 'a [1] field'],
    ['10', 'an element with tag 0x10'],
    ['00', 'an element with tag 0x00'],
    ['43', 'an element with tag 0x43'],
    ['bf', 'an element with tag 0xbf'],
  ])('describes 0x%s', (tag, description) => {
    expect(describeTag(parseInt(tag, 16))).toBe(description)
  })
})

describe('readDer', () => {
  it('reads a well-formed structure', () => {
    expect(readTest(hex('3007 020105 0402cafe'))).toEqual({ ok: true, value: { number: 5, data: 'cafe' } })
  })

  const notDer = 'The test value is not valid DER:'
  const invalid = 'The test value is not a valid TestStructure:'
  it.each([
    ['no bytes', '', `${notDer} it has no bytes.`, 'der-invalid-encoding'],
    ['a tag and no length', '30', `${notDer} the TestStructure sequence ends early (its length is missing).`, 'der-invalid-encoding'],
    ['a cut-off long length', '3082 01', `${notDer} the TestStructure sequence ends early (its length is cut off).`, 'der-invalid-encoding'],
    ['a length past the end', '3008 020105 0402cafe', `${notDer} the TestStructure sequence ends early (its length says 8 bytes, but only 7 remain).`, 'der-invalid-encoding'],
    ['a huge length', '3084 ffffffff 020105', `${notDer} the TestStructure sequence ends early (its length says 4294967295 bytes, but only 3 remain).`, 'der-invalid-encoding'],
    ['a five-byte length field', '3085 0000000007 020105 0402cafe', `${notDer} the TestStructure sequence has a length field of 5 bytes, too long for any key or certificate.`, 'der-invalid-encoding'],
    ['a 127-byte length field', '30ff', `${notDer} the TestStructure sequence has a length field of 127 bytes, too long for any key or certificate.`, 'der-invalid-encoding'],
    ['an indefinite length', '3080 020105 0402cafe 0000', `${notDer} the TestStructure sequence has an indefinite length, which DER does not allow.`, 'der-invalid-encoding'],
    ['a long form for a short length', '308107 020105 0402cafe', `${notDer} the length of the TestStructure sequence is not in its shortest form, as DER requires.`, 'der-invalid-encoding'],
    ['a leading zero length byte', '30820007 020105 0402cafe', `${notDer} the length of the TestStructure sequence is not in its shortest form, as DER requires.`, 'der-invalid-encoding'],
    ['one trailing byte', '3007 020105 0402cafe 00', `${notDer} 1 extra byte follows the TestStructure sequence.`, 'der-invalid-encoding'],
    ['three trailing bytes', '3007 020105 0402cafe 000000', `${notDer} 3 extra bytes follow the TestStructure sequence.`, 'der-invalid-encoding'],
    ['a nested length past its parent', '3007 020105 0403cafe', `${notDer} the data octet string ends early (its length says 3 bytes, but only 2 remain).`, 'der-invalid-encoding'],
    ['the wrong outer tag', '3107 020105 0402cafe', `${invalid} the TestStructure sequence is a SET, not a SEQUENCE.`, 'der-invalid-structure'],
    ['the wrong field tag', '3007 040105 0402cafe', `${invalid} the number is an OCTET STRING, not an INTEGER.`, 'der-invalid-structure'],
    ['a missing field', '3003 020105', `${invalid} the TestStructure sequence ends before its data octet string.`, 'der-invalid-structure'],
    ['an empty sequence', '3000', `${invalid} the TestStructure sequence ends before its number.`, 'der-invalid-structure'],
    ['an extra field', '3009 020105 0402cafe 0500', `${invalid} the TestStructure sequence has 2 extra bytes after its last field.`, 'der-invalid-structure'],
    ['an empty integer', '3006 0200 0402cafe', `${invalid} the number is empty.`, 'der-invalid-structure'],
    ['a negative integer', '3007 0201ff 0402cafe', `${invalid} the number is negative.`, 'der-invalid-structure'],
    ['a padded integer', '3008 02020005 0402cafe', `${invalid} the number is not in its shortest form, as DER requires.`, 'der-invalid-structure'],
    ['a padded negative integer', '3008 0202ff80 0402cafe', `${invalid} the number is not in its shortest form, as DER requires.`, 'der-invalid-structure'],
    ['a five-byte integer', '300b 02050100000000 0402cafe', `${invalid} the number is implausibly large.`, 'der-invalid-structure'],
  ])('rejects %s', (_name, bytes, message, code) => {
    expect(readTest(hex(bytes))).toEqual({ ok: false, error: { code, message } })
  })

  it('rejects a multi-byte tag where any element may come', () => {
    expect(readDer(hex('3003 1f8101'), subject, 'TestStructure sequence', (fields) => fields.readAny('element'))).toEqual({
      ok: false,
      error: { code: 'der-invalid-encoding', message: `${notDer} the element has a multi-byte tag, which none of these structures use.` },
    })
  })

  it('gives a curve fault its own code and its sentence as the message', () => {
    const read = readDer(hex('3000'), subject, 'TestStructure sequence', () => {
      throw new DerFault('unnamed-curve', 'The EC test key does not name its curve.')
    })
    expect(read).toEqual({ ok: false, error: { code: 'der-unnamed-curve', message: 'The EC test key does not name its curve.' } })
  })

  it('rethrows errors that are not DER faults', () => {
    expect(() =>
      readDer(hex('3000'), subject, 'test', () => {
        throw new RangeError('a bug')
      }),
    ).toThrow(RangeError)
  })

  it('never throws on arbitrary bytes, however it walks them', () => {
    const walk = (reader: DerReader, depth: number): void => {
      while (reader.hasMore) {
        const element = reader.readAny('element')
        if ((element.tag & 0x20) !== 0 && depth < 20) walk(new DerReader(element.contents, 'element'), depth + 1)
        if (element.tag === TAG.OBJECT_IDENTIFIER) decodeOid(element.contents, 'OID')
        if (element.tag === TAG.INTEGER) readInteger(new DerReader(element.encoded, 'INTEGER'), 'INTEGER')
      }
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = readDer(bytes, subject, 'outer', (fields) => walk(fields, 0))
        if (!result.ok) {
          expect(result.error.code).toBe(result.error.message.includes('valid DER') ? 'der-invalid-encoding' : 'der-invalid-structure')
          expect(result.error.message).toMatch(/^The test value is not (valid DER|a valid TestStructure): .+\.$/)
        }
      }),
      { numRuns: 2000 },
    )
  })
})

describe('integerBitLength', () => {
  it.each([
    ['', 0],
    ['00', 0],
    ['01', 1],
    ['7f', 7],
    ['80', 8],
    ['00ff', 8],
    ['0100', 9],
    ['000000ffff', 16],
  ])('%s has %i bits', (bytes, bits) => {
    expect(integerBitLength(hex(bytes))).toBe(bits)
  })
})
