// Proves tests/fixtures/rfc-vectors.ts is transcribed right, using jose directly (not the app's code):
// every signature verifies with its key, every ciphertext jose supports decrypts to its plaintext,
// deterministic signatures are reproduced byte for byte from the private keys, and the thumbprints match.
import { describe, expect, it } from 'vitest'
import {
  CompactSign,
  base64url,
  calculateJwkThumbprint,
  compactDecrypt,
  compactVerify,
  errors,
  flattenedDecrypt,
  flattenedVerify,
  generalVerify,
  importJWK,
  type JWK,
} from 'jose'
import * as v from '../fixtures/rfc-vectors'
import type {
  FlattenedJwsVector,
  GeneralJwsVector,
  JwsVector,
  KeyedJweVector,
  RfcJwk,
} from '../fixtures/rfc-vectors'

const utf8 = new TextEncoder()
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes)
const b64urlText = (s: string) => base64url.encode(utf8.encode(s))

/** A fresh mutable copy, so jose can never freeze or alter the shared fixture objects. */
const jwk = (key: RfcJwk): JWK => ({ ...key })
const importKey = (key: RfcJwk, alg: string) => importJWK(jwk(key), alg)

const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi']
/** The public half of a private JWK: the same members minus the private ones. */
function publicPart(key: RfcJwk): RfcJwk {
  return Object.fromEntries(Object.entries(key).filter(([name]) => !privateMembers.includes(name)))
}

/** A mutable copy of a flattened JWS whose payload is attached (every vector but RFC 7520 4.5). */
function attachedFlattened(jws: FlattenedJwsVector) {
  expect(jws.payload).toBeTypeOf('string')
  return { ...jws, payload: jws.payload! }
}

/** A mutable copy of a general JWS whose payload is attached. */
function attachedGeneral(jws: GeneralJwsVector) {
  expect(jws.payload).toBeTypeOf('string')
  return { payload: jws.payload!, signatures: jws.signatures.map((signature) => ({ ...signature })) }
}

function protectedHeaderOf(token: string): Record<string, unknown> {
  return JSON.parse(text(base64url.decode(token.split('.')[0]!))) as Record<string, unknown>
}

// ---- BigInt arithmetic for checking RSA private keys member by member ----

const big = (b64: string) => BigInt(`0x${Buffer.from(base64url.decode(b64)).toString('hex') || '0'}`)
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b))

/**
 * Checks that every RSA member agrees with the others. Needed because a signature or decryption
 * succeeding does not prove the CRT members right: OpenSSL checks its CRT result and silently
 * falls back to plain "d" when they are wrong.
 */
function expectConsistentRsaKey(key: RfcJwk) {
  const [n, e, d, p, q, dp, dq, qi] = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'].map((name) => {
    expect(key[name], `member ${name}`).toBeTypeOf('string')
    return big(key[name]!)
  }) as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint]
  expect(p * q).toBe(n)
  const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n)
  expect((e * d) % lambda).toBe(1n)
  expect(d % (p - 1n)).toBe(dp)
  expect(d % (q - 1n)).toBe(dq)
  expect((qi * q) % p).toBe(1n)
}

// =============================================================================================
// RFC 7515 Appendix A
// =============================================================================================

describe('RFC 7515 Appendix A', () => {
  it('A.2: the RS256 JWS verifies, and the private key reproduces it exactly', async () => {
    const { payload, protectedHeader } = await compactVerify(
      v.rfc7515A2Rs256Jws,
      await importKey(publicPart(v.rfc7515A2RsaJwk), 'RS256'),
    )
    expect(protectedHeader).toEqual({ alg: 'RS256' })
    expect(text(payload)).toBe(v.rfc7515ClaimsPayload)
    // RSASSA-PKCS1-v1_5 is deterministic: the RFC's key must produce the RFC's token.
    const resigned = await new CompactSign(utf8.encode(v.rfc7515ClaimsPayload))
      .setProtectedHeader({ alg: 'RS256' })
      .sign(await importKey(v.rfc7515A2RsaJwk, 'RS256'))
    expect(resigned).toBe(v.rfc7515A2Rs256Jws)
    expectConsistentRsaKey(v.rfc7515A2RsaJwk)
  })

  it.each([
    ['A.3', 'ES256', v.rfc7515A3Es256Jws, v.rfc7515A3Es256Jwk, v.rfc7515ClaimsPayload],
    ['A.4', 'ES512', v.rfc7515A4Es512Jws, v.rfc7515A4Es512Jwk, v.rfc7515A4Payload],
  ])('%s: the %s JWS verifies, and the private "d" matches the public key', async (_, alg, jws, key, expected) => {
    const publicKey = await importKey(publicPart(key), alg)
    const { payload, protectedHeader } = await compactVerify(jws, publicKey)
    expect(protectedHeader).toEqual({ alg })
    expect(text(payload)).toBe(expected)
    // ECDSA is randomized, so the RFC's signature cannot be reproduced; sign anew instead.
    const fresh = await new CompactSign(utf8.encode('check'))
      .setProtectedHeader({ alg })
      .sign(await importKey(key, alg))
    await expect(compactVerify(fresh, publicKey)).resolves.toBeDefined()
  })
})

