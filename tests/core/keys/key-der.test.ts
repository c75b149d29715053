// Keys and certificates from PEM text to what their DER holds: parse-pem.ts and key-der.ts share these keys.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createPrivateKey, createPublicKey, generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto'
import { encodeDer, encodeOid, TAG, type DerError } from '../../../src/core/keys/der'
import {
  certificateFingerprint,
  describeCertificate,
  describePkcs8,
  describeSpki,
  ecPrivateKeyToPkcs8,
  rsaPrivateKeyToPkcs8,
  rsaPublicKeyToSpki,
  type KeyDescription,
} from '../../../src/core/keys/key-der'
import { parsePem, toPem } from '../../../src/core/keys/parse-pem'
import {
  ecLeafCertificate,
  ecLeafCertificateDetails,
  ecLeafPrivateKey,
  ed25519Certificate,
  ed25519CertificateDetails,
  ed25519PrivateKey,
  rsaCaCertificate,
  rsaCaCertificateDetails,
  rsaCaPrivateKey,
} from '../../fixtures/certificates'

/** The description without the numbers kept for checking the key (tested on their own below). */
const withoutValues = <T extends { values?: unknown }>(result: { ok: true; value: T } | { ok: false; error: DerError }) => {
  if (!result.ok) return result
  const { values: _values, ...value } = result.value
  return { ok: true, value }
}

const hex = (text: string) => new Uint8Array(Buffer.from(text.replace(/\s/g, ''), 'hex'))
const bytes = (data: Buffer | Uint8Array) => new Uint8Array(data)
type KeyFormat = 'spki' | 'pkcs8' | 'pkcs1' | 'sec1'
const exportDer = (key: KeyObject, type: KeyFormat) => bytes(key.export({ format: 'der', type }))
const exportPem = (key: KeyObject, type: KeyFormat) => key.export({ format: 'pem', type }) as string
const pemDer = (text: string) => {
  const parsed = parsePem(text)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value[0]!.der
}

const seq = (...parts: Uint8Array[]) => encodeDer(TAG.SEQUENCE, ...parts)
const int = (...values: number[]) => encodeDer(TAG.INTEGER, new Uint8Array(values))
const octets = (...parts: Uint8Array[]) => encodeDer(TAG.OCTET_STRING, ...parts)
const bits = (...parts: Uint8Array[]) => encodeDer(TAG.BIT_STRING, new Uint8Array([0]), ...parts)
const oid = encodeOid
const NULL = encodeDer(TAG.NULL)

const OIDS = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  p256: '1.2.840.10045.3.1.7',
  p384: '1.3.132.0.34',
  ed25519: '1.3.101.112',
}

// RFC 8410 §10.1 and §10.3: an Ed25519 public key and private key.
const RFC8410_PUBLIC_BASE64 = 'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE='
const RFC8410_PUBLIC = bytes(Buffer.from(RFC8410_PUBLIC_BASE64, 'base64'))
const RFC8410_PUBLIC_PEM = `-----BEGIN PUBLIC KEY-----\n${RFC8410_PUBLIC_BASE64}\n-----END PUBLIC KEY-----\n`
const RFC8410_PRIVATE = bytes(Buffer.from('MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC', 'base64'))

interface KeyCase {
  name: string
  pair: { publicKey: KeyObject; privateKey: KeyObject }
  description: KeyDescription
}

const rsa2048 = generateKeyPairSync('rsa', { modulusLength: 2048 })
const rsa1025 = generateKeyPairSync('rsa', { modulusLength: 1025 })
const ecKey = (namedCurve: string) => generateKeyPairSync('ec', { namedCurve })

const keyCases: KeyCase[] = [
  { name: 'RSA 2048', pair: rsa2048, description: { type: 'RSA', oid: OIDS.rsaEncryption, rsaModulusBits: 2048 } },
  { name: 'RSA 1025', pair: rsa1025, description: { type: 'RSA', oid: OIDS.rsaEncryption, rsaModulusBits: 1025 } },
  { name: 'RSASSA-PSS 2048', pair: generateKeyPairSync('rsa-pss', { modulusLength: 2048 }), description: { type: 'RSA', oid: OIDS.rsassaPss, rsaModulusBits: 2048 } },
  { name: 'EC P-256', pair: ecKey('P-256'), description: { type: 'EC', oid: OIDS.ecPublicKey, curve: 'P-256' } },
  { name: 'EC P-384', pair: ecKey('P-384'), description: { type: 'EC', oid: OIDS.ecPublicKey, curve: 'P-384' } },
  { name: 'EC P-521', pair: ecKey('P-521'), description: { type: 'EC', oid: OIDS.ecPublicKey, curve: 'P-521' } },
  { name: 'EC secp256k1', pair: ecKey('secp256k1'), description: { type: 'EC', oid: OIDS.ecPublicKey, curve: 'secp256k1' } },
  { name: 'Ed25519', pair: generateKeyPairSync('ed25519'), description: { type: 'Ed25519', oid: '1.3.101.112' } },
  { name: 'Ed448', pair: generateKeyPairSync('ed448'), description: { type: 'Ed448', oid: '1.3.101.113' } },
  { name: 'X25519', pair: generateKeyPairSync('x25519'), description: { type: 'X25519', oid: '1.3.101.110' } },
  { name: 'X448', pair: generateKeyPairSync('x448'), description: { type: 'X448', oid: '1.3.101.111' } },
]
const rsaCases = keyCases.filter((c) => c.name.startsWith('RSA '))
const ecCases = keyCases.filter((c) => c.name.startsWith('EC '))

describe('parsePem reads what Node writes', () => {
  const exports = keyCases.flatMap(({ name, pair }) => [
    { name: `${name} SPKI`, key: pair.publicKey, type: 'spki' as const, label: 'PUBLIC KEY' },
    { name: `${name} PKCS#8`, key: pair.privateKey, type: 'pkcs8' as const, label: 'PRIVATE KEY' },
  ])
  const legacy = [
    ...rsaCases.slice(0, 2).flatMap(({ name, pair }) => [
      { name: `${name} PKCS#1 public`, key: pair.publicKey, type: 'pkcs1' as const, label: 'RSA PUBLIC KEY' },
      { name: `${name} PKCS#1 private`, key: pair.privateKey, type: 'pkcs1' as const, label: 'RSA PRIVATE KEY' },
    ]),
    ...ecCases.map(({ name, pair }) => ({ name: `${name} SEC1`, key: pair.privateKey, type: 'sec1' as const, label: 'EC PRIVATE KEY' })),
  ]

  it.each([...exports, ...legacy])('$name: same label and DER, and the same PEM back', ({ key, type, label }) => {
    const pem = exportPem(key, type)
    expect(parsePem(pem)).toEqual({ ok: true, value: [{ label, der: exportDer(key, type) }] })
    expect(toPem(label, exportDer(key, type))).toBe(pem)
  })
})

