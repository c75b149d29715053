import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { X509Certificate } from 'node:crypto'
import { describeCertificateChain, embeddedKeyTexts, readCarriedKeys, type ChainEntry } from '../../../src/core/keys/embedded-keys'
import type { JsonObject, JsonValue } from '../../../src/core/json/scan-json'
import {
  ecLeafCertificate,
  ecLeafCertificateDetails,
  ed25519Certificate,
  ed25519CertificateDetails,
  rsaCaCertificate,
  rsaCaCertificateDetails,
  type CertificateDetails,
} from '../../fixtures/certificates'

/** An "x5c" entry (RFC 7515 §4.1.6): the certificate's DER in standard base64, no armour or line breaks. */
const x5cEntry = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s/g, '')
const rsaCa = x5cEntry(rsaCaCertificate)
const ecLeaf = x5cEntry(ecLeafCertificate)
const ed25519 = x5cEntry(ed25519Certificate)
const BEGIN = '-----BEGIN CERTIFICATE-----'
const countBegins = (text: string) => text.split(BEGIN).length - 1
const notBase64Url = 'which is not a base64url character (A-Z, a-z, 0-9, "-" and "_")'

describe('embeddedKeyTexts: jwk', () => {
  it.each<{ name: string; header: JsonObject; texts: Record<string, string> }>([
    { name: 'no carried keys', header: { alg: 'RS256' }, texts: {} },
    {
      name: 'a JWK object, as pretty JSON in its own member order',
      header: { alg: 'ES256', jwk: { kty: 'EC', crv: 'P-256', x: 'abc', y: 'def' } },
      texts: { jwk: '{\n  "kty": "EC",\n  "crv": "P-256",\n  "x": "abc",\n  "y": "def"\n}' },
    },
    { name: 'an empty JWK object', header: { jwk: {} }, texts: { jwk: '{}' } },
    {
      name: 'a nested JWK value',
      header: { jwk: { kty: 'RSA', key_ops: ['verify'], ext: true } },
      texts: { jwk: '{\n  "kty": "RSA",\n  "key_ops": [\n    "verify"\n  ],\n  "ext": true\n}' },
    },
    { name: 'a JWK string', header: { jwk: '{"kty":"oct"}' }, texts: {} },
    { name: 'a JWK array', header: { jwk: [{ kty: 'oct' }] }, texts: {} },
    { name: 'a null JWK', header: { jwk: null }, texts: {} },
    { name: 'a numeric JWK', header: { jwk: 1 }, texts: {} },
    { name: 'a true JWK', header: { jwk: true }, texts: {} },
  ])('$name', ({ header, texts }) => {
    expect(embeddedKeyTexts(header)).toEqual(texts)
  })
})

describe('embeddedKeyTexts: x5c', () => {
  it('turns one certificate into its PEM, exactly as OpenSSL wrote it', () => {
    expect(embeddedKeyTexts({ x5c: [rsaCa] })).toEqual({ x5c: `${rsaCaCertificate}\n` })
  })

  it('turns a chain into PEM certificates in order, separated by a blank line', () => {
    const texts = embeddedKeyTexts({ x5c: [ecLeaf, rsaCa, ed25519] })
    expect(texts).toEqual({ x5c: `${ecLeafCertificate}\n\n${rsaCaCertificate}\n\n${ed25519Certificate}\n` })
    expect(countBegins(texts.x5c!)).toBe(3)
  })

  it('gives both texts when the header carries a JWK and a chain', () => {
    expect(embeddedKeyTexts({ jwk: { kty: 'oct' }, x5c: [ed25519] })).toEqual({ jwk: '{\n  "kty": "oct"\n}', x5c: `${ed25519Certificate}\n` })
  })

  it('wraps any base64 as a certificate without checking it is one', () => {
    expect(embeddedKeyTexts({ x5c: ['AAAA', 'AQID'] })).toEqual({
      x5c: `${BEGIN}\nAAAA\n-----END CERTIFICATE-----\n\n${BEGIN}\nAQID\n-----END CERTIFICATE-----\n`,
    })
  })

  it('accepts unpadded and base64url entries, writing them as canonical padded base64', () => {
    expect(embeddedKeyTexts({ x5c: ['-_8'] })).toEqual({ x5c: `${BEGIN}\n+/8=\n-----END CERTIFICATE-----\n` })
  })

  it.each<{ name: string; x5c: JsonValue }>([
    { name: 'an empty array', x5c: [] },
    { name: 'a string instead of an array', x5c: rsaCa },
    { name: 'an object', x5c: { 0: rsaCa } },
    { name: 'null', x5c: null },
    { name: 'a number entry', x5c: [rsaCa, 1] },
    { name: 'a null entry', x5c: [null] },
    { name: 'a nested array', x5c: [[rsaCa]] },
    { name: 'an entry that is not base64', x5c: [rsaCa, 'not base64!'] },
    { name: 'a first entry that is not base64', x5c: ['ab*', rsaCa] },
    { name: 'an empty entry', x5c: [rsaCa, ''] },
    { name: 'an entry still in PEM armour', x5c: [rsaCaCertificate] },
    { name: 'an entry with line breaks', x5c: [rsaCa.slice(0, 64) + '\n' + rsaCa.slice(64)] },
    { name: 'an entry of impossible length', x5c: ['AAAAA'] },
  ])('gives no x5c text for $name', ({ x5c }) => {
    expect(embeddedKeyTexts({ x5c, jwk: { kty: 'oct' } })).toEqual({ jwk: '{\n  "kty": "oct"\n}' })
  })

  it('writes one BEGIN CERTIFICATE line per entry for any chain of random DER bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 1, maxLength: 100 }), { minLength: 1, maxLength: 5 }), (ders) => {
        const x5c = ders.map((der) => Buffer.from(der).toString('base64'))
        const text = embeddedKeyTexts({ x5c }).x5c
        expect(text).toBeDefined()
        expect(countBegins(text!)).toBe(ders.length)
        const bodies = text!.split(/-----(?:BEGIN|END) CERTIFICATE-----/).filter((_, i) => i % 2 === 1)
        expect(bodies.map((body) => body.replace(/\s/g, ''))).toEqual(x5c)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on headers with arbitrary jwk and x5c values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }), (generatedJwk, generatedX5c) => {
        // fast-check's JsonValue has readonly arrays; the values are plain JSON all the same.
        const jwk = generatedJwk as JsonValue
        const x5c = generatedX5c as JsonValue
        const texts = embeddedKeyTexts({ jwk, x5c })
        const isObject = typeof jwk === 'object' && jwk !== null && !Array.isArray(jwk)
        expect(texts.jwk).toBe(isObject ? JSON.stringify(jwk, null, 2) : undefined)
      }),
      { numRuns: 500 },
    )
  })
})

