import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { generateKeyPairSync } from 'node:crypto'
import { parsePem, toPem, type PemError } from '../../../src/core/keys/parse-pem'
import { ecLeafCertificate, rsaCaCertificate } from '../../fixtures/certificates'

const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString()
const publicDer = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }))
const privateDer = new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }))

const block = (label: string, body: string) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`
const errorOf = (text: string) => {
  const parsed = parsePem(text)
  return parsed.ok ? 'parsed' : parsed.error
}
const CODES: PemError['code'][] = ['pem-not-found', 'pem-unpaired-boundary', 'pem-label-mismatch', 'pem-empty', 'pem-invalid-base64']

describe('parsePem: reads the PEM blocks in pasted text', () => {
  it('decodes a public key node:crypto wrote, keeping its label, and re-emits it unchanged', () => {
    expect(parsePem(publicPem)).toEqual({ ok: true, value: [{ label: 'PUBLIC KEY', der: publicDer }] })
  })

  it('reads every block of a certificate chain, in order', () => {
    const parsed = parsePem(`${ecLeafCertificate}\n${rsaCaCertificate}`)
    expect(parsed.ok && parsed.value.map((found) => [found.label, toPem(found.label, found.der)])).toEqual([
      ['CERTIFICATE', `${ecLeafCertificate.trim()}\n`],
      ['CERTIFICATE', `${rsaCaCertificate.trim()}\n`],
    ])
  })

  it.each<{ name: string; text: string }>([
    { name: 'with text and blank lines around it', text: `Here is the key:\n\n${publicPem}\nThanks!` },
    { name: 'with Windows line breaks', text: publicPem.replace(/\n/g, '\r\n') },
    { name: 'with old Mac line breaks', text: publicPem.replace(/\n/g, '\r') },
    { name: 'copied out of a JSON string, with literal \\n', text: publicPem.replace(/\n/g, '\\n') },
    { name: 'with literal \\r\\n', text: publicPem.replace(/\n/g, '\\r\\n') },
    { name: 'indented, with trailing spaces and tabs', text: publicPem.split('\n').map((line) => `  \t${line} \t`).join('\n') },
    { name: 'with its base64 on one line', text: block('PUBLIC KEY', publicPem.split('\n').slice(1, -2).join('')) },
  ])('reads a key $name', ({ text }) => {
    expect(parsePem(text)).toEqual({ ok: true, value: [{ label: 'PUBLIC KEY', der: publicDer }] })
  })

  it('accepts base64 without its padding', () => {
    expect(parsePem(block('DATA', 'AAA'))).toEqual({ ok: true, value: [{ label: 'DATA', der: new Uint8Array(2) }] })
  })

  it('reads a block whose label is empty', () => {
    expect(parsePem('-----BEGIN -----\nAAAA\n-----END -----')).toMatchObject({ ok: true, value: [{ label: '', der: new Uint8Array(3) }] })
  })
})

describe('parsePem: RFC 1421 headers of old-style encrypted keys', () => {
  it('marks a passphrase-encrypted PKCS#1 key from node:crypto as encrypted, and skips its headers', () => {
    const { privateKey: encryptedPem } = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'correct horse' },
    })
    expect(encryptedPem).toContain('Proc-Type: 4,ENCRYPTED')
    const parsed = parsePem(encryptedPem)
    expect(parsed).toMatchObject({ ok: true, value: [{ label: 'RSA PRIVATE KEY', isEncrypted: true }] })
    const body = encryptedPem.split('\n\n')[1]!.replace(/-----END[^]*$/, '').replace(/\s/g, '')
    expect(parsed.ok && parsed.value[0]!.der).toEqual(new Uint8Array(Buffer.from(body, 'base64')))
  })

  it('reads a header continued on an indented line', () => {
    const text = block('RSA PRIVATE KEY', 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,\n  00112233445566778899AABBCCDDEEFF\n\nAAAA')
    expect(parsePem(text)).toEqual({ ok: true, value: [{ label: 'RSA PRIVATE KEY', der: new Uint8Array(3), isEncrypted: true }] })
  })

  it('does not call a block encrypted for headers that say nothing of encryption', () => {
    const parsed = parsePem(block('PRIVATE KEY', `Comment: made in a test\nProc-Type: 4,MIC-ONLY\n\n${Buffer.from(privateDer).toString('base64')}`))
    expect(parsed).toEqual({ ok: true, value: [{ label: 'PRIVATE KEY', der: privateDer }] })
  })

  it.each<{ name: string; body: string; column: number }>([
    { name: 'a colon inside', body: 'AA:AA\nAAAA', column: 3 },
    { name: 'a colon at its end', body: 'AAAA:\nAAAA', column: 5 },
  ])('does not take a base64 line with $name for a header', ({ body, column }) => {
    expect(errorOf(block('DATA', body))).toEqual({ code: 'pem-invalid-base64', message: `The PEM block "-----BEGIN DATA-----" is not valid base64: it contains ":" at line 2, column ${column}.` })
  })
})

describe('parsePem: the error names the block and where it broke', () => {
  it.each<{ name: string; text: string; error: PemError }>([
    {
      name: 'text with no block',
      text: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE',
      error: { code: 'pem-not-found', message: 'No PEM block was found: a block starts with a line like "-----BEGIN PUBLIC KEY-----".' },
    },
    {
      name: 'an END line first',
      text: '-----END PUBLIC KEY-----\nAAAA\n-----BEGIN PUBLIC KEY-----',
      error: { code: 'pem-unpaired-boundary', message: 'The line "-----END PUBLIC KEY-----" has no BEGIN line before it.' },
    },
    {
      name: 'a BEGIN line followed by another BEGIN',
      text: `-----BEGIN CERTIFICATE-----\nAAAA\n${publicPem}`,
      error: { code: 'pem-unpaired-boundary', message: 'The PEM block "-----BEGIN CERTIFICATE-----" has no matching END line.' },
    },
    {
      name: 'an END line with another label',
      text: '-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
      error: { code: 'pem-label-mismatch', message: 'The PEM block "-----BEGIN RSA PUBLIC KEY-----" ends with "-----END PUBLIC KEY-----"; its END line must repeat the label "RSA PUBLIC KEY".' },
    },
    {
      name: 'a block of headers and no base64',
      text: block('RSA PRIVATE KEY', 'Proc-Type: 4,ENCRYPTED\n\n  \n'),
      error: { code: 'pem-empty', message: 'The PEM block "-----BEGIN RSA PRIVATE KEY-----" is empty: there is no base64 between its BEGIN and END lines.' },
    },
    {
      name: 'base64url in place of base64',
      text: block('DATA', 'AAAA\nAB-_'),
      error: { code: 'pem-invalid-base64', message: 'The PEM block "-----BEGIN DATA-----" is not valid base64: it contains "-" at line 3, column 3.' },
    },
    {
      name: 'a control character',
      text: block('DATA', 'AA\u0007A'),
      error: { code: 'pem-invalid-base64', message: 'The PEM block "-----BEGIN DATA-----" is not valid base64: it contains the control character U+0007 at line 2, column 3.' },
    },
    {
      name: 'a character outside the BMP, named whole',
      text: block('DATA', 'AA😀A'),
      error: { code: 'pem-invalid-base64', message: 'The PEM block "-----BEGIN DATA-----" is not valid base64: it contains "😀" at line 2, column 3.' },
    },
    {
      name: '"=" before the end',
      text: block('DATA', 'AAAA\n AA==AAAA'),
      error: { code: 'pem-invalid-base64', message: 'The PEM block "-----BEGIN DATA-----" is not valid base64: "=" appears before the end, at line 3, column 4.' },
    },
    {
      name: '"=" before the end of a block copied out of JSON, its line breaks written as \\n',
      text: '-----BEGIN DATA-----\\nAAAA\\nAA==AAAA\\n-----END DATA-----',
      error: { code: 'pem-invalid-base64', message: 'The PEM block "-----BEGIN DATA-----" is not valid base64: "=" appears before the end, at line 1, column 31.' },
    },
    {
      name: 'one base64 character too many',
      text: block('DATA', 'AAAAA'),
      error: { code: 'pem-invalid-base64', message: 'The PEM block "-----BEGIN DATA-----" is not valid base64: 5 base64 characters cannot make whole bytes, so one is missing or extra.' },
    },
    {
      name: 'too much padding',
      text: block('DATA', 'AAA=='),
      error: { code: 'pem-invalid-base64', message: 'The PEM block "-----BEGIN DATA-----" is not valid base64: it ends with 2 "=" but needs 1.' },
    },
    {
      name: 'padding where none is needed',
      text: block('DATA', 'AAAA='),
      error: { code: 'pem-invalid-base64', message: 'The PEM block "-----BEGIN DATA-----" is not valid base64: it ends with 1 "=" but needs none.' },
    },
    {
      name: 'a broken second block after a good first one',
      text: `${publicPem}${block('CERTIFICATE', '')}`,
      error: { code: 'pem-empty', message: 'The PEM block "-----BEGIN CERTIFICATE-----" is empty: there is no base64 between its BEGIN and END lines.' },
    },
  ])('reports $name', ({ text, error }) => {
    expect(errorOf(text)).toEqual(error)
  })

  it('quotes a hostile label cut short', () => {
    const label = 'X'.repeat(500)
    expect(errorOf(`-----BEGIN ${label}-----\nAAAA`)).toEqual({
      code: 'pem-unpaired-boundary',
      message: `The PEM block "-----BEGIN ${'X'.repeat(89)}…" (516 characters) has no matching END line.`,
    })
  })
})

describe('toPem: canonical PEM (RFC 7468 §2)', () => {
  it('writes padded base64 in lines of 64, with a final line break, as node:crypto does', () => {
    expect(toPem('PUBLIC KEY', publicDer)).toBe(publicPem)
  })

  it.each<{ bytes: number[]; body: string }>([
    { bytes: [0xfb], body: '+w==' },
    { bytes: [0xfb, 0xff], body: '+/8=' },
    { bytes: [0xfb, 0xff, 0xbf], body: '+/+/' },
  ])('writes $bytes as $body, standard alphabet and padding', ({ bytes, body }) => {
    expect(toPem('DATA', Uint8Array.from(bytes))).toBe(block('DATA', body))
  })

  it('writes no body lines for no bytes, which parsePem then calls empty', () => {
    expect(toPem('DATA', new Uint8Array(0))).toBe('-----BEGIN DATA-----\n-----END DATA-----\n')
    expect(errorOf(toPem('DATA', new Uint8Array(0)))).toMatchObject({ code: 'pem-empty' })
  })
})

describe('parsePem on random input', () => {
  const label = fc.string({ unit: fc.constantFrom('A', 'B', 'Z', ' ', '1', '#'), minLength: 1, maxLength: 20 })
  const der = fc.uint8Array({ minLength: 1, maxLength: 300 })

  it('never throws, and returns blocks or one of its error codes with a sentence', () => {
    const pieces = fc.constantFrom('-----BEGIN ', '-----END ', '-----', 'PUBLIC KEY', 'A', 'AAAA', '=', '==', ':', ': ', 'Proc-Type', '\n', '\r\n', '\\n', ' ', '\t', '😀', '\u0000')
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: pieces, maxLength: 40 })), (text) => {
        const parsed = parsePem(text)
        if (parsed.ok) {
          expect(parsed.value.length).toBeGreaterThan(0)
        } else {
          expect(CODES).toContain(parsed.error.code)
          expect(parsed.error.message).toMatch(/\.$/)
        }
      }),
    )
  })

  it('round-trips what toPem writes', () => {
    fc.assert(
      fc.property(label, der, (name, bytes) => {
        const pem = toPem(name, bytes)
        expect(parsePem(pem)).toEqual({ ok: true, value: [{ label: name, der: bytes }] })
      }),
    )
  })

  it('reads a PEM back whatever its line breaks, line lengths and surrounding text', () => {
    const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\\n', '\\r\\n')
    const around = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.', ':'), maxLength: 20 })
    fc.assert(
      fc.property(label, der, fc.integer({ min: 1, max: 80 }), lineBreak, around, around, (name, bytes, width, newline, before, after) => {
        const base64 = Buffer.from(bytes).toString('base64')
        const lines = base64.match(new RegExp(`.{1,${width}}`, 'g')) ?? []
        const text = `${before}\n${[`-----BEGIN ${name}-----`, ...lines, `-----END ${name}-----`].join(newline)}\n${after}`
        expect(parsePem(text)).toEqual({ ok: true, value: [{ label: name, der: bytes }] })
      }),
    )
  })

  it('gives back, for every block it reads, a canonical PEM that reads the same', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(label, der), { minLength: 1, maxLength: 4 }), (blocks) => {
        const parsed = parsePem(blocks.map(([name, bytes]) => toPem(name, bytes)).join('\n'))
        expect(parsed.ok).toBe(true)
        if (!parsed.ok) return
        expect(parsed.value.map((found) => [found.label, found.der])).toEqual(blocks)
        for (const found of parsed.value) expect(parsePem(toPem(found.label, found.der))).toEqual({ ok: true, value: [found] })
      }),
    )
  })
})