// =============================================================================================
// RFC 7520 Section 3 (keys) and Section 4 (signatures)
// =============================================================================================

describe('RFC 7520 Section 3 keys', () => {
  it('3.1 and 3.3 are exactly the public halves of 3.2 and 3.4', () => {
    expect(publicPart(v.rfc7520EcPrivateKey)).toEqual(v.rfc7520EcPublicKey)
    expect(publicPart(v.rfc7520RsaPrivateKey)).toEqual(v.rfc7520RsaPublicKey)
  })

  it('3.4: the RSA private members agree with each other', () => {
    expectConsistentRsaKey(v.rfc7520RsaPrivateKey)
  })

  it('3.2: the EC private key signs what the 3.1 public key verifies', async () => {
    const signed = await new CompactSign(utf8.encode('check'))
      .setProtectedHeader({ alg: 'ES512' })
      .sign(await importKey(v.rfc7520EcPrivateKey, 'ES512'))
    await expect(compactVerify(signed, await importKey(v.rfc7520EcPublicKey, 'ES512'))).resolves.toBeDefined()
  })

  it('3.5 and 3.6: the symmetric keys have the sizes their algorithms need', () => {
    expect(base64url.decode(v.rfc7520MacKey.k!)).toHaveLength(32)
    expect(base64url.decode(v.rfc7520EncryptionKey.k!)).toHaveLength(32)
  })

  it('Section 4 payload: the base64url form is the UTF-8 of the text, curly apostrophes included', () => {
    expect(v.rfc7520Payload).toContain('It\u2019s a dangerous business, Frodo')
    expect(v.rfc7520Payload).toContain('there\u2019s no knowing')
    expect(b64urlText(v.rfc7520Payload)).toBe(v.rfc7520PayloadB64url)
  })
})

const attachedSignatures: JwsVector[] = [
  v.rfc7520RsaV15Signature,
  v.rfc7520RsaPssSignature,
  v.rfc7520EcdsaSignature,
  v.rfc7520HmacSignature,
  v.rfc7520PartlyProtectedHeaderSignature,
  v.rfc7520UnprotectedHeaderSignature,
]