describe('parsePem tolerates how PEM gets pasted', () => {
  const body = RFC8410_PUBLIC_BASE64
  const block = (text: string) => `-----BEGIN PUBLIC KEY-----\n${text}\n-----END PUBLIC KEY-----`
  const bagAttributes = [
    'Bag Attributes',
    '    localKeyID: 01 00 00 00',
    '    friendlyName: my key',
    'subject=CN = Test',
    '',
  ].join('\n')
  const textDump = ['Certificate:', '    Data:', '        Version: 3 (0x2)', '        Serial Number: 1 (0x1)', '        Signature Algorithm: ED25519', ''].join('\n')

  it.each([
    ['canonical PEM', RFC8410_PUBLIC_PEM],
    ['no final line break', block(body)],
    ['CRLF line breaks', block(body).replace(/\n/g, '\r\n')],
    ['old Mac CR line breaks', block(body).replace(/\n/g, '\r')],
    ['indentation on every line', block(body).replace(/^/gm, '    ')],
    ['tab indentation', block(body).replace(/^/gm, '\t')],
    ['blank lines around and inside', `\n\n-----BEGIN PUBLIC KEY-----\n\n${body.slice(0, 20)}\n\n${body.slice(20)}\n\n-----END PUBLIC KEY-----\n\n`],
    ['short lines', block(body.match(/.{1,7}/g)!.join('\n'))],
    ['trailing spaces', block(body.match(/.{1,16}/g)!.join('   \n'))],
    ['text before and after', `Here is my key:\n${block(body)}\nThanks!`],
    ['OpenSSL "Bag Attributes"', bagAttributes + block(body)],
    ['a certificate text dump before it', textDump + block(body)],
    ['the whole block on one line', `-----BEGIN PUBLIC KEY----- ${body} -----END PUBLIC KEY-----`],
    ['the block copied out of JSON with \\n escapes', `"${block(body).replace(/\n/g, '\\n')}\\n"`],
    ['the block with \\r\\n escapes', block(body).replace(/\n/g, '\\r\\n')],
    ['no padding', block(body.replace(/=+$/, ''))],
    ['a non-encrypting RFC 1421 header', block(`Comment: made for a test\n\n${body}`)],
  ])('reads %s', (_name, text) => {
    expect(parsePem(text)).toEqual({ ok: true, value: [{ label: 'PUBLIC KEY', der: RFC8410_PUBLIC }] })
  })

  it('reads every block, in order', () => {
    const chain = [ecLeafCertificate, rsaCaCertificate, 'garbage between', RFC8410_PUBLIC_PEM].join('\n')
    const parsed = parsePem(chain)
    expect(parsed.ok && parsed.value.map((b) => b.label)).toEqual(['CERTIFICATE', 'CERTIFICATE', 'PUBLIC KEY'])
    expect(parsed.ok && parsed.value.map((b) => toPem(b.label, b.der))).toEqual([ecLeafCertificate + '\n', rsaCaCertificate + '\n', RFC8410_PUBLIC_PEM])
  })

  it.each([
    ['Proc-Type and DEK-Info', 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,8A2C4CD5D3F6E5A7B1C0D9E8F7A6B5C4\n\n'],
    ['indented headers', '  Proc-Type: 4,ENCRYPTED\n  DEK-Info: AES-256-CBC,8A2C4CD5D3F6E5A7B1C0D9E8F7A6B5C4\n\n'],
    ['a continued header', 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,\n 8A2C4CD5D3F6E5A7B1C0D9E8F7A6B5C4\n\n'],
    ['no blank line after the headers', 'Proc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,8A2C4CD5D3F6E5A7\n'],
    ['DEK-Info alone', 'DEK-Info: DES-EDE3-CBC,8A2C4CD5D3F6E5A7\n\n'],
  ])('marks a block with %s as encrypted and keeps its label', (_name, headers) => {
    const text = `-----BEGIN RSA PRIVATE KEY-----\n${headers}${RFC8410_PUBLIC_BASE64}\n-----END RSA PRIVATE KEY-----\n`
    expect(parsePem(text)).toEqual({
      ok: true,
      value: [{ label: 'RSA PRIVATE KEY', der: RFC8410_PUBLIC, isEncrypted: true }],
    })
  })
})

describe('parsePem: errors', () => {
  const begin = '-----BEGIN PUBLIC KEY-----'
  const end = '-----END PUBLIC KEY-----'
  const block = `The PEM block "${begin}"`
  it.each([
    ['no PEM at all', 'MCowBQYDK2VwAyEA', 'No PEM block was found: a block starts with a line like "-----BEGIN PUBLIC KEY-----".', 'pem-not-found'],
    ['an unfinished BEGIN line', '-----BEGIN PUBLIC KEY\nMCowBQYDK2VwAyEA', 'No PEM block was found: a block starts with a line like "-----BEGIN PUBLIC KEY-----".', 'pem-not-found'],
    ['the empty text', '', 'No PEM block was found: a block starts with a line like "-----BEGIN PUBLIC KEY-----".', 'pem-not-found'],
    ['no END line', `${begin}\nMCowBQYDK2VwAyEA\n`, `${block} has no matching END line.`, 'pem-unpaired-boundary'],
    ['a BEGIN line before the END line', `${begin}\nMCowBQYD\n-----BEGIN CERTIFICATE-----\nMCowBQYD\n-----END CERTIFICATE-----`, `${block} has no matching END line.`, 'pem-unpaired-boundary'],
    ['a different END label', `${begin}\nMCowBQYD\n-----END PRIVATE KEY-----`, `${block} ends with "-----END PRIVATE KEY-----"; its END line must repeat the label "PUBLIC KEY".`, 'pem-label-mismatch'],
    ['an END line first', `${end}\n${begin}\nMCowBQYD\n${end}`, `The line "${end}" has no BEGIN line before it.`, 'pem-unpaired-boundary'],
    ['a dollar sign', `${begin}\nMCowBQYD\nMCow$QYD\n${end}`, `${block} is not valid base64: it contains "$" at line 3, column 5.`, 'pem-invalid-base64'],
    ['a base64url "-"', `intro\n${begin}\nMCowBQYD-CowBQYD\n${end}`, `${block} is not valid base64: it contains "-" at line 3, column 9.`, 'pem-invalid-base64'],
    ['a base64url "_"', `${begin}\n  MCow_QYD\n${end}`, `${block} is not valid base64: it contains "_" at line 2, column 7.`, 'pem-invalid-base64'],
    ['a non-ASCII letter', `${begin}\nMCowBQYé\n${end}`, `${block} is not valid base64: it contains "é" at line 2, column 8.`, 'pem-invalid-base64'],
    ['a control character', `${begin}\nMCow\u0000QYD\n${end}`, `${block} is not valid base64: it contains the control character U+0000 at line 2, column 5.`, 'pem-invalid-base64'],
    ['a colon after the base64 has begun', `${begin}\nMCowBQYD\nName: value\n${end}`, `${block} is not valid base64: it contains ":" at line 3, column 5.`, 'pem-invalid-base64'],
    ['a colon in the first base64 line', `${begin}\nMCow:QYD\n${end}`, `${block} is not valid base64: it contains ":" at line 2, column 5.`, 'pem-invalid-base64'],
    ['padding in the middle', `${begin}\nMCowBQ==\nMCowBQ==\n${end}`, `${block} is not valid base64: "=" appears before the end, at line 2, column 7.`, 'pem-invalid-base64'],
    ['an impossible length', `${begin}\nMCowB\n${end}`, `${block} is not valid base64: 5 base64 characters cannot make whole bytes, so one is missing or extra.`, 'pem-invalid-base64'],
    ['padding where none is needed', `${begin}\nMCow=\n${end}`, `${block} is not valid base64: it ends with 1 "=" but needs none.`, 'pem-invalid-base64'],
    ['too little padding', `${begin}\nMCowBQ=\n${end}`, `${block} is not valid base64: it ends with 1 "=" but needs 2.`, 'pem-invalid-base64'],
    ['too much padding', `${begin}\nMCowBQY===\n${end}`, `${block} is not valid base64: it ends with 3 "=" but needs 1.`, 'pem-invalid-base64'],
    ['an empty body', `${begin}\n${end}`, `${block} is empty: there is no base64 between its BEGIN and END lines.`, 'pem-empty'],
    ['a body of blank lines', `${begin}\n  \n\r\n${end}`, `${block} is empty: there is no base64 between its BEGIN and END lines.`, 'pem-empty'],
    ['a body of headers only', `${begin}\nProc-Type: 4,ENCRYPTED\n${end}`, `${block} is empty: there is no base64 between its BEGIN and END lines.`, 'pem-empty'],
    ['a fault in the second block', `${RFC8410_PUBLIC_PEM}-----BEGIN CERTIFICATE-----\nMIIB!\n-----END CERTIFICATE-----`, 'The PEM block "-----BEGIN CERTIFICATE-----" is not valid base64: it contains "!" at line 5, column 5.', 'pem-invalid-base64'],
  ])('rejects %s', (_name, text, message, code) => {
    expect(parsePem(text)).toEqual({ ok: false, error: { code, message } })
  })
})

describe('toPem', () => {
  it.each([
    [0, '-----BEGIN X-----\n-----END X-----\n'],
    [1, '-----BEGIN X-----\nAA==\n-----END X-----\n'],
    [48, `-----BEGIN X-----\n${'A'.repeat(64)}\n-----END X-----\n`],
    [49, `-----BEGIN X-----\n${'A'.repeat(64)}\nAA==\n-----END X-----\n`],
  ])('writes %i bytes in 64-character lines', (length, pem) => {
    expect(toPem('X', new Uint8Array(length))).toBe(pem)
  })

  it('uses the standard base64 alphabet, like Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (der) => {
        const lines = toPem('DATA', der).split('\n')
        expect(lines.slice(1, -2).join('')).toBe(Buffer.from(der).toString('base64'))
      }),
    )
  })
})

