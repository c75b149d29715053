// What a key or certificate in DER holds: the kind of key, its curve or size, and a certificate's
// names and dates; and the rewrapping of PKCS#1 and SEC1 keys. Reading only: WebCrypto does the cryptography.
import { decodeUtf8 } from '../encoding/utf8'
import { ok, type Result } from '../result'
import {
  contextTag,
  DerFault,
  DerReader,
  decodeOid,
  describeTag,
  encodeDer,
  encodeOid,
  integerBitLength,
  readDer,
  readInteger,
  readSmallInteger,
  TAG,
  type DerElement,
  type DerError,
  type DerSubject,
} from './der'
import { shorten } from '../text/quote'
import type { KeyValues } from './key-values'
import { hexBytes } from '../text/words'

export interface KeyDescription {
  /** 'RSA', 'EC', 'Ed25519', 'Ed448', 'X25519', 'X448', 'ML-DSA-44' | '-65' | '-87', or 'unknown'. */
  type: string
  curve?: string
  /** The algorithm OID, dotted. */
  oid: string
  rsaModulusBits?: number
  /** The numbers to check before WebCrypto sees them: an RSA modulus and exponent, or an uncompressed EC point. */
  values?: KeyValues
}

export interface CertificateInfo {
  /** RFC 4514 order (most specific first), joined with ", ": "CN=example.com, O=Example Ltd, C=GB". */
  subject: string
  issuer: string
  notBeforeSeconds: number
  notAfterSeconds: number
  serialNumberHex: string
  signatureAlgorithm: string
  /** The SubjectPublicKeyInfo DER bytes, exactly as in the certificate. */
  spki: Uint8Array
  isSelfIssued: boolean
}

const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
}

const NAMED_KEY_TYPES: Record<string, string> = {
  '1.3.101.110': 'X25519',
  '1.3.101.111': 'X448',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
  '2.16.840.1.101.3.4.3.17': 'ML-DSA-44',
  '2.16.840.1.101.3.4.3.18': 'ML-DSA-65',
  '2.16.840.1.101.3.4.3.19': 'ML-DSA-87',
}

const CURVES: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
  '1.3.132.0.10': 'secp256k1',
}

const SIGNATURE_ALGORITHMS: Record<string, string> = {
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'RSASSA-PSS',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.2.840.10040.4.3': 'dsa-with-SHA1',
  '2.16.840.1.101.3.4.3.2': 'dsa-with-SHA256',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
  '2.16.840.1.101.3.4.3.17': 'ML-DSA-44',
  '2.16.840.1.101.3.4.3.18': 'ML-DSA-65',
  '2.16.840.1.101.3.4.3.19': 'ML-DSA-87',
}

// RFC 4514 §3 short names where they exist, otherwise the names OpenSSL prints.
const ATTRIBUTE_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.15': 'businessCategory',
  '2.5.4.17': 'postalCode',
  '2.5.4.42': 'GN',
  '2.5.4.43': 'initials',
  '2.5.4.44': 'generationQualifier',
  '2.5.4.46': 'dnQualifier',
  '2.5.4.65': 'pseudonym',
  '2.5.4.97': 'organizationIdentifier',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '1.3.6.1.4.1.311.60.2.1.1': 'jurisdictionL',
  '1.3.6.1.4.1.311.60.2.1.2': 'jurisdictionST',
  '1.3.6.1.4.1.311.60.2.1.3': 'jurisdictionC',
}

const PUBLIC_KEY: DerSubject = { noun: 'public key', structure: 'SubjectPublicKeyInfo' }
const PRIVATE_KEY: DerSubject = { noun: 'private key', structure: 'PKCS#8 PrivateKeyInfo' }
const CERTIFICATE: DerSubject = { noun: 'certificate', structure: 'X.509 certificate' }
const PKCS1_PUBLIC_KEY: DerSubject = { noun: 'PKCS#1 RSA public key', structure: 'RSAPublicKey' }
const PKCS1_PRIVATE_KEY: DerSubject = { noun: 'PKCS#1 RSA private key', structure: 'RSAPrivateKey' }
const SEC1_PRIVATE_KEY: DerSubject = { noun: 'SEC1 EC private key', structure: 'ECPrivateKey' }