describe('RFC 7520 Section 4 signatures', () => {
  it('uses the algorithms the RFC names', () => {
    expect(attachedSignatures.map((vector) => [vector.section, vector.alg])).toEqual([
      ['4.1', 'RS256'],
      ['4.2', 'PS384'],
      ['4.3', 'ES512'],
      ['4.4', 'HS256'],
      ['4.6', 'HS256'],
      ['4.7', 'HS256'],
    ])
    expect(v.rfc7520DetachedSignature.alg).toBe('HS256')
  })

  describe.each(attachedSignatures.map((vector) => [vector.section, vector] as const))('%s', (_, vector) => {
    const verificationKey = () => importKey(vector.verificationKey, vector.alg)

    if (vector.compact !== undefined) {
      const compact = vector.compact
      it('compact serialization verifies', async () => {
        const { payload, protectedHeader } = await compactVerify(compact, await verificationKey())
        expect(protectedHeader.alg).toBe(vector.alg)
        expect(text(payload)).toBe(vector.payload)
      })
    } else {
      it('has no compact serialization, as part of its header is unprotected', () => {
        expect(vector.flattened.header).toBeDefined()
      })
    }

    it('flattened JSON serialization verifies', async () => {
      const result = await flattenedVerify(attachedFlattened(vector.flattened), await verificationKey())
      expect(text(result.payload)).toBe(vector.payload)
      expect(result.protectedHeader?.alg ?? result.unprotectedHeader?.alg).toBe(vector.alg)
    })

    it('general JSON serialization verifies', async () => {
      const result = await generalVerify(attachedGeneral(vector.general), await verificationKey())
      expect(text(result.payload)).toBe(vector.payload)
    })

    it('the three serializations carry the same signature', () => {
      const signatures = [vector.flattened.signature, vector.general.signatures[0]!.signature]
      if (vector.compact !== undefined) signatures.push(vector.compact.split('.')[2]!)
      expect(new Set(signatures).size).toBe(1)
      expect(vector.general.signatures).toHaveLength(1)
    })
  })

  it('4.1 and 4.4 are deterministic: the private keys reproduce them exactly', async () => {
    for (const vector of [v.rfc7520RsaV15Signature, v.rfc7520HmacSignature]) {
      const resigned = await new CompactSign(utf8.encode(vector.payload))
        .setProtectedHeader(protectedHeaderOf(vector.compact!) as { alg: string })
        .sign(await importKey(vector.signingKey, vector.alg))
      expect(resigned).toBe(vector.compact)
    }
  })

  it('4.6 and 4.7 keep "kid" (and in 4.7 "alg") out of the protected header', () => {
    expect(text(base64url.decode(v.rfc7520PartlyProtectedHeaderSignature.flattened.protected!))).toBe('{"alg":"HS256"}')
    expect(v.rfc7520PartlyProtectedHeaderSignature.flattened.header).toEqual({ kid: v.rfc7520MacKey.kid })
    expect(v.rfc7520UnprotectedHeaderSignature.flattened.protected).toBeUndefined()
    expect(v.rfc7520UnprotectedHeaderSignature.flattened.header).toEqual({ alg: 'HS256', kid: v.rfc7520MacKey.kid })
  })

  describe('4.5 detached content', () => {
    const vector = v.rfc7520DetachedSignature
    const key = () => importKey(vector.verificationKey, vector.alg)

    it('omits the payload from every serialization', () => {
      expect(vector.compact!.split('.')[1]).toBe('')
      expect(vector.flattened.payload).toBeUndefined()
      expect(vector.general.payload).toBeUndefined()
    })

    it('verifies in every serialization once the payload is supplied', async () => {
      const [header, , signature] = vector.compact!.split('.')
      const attached = await compactVerify(`${header}.${v.rfc7520PayloadB64url}.${signature}`, await key())
      expect(text(attached.payload)).toBe(vector.payload)
      const flattened = await flattenedVerify({ ...vector.flattened, payload: v.rfc7520PayloadB64url }, await key())
      expect(text(flattened.payload)).toBe(vector.payload)
      const general = await generalVerify(
        { signatures: vector.general.signatures.map((s) => ({ ...s })), payload: v.rfc7520PayloadB64url },
        await key(),
      )
      expect(text(general.payload)).toBe(vector.payload)
    })

    it('does not verify without the payload (it would be checked against an empty payload)', async () => {
      await expect(compactVerify(vector.compact!, await key())).rejects.toBeInstanceOf(
        errors.JWSSignatureVerificationFailed,
      )
    })

    it('has the same signature as 4.4 (same key, protected header and payload)', () => {
      expect(vector.flattened.signature).toBe(v.rfc7520HmacSignature.flattened.signature)
    })
  })

  describe('4.8 multiple signatures', () => {
    const vector = v.rfc7520MultipleSignatures

    it('has one signer per signature: RS256, ES512, HS256', () => {
      expect(vector.signers.map((s) => s.alg)).toEqual(['RS256', 'ES512', 'HS256'])
      expect(vector.general.signatures).toHaveLength(vector.signers.length)
    })

    it.each(vector.signers.map((signer, index) => [signer.alg, index, signer] as const))(
      'the %s signature (index %i) verifies on its own with its key',
      async (alg, index, signer) => {
        const signature = vector.general.signatures[index]!
        const result = await flattenedVerify(
          { payload: vector.general.payload!, ...signature },
          await importKey(signer.verificationKey, alg),
        )
        expect(text(result.payload)).toBe(vector.payload)
        expect(result.protectedHeader?.alg ?? result.unprotectedHeader?.alg).toBe(alg)
      },
    )

    it.each(vector.signers.map((signer) => [signer.alg, signer] as const))(
      'generalVerify accepts the whole object with the %s key',
      async (alg, signer) => {
        const key = await importKey(signer.verificationKey, alg)
        const result = await generalVerify(attachedGeneral(vector.general), key)
        expect(text(result.payload)).toBe(vector.payload)
        expect(result.protectedHeader?.alg ?? result.unprotectedHeader?.alg).toBe(alg)
      },
    )
  })
})

// =============================================================================================
// RFC 7520 Section 5 (encryption) and Section 6 (nesting)
// =============================================================================================