describe('describeSpki and describePkcs8 on keys Node made', () => {
  it.each(keyCases)('$name SPKI', ({ pair, description }) => {
    expect(withoutValues(describeSpki(exportDer(pair.publicKey, 'spki')))).toEqual({ ok: true, value: description })
  })

  it.each(keyCases)('$name PKCS#8', ({ pair, description }) => {
    expect(withoutValues(describePkcs8(exportDer(pair.privateKey, 'pkcs8')))).toEqual({ ok: true, value: description })
  })

  it.each([
    ['RSA CA', rsaCaPrivateKey, { type: 'RSA', oid: OIDS.rsaEncryption, rsaModulusBits: 2048 }],
    ['EC leaf', ecLeafPrivateKey, { type: 'EC', oid: OIDS.ecPublicKey, curve: 'P-256' }],
    ['Ed25519', ed25519PrivateKey, { type: 'Ed25519', oid: OIDS.ed25519 }],
  ])('the %s private key from OpenSSL', (_name, pem, description) => {
    expect(withoutValues(describePkcs8(pemDer(pem)))).toEqual({ ok: true, value: description })
  })

  it('describes the RFC 8410 example keys', () => {
    expect(withoutValues(describeSpki(RFC8410_PUBLIC))).toEqual({ ok: true, value: { type: 'Ed25519', oid: OIDS.ed25519 } })
    expect(withoutValues(describePkcs8(RFC8410_PRIVATE))).toEqual({ ok: true, value: { type: 'Ed25519', oid: OIDS.ed25519 } })
  })
})