export function describeSpki(der: Uint8Array): Result<KeyDescription, DerError> {
  return readDer(der, PUBLIC_KEY, 'SubjectPublicKeyInfo sequence', (fields) => {
    const algorithm = readAlgorithm(fields, 'algorithm identifier')
    const publicKey = readBitStringBytes(fields, 'public key bit string')
    fields.finish()
    return describeAlgorithm(algorithm, {
      rsaNumbers: () => readRsaPublicKey(new DerReader(publicKey, 'public key bit string').enterOnly(TAG.SEQUENCE, 'RSAPublicKey sequence')),
      ecPoint: publicKey,
      fallbackCurve: () => {
        throw new DerFault('unnamed-curve', 'The EC public key does not name its curve: its algorithm identifier has no parameters.')
      },
    })
  })
}

export function describePkcs8(der: Uint8Array): Result<KeyDescription, DerError> {
  return readDer(der, PRIVATE_KEY, 'PrivateKeyInfo sequence', (fields) => {
    const version = readSmallInteger(fields, 'version')
    if (version > 1) throw new DerFault('structure', `its version is ${version}, but PKCS#8 has only versions 0 and 1 (RFC 5958)`)
    const algorithm = readAlgorithm(fields, 'algorithm identifier')
    const privateKey = fields.read(TAG.OCTET_STRING, 'private key octet string').contents
    // RFC 5958: [0] IMPLICIT attributes, then [1] IMPLICIT the public key.
    fields.readOptional(contextTag(0, true), 'attributes')
    fields.readOptional(contextTag(1, false), 'public key')
    fields.finish()
    const inner = (name: string) => new DerReader(privateKey, 'private key octet string').enterOnly(TAG.SEQUENCE, name)
    const ecPrivateKey = algorithm.oid === OID.ecPublicKey ? readEcPrivateKey(inner('ECPrivateKey sequence')) : undefined
    return describeAlgorithm(algorithm, {
      rsaNumbers: () => readRsaPrivateKey(inner('RSAPrivateKey sequence')),
      fallbackCurve: () => {
        if (ecPrivateKey?.parameters) return curveName(ecPrivateKey.parameters, 'parameters field of the ECPrivateKey')
        throw new DerFault('unnamed-curve', 'The EC private key does not name its curve: neither its algorithm identifier nor its ECPrivateKey has parameters.')
      },
    })
  })
}

export function rsaPublicKeyToSpki(der: Uint8Array): Result<Uint8Array, DerError> {
  const checked = readDer(der, PKCS1_PUBLIC_KEY, 'RSAPublicKey sequence', readRsaPublicKey)
  if (!checked.ok) return checked
  return ok(encodeDer(TAG.SEQUENCE, rsaAlgorithmIdentifier(), encodeDer(TAG.BIT_STRING, new Uint8Array([0]), der)))
}

export function rsaPrivateKeyToPkcs8(der: Uint8Array): Result<Uint8Array, DerError> {
  const checked = readDer(der, PKCS1_PRIVATE_KEY, 'RSAPrivateKey sequence', readRsaPrivateKey)
  if (!checked.ok) return checked
  return ok(privateKeyInfo(rsaAlgorithmIdentifier(), der))
}

export function ecPrivateKeyToPkcs8(der: Uint8Array): Result<{ pkcs8: Uint8Array; curve: string }, DerError> {
  const curve = readDer(der, SEC1_PRIVATE_KEY, 'ECPrivateKey sequence', (fields) => {
    const { parameters } = readEcPrivateKey(fields)
    if (!parameters) {
      throw new DerFault('unnamed-curve', 'The SEC1 EC private key does not name its curve: its ECPrivateKey has no [0] parameters.')
    }
    if (parameters.tag === TAG.SEQUENCE) {
      throw new DerFault('unnamed-curve', 'The SEC1 EC private key gives its curve as explicit parameters; only a key on a named curve can be converted.')
    }
    if (parameters.tag !== TAG.OBJECT_IDENTIFIER) {
      throw new DerFault('structure', `the curve in the parameters field is ${describeTag(parameters.tag)}, not an OBJECT IDENTIFIER`)
    }
    const oid = decodeOid(parameters.contents, 'curve OID')
    return { oid, name: CURVES[oid] ?? unknownCurve(oid) }
  })
  if (!curve.ok) return curve
  const algorithm = encodeDer(TAG.SEQUENCE, encodeOid(OID.ecPublicKey), encodeOid(curve.value.oid))
  return ok({ pkcs8: privateKeyInfo(algorithm, der), curve: curve.value.name })
}

interface Algorithm {
  oid: string
  parameters?: DerElement
}

function readAlgorithm(reader: DerReader, name: string): Algorithm {
  const fields = reader.enter(TAG.SEQUENCE, name)
  const oid = decodeOid(fields.read(TAG.OBJECT_IDENTIFIER, `OID in the ${name}`).contents, `OID in the ${name}`)
  const parameters = fields.hasMore ? fields.readAny(`parameters field of the ${name}`) : undefined
  fields.finish()
  return parameters ? { oid, parameters } : { oid }
}