const supportedEncryption: KeyedJweVector[] = [
  v.rfc7520RsaOaepEncryption,
  v.rfc7520EcdhEsKeyWrapEncryption,
  v.rfc7520EcdhEsDirectEncryption,
  v.rfc7520DirectEncryption,
  v.rfc7520AesGcmKeyWrapEncryption,
  v.rfc7520AesKeyWrapEncryption,
]

describe('RFC 7520 Section 5 encryption', () => {
  it('Section 5 plaintext keeps its en dashes', () => {
    expect(v.rfc7520Plaintext).toMatch(/^You can trust us to stick with you through thick and thin\u2013to the/)
    expect(v.rfc7520Plaintext).toContain('secret of yours\u2013closer')
    expect(v.rfc7520Plaintext).toMatch(/We are your friends, Frodo\.$/)
  })

  describe.each(supportedEncryption.map((vector) => [vector.section, vector.alg, vector.enc, vector] as const))(
    '%s (%s, %s)',
    (_, alg, enc, vector) => {
      const key = () => importKey(vector.key, alg)

      it('compact serialization decrypts to the plaintext', async () => {
        const { plaintext, protectedHeader } = await compactDecrypt(vector.compact, await key())
        expect(text(plaintext)).toBe(vector.plaintext)
        expect(protectedHeader).toMatchObject({ alg, enc })
      })

      it('flattened JSON serialization decrypts to the plaintext', async () => {
        const { plaintext } = await flattenedDecrypt({ ...vector.flattened! }, await key())
        expect(text(plaintext)).toBe(vector.plaintext)
      })
    },
  )

  it('5.2 RSA-OAEP key: the private members agree with each other', () => {
    expectConsistentRsaKey(v.rfc7520RsaOaepEncryption.key)
  })

  describe('5.3 PBES2-HS512+A256KW', () => {
    const vector = v.rfc7520Pbes2Encryption
    const password = () => utf8.encode(vector.password)
    const options = { keyManagementAlgorithms: ['PBES2-HS512+A256KW'] }

    it('the password has its two en dashes', () => {
      expect(vector.password).toBe('entrap_o\u2013peter_long\u2013credit_tun')
    })

    it('compact serialization decrypts with the password once PBES2 is allowed', async () => {
      const { plaintext, protectedHeader } = await compactDecrypt(vector.compact, password(), options)
      expect(text(plaintext)).toBe(vector.plaintext)
      expect(protectedHeader).toMatchObject({ alg: vector.alg, enc: vector.enc, p2c: 8192, cty: 'jwk-set+json' })
      // The plaintext is the JWK Set holding the 5.6, 5.8 and 5.7 keys.
      const { keys } = JSON.parse(vector.plaintext) as { keys: RfcJwk[] }
      expect(keys).toEqual([
        v.rfc7520DirectEncryption.key,
        v.rfc7520AesKeyWrapEncryption.key,
        v.rfc7520AesGcmKeyWrapEncryption.key,
      ])
    })

    it('flattened JSON serialization decrypts with the password', async () => {
      const { plaintext } = await flattenedDecrypt({ ...vector.flattened! }, password(), options)
      expect(text(plaintext)).toBe(vector.plaintext)
    })

    it('jose refuses PBES2 unless it is listed in keyManagementAlgorithms', async () => {
      await expect(compactDecrypt(vector.compact, password())).rejects.toBeInstanceOf(errors.JOSEAlgNotAllowed)
    })
  })

  describe('5.1 RSA1_5 (not supported by jose)', () => {
    const vector = v.rfc7520Rsa15Encryption

    it('jose rejects the "alg" in both serializations, and will not import a key for it', async () => {
      const key = await importKey(vector.key, 'RSA-OAEP') // any RSA key: the alg is refused first
      await expect(compactDecrypt(vector.compact, key)).rejects.toBeInstanceOf(errors.JOSENotSupported)
      await expect(compactDecrypt(vector.compact, key)).rejects.toThrow(/"alg"/)
      await expect(flattenedDecrypt({ ...vector.flattened! }, key)).rejects.toBeInstanceOf(errors.JOSENotSupported)
      await expect(importKey(vector.key, 'RSA1_5')).rejects.toBeInstanceOf(errors.JOSENotSupported)
    })

  })
})