describe('describeSpki and describePkcs8 on keys built here', () => {
  const spki = (algorithm: Uint8Array, key: Uint8Array = new Uint8Array(32)) => seq(algorithm, bits(key))
  const pkcs8 = (algorithm: Uint8Array, key: Uint8Array = octets(new Uint8Array(32)), ...rest: Uint8Array[]) => seq(int(0), algorithm, octets(key), ...rest)
  const ecPrivateKey = (...rest: Uint8Array[]) => seq(int(1), octets(new Uint8Array(32).fill(7)), ...rest)
  const explicitCurve = seq(int(1), seq(oid('1.2.840.10045.1.1'), int(0x7f)))

  it.each([
    ['ML-DSA-44', '2.16.840.1.101.3.4.3.17'],
    ['ML-DSA-65', '2.16.840.1.101.3.4.3.18'],
    ['ML-DSA-87', '2.16.840.1.101.3.4.3.19'],
  ])('%s (RFC 9881)', (type, algorithmOid) => {
    expect(withoutValues(describeSpki(spki(seq(oid(algorithmOid)), new Uint8Array(1312))))).toEqual({ ok: true, value: { type, oid: algorithmOid } })
    expect(withoutValues(describePkcs8(pkcs8(seq(oid(algorithmOid)), encodeDer(0x80, new Uint8Array(32)))))).toEqual({ ok: true, value: { type, oid: algorithmOid } })
  })

  it.each([
    ['an algorithm it does not know', seq(oid('1.2.3.4'), NULL), { type: 'unknown', oid: '1.2.3.4' }],
    ['an RSA key with no NULL parameters', seq(oid(OIDS.rsaEncryption)), { type: 'RSA', oid: OIDS.rsaEncryption, rsaModulusBits: 9 }],
    ['an EC key on a curve it does not know', seq(oid(OIDS.ecPublicKey), oid('1.3.132.0.39')), { type: 'EC', oid: OIDS.ecPublicKey, curve: 'an unknown curve (OID 1.3.132.0.39)' }],
    ['an EC key with explicit curve parameters', seq(oid(OIDS.ecPublicKey), explicitCurve), { type: 'EC', oid: OIDS.ecPublicKey, curve: 'an unnamed curve (explicit parameters)' }],
  ])('describes %s', (_name, algorithm, description) => {
    const key = description.type === 'RSA' ? seq(int(0x01, 0x23), int(3)) : new Uint8Array(65)
    expect(withoutValues(describeSpki(spki(algorithm, key)))).toEqual({ ok: true, value: description })
  })

  it('counts the modulus bits of an RSA key, ignoring the sign byte', () => {
    const modulus = (first: number, length: number) => encodeDer(TAG.INTEGER, new Uint8Array([0, first, ...new Array<number>(length - 1).fill(0xff)]))
    const withModulus = (first: number, length: number) => describeSpki(spki(seq(oid(OIDS.rsaEncryption), NULL), seq(modulus(first, length), int(1, 0, 1))))
    expect(withModulus(0x80, 256)).toMatchObject({ ok: true, value: { rsaModulusBits: 2048 } })
    expect(withModulus(0xc0, 384)).toMatchObject({ ok: true, value: { rsaModulusBits: 3072 } })
    expect(describeSpki(spki(seq(oid(OIDS.rsaEncryption), NULL), seq(int(0x7f, 0xff), int(3))))).toMatchObject({ ok: true, value: { rsaModulusBits: 15 } })
  })

  it('takes a PKCS#8 EC key\'s curve from its ECPrivateKey when the algorithm has no parameters', () => {
    const sec1 = ecPrivateKey(encodeDer(0xa0, oid(OIDS.p384)))
    expect(withoutValues(describePkcs8(pkcs8(seq(oid(OIDS.ecPublicKey)), sec1)))).toEqual({ ok: true, value: { type: 'EC', oid: OIDS.ecPublicKey, curve: 'P-384' } })
    const nodeSec1 = exportDer(ecCases[2]!.pair.privateKey, 'sec1')
    expect(withoutValues(describePkcs8(pkcs8(seq(oid(OIDS.ecPublicKey)), nodeSec1)))).toEqual({ ok: true, value: { type: 'EC', oid: OIDS.ecPublicKey, curve: 'P-521' } })
  })

  it('prefers the algorithm identifier\'s curve to the ECPrivateKey\'s', () => {
    const sec1 = ecPrivateKey(encodeDer(0xa0, oid(OIDS.p384)))
    expect(describePkcs8(pkcs8(seq(oid(OIDS.ecPublicKey), oid(OIDS.p256)), sec1))).toMatchObject({ ok: true, value: { curve: 'P-256' } })
  })

  it('accepts a version 1 PKCS#8 key with attributes and a public key (RFC 5958)', () => {
    const key = seq(int(1), seq(oid(OIDS.ed25519)), octets(octets(new Uint8Array(32))), encodeDer(0xa0), encodeDer(0x81, new Uint8Array(33)))
    expect(withoutValues(describePkcs8(key))).toEqual({ ok: true, value: { type: 'Ed25519', oid: OIDS.ed25519 } })
  })

  const publicKey = 'The public key is not a valid SubjectPublicKeyInfo:'
  const publicDer = 'The public key is not valid DER:'
  const ed25519Algorithm = seq(oid(OIDS.ed25519))
  const rsaAlgorithm = seq(oid(OIDS.rsaEncryption), NULL)
  it.each([
    ['no bytes', new Uint8Array(), `${publicDer} it has no bytes.`, 'der-invalid-encoding'],
    ['a lone tag', hex('30'), `${publicDer} the SubjectPublicKeyInfo sequence ends early (its length is missing).`, 'der-invalid-encoding'],
    ['a cut-off key', RFC8410_PUBLIC.subarray(0, 43), `${publicDer} the SubjectPublicKeyInfo sequence ends early (its length says 42 bytes, but only 41 remain).`, 'der-invalid-encoding'],
    ['a trailing byte', bytes(Buffer.concat([RFC8410_PUBLIC, hex('00')])), `${publicDer} 1 extra byte follows the SubjectPublicKeyInfo sequence.`, 'der-invalid-encoding'],
    ['an indefinite length', hex('3080 3005 06032b6570 0321 00' + '00'.repeat(32) + '0000'), `${publicDer} the SubjectPublicKeyInfo sequence has an indefinite length, which DER does not allow.`, 'der-invalid-encoding'],
    ['a huge length field', hex('3088 ffffffffffffffff'), `${publicDer} the SubjectPublicKeyInfo sequence has a length field of 8 bytes, too long for any key or certificate.`, 'der-invalid-encoding'],
    ['a length of 4 GiB', hex('3084 ffffffff 3005'), `${publicDer} the SubjectPublicKeyInfo sequence ends early (its length says 4294967295 bytes, but only 2 remain).`, 'der-invalid-encoding'],
    ['a long-form short length', hex('30812a' + Buffer.from(RFC8410_PUBLIC.subarray(2)).toString('hex')), `${publicDer} the length of the SubjectPublicKeyInfo sequence is not in its shortest form, as DER requires.`, 'der-invalid-encoding'],
    ['an INTEGER', int(5), `${publicKey} the SubjectPublicKeyInfo sequence is an INTEGER, not a SEQUENCE.`, 'der-invalid-structure'],
    ['a PKCS#8 private key', RFC8410_PRIVATE, `${publicKey} the algorithm identifier is an INTEGER, not a SEQUENCE.`, 'der-invalid-structure'],
    ['an empty sequence', seq(), `${publicKey} the SubjectPublicKeyInfo sequence ends before its algorithm identifier.`, 'der-invalid-structure'],
    ['no public key', seq(ed25519Algorithm), `${publicKey} the SubjectPublicKeyInfo sequence ends before its public key bit string.`, 'der-invalid-structure'],
    ['an empty algorithm identifier', seq(seq(), bits()), `${publicKey} the algorithm identifier ends before its OID in the algorithm identifier.`, 'der-invalid-structure'],
    ['an INTEGER for the OID', seq(seq(int(1)), bits()), `${publicKey} the OID in the algorithm identifier is an INTEGER, not an OBJECT IDENTIFIER.`, 'der-invalid-structure'],
    ['an empty OID', seq(seq(encodeDer(TAG.OBJECT_IDENTIFIER)), bits()), `${publicKey} the OID in the algorithm identifier is empty.`, 'der-invalid-structure'],
    ['a cut-off OID', seq(seq(encodeDer(TAG.OBJECT_IDENTIFIER, hex('2b65f0'))), bits()), `${publicKey} the OID in the algorithm identifier ends in the middle of a number.`, 'der-invalid-structure'],
    ['two parameters', seq(seq(oid(OIDS.ed25519), NULL, NULL), bits()), `${publicKey} the algorithm identifier has 2 extra bytes after its last field.`, 'der-invalid-structure'],
    ['an OCTET STRING key', seq(ed25519Algorithm, octets(new Uint8Array(32))), `${publicKey} the public key bit string is an OCTET STRING, not a BIT STRING.`, 'der-invalid-structure'],
    ['an empty BIT STRING', seq(ed25519Algorithm, encodeDer(TAG.BIT_STRING)), `${publicKey} the public key bit string is empty.`, 'der-invalid-structure'],
    ['unused bits', seq(ed25519Algorithm, encodeDer(TAG.BIT_STRING, hex('03ff'))), `${publicKey} the public key bit string has 3 unused bits, but a key fills whole bytes.`, 'der-invalid-structure'],
    ['a field after the key', seq(ed25519Algorithm, bits(new Uint8Array(32)), NULL), `${publicKey} the SubjectPublicKeyInfo sequence has 2 extra bytes after its last field.`, 'der-invalid-structure'],
    ['an RSA key that is not an RSAPublicKey', seq(rsaAlgorithm, bits(int(5))), `${publicKey} the RSAPublicKey sequence is an INTEGER, not a SEQUENCE.`, 'der-invalid-structure'],
    ['an RSA key with bytes after its RSAPublicKey', seq(rsaAlgorithm, bits(seq(int(0x7f), int(3)), hex('00'))), `${publicDer} 1 extra byte follows the RSAPublicKey sequence.`, 'der-invalid-encoding'],
    ['an RSA key without an exponent', seq(rsaAlgorithm, bits(seq(int(0x7f)))), `${publicKey} the RSAPublicKey sequence ends before its public exponent.`, 'der-invalid-structure'],
    ['a negative modulus', seq(rsaAlgorithm, bits(seq(int(0x80, 1), int(3)))), `${publicKey} the modulus is negative.`, 'der-invalid-structure'],
    ['a zero modulus', seq(rsaAlgorithm, bits(seq(int(0), int(3)))), `${publicKey} the modulus is zero.`, 'der-invalid-structure'],
    ['a padded modulus', seq(rsaAlgorithm, bits(seq(int(0, 0x7f), int(3)))), `${publicKey} the modulus is not in its shortest form, as DER requires.`, 'der-invalid-structure'],
    ['an EC key without a curve', seq(seq(oid(OIDS.ecPublicKey)), bits(new Uint8Array(65))), 'The EC public key does not name its curve: its algorithm identifier has no parameters.', 'der-unnamed-curve'],
    ['an EC key with NULL parameters', seq(seq(oid(OIDS.ecPublicKey), NULL), bits(new Uint8Array(65))), `${publicKey} the parameters field of the algorithm identifier is a NULL, not a curve's OBJECT IDENTIFIER.`, 'der-invalid-structure'],
    ['a multi-byte tag as parameters', seq(seq(oid(OIDS.ecPublicKey), hex('1f8101 00')), bits()), `The public key is not valid DER: the parameters field of the algorithm identifier has a multi-byte tag, which none of these structures use.`, 'der-invalid-encoding'],
  ])('describeSpki rejects %s', (_name, der, message, code) => {
    expect(describeSpki(der)).toEqual({ ok: false, error: { code, message } })
  })

  const privateKey = 'The private key is not a valid PKCS#8 PrivateKeyInfo:'
  const privateDer = 'The private key is not valid DER:'
  const ecAlgorithm = seq(oid(OIDS.ecPublicKey), oid(OIDS.p256))
  it.each([
    ['no bytes', new Uint8Array(), `${privateDer} it has no bytes.`, 'der-invalid-encoding'],
    ['a cut-off key', RFC8410_PRIVATE.subarray(0, 20), `${privateDer} the PrivateKeyInfo sequence ends early (its length says 46 bytes, but only 18 remain).`, 'der-invalid-encoding'],
    ['two trailing bytes', bytes(Buffer.concat([RFC8410_PRIVATE, hex('0000')])), `${privateDer} 2 extra bytes follow the PrivateKeyInfo sequence.`, 'der-invalid-encoding'],
    ['a public key', RFC8410_PUBLIC, `${privateKey} the version is a SEQUENCE, not an INTEGER.`, 'der-invalid-structure'],
    ['version 2', pkcs8(ed25519Algorithm).with(4, 2), `${privateKey} its version is 2, but PKCS#8 has only versions 0 and 1 (RFC 5958).`, 'der-invalid-structure'],
    ['a negative version', pkcs8(ed25519Algorithm).with(4, 0xff), `${privateKey} the version is negative.`, 'der-invalid-structure'],
    ['no private key', seq(int(0), ed25519Algorithm), `${privateKey} the PrivateKeyInfo sequence ends before its private key octet string.`, 'der-invalid-structure'],
    ['a BIT STRING private key', seq(int(0), ed25519Algorithm, bits()), `${privateKey} the private key octet string is a BIT STRING, not an OCTET STRING.`, 'der-invalid-structure'],
    ['an unknown field at the end', pkcs8(ed25519Algorithm, undefined, NULL), `${privateKey} the PrivateKeyInfo sequence has 2 extra bytes after its last field.`, 'der-invalid-structure'],
    ['an RSA key holding no RSAPrivateKey', pkcs8(seq(oid(OIDS.rsaEncryption), NULL), octets()), `${privateKey} the RSAPrivateKey sequence is an OCTET STRING, not a SEQUENCE.`, 'der-invalid-structure'],
    ['an RSA key with an empty RSAPrivateKey', pkcs8(seq(oid(OIDS.rsaEncryption), NULL), seq()), `${privateKey} the RSAPrivateKey sequence ends before its RSAPrivateKey version.`, 'der-invalid-structure'],
    ['an RSA key with too few integers', pkcs8(seq(oid(OIDS.rsaEncryption), NULL), seq(int(0), int(0x7f), int(3))), `${privateKey} the RSAPrivateKey sequence ends before its private exponent.`, 'der-invalid-structure'],
    ['an RSAPrivateKey of version 3', pkcs8(seq(oid(OIDS.rsaEncryption), NULL), seq(int(3))), `${privateKey} the RSAPrivateKey version is 3, but RFC 8017 has only 0 and 1.`, 'der-invalid-structure'],
    ['an ECPrivateKey of version 0', pkcs8(ecAlgorithm, seq(int(0), octets(new Uint8Array(32)))), `${privateKey} the ECPrivateKey version is 0, but RFC 5915 requires 1.`, 'der-invalid-structure'],
    ['an ECPrivateKey with an empty key', pkcs8(ecAlgorithm, seq(int(1), octets())), `${privateKey} the EC private key octet string is empty.`, 'der-invalid-structure'],
    ['an ECPrivateKey with fields out of order', pkcs8(ecAlgorithm, ecPrivateKey(encodeDer(0xa1, bits()), encodeDer(0xa0, oid(OIDS.p256)))), `${privateKey} the ECPrivateKey sequence has 12 extra bytes after its last field.`, 'der-invalid-structure'],
    ['an ECPrivateKey with empty parameters', pkcs8(seq(oid(OIDS.ecPublicKey)), ecPrivateKey(encodeDer(0xa0))), `${privateKey} the parameters field of the ECPrivateKey ends before its curve in the parameters field.`, 'der-invalid-structure'],
    ['an EC key with no curve anywhere', pkcs8(seq(oid(OIDS.ecPublicKey)), ecPrivateKey()), 'The EC private key does not name its curve: neither its algorithm identifier nor its ECPrivateKey has parameters.', 'der-unnamed-curve'],
  ])('describePkcs8 rejects %s', (_name, der, message, code) => {
    expect(describePkcs8(der)).toEqual({ ok: false, error: { code, message } })
  })
})