function describeAlgorithm(
  algorithm: Algorithm,
  read: { rsaNumbers: () => RsaNumbers; fallbackCurve: () => string; ecPoint?: Uint8Array },
): KeyDescription {
  const { oid, parameters } = algorithm
  if (oid === OID.rsaEncryption || oid === OID.rsassaPss) {
    const { modulus, exponent } = read.rsaNumbers()
    // DER puts a 0x00 before a positive INTEGER whose top bit is set; the numbers themselves start after it.
    const unsigned = (integer: Uint8Array) => (integer.length > 1 && integer[0] === 0 ? integer.subarray(1) : integer)
    return { type: 'RSA', oid, rsaModulusBits: integerBitLength(modulus), values: { type: 'RSA', modulus: unsigned(modulus), exponent: unsigned(exponent) } }
  }
  if (oid === OID.ecPublicKey) {
    const curve = parameters ? curveName(parameters, 'parameters field of the algorithm identifier') : read.fallbackCurve()
    const point = read.ecPoint
    // SEC 1 §2.3.3: 0x04 then x and y of equal size; a compressed point (0x02, 0x03) is left to WebCrypto.
    const half = point && point[0] === 0x04 && point.length % 2 === 1 ? (point.length - 1) / 2 : 0
    const values: KeyValues | undefined = half > 0 ? { type: 'EC', curve, x: point!.subarray(1, 1 + half), y: point!.subarray(1 + half) } : undefined
    return { type: 'EC', oid, curve, ...(values ? { values } : {}) }
  }
  return { type: NAMED_KEY_TYPES[oid] ?? 'unknown', oid }
}

function curveName(parameters: DerElement, name: string): string {
  // RFC 5480 §2.1.1: namedCurve OID, or (rarely, and not for JOSE) explicit SEQUENCE parameters.
  if (parameters.tag === TAG.SEQUENCE) return 'an unnamed curve (explicit parameters)'
  if (parameters.tag !== TAG.OBJECT_IDENTIFIER) {
    throw new DerFault('structure', `the ${name} is ${describeTag(parameters.tag)}, not a curve's OBJECT IDENTIFIER`)
  }
  const oid = decodeOid(parameters.contents, 'curve OID')
  return CURVES[oid] ?? unknownCurve(oid)
}

const unknownCurve = (oid: string) => `an unknown curve (OID ${shorten(oid)})`

function readBitStringBytes(reader: DerReader, name: string): Uint8Array {
  const { contents } = reader.read(TAG.BIT_STRING, name)
  if (contents.length === 0) throw new DerFault('structure', `the ${name} is empty`)
  if (contents[0] !== 0) throw new DerFault('structure', `the ${name} has ${contents[0]} unused bits, but a key fills whole bytes`)
  return contents.subarray(1)
}

function readPositiveInteger(reader: DerReader, name: string): Uint8Array {
  const contents = readInteger(reader, name)
  if (contents[0]! >= 0x80) throw new DerFault('structure', `the ${name} is negative`)
  if (integerBitLength(contents) === 0) throw new DerFault('structure', `the ${name} is zero`)
  return contents
}

interface RsaNumbers {
  modulus: Uint8Array
  exponent: Uint8Array
}

/** RFC 8017 §A.1.1 RSAPublicKey. */
function readRsaPublicKey(fields: DerReader): RsaNumbers {
  const modulus = readPositiveInteger(fields, 'modulus')
  const exponent = readPositiveInteger(fields, 'public exponent')
  fields.finish()
  return { modulus, exponent }
}

/** RFC 8017 §A.1.2 RSAPrivateKey. */
function readRsaPrivateKey(fields: DerReader): RsaNumbers {
  const version = readSmallInteger(fields, 'RSAPrivateKey version')
  if (version > 1) throw new DerFault('structure', `the RSAPrivateKey version is ${version}, but RFC 8017 has only 0 and 1`)
  const modulus = readPositiveInteger(fields, 'modulus')
  const exponent = readPositiveInteger(fields, 'public exponent')
  for (const name of ['private exponent', 'first prime', 'second prime', 'first exponent', 'second exponent', 'coefficient']) {
    readPositiveInteger(fields, name)
  }
  if (version === 1) fields.read(TAG.SEQUENCE, 'otherPrimeInfos sequence')
  fields.finish()
  return { modulus, exponent }
}