describe('RFC 7520 Section 6 nested JWT', () => {
  const vector = v.rfc7520NestedJwt

  it('the outer JWE decrypts to the inner JWS (compact and flattened)', async () => {
    const key = await importKey(vector.decryptionKey, vector.alg)
    const { plaintext, protectedHeader } = await compactDecrypt(vector.compact, key)
    expect(text(plaintext)).toBe(vector.jws)
    expect(protectedHeader).toEqual({ alg: vector.alg, cty: 'JWT', enc: vector.enc })
    const flattened = await flattenedDecrypt({ ...vector.flattened }, key)
    expect(text(flattened.plaintext)).toBe(vector.jws)
  })

  it('the inner JWS verifies with the signing key and carries the claims', async () => {
    const { payload, protectedHeader } = await compactVerify(
      vector.jws,
      await importKey(vector.verificationKey, vector.signingAlg),
    )
    expect(protectedHeader).toEqual({ alg: 'PS256', typ: 'JWT' })
    expect(text(payload)).toBe(vector.claims)
    expect(JSON.parse(vector.claims)).toEqual({
      iss: 'hobbiton.example',
      exp: 1300819380,
      'http://example.com/is_root': true,
    })
  })

  it('the keys are consistent: verification key is the public half, private members agree', () => {
    expect(publicPart(vector.signingKey)).toEqual(vector.verificationKey)
    expectConsistentRsaKey(vector.signingKey)
    expect(vector.decryptionKey).toBe(v.rfc7520RsaOaepEncryption.key)
  })
})

// =============================================================================================
// RFC 7516 Appendix A
// =============================================================================================

describe('RFC 7516 Appendix A', () => {
  it.each([
    ['A.1', v.rfc7516A1],
    ['A.3', v.rfc7516A3],
  ])('%s decrypts to its plaintext', async (_, vector) => {
    const { plaintext, protectedHeader } = await compactDecrypt(vector.compact, await importKey(vector.key, vector.alg))
    expect(text(plaintext)).toBe(vector.plaintext)
    expect(protectedHeader).toEqual({ alg: vector.alg, enc: vector.enc })
  })

  it('A.1: the RSA private members agree with each other', () => {
    expectConsistentRsaKey(v.rfc7516A1.key)
  })

  it('plaintexts are the RFC sentences', () => {
    expect(v.rfc7516A1.plaintext).toBe('The true sign of intelligence is not knowledge but imagination.')
    expect(v.rfc7516A2.plaintext).toBe('Live long and prosper.')
    expect(v.rfc7516A3.plaintext).toBe('Live long and prosper.')
  })

  describe('A.2 RSA1_5 (not supported by jose)', () => {
    it('jose rejects the "alg"', async () => {
      const key = await importKey(v.rfc7516A2.key, 'RSA-OAEP')
      await expect(compactDecrypt(v.rfc7516A2.compact, key)).rejects.toBeInstanceOf(errors.JOSENotSupported)
      await expect(importKey(v.rfc7516A2.key, 'RSA1_5')).rejects.toBeInstanceOf(errors.JOSENotSupported)
    })
  })
})

// =============================================================================================
// RFC 8037 Appendix A and RFC 7638 Section 3.1
// =============================================================================================

describe('RFC 8037 Appendix A', () => {
  it('A.2 is the public half of A.1', () => {
    expect(publicPart(v.rfc8037A1PrivateJwk)).toEqual(v.rfc8037A2PublicJwk)
  })

  it('A.3: the thumbprint of the A.2 key (and of the A.1 private key) is the RFC value', async () => {
    expect(await calculateJwkThumbprint(jwk(v.rfc8037A2PublicJwk))).toBe(v.rfc8037A3Thumbprint)
    expect(await calculateJwkThumbprint(jwk(v.rfc8037A1PrivateJwk))).toBe(v.rfc8037A3Thumbprint)
  })

  it('A.4: the EdDSA JWS verifies with the A.2 key', async () => {
    const key = await importKey(v.rfc8037A2PublicJwk, 'EdDSA')
    const { payload, protectedHeader } = await compactVerify(v.rfc8037A4Jws, key)
    expect(protectedHeader).toEqual({ alg: 'EdDSA' })
    expect(text(payload)).toBe(v.rfc8037A4Payload)
  })

  it('A.4: Ed25519 is deterministic, so the A.1 key reproduces the JWS exactly', async () => {
    const resigned = await new CompactSign(utf8.encode(v.rfc8037A4Payload))
      .setProtectedHeader({ alg: 'EdDSA' })
      .sign(await importKey(v.rfc8037A1PrivateJwk, 'EdDSA'))
    expect(resigned).toBe(v.rfc8037A4Jws)
  })
})

describe('RFC 7638 Section 3.1', () => {
  it('the example key has the RFC thumbprint', async () => {
    expect(await calculateJwkThumbprint(jwk(v.rfc7638Jwk))).toBe(v.rfc7638Thumbprint)
    expect(await calculateJwkThumbprint(jwk(v.rfc7638Jwk), 'sha256')).toBe(v.rfc7638Thumbprint)
  })
})