describe('conversions to SPKI and PKCS#8', () => {
  it.each(rsaCases.slice(0, 2))('rsaPublicKeyToSpki gives Node\'s SPKI for the $name key, byte for byte', ({ pair }) => {
    const spki = rsaPublicKeyToSpki(exportDer(pair.publicKey, 'pkcs1'))
    expect(spki).toEqual({ ok: true, value: exportDer(pair.publicKey, 'spki') })
    if (spki.ok) expect(createPublicKey({ key: Buffer.from(spki.value), format: 'der', type: 'spki' }).asymmetricKeyType).toBe('rsa')
  })

  it.each(rsaCases.slice(0, 2))('rsaPrivateKeyToPkcs8 gives Node\'s PKCS#8 for the $name key, byte for byte', ({ pair }) => {
    const pkcs8 = rsaPrivateKeyToPkcs8(exportDer(pair.privateKey, 'pkcs1'))
    expect(pkcs8).toEqual({ ok: true, value: exportDer(pair.privateKey, 'pkcs8') })
    if (pkcs8.ok) expect(createPrivateKey({ key: Buffer.from(pkcs8.value), format: 'der', type: 'pkcs8' }).asymmetricKeyType).toBe('rsa')
  })

  it.each(ecCases)('ecPrivateKeyToPkcs8 gives a PKCS#8 key Node reads as the same $name key', ({ pair, description }) => {
    const converted = ecPrivateKeyToPkcs8(exportDer(pair.privateKey, 'sec1'))
    expect(converted).toMatchObject({ ok: true, value: { curve: description.curve } })
    if (!converted.ok) return
    const imported = createPrivateKey({ key: Buffer.from(converted.value.pkcs8), format: 'der', type: 'pkcs8' })
    expect(exportDer(imported, 'pkcs8')).toEqual(exportDer(pair.privateKey, 'pkcs8'))
    expect(exportDer(createPublicKey(imported), 'spki')).toEqual(exportDer(pair.publicKey, 'spki'))
    expect(withoutValues(describePkcs8(converted.value.pkcs8))).toEqual({ ok: true, value: description })
  })

  it('keeps a curve it does not know by its OID', () => {
    const sec1 = seq(int(1), octets(new Uint8Array(32).fill(1)), encodeDer(0xa0, oid('1.3.132.0.39')))
    const converted = ecPrivateKeyToPkcs8(sec1)
    expect(converted).toMatchObject({ ok: true, value: { curve: 'an unknown curve (OID 1.3.132.0.39)' } })
    if (converted.ok) {
      expect(withoutValues(describePkcs8(converted.value.pkcs8))).toEqual({ ok: true, value: { type: 'EC', oid: OIDS.ecPublicKey, curve: 'an unknown curve (OID 1.3.132.0.39)' } })
    }
  })

  const rsa = rsaCases[0]!.pair
  const ec = ecCases[0]!.pair
  it.each([
    ['an SPKI key as PKCS#1', () => rsaPublicKeyToSpki(exportDer(rsa.publicKey, 'spki')), 'The PKCS#1 RSA public key is not a valid RSAPublicKey: the modulus is a SEQUENCE, not an INTEGER.', 'der-invalid-structure'],
    ['an RSAPublicKey with a third integer', () => rsaPublicKeyToSpki(seq(int(0x7f), int(3), int(1))), 'The PKCS#1 RSA public key is not a valid RSAPublicKey: the RSAPublicKey sequence has 3 extra bytes after its last field.', 'der-invalid-structure'],
    ['a negative exponent', () => rsaPublicKeyToSpki(seq(int(0x7f), int(0xfd))), 'The PKCS#1 RSA public key is not a valid RSAPublicKey: the public exponent is negative.', 'der-invalid-structure'],
    ['a cut-off RSAPublicKey', () => rsaPublicKeyToSpki(exportDer(rsa.publicKey, 'pkcs1').subarray(0, 100)), 'The PKCS#1 RSA public key is not valid DER: the RSAPublicKey sequence ends early (its length says 266 bytes, but only 96 remain).', 'der-invalid-encoding'],
    ['no bytes as PKCS#1 public', () => rsaPublicKeyToSpki(new Uint8Array()), 'The PKCS#1 RSA public key is not valid DER: it has no bytes.', 'der-invalid-encoding'],
    ['a PKCS#8 key as PKCS#1', () => rsaPrivateKeyToPkcs8(exportDer(rsa.privateKey, 'pkcs8')), 'The PKCS#1 RSA private key is not a valid RSAPrivateKey: the modulus is a SEQUENCE, not an INTEGER.', 'der-invalid-structure'],
    ['an RSAPrivateKey missing its coefficient', () => rsaPrivateKeyToPkcs8(seq(int(0), ...[1, 2, 3, 4, 5, 6, 7].map((n) => int(n)))), 'The PKCS#1 RSA private key is not a valid RSAPrivateKey: the RSAPrivateKey sequence ends before its coefficient.', 'der-invalid-structure'],
    ['a multi-prime RSAPrivateKey without its other primes', () => rsaPrivateKeyToPkcs8(seq(int(1), ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => int(n)))), 'The PKCS#1 RSA private key is not a valid RSAPrivateKey: the RSAPrivateKey sequence ends before its otherPrimeInfos sequence.', 'der-invalid-structure'],
    ['a PKCS#8 key as SEC1', () => ecPrivateKeyToPkcs8(exportDer(ec.privateKey, 'pkcs8')), 'The SEC1 EC private key is not a valid ECPrivateKey: the ECPrivateKey version is 0, but RFC 5915 requires 1.', 'der-invalid-structure'],
    ['a SEC1 key with no curve', () => ecPrivateKeyToPkcs8(seq(int(1), octets(new Uint8Array(32)))), 'The SEC1 EC private key does not name its curve: its ECPrivateKey has no [0] parameters.', 'der-unnamed-curve'],
    ['a SEC1 key with explicit parameters', () => ecPrivateKeyToPkcs8(seq(int(1), octets(new Uint8Array(32)), encodeDer(0xa0, seq(int(1))))), 'The SEC1 EC private key gives its curve as explicit parameters; only a key on a named curve can be converted.', 'der-unnamed-curve'],
    ['a SEC1 key with NULL parameters', () => ecPrivateKeyToPkcs8(seq(int(1), octets(new Uint8Array(32)), encodeDer(0xa0, NULL))), 'The SEC1 EC private key is not a valid ECPrivateKey: the curve in the parameters field is a NULL, not an OBJECT IDENTIFIER.', 'der-invalid-structure'],
    ['a SEC1 key with two curves', () => ecPrivateKeyToPkcs8(seq(int(1), octets(new Uint8Array(32)), encodeDer(0xa0, oid(OIDS.p256), oid(OIDS.p384)))), 'The SEC1 EC private key is not valid DER: 7 extra bytes follow the curve in the parameters field.', 'der-invalid-encoding'],
  ])('rejects %s', (_name, convert, message, code) => {
    expect(convert()).toEqual({ ok: false, error: { code, message } })
  })
})

