import { describe, expect, it } from 'vitest'
import { X509Certificate } from 'node:crypto'
import { selfSignedCertificate } from '../../../src/core/keys/self-signed-certificate'
import { parsePem } from '../../../src/core/keys/parse-pem'
import { describeCertificate } from '../../../src/core/keys/key-der'

describe('selfSignedCertificate', () => {
  it('makes a certificate that OpenSSL parses and that verifies with its own key', async () => {
    const keyPair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']))
    const pem = await selfSignedCertificate(keyPair, 'attacker.example', new Date('2026-01-01T00:00:00Z'))
    const certificate = new X509Certificate(pem)
    expect(certificate.subject).toBe('CN=attacker.example')
    expect(certificate.validFrom).toBe('Jan  1 00:00:00 2026 GMT')
    expect(certificate.verify(certificate.publicKey)).toBe(true)
    const blocks = parsePem(pem)
    expect(blocks.ok && describeCertificate(blocks.value[0]!.der)).toMatchObject({ ok: true, value: { subject: 'CN=attacker.example' } })
  })
})