/** RFC 5915 ECPrivateKey; returns its [0] parameters when present. */
function readEcPrivateKey(fields: DerReader): { parameters?: DerElement } {
  const version = readSmallInteger(fields, 'ECPrivateKey version')
  if (version !== 1) throw new DerFault('structure', `the ECPrivateKey version is ${version}, but RFC 5915 requires 1`)
  const privateKey = fields.read(TAG.OCTET_STRING, 'EC private key octet string')
  if (privateKey.contents.length === 0) throw new DerFault('structure', 'the EC private key octet string is empty')
  const wrapped = fields.readOptional(contextTag(0, true), 'parameters field of the ECPrivateKey')
  fields.readOptional(contextTag(1, true), 'public key field of the ECPrivateKey')
  fields.finish()
  if (!wrapped) return {}
  return { parameters: new DerReader(wrapped.contents, 'parameters field of the ECPrivateKey').readOnly(null, 'curve in the parameters field') }
}

const rsaAlgorithmIdentifier = () => encodeDer(TAG.SEQUENCE, encodeOid(OID.rsaEncryption), encodeDer(TAG.NULL))

const privateKeyInfo = (algorithm: Uint8Array, privateKey: Uint8Array) =>
  encodeDer(TAG.SEQUENCE, encodeDer(TAG.INTEGER, new Uint8Array([0])), algorithm, encodeDer(TAG.OCTET_STRING, privateKey))

export function describeCertificate(der: Uint8Array): Result<CertificateInfo, DerError> {
  return readDer(der, CERTIFICATE, 'Certificate sequence', (fields) => {
    const tbs = fields.enter(TAG.SEQUENCE, 'tbsCertificate sequence')
    const version = tbs.readOptional(contextTag(0, true), 'version')
    if (version) {
      const versionFields = new DerReader(version.contents, 'version')
      const number = readSmallInteger(versionFields, 'version number')
      versionFields.finish()
      if (number > 2) throw new DerFault('structure', `its version number is ${number}, but X.509 has only 0 to 2 (v1 to v3)`)
    }
    const serial = readSerialNumber(tbs)
    readAlgorithm(tbs, 'tbsCertificate signature algorithm')
    const issuer = readName(tbs, 'issuer')
    const validity = tbs.enter(TAG.SEQUENCE, 'validity sequence')
    const notBeforeSeconds = readTime(validity, 'notBefore time')
    const notAfterSeconds = readTime(validity, 'notAfter time')
    validity.finish()
    const subject = readName(tbs, 'subject')
    const spki = tbs.read(TAG.SEQUENCE, 'subjectPublicKeyInfo sequence').encoded.slice()
    tbs.readOptional(contextTag(1, false), 'issuerUniqueID')
    tbs.readOptional(contextTag(2, false), 'subjectUniqueID')
    tbs.readOptional(contextTag(3, true), 'extensions')
    tbs.finish()
    const { oid } = readAlgorithm(fields, 'signature algorithm')
    fields.read(TAG.BIT_STRING, 'signature bit string')
    fields.finish()
    return {
      subject,
      issuer,
      notBeforeSeconds,
      notAfterSeconds,
      serialNumberHex: serial,
      signatureAlgorithm: SIGNATURE_ALGORITHMS[oid] ?? oid,
      spki,
      // RFC 5280 §3.2 compares names, not their encodings; equal readable forms are close enough here.
      isSelfIssued: subject === issuer,
    }
  })
}