describe('describeCertificate on the OpenSSL fixtures', () => {
  const caSubject = 'CN=JWT Workbench Test Root CA, O=JWT Workbench Tests, L=München, C=DE'
  const fixtures = [
    { name: 'the RSA CA', pem: rsaCaCertificate, details: rsaCaCertificateDetails, issuer: caSubject, signatureAlgorithm: 'sha256WithRSAEncryption', isSelfIssued: true, key: { type: 'RSA', oid: OIDS.rsaEncryption, rsaModulusBits: 2048 } },
    { name: 'the EC leaf', pem: ecLeafCertificate, details: ecLeafCertificateDetails, issuer: caSubject, signatureAlgorithm: 'sha256WithRSAEncryption', isSelfIssued: false, key: { type: 'EC', oid: OIDS.ecPublicKey, curve: 'P-256' } },
    { name: 'the Ed25519 certificate', pem: ed25519Certificate, details: ed25519CertificateDetails, issuer: 'emailAddress=keys@example.org, CN=Ed25519 Self-Signed, O=Ĳssel Tests', signatureAlgorithm: 'Ed25519', isSelfIssued: true, key: { type: 'Ed25519', oid: OIDS.ed25519 } },
  ]

  it.each(fixtures)('reads $name as OpenSSL printed it', ({ pem, details, issuer, signatureAlgorithm, isSelfIssued }) => {
    const described = describeCertificate(pemDer(pem))
    expect(described).toMatchObject({
      ok: true,
      value: {
        // OpenSSL's RFC 2253 form separates with "," alone; no value here contains a comma.
        subject: details.subjectRfc2253.replace(/,/g, ', '),
        issuer,
        notBeforeSeconds: details.notBeforeSeconds,
        notAfterSeconds: details.notAfterSeconds,
        serialNumberHex: details.serialNumberHex,
        signatureAlgorithm,
        isSelfIssued,
      },
    })
  })

  it.each(fixtures)('agrees with Node\'s X509Certificate on $name', ({ pem }) => {
    const node = new X509Certificate(pem)
    const described = describeCertificate(pemDer(pem))
    if (!described.ok) throw new Error(described.error.message)
    expect(described.value.spki).toEqual(exportDer(node.publicKey, 'spki'))
    expect(described.value.serialNumberHex).toBe(node.serialNumber)
    expect(described.value.notBeforeSeconds * 1000).toBe(Date.parse(node.validFrom))
    expect(described.value.notAfterSeconds * 1000).toBe(Date.parse(node.validTo))
  })

  it.each(fixtures)('describes the public key in $name', ({ pem, key }) => {
    const described = describeCertificate(pemDer(pem))
    expect(described.ok && withoutValues(describeSpki(described.value.spki))).toEqual({ ok: true, value: key })
  })

  it.each(fixtures)('fingerprints $name as OpenSSL and Node do', async ({ pem, details }) => {
    const fingerprint = await certificateFingerprint(pemDer(pem))
    expect(fingerprint).toBe(details.sha256Fingerprint)
    expect(fingerprint).toBe(new X509Certificate(pem).fingerprint256)
  })

  it('returns a copy of the SPKI, not a view into the certificate', () => {
    const der = pemDer(rsaCaCertificate)
    const described = describeCertificate(der)
    if (!described.ok) throw new Error(described.error.message)
    der.fill(0)
    expect(describeSpki(described.value.spki).ok).toBe(true)
  })
})