const fixtures: Array<{ name: string; entry: string; pem: string; details: CertificateDetails; issuer: string; signatureAlgorithm: string; isSelfIssued: boolean }> = [
  { name: 'the RSA CA', entry: rsaCa, pem: rsaCaCertificate, details: rsaCaCertificateDetails, issuer: 'CN=JWT Workbench Test Root CA, O=JWT Workbench Tests, L=München, C=DE', signatureAlgorithm: 'sha256WithRSAEncryption', isSelfIssued: true },
  { name: 'the EC leaf', entry: ecLeaf, pem: ecLeafCertificate, details: ecLeafCertificateDetails, issuer: 'CN=JWT Workbench Test Root CA, O=JWT Workbench Tests, L=München, C=DE', signatureAlgorithm: 'sha256WithRSAEncryption', isSelfIssued: false },
  { name: 'the Ed25519 certificate', entry: ed25519, pem: ed25519Certificate, details: ed25519CertificateDetails, issuer: 'emailAddress=keys@example.org, CN=Ed25519 Self-Signed, O=Ĳssel Tests', signatureAlgorithm: 'Ed25519', isSelfIssued: true },
]

const expectedEntry = ({ pem, details, issuer, signatureAlgorithm, isSelfIssued }: (typeof fixtures)[number]): ChainEntry => ({
  ok: true,
  fingerprint: details.sha256Fingerprint,
  certificate: {
    subject: details.subjectRfc2253.replace(/,/g, ', '),
    issuer,
    notBeforeSeconds: details.notBeforeSeconds,
    notAfterSeconds: details.notAfterSeconds,
    serialNumberHex: details.serialNumberHex,
    signatureAlgorithm,
    spki: new Uint8Array(new X509Certificate(pem).publicKey.export({ format: 'der', type: 'spki' })),
    isSelfIssued,
  },
})

describe('describeCertificateChain: certificates', () => {
  it.each(fixtures)('describes $name as OpenSSL printed it', async (fixture) => {
    expect(await describeCertificateChain([fixture.entry])).toEqual([expectedEntry(fixture)])
  })

  it('describes a leaf and its CA in chain order', async () => {
    expect(await describeCertificateChain([ecLeaf, rsaCa])).toEqual([expectedEntry(fixtures[1]!), expectedEntry(fixtures[0]!)])
  })

  it('accepts the same certificate as unpadded base64url', async () => {
    const entry = Buffer.from(ecLeaf, 'base64').toString('base64url')
    expect(await describeCertificateChain([entry])).toEqual([expectedEntry(fixtures[1]!)])
  })

  it('describes the good entries and names the bad ones of a mixed chain, by position', async () => {
    expect(await describeCertificateChain([ecLeaf, 42, 'ab*', rsaCa])).toEqual([
      expectedEntry(fixtures[1]!),
      { ok: false, problem: 'Certificate 2 is not a string.' },
      { ok: false, problem: `Certificate 3 is not base64: character 3 is "*", ${notBase64Url}.` },
      expectedEntry(fixtures[0]!),
    ])
  })

  it('gives an empty chain no entries', async () => {
    expect(await describeCertificateChain([])).toEqual([])
  })
})