/** SHA-256 of the DER, as browsers show it: "AB:CD:…". */
export async function certificateFingerprint(der: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(der)))
  return Array.from(digest, (byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(':')
}

function readSerialNumber(reader: DerReader): string {
  // Serials are not always minimal in the wild (RFC 5280 §4.1.2.2 notes non-conforming CAs), so only emptiness is an error.
  const { contents } = reader.read(TAG.INTEGER, 'serial number')
  if (contents.length === 0) throw new DerFault('structure', 'the serial number is empty')
  let start = 0
  while (start < contents.length - 1 && contents[start] === 0) start++
  return Array.from(contents.subarray(start), (byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join('')
}

function readName(reader: DerReader, which: 'issuer' | 'subject'): string {
  const name = reader.enter(TAG.SEQUENCE, `${which} name`)
  const relativeNames: string[] = []
  while (name.hasMore) {
    const set = name.enter(TAG.SET, `relative distinguished name in the ${which} name`)
    if (!set.hasMore) throw new DerFault('structure', `a relative distinguished name in the ${which} name is empty`)
    const attributes: string[] = []
    while (set.hasMore) {
      const attribute = set.enter(TAG.SEQUENCE, `attribute in the ${which} name`)
      const typeName = `attribute type in the ${which} name`
      const type = decodeOid(attribute.read(TAG.OBJECT_IDENTIFIER, typeName).contents, typeName)
      const shortName = ATTRIBUTE_NAMES[type] ?? type
      const value = attribute.readAny(`${shortName} value in the ${which} name`)
      attribute.finish()
      attributes.push(`${shortName}=${attributeValue(value, `${shortName} value in the ${which} name`)}`)
    }
    relativeNames.push(attributes.join('+'))
  }
  // RFC 4514 §2.1: the last relative distinguished name is written first.
  return relativeNames.reverse().join(', ')
}

function attributeValue(value: DerElement, name: string): string {
  const text = decodeDirectoryString(value, name)
  // RFC 4514 §2.4: a value of a type with no string form is written as "#" and its hex DER.
  if (text === undefined) return '#' + hexBytes(value.encoded, '')
  return escapeAttributeValue(text)
}

function decodeDirectoryString({ tag, contents }: DerElement, name: string): string | undefined {
  switch (tag) {
    case TAG.UTF8_STRING:
      return decodeUtf8(contents).text
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
    case TAG.NUMERIC_STRING:
    case TAG.VISIBLE_STRING:
    case TAG.TELETEX_STRING: // T.61 in theory; in practice CAs put Latin-1 in it
      return latin1(contents)
    case TAG.BMP_STRING:
      if (contents.length % 2 !== 0) throw new DerFault('structure', `the ${name} is a BMPString with an odd number of bytes`)
      return codeUnits(contents, 2)
    case TAG.UNIVERSAL_STRING:
      if (contents.length % 4 !== 0) throw new DerFault('structure', `the ${name} is a UniversalString whose length is not a multiple of 4`)
      return codeUnits(contents, 4)
    default:
      return undefined
  }
}

function latin1(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return text
}

/** Big-endian UTF-16 (BMPString) or UTF-32 (UniversalString). */
function codeUnits(bytes: Uint8Array, width: 2 | 4): string {
  let text = ''
  for (let i = 0; i + width <= bytes.length; i += width) {
    let unit = 0
    for (let j = 0; j < width; j++) unit = unit * 256 + bytes[i + j]!
    if (width === 2) text += String.fromCharCode(unit)
    else text += unit <= 0x10ffff && (unit < 0xd800 || unit > 0xdfff) ? String.fromCodePoint(unit) : '\ufffd'
  }
  return text
}

function escapeAttributeValue(text: string): string {
  // RFC 4514 §2.4, plus control characters as \hh so a name cannot fake a line break or another field.
  return text
    .replace(/[\\",+;<>]/g, (char) => `\\${char}`)
    // Control characters: everything below U+0020, and U+007F.
    .replace(/[^\u0020-\u007e\u0080-\uffff]/g, (char) => `\\${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/^[ #]/, (char) => `\\${char}`)
    .replace(/ $/, '\\ ')
}

const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/

/** RFC 5280 §4.1.2.5: UTCTime YYMMDDHHMMSSZ (50–99 meaning 19xx) or GeneralizedTime YYYYMMDDHHMMSSZ. */
function readTime(reader: DerReader, name: string): number {
  const element = reader.readAny(name)
  const isUtcTime = element.tag === TAG.UTC_TIME
  if (!isUtcTime && element.tag !== TAG.GENERALIZED_TIME) {
    throw new DerFault('structure', `the ${name} is ${describeTag(element.tag)}, not a UTCTime or GeneralizedTime`)
  }
  const text = latin1(element.contents)
  const match = (isUtcTime ? UTC_TIME : GENERALIZED_TIME).exec(text)
  if (!match) {
    const form = isUtcTime ? 'YYMMDDHHMMSSZ' : 'YYYYMMDDHHMMSSZ'
    throw new DerFault('structure', `the ${name} is not in the form ${form} that RFC 5280 requires`)
  }
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number]
  const fullYear = isUtcTime ? (year >= 50 ? 1900 + year : 2000 + year) : year
  const date = new Date(0)
  date.setUTCFullYear(fullYear, month - 1, day)
  date.setUTCHours(hour, minute, second)
  // Date rolls over impossible fields (month 13, 31 April); a round trip catches them.
  const fieldsAfter = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
  if (fieldsAfter.join() !== [fullYear, month, day, hour, minute, second].join()) {
    throw new DerFault('structure', `the ${name} ${text} is not a real date and time`)
  }
  return date.getTime() / 1000
}