describe('describeCertificate on certificates built here', () => {
  const text = (tag: number, value: string) => encodeDer(tag, bytes(Buffer.from(value, 'latin1')))
  const utf8 = (value: string) => encodeDer(TAG.UTF8_STRING, bytes(Buffer.from(value, 'utf8')))
  const printable = (value: string) => text(TAG.PRINTABLE_STRING, value)
  const rdn = (...attributes: [string, Uint8Array][]) => encodeDer(TAG.SET, ...attributes.map(([type, value]) => seq(oid(type), value)))
  const name = (...relativeNames: Uint8Array[]) => seq(...relativeNames)
  const A = { CN: '2.5.4.3', C: '2.5.4.6', O: '2.5.4.10', OU: '2.5.4.11', DC: '0.9.2342.19200300.100.1.25', email: '1.2.840.113549.1.9.1' }
  const utcTime = (value: string) => text(TAG.UTC_TIME, value)
  const generalizedTime = (value: string) => text(TAG.GENERALIZED_TIME, value)
  const defaultName = name(rdn([A.CN, utf8('Test')]))

  interface Parts {
    version?: Uint8Array | null
    serial?: Uint8Array
    issuer?: Uint8Array
    subject?: Uint8Array
    validity?: Uint8Array
    notBefore?: Uint8Array
    notAfter?: Uint8Array
    spki?: Uint8Array
    optional?: Uint8Array[]
    signatureAlgorithm?: Uint8Array
    signature?: Uint8Array
    after?: Uint8Array[]
  }
  const certificate = (parts: Parts = {}) => {
    const algorithm = parts.signatureAlgorithm ?? seq(oid('1.2.840.10045.4.3.2'))
    const tbs = seq(
      ...(parts.version === null ? [] : [parts.version ?? encodeDer(0xa0, int(2))]),
      parts.serial ?? int(1),
      algorithm,
      parts.issuer ?? defaultName,
      parts.validity ?? seq(parts.notBefore ?? utcTime('000101000000Z'), parts.notAfter ?? generalizedTime('21260101000000Z')),
      parts.subject ?? defaultName,
      parts.spki ?? RFC8410_PUBLIC,
      ...(parts.optional ?? []),
    )
    return seq(tbs, algorithm, parts.signature ?? bits(new Uint8Array(64)), ...(parts.after ?? []))
  }
  const subjectOf = (subject: Uint8Array) => {
    const described = describeCertificate(certificate({ subject }))
    return described.ok ? described.value.subject : described.error
  }

  it.each([
    ['an empty name', name(), ''],
    ['the most specific part first (RFC 4514)', name(rdn([A.C, printable('GB')]), rdn([A.O, utf8('Example Ltd')]), rdn([A.CN, utf8('example.com')])), 'CN=example.com, O=Example Ltd, C=GB'],
    ['domain components', name(rdn([A.DC, text(TAG.IA5_STRING, 'com')]), rdn([A.DC, text(TAG.IA5_STRING, 'example')]), rdn(['0.9.2342.19200300.100.1.1', utf8('jdoe')])), 'UID=jdoe, DC=example, DC=com'],
    ['a multi-valued part', name(rdn([A.OU, utf8('Sales')], [A.CN, utf8('J. Smith')])), 'OU=Sales+CN=J. Smith'],
    ['every common attribute', name(rdn(['2.5.4.6', printable('US')]), rdn(['2.5.4.8', utf8('CA')]), rdn(['2.5.4.7', utf8('Palo Alto')]), rdn(['2.5.4.5', printable('12345')]), rdn([A.email, text(TAG.IA5_STRING, 'a@b.c')]), rdn(['2.5.4.97', utf8('VATGB-123')])), 'organizationIdentifier=VATGB-123, emailAddress=a@b.c, serialNumber=12345, L=Palo Alto, ST=CA, C=US'],
    ['an attribute it does not know', name(rdn(['1.2.3.4.5', utf8('x')])), '1.2.3.4.5=x'],
    ['a value with no string form (RFC 4514 §2.4)', name(rdn(['1.2.3.4.5', octets(hex('0102ff'))])), '1.2.3.4.5=#04030102ff'],
    ['UTF-8', name(rdn([A.CN, utf8('Zoë 日本 😀')])), 'CN=Zoë 日本 😀'],
    ['a BMPString', name(rdn([A.CN, encodeDer(TAG.BMP_STRING, bytes(Buffer.from('Ωmega 日本', 'utf16le').swap16()))])), 'CN=Ωmega 日本'],
    ['a TeletexString read as Latin-1', name(rdn([A.CN, text(TAG.TELETEX_STRING, 'Caf\u00e9 M\u00fcller')])), 'CN=Café Müller'],
    ['a UniversalString', name(rdn([A.CN, encodeDer(TAG.UNIVERSAL_STRING, hex('0000004100000394 0001f600'))])), 'CN=AΔ😀'],
    ['special characters escaped (RFC 4514 §2.4)', name(rdn([A.CN, utf8('Doe, John "JD" <x>;+\\')])), 'CN=Doe\\, John \\"JD\\" \\<x\\>\\;\\+\\\\'],
    ['a leading "#" and space and a trailing space escaped', name(rdn([A.O, utf8('#1')]), rdn([A.CN, utf8(' padded ')])), 'CN=\\ padded\\ , O=\\#1'],
    ['control characters escaped', name(rdn([A.CN, utf8('evil\nCN=admin\u0000')])), 'CN=evil\\0aCN=admin\\00'],
    ['invalid UTF-8 replaced', name(rdn([A.CN, encodeDer(TAG.UTF8_STRING, hex('41ff42'))])), 'CN=A\ufffdB'],
  ])('writes %s', (_name, subject, expected) => {
    expect(subjectOf(subject)).toBe(expected)
  })

  const seconds = (...fields: [number, number, number, number?, number?, number?]) => {
    const [year, month, day, hour = 0, minute = 0, second = 0] = fields
    const date = new Date(0)
    date.setUTCFullYear(year, month - 1, day)
    date.setUTCHours(hour, minute, second)
    return date.getTime() / 1000
  }
  it.each([
    ['UTCTime 49 as 2049', utcTime('491231235959Z'), seconds(2049, 12, 31, 23, 59, 59)],
    ['UTCTime 50 as 1950', utcTime('500101000000Z'), seconds(1950, 1, 1)],
    ['UTCTime 99 as 1999', utcTime('991231235959Z'), seconds(1999, 12, 31, 23, 59, 59)],
    ['UTCTime 00 as 2000', utcTime('000101000000Z'), 946684800],
    ['a leap day', utcTime('240229120000Z'), seconds(2024, 2, 29, 12)],
    ['GeneralizedTime at the epoch', generalizedTime('19700101000000Z'), 0],
    ['GeneralizedTime 9999 (no well-defined expiry, RFC 5280 §4.1.2.5)', generalizedTime('99991231235959Z'), 253402300799],
    ['GeneralizedTime before 1950', generalizedTime('19491231235959Z'), seconds(1949, 12, 31, 23, 59, 59)],
    ['GeneralizedTime in year 0', generalizedTime('00000101000000Z'), seconds(0, 1, 1)],
  ])('reads %s', (_name, time, expected) => {
    expect(describeCertificate(certificate({ notBefore: time, notAfter: time }))).toMatchObject({ ok: true, value: { notBeforeSeconds: expected, notAfterSeconds: expected } })
  })

  it.each([
    ['a version 1 certificate with no version field', { version: null }, {}],
    ['unique identifiers and extensions', { optional: [encodeDer(0x81, hex('00ff')), encodeDer(0x82, hex('00ee')), encodeDer(0xa3, seq())] }, {}],
    ['a serial number with its sign byte', { serial: int(0, 0x80, 1) }, { serialNumberHex: '8001' }],
    ['a zero serial number', { serial: int(0) }, { serialNumberHex: '00' }],
    ['an ECDSA signature algorithm', { signatureAlgorithm: seq(oid('1.2.840.10045.4.3.3')) }, { signatureAlgorithm: 'ecdsa-with-SHA384' }],
    ['RSASSA-PSS with parameters', { signatureAlgorithm: seq(oid('1.2.840.113549.1.1.10'), seq()) }, { signatureAlgorithm: 'RSASSA-PSS' }],
    ['ML-DSA-65', { signatureAlgorithm: seq(oid('2.16.840.1.101.3.4.3.18')) }, { signatureAlgorithm: 'ML-DSA-65' }],
    ['a signature algorithm it does not know', { signatureAlgorithm: seq(oid('1.2.3.4'), NULL) }, { signatureAlgorithm: '1.2.3.4' }],
    ['another issuer', { issuer: name(rdn([A.CN, utf8('Other')])) }, { issuer: 'CN=Other', subject: 'CN=Test', isSelfIssued: false }],
    ['the same name in another string type', { issuer: name(rdn([A.CN, printable('Test')])) }, { issuer: 'CN=Test', isSelfIssued: true }],
  ])('reads %s', (_name, parts, expected) => {
    expect(describeCertificate(certificate(parts))).toMatchObject({ ok: true, value: expected })
  })

  const invalid = 'The certificate is not a valid X.509 certificate:'
  const notDer = 'The certificate is not valid DER:'
  const caDer = pemDer(rsaCaCertificate)
  it.each([
    ['no bytes', new Uint8Array(), `${notDer} it has no bytes.`, 'der-invalid-encoding'],
    ['a cut-off certificate', caDer.subarray(0, 100), `${notDer} the Certificate sequence ends early (its length says 904 bytes, but only 96 remain).`, 'der-invalid-encoding'],
    ['a trailing byte', bytes(Buffer.concat([caDer, hex('0a')])), `${notDer} 1 extra byte follows the Certificate sequence.`, 'der-invalid-encoding'],
    ['a public key', RFC8410_PUBLIC, `${invalid} the serial number is an OBJECT IDENTIFIER, not an INTEGER.`, 'der-invalid-structure'],
    ['a private key', RFC8410_PRIVATE, `${invalid} the tbsCertificate sequence is an INTEGER, not a SEQUENCE.`, 'der-invalid-structure'],
    ['version 4', certificate({ version: encodeDer(0xa0, int(3)) }), `${invalid} its version number is 3, but X.509 has only 0 to 2 (v1 to v3).`, 'der-invalid-structure'],
    ['a version field with two integers', certificate({ version: encodeDer(0xa0, int(2), int(2)) }), `${invalid} the version has 3 extra bytes after its last field.`, 'der-invalid-structure'],
    ['an empty serial number', certificate({ serial: encodeDer(TAG.INTEGER) }), `${invalid} the serial number is empty.`, 'der-invalid-structure'],
    ['an empty relative name', certificate({ subject: name(encodeDer(TAG.SET)) }), `${invalid} a relative distinguished name in the subject name is empty.`, 'der-invalid-structure'],
    ['a SEQUENCE for a relative name', certificate({ issuer: name(seq(seq(oid(A.CN), utf8('x')))) }), `${invalid} the relative distinguished name in the issuer name is a SEQUENCE, not a SET.`, 'der-invalid-structure'],
    ['an attribute with no value', certificate({ subject: name(encodeDer(TAG.SET, seq(oid(A.CN)))) }), `${invalid} the attribute in the subject name ends before its CN value in the subject name.`, 'der-invalid-structure'],
    ['an attribute with two values', certificate({ subject: name(encodeDer(TAG.SET, seq(oid(A.CN), utf8('a'), utf8('b')))) }), `${invalid} the attribute in the subject name has 3 extra bytes after its last field.`, 'der-invalid-structure'],
    ['an attribute type that is a string', certificate({ subject: name(encodeDer(TAG.SET, seq(utf8('CN'), utf8('a')))) }), `${invalid} the attribute type in the subject name is a UTF8String, not an OBJECT IDENTIFIER.`, 'der-invalid-structure'],
    ['an odd-length BMPString', certificate({ subject: name(rdn([A.CN, encodeDer(TAG.BMP_STRING, hex('004100'))])) }), `${invalid} the CN value in the subject name is a BMPString with an odd number of bytes.`, 'der-invalid-structure'],
    ['a broken UniversalString', certificate({ subject: name(rdn([A.O, encodeDer(TAG.UNIVERSAL_STRING, hex('000041'))])) }), `${invalid} the O value in the subject name is a UniversalString whose length is not a multiple of 4.`, 'der-invalid-structure'],
    ['a UTCTime without seconds', certificate({ notBefore: utcTime('0001010000Z') }), `${invalid} the notBefore time is not in the form YYMMDDHHMMSSZ that RFC 5280 requires.`, 'der-invalid-structure'],
    ['a UTCTime with an offset', certificate({ notBefore: utcTime('000101000000+0100') }), `${invalid} the notBefore time is not in the form YYMMDDHHMMSSZ that RFC 5280 requires.`, 'der-invalid-structure'],
    ['a GeneralizedTime with fractions', certificate({ notAfter: generalizedTime('21260101000000.5Z') }), `${invalid} the notAfter time is not in the form YYYYMMDDHHMMSSZ that RFC 5280 requires.`, 'der-invalid-structure'],
    ['the 30th of February', certificate({ notAfter: generalizedTime('20230230000000Z') }), `${invalid} the notAfter time 20230230000000Z is not a real date and time.`, 'der-invalid-structure'],
    ['month 13', certificate({ notBefore: utcTime('001301000000Z') }), `${invalid} the notBefore time 001301000000Z is not a real date and time.`, 'der-invalid-structure'],
    ['hour 24', certificate({ notBefore: utcTime('000101240000Z') }), `${invalid} the notBefore time 000101240000Z is not a real date and time.`, 'der-invalid-structure'],
    ['second 60', certificate({ notBefore: utcTime('000101235960Z') }), `${invalid} the notBefore time 000101235960Z is not a real date and time.`, 'der-invalid-structure'],
    ['an INTEGER for a time', certificate({ notBefore: int(1) }), `${invalid} the notBefore time is an INTEGER, not a UTCTime or GeneralizedTime.`, 'der-invalid-structure'],
    ['a validity with one time', certificate({ validity: seq(utcTime('000101000000Z')) }), `${invalid} the validity sequence ends before its notAfter time.`, 'der-invalid-structure'],
    ['a validity with three times', certificate({ validity: seq(utcTime('000101000000Z'), utcTime('000101000000Z'), utcTime('000101000000Z')) }), `${invalid} the validity sequence has 15 extra bytes after its last field.`, 'der-invalid-structure'],
    ['an unknown field after the extensions', certificate({ optional: [encodeDer(0xa3, seq()), encodeDer(0xa4, seq())] }), `${invalid} the tbsCertificate sequence has 4 extra bytes after its last field.`, 'der-invalid-structure'],
    ['extensions before the unique identifiers', certificate({ optional: [encodeDer(0xa3, seq()), encodeDer(0x81, hex('00'))] }), `${invalid} the tbsCertificate sequence has 3 extra bytes after its last field.`, 'der-invalid-structure'],
    ['an empty sequence', seq(), `${invalid} the Certificate sequence ends before its tbsCertificate sequence.`, 'der-invalid-structure'],
    ['a missing signature value', certificate({ signature: new Uint8Array() }), `${invalid} the Certificate sequence ends before its signature bit string.`, 'der-invalid-structure'],
    ['a field after the signature', certificate({ after: [NULL] }), `${invalid} the Certificate sequence has 2 extra bytes after its last field.`, 'der-invalid-structure'],
    ['a public key that is not a SEQUENCE', certificate({ spki: octets() }), `${invalid} the subjectPublicKeyInfo sequence is an OCTET STRING, not a SEQUENCE.`, 'der-invalid-structure'],
  ])('rejects %s', (_name, der, message, code) => {
    expect(describeCertificate(der)).toEqual({ ok: false, error: { code, message } })
  })
})