describe('describeCertificateChain: problems', () => {
  it.each<{ name: string; x5c: unknown }>([
    { name: 'a string', x5c: rsaCa },
    { name: 'an object', x5c: { 0: rsaCa } },
    { name: 'null', x5c: null },
    { name: 'undefined (no "x5c")', x5c: undefined },
    { name: 'a number', x5c: 1 },
  ])('rejects $name as a whole', async ({ x5c }) => {
    expect(await describeCertificateChain(x5c)).toEqual([{ ok: false, problem: '"x5c" must be an array of base64-encoded certificates.' }])
  })

  it.each<{ name: string; entry: unknown; problem: string }>([
    { name: 'a number', entry: 1, problem: 'Certificate 1 is not a string.' },
    { name: 'null', entry: null, problem: 'Certificate 1 is not a string.' },
    { name: 'an object', entry: { der: rsaCa }, problem: 'Certificate 1 is not a string.' },
    { name: 'a nested array', entry: [rsaCa], problem: 'Certificate 1 is not a string.' },
    { name: 'a character outside base64', entry: 'ab*', problem: `Certificate 1 is not base64: character 3 is "*", ${notBase64Url}.` },
    { name: 'PEM armour', entry: rsaCaCertificate, problem: `Certificate 1 is not base64: character 11 is a space, ${notBase64Url}.` },
    {
      name: 'a line break inside',
      entry: rsaCa.slice(0, 64) + '\n' + rsaCa.slice(64),
      problem: `Certificate 1 is not base64: character 65 is a line break, ${notBase64Url}.`,
    },
    {
      name: 'an impossible length',
      entry: 'AAAAA',
      problem: 'Certificate 1 is not base64: its length (5 characters) is impossible for base64url: one character too many or too few.',
    },
    { name: 'padding in the middle', entry: 'AA=A', problem: 'Certificate 1 is not base64: character 3 is "=", which is padding, which may only appear at the end.' },
    { name: 'an empty string', entry: '', problem: 'Certificate 1: The certificate is not valid DER: it has no bytes.' },
    {
      name: 'zero bytes',
      entry: 'AAAA',
      problem: 'Certificate 1: The certificate is not a valid X.509 certificate: the Certificate sequence is an element with tag 0x00, not a SEQUENCE.',
    },
    {
      name: 'an empty SEQUENCE',
      entry: 'MAA=',
      problem: 'Certificate 1: The certificate is not a valid X.509 certificate: the Certificate sequence ends before its tbsCertificate sequence.',
    },
    {
      name: 'text, not DER',
      entry: 'YQ',
      problem: 'Certificate 1: The certificate is not a valid X.509 certificate: the Certificate sequence is an element with tag 0x61, not a SEQUENCE.',
    },
  ])('names $name', async ({ entry, problem }) => {
    expect(await describeCertificateChain([entry])).toEqual([{ ok: false, problem }])
  })

  it('names a certificate cut short', async () => {
    const der = Buffer.from(rsaCa, 'base64')
    const [entry] = await describeCertificateChain([der.subarray(0, der.length - 10).toString('base64')])
    expect(entry).toEqual({
      ok: false,
      problem: `Certificate 1: The certificate is not valid DER: the Certificate sequence ends early (its length says ${der.length - 4} bytes, but only ${der.length - 14} remain).`,
    })
  })

  it('names a certificate with bytes after it', async () => {
    const der = Buffer.concat([Buffer.from(ed25519, 'base64'), Buffer.from([0])])
    expect(await describeCertificateChain([der.toString('base64')])).toEqual([
      { ok: false, problem: 'Certificate 1: The certificate is not valid DER: 1 extra byte follows the Certificate sequence.' },
    ])
  })

  it('never throws, and gives one entry per array element, for arbitrary values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string(), fc.base64String({ maxLength: 40 }), fc.jsonValue({ maxDepth: 1 })), { maxLength: 4 }), async (x5c) => {
        const entries = await describeCertificateChain(x5c)
        expect(entries).toHaveLength(x5c.length)
        entries.forEach((entry, index) => {
          expect(entry.ok).toBe(false)
          if (!entry.ok) expect(entry.problem).toMatch(new RegExp(`^Certificate ${index + 1}[ :].*\\.$`, 's'))
        })
      }),
      { numRuns: 300 },
    )
  })
})

describe('readCarriedKeys', () => {
  it('gives no chain when the header has no "x5c"', async () => {
    expect(await readCarriedKeys({ alg: 'ES256', jwk: { kty: 'EC' } })).toEqual({ texts: { jwk: '{\n  "kty": "EC"\n}' }, chain: null })
  })

  it('describes an "x5c" that is there but wrong, with no text for it', async () => {
    expect(await readCarriedKeys({ x5c: null })).toEqual({
      texts: {},
      chain: [{ ok: false, problem: '"x5c" must be an array of base64-encoded certificates.' }],
    })
  })

  it('gives both the PEM text and the description of a carried certificate', async () => {
    expect(await readCarriedKeys({ x5c: [ed25519] })).toEqual({ texts: { x5c: `${ed25519Certificate}\n` }, chain: [expectedEntry(fixtures[2]!)] })
  })
})