describe('the readers never throw', () => {
  const readers: [string, (der: Uint8Array) => { ok: boolean }][] = [
    ['describeSpki', describeSpki],
    ['describePkcs8', describePkcs8],
    ['describeCertificate', describeCertificate],
    ['rsaPublicKeyToSpki', rsaPublicKeyToSpki],
    ['rsaPrivateKeyToPkcs8', rsaPrivateKeyToPkcs8],
    ['ecPrivateKeyToPkcs8', ecPrivateKeyToPkcs8],
  ]
  const derCodes: DerError['code'][] = ['der-invalid-encoding', 'der-invalid-structure', 'der-unnamed-curve']
  const checkAll = (der: Uint8Array) => {
    for (const [, read] of readers) {
      const result = read(der) as { ok: true } | { ok: false; error: DerError }
      if (!result.ok) {
        expect(derCodes).toContain(result.error.code)
        expect(result.error.message).toMatch(/^The .+\.$/)
      }
    }
  }
  const samples = [
    exportDer(rsa1025.publicKey, 'spki'),
    exportDer(rsa1025.publicKey, 'pkcs1'),
    exportDer(rsa1025.privateKey, 'pkcs8'),
    exportDer(rsa1025.privateKey, 'pkcs1'),
    exportDer(ecCases[0]!.pair.publicKey, 'spki'),
    exportDer(ecCases[0]!.pair.privateKey, 'pkcs8'),
    exportDer(ecCases[0]!.pair.privateKey, 'sec1'),
    RFC8410_PUBLIC,
    RFC8410_PRIVATE,
    pemDer(rsaCaCertificate),
    pemDer(ecLeafCertificate),
    pemDer(ed25519Certificate),
  ]

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), checkAll), { numRuns: 1000 })
  })

  it('on every truncation of valid DER', () => {
    for (const sample of samples) for (let length = 0; length < sample.length; length++) checkAll(sample.subarray(0, length))
  })

  it('on single-byte changes to valid DER', () => {
    const change = fc.constantFrom(...samples).chain((sample) => fc.tuple(fc.constant(sample), fc.nat(sample.length - 1), fc.integer({ min: 0, max: 255 })))
    fc.assert(fc.property(change, ([sample, index, value]) => checkAll(sample.with(index, value))), { numRuns: 3000 })
  })

  it('on a few random bytes spliced into valid DER', () => {
    const splice = fc.constantFrom(...samples).chain((sample) => fc.tuple(fc.constant(sample), fc.nat(sample.length), fc.uint8Array({ minLength: 1, maxLength: 6 })))
    fc.assert(fc.property(splice, ([sample, at, inserted]) => checkAll(bytes(Buffer.concat([sample.subarray(0, at), inserted, sample.subarray(at)])))), { numRuns: 1000 })
  })

  const checkPem = (text: string) => {
    const result = parsePem(text)
    if (!result.ok) {
      expect(['pem-not-found', 'pem-unpaired-boundary', 'pem-label-mismatch', 'pem-empty', 'pem-invalid-base64']).toContain(result.error.code)
      expect(result.error.message).toMatch(/^(The|No) .+\.$/)
      return
    }
    // Whatever was read re-emits as canonical PEM that reads back the same.
    for (const block of result.value) {
      const again = parsePem(toPem(block.label, block.der))
      expect(again.ok && again.value.map(({ label, der }) => ({ label, der }))).toEqual([{ label: block.label, der: block.der }])
    }
  }

  it('parsePem on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), checkPem), { numRuns: 1000 })
  })

  it('parsePem on text made of PEM pieces', () => {
    const piece = fc.constantFrom(
      '-----BEGIN PUBLIC KEY-----', '-----END PUBLIC KEY-----', '-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----', '-----BEGIN ', '-----',
      'MCowBQYDK2VwAyEA', 'AQAB', '=', '==', '\n', '\r\n', '\\n', ' ', '\t', 'Proc-Type: 4,ENCRYPTED', 'DEK-Info: x', ':', '$', 'é',
    )
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => checkPem(pieces.join(''))), { numRuns: 2000 })
  })
})

describe('the numbers kept for checking a key', () => {
  it('keeps an RSA modulus and exponent, from a public and a private key', () => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const jwk = pair.publicKey.export({ format: 'jwk' })
    const expected = { type: 'RSA', modulus: new Uint8Array(Buffer.from(jwk.n!, 'base64url')), exponent: new Uint8Array(Buffer.from(jwk.e!, 'base64url')) }
    const spki = describeSpki(exportDer(pair.publicKey, 'spki'))
    const pkcs8 = describePkcs8(exportDer(pair.privateKey, 'pkcs8'))
    expect(spki.ok && spki.value.values).toEqual(expected)
    expect(pkcs8.ok && pkcs8.value.values).toEqual(expected)
  })

  it('keeps the uncompressed point of an EC public key', () => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-384' })
    const jwk = pair.publicKey.export({ format: 'jwk' })
    const described = describeSpki(exportDer(pair.publicKey, 'spki'))
    expect(described.ok && described.value.values).toEqual({ type: 'EC', curve: 'P-384', x: new Uint8Array(Buffer.from(jwk.x!, 'base64url')), y: new Uint8Array(Buffer.from(jwk.y!, 'base64url')) })
  })
})
