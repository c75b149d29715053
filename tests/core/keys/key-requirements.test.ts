import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  describeKeyShape,
  needsSecret,
  requirementFor,
  whyKeyDoesNotFit,
  type KeyMisfit,
  type KeyShape,
  type Requirement,
} from '../../../src/core/keys/key-requirements'

const verify = (types: Requirement['types']): Requirement => ({ purpose: 'verify', types })
const decrypt = (types: Requirement['types'], extra: Partial<Requirement> = {}): Requirement => ({ purpose: 'decrypt', types, ...extra })
const ecdh = decrypt([{ type: 'EC', curves: ['P-256', 'P-384', 'P-521'] }, { type: 'OKP', curves: ['X25519'] }])

const CONTENT_ENCRYPTIONS: Array<[enc: string, bytes: number]> = [
  ['A128GCM', 16],
  ['A192GCM', 24],
  ['A256GCM', 32],
  ['A128CBC-HS256', 32],
  ['A192CBC-HS384', 48],
  ['A256CBC-HS512', 64],
]

describe('requirementFor: JWS algorithms', () => {
  it.each<[string, Requirement]>([
    ['HS256', verify([{ type: 'oct' }])],
    ['HS384', verify([{ type: 'oct' }])],
    ['HS512', verify([{ type: 'oct' }])],
    ['RS256', verify([{ type: 'RSA' }])],
    ['RS384', verify([{ type: 'RSA' }])],
    ['RS512', verify([{ type: 'RSA' }])],
    ['PS256', verify([{ type: 'RSA' }])],
    ['PS384', verify([{ type: 'RSA' }])],
    ['PS512', verify([{ type: 'RSA' }])],
    ['ES256', verify([{ type: 'EC', curves: ['P-256'] }])],
    ['ES384', verify([{ type: 'EC', curves: ['P-384'] }])],
    ['ES512', verify([{ type: 'EC', curves: ['P-521'] }])],
    ['ES256K', verify([{ type: 'EC', curves: ['secp256k1'] }])],
    ['EdDSA', verify([{ type: 'OKP', curves: ['Ed25519', 'Ed448'] }])],
    ['Ed25519', verify([{ type: 'OKP', curves: ['Ed25519'] }])],
    ['Ed448', verify([{ type: 'OKP', curves: ['Ed448'] }])],
    ['ML-DSA-44', verify([{ type: 'AKP', curves: ['ML-DSA-44'] }])],
    ['ML-DSA-65', verify([{ type: 'AKP', curves: ['ML-DSA-65'] }])],
    ['ML-DSA-87', verify([{ type: 'AKP', curves: ['ML-DSA-87'] }])],
  ])('%s', (alg, requirement) => {
    expect(requirementFor(alg)).toEqual(requirement)
  })
})

describe('requirementFor: JWE algorithms', () => {
  it.each<[string, string | undefined, Requirement]>([
    ['RSA-OAEP', undefined, decrypt([{ type: 'RSA' }])],
    ['RSA-OAEP-256', undefined, decrypt([{ type: 'RSA' }])],
    ['RSA-OAEP-384', undefined, decrypt([{ type: 'RSA' }])],
    ['RSA-OAEP-512', 'A256GCM', decrypt([{ type: 'RSA' }])],
    ['RSA1_5', undefined, decrypt([{ type: 'RSA' }])],
    ['ECDH-ES', undefined, ecdh],
    ['ECDH-ES', 'A128GCM', ecdh],
    ['ECDH-ES+A128KW', undefined, ecdh],
    ['ECDH-ES+A192KW', undefined, ecdh],
    ['ECDH-ES+A256KW', undefined, ecdh],
    ['A128KW', undefined, decrypt([{ type: 'oct' }], { secretBytes: 16 })],
    ['A192KW', undefined, decrypt([{ type: 'oct' }], { secretBytes: 24 })],
    ['A256KW', 'A128GCM', decrypt([{ type: 'oct' }], { secretBytes: 32 })],
    ['A128GCMKW', undefined, decrypt([{ type: 'oct' }], { secretBytes: 16 })],
    ['A192GCMKW', undefined, decrypt([{ type: 'oct' }], { secretBytes: 24 })],
    ['A256GCMKW', undefined, decrypt([{ type: 'oct' }], { secretBytes: 32 })],
    ['dir', undefined, decrypt([{ type: 'oct' }])],
    ['dir', 'A512GCM', decrypt([{ type: 'oct' }])],
    ['dir', 'toString', decrypt([{ type: 'oct' }])],
    ['dir', '', decrypt([{ type: 'oct' }])],
    ['PBES2-HS256+A128KW', undefined, decrypt([{ type: 'oct' }], { isPassword: true })],
    ['PBES2-HS384+A192KW', undefined, decrypt([{ type: 'oct' }], { isPassword: true })],
    ['PBES2-HS512+A256KW', 'A256GCM', decrypt([{ type: 'oct' }], { isPassword: true })],
  ])('%s (enc %s)', (alg, enc, requirement) => {
    expect(requirementFor(alg, enc)).toEqual(requirement)
  })

  it.each(CONTENT_ENCRYPTIONS)('dir with %s needs a %i-byte key', (enc, bytes) => {
    expect(requirementFor('dir', enc)).toEqual(decrypt([{ type: 'oct' }], { secretBytes: bytes }))
  })
})

describe('requirementFor: algorithms with no key, or unknown', () => {
  it.each([
    'none',
    '',
    'hs256',
    'HS1',
    'HS256 ',
    'RS1',
    'PS128',
    'ES256k',
    'ES521',
    'eddsa',
    'Ed25519ph',
    'X25519',
    'ML-DSA-99',
    'ML-KEM-768',
    'RSA-OAEP-1',
    'RSA1_6',
    'ECDH-ES+A128GCMKW',
    'ECDH-1PU',
    'A512KW',
    'A128GCM',
    'DIR',
    'PBES2-HS256+A256KW-',
    'PBES2-HS256',
    'toString',
    '__proto__',
    'constructor',
    'hasOwnProperty',
  ])('%j → undefined', (alg) => {
    expect(requirementFor(alg)).toBeUndefined()
  })
})

describe('needsSecret', () => {
  it.each<[string, string | undefined, boolean]>([
    ['HS256', undefined, true],
    ['HS512', undefined, true],
    ['A128KW', undefined, true],
    ['A256GCMKW', undefined, true],
    ['dir', 'A256GCM', true],
    ['dir', undefined, true],
    ['PBES2-HS256+A128KW', undefined, true],
    ['RS256', undefined, false],
    ['PS512', undefined, false],
    ['ES256', undefined, false],
    ['EdDSA', undefined, false],
    ['ML-DSA-65', undefined, false],
    ['RSA-OAEP-256', undefined, false],
    ['ECDH-ES+A256KW', undefined, false],
    ['none', undefined, false],
    ['nonsense', undefined, false],
  ])('%s (enc %s) → %s', (alg, enc, expected) => {
    expect(needsSecret(alg, enc)).toBe(expected)
  })
})

describe('describeKeyShape', () => {
  it.each<[KeyShape, string]>([
    [{ type: 'oct' }, 'a shared secret'],
    [{ type: 'oct', byteLength: 32 }, 'a shared secret of 32 bytes'],
    [{ type: 'oct', byteLength: 8 }, 'a shared secret of 8 bytes'],
    [{ type: 'oct', byteLength: 1 }, 'a shared secret of 1 byte'],
    [{ type: 'oct', byteLength: 0 }, 'a shared secret of 0 bytes'],
    [{ type: 'oct', byteLength: 16, isPrivate: true }, 'a shared secret of 16 bytes'],
    [{ type: 'RSA' }, 'an RSA public key'],
    [{ type: 'RSA', rsaModulusBits: 2048 }, 'an RSA 2048-bit public key'],
    [{ type: 'RSA', rsaModulusBits: 4096, isPrivate: true }, 'an RSA 4096-bit private key'],
    [{ type: 'RSA', rsaModulusBits: 0 }, 'an RSA public key'],
    [{ type: 'RSA', isPrivate: false }, 'an RSA public key'],
    [{ type: 'EC', curve: 'P-256' }, 'an EC P-256 public key'],
    [{ type: 'EC', curve: 'secp256k1', isPrivate: true }, 'an EC secp256k1 private key'],
    [{ type: 'EC' }, 'an EC public key'],
    [{ type: 'OKP', curve: 'Ed25519' }, 'an Ed25519 public key'],
    [{ type: 'OKP', curve: 'X25519', isPrivate: true }, 'an X25519 private key'],
    [{ type: 'OKP' }, 'an OKP public key'],
    [{ type: 'AKP', curve: 'ML-DSA-44' }, 'an ML-DSA-44 public key'],
    [{ type: 'AKP', curve: 'ML-DSA-87', isPrivate: true }, 'an ML-DSA-87 private key'],
    [{ type: 'AKP' }, 'an AKP public key'],
  ])('%j → %s', (shape, description) => {
    expect(describeKeyShape(shape)).toBe(description)
  })
})

const confusion = (what: string, alg: string) =>
  `This is ${what}, but ${alg} is checked with a shared secret. Using a public key as an HMAC secret is the algorithm-confusion attack (RS256 to HS256): a verifier must never do it.`
const rsaSections: Record<string, string> = { RS: '§3.3', PS: '§3.5', 'RSA-OAEP': '§4.3', RSA1_5: '§4.2' }
const weakRsa = (bits: number, alg: string) =>
  `This RSA key has ${bits} bits; ${alg} requires at least 2048 (RFC 7518 ${rsaSections[alg.startsWith('RSA-OAEP') ? 'RSA-OAEP' : alg === 'RSA1_5' ? alg : alg.slice(0, 2)]}), so it cannot be trusted.`
const publicForDecrypt = (what: string) => `Decrypting needs the recipient's private key, but this is ${what}: a public key can only encrypt.`
const ECDH_WANTED = 'an EC (P-256, P-384, P-521) or X25519 private key'

const rsa2048: KeyShape = { type: 'RSA', rsaModulusBits: 2048 }
const rsa2048Private: KeyShape = { type: 'RSA', rsaModulusBits: 2048, isPrivate: true }
const p256: KeyShape = { type: 'EC', curve: 'P-256' }
const p256Private: KeyShape = { type: 'EC', curve: 'P-256', isPrivate: true }
const ed25519: KeyShape = { type: 'OKP', curve: 'Ed25519' }
const x25519Private: KeyShape = { type: 'OKP', curve: 'X25519', isPrivate: true }
const mlDsa44: KeyShape = { type: 'AKP', curve: 'ML-DSA-44' }
const secret: KeyShape = { type: 'oct' }
const secretOf = (byteLength: number): KeyShape => ({ type: 'oct', byteLength })

describe('whyKeyDoesNotFit', () => {
  it.each<{ name: string; alg: string; enc?: string; shape: KeyShape; code?: KeyMisfit['code']; message: string | undefined }>([
    // HMAC: only a secret fits; anything else is the algorithm-confusion attack.
    { name: 'HS256 with a secret', alg: 'HS256', shape: secretOf(32), message: undefined },
    { name: 'HS512 with a secret of unknown length', alg: 'HS512', shape: secret, message: undefined },
    { name: 'HS256 with a 1-byte secret (size is not checked here)', alg: 'HS256', shape: secretOf(1), message: undefined },
    { name: 'HS256 with an RSA public key', alg: 'HS256', shape: rsa2048, code: 'alg-confusion', message: confusion('an RSA 2048-bit public key', 'HS256') },
    { name: 'HS384 with an EC public key', alg: 'HS384', shape: p256, code: 'alg-confusion', message: confusion('an EC P-256 public key', 'HS384') },
    { name: 'HS512 with an Ed25519 private key', alg: 'HS512', shape: { ...ed25519, isPrivate: true }, code: 'alg-confusion', message: confusion('an Ed25519 private key', 'HS512') },
    { name: 'HS256 with an ML-DSA key', alg: 'HS256', shape: mlDsa44, code: 'alg-confusion', message: confusion('an ML-DSA-44 public key', 'HS256') },

    // A secret for an asymmetric algorithm.
    { name: 'RS256 with a secret', alg: 'RS256', shape: secretOf(32), code: 'wrong-key-kind', message: 'RS256 is checked with a public key (PEM, JWK or JWKS), but this is a shared secret.' },
    { name: 'ES256 with a secret', alg: 'ES256', shape: secret, code: 'wrong-key-kind', message: 'ES256 is checked with a public key (PEM, JWK or JWKS), but this is a shared secret.' },
    { name: 'EdDSA with a secret', alg: 'EdDSA', shape: secret, code: 'wrong-key-kind', message: 'EdDSA is checked with a public key (PEM, JWK or JWKS), but this is a shared secret.' },
    { name: 'ML-DSA-65 with a secret', alg: 'ML-DSA-65', shape: secret, code: 'wrong-key-kind', message: 'ML-DSA-65 is checked with a public key (PEM, JWK or JWKS), but this is a shared secret.' },
    { name: 'RSA-OAEP with a secret', alg: 'RSA-OAEP', shape: secretOf(32), code: 'wrong-key-kind', message: "RSA-OAEP decrypts with the recipient's private key (PEM or JWK), but this is a shared secret." },
    { name: 'ECDH-ES+A128KW with a secret', alg: 'ECDH-ES+A128KW', shape: secret, code: 'wrong-key-kind', message: "ECDH-ES+A128KW decrypts with the recipient's private key (PEM or JWK), but this is a shared secret." },

    // An asymmetric key where a shared key or password is needed for decryption.
    { name: 'A128KW with an RSA private key', alg: 'A128KW', shape: rsa2048Private, code: 'wrong-key-kind', message: 'A128KW decrypts with a shared key, but this is an RSA 2048-bit private key.' },
    { name: 'dir with an EC private key', alg: 'dir', enc: 'A256GCM', shape: p256Private, code: 'wrong-key-kind', message: 'dir decrypts with a shared key, but this is an EC P-256 private key.' },
    { name: 'A256GCMKW with an X25519 key', alg: 'A256GCMKW', shape: x25519Private, code: 'wrong-key-kind', message: 'A256GCMKW decrypts with a shared key, but this is an X25519 private key.' },
    { name: 'PBES2 with an EC private key', alg: 'PBES2-HS256+A128KW', shape: p256Private, code: 'wrong-key-kind', message: 'PBES2-HS256+A128KW decrypts with a shared password, but this is an EC P-256 private key.' },

    // The wrong key type.
    { name: 'RS256 with an EC key', alg: 'RS256', shape: p256, code: 'wrong-key-type', message: 'RS256 needs an RSA key, but this is an EC P-256 public key.' },
    { name: 'PS256 with an Ed25519 key', alg: 'PS256', shape: ed25519, code: 'wrong-key-type', message: 'PS256 needs an RSA key, but this is an Ed25519 public key.' },
    { name: 'ES256 with an RSA key', alg: 'ES256', shape: rsa2048, code: 'wrong-key-type', message: 'ES256 needs an EC (P-256) key, but this is an RSA 2048-bit public key.' },
    { name: 'ES256K with an OKP key', alg: 'ES256K', shape: ed25519, code: 'wrong-key-type', message: 'ES256K needs an EC (secp256k1) key, but this is an Ed25519 public key.' },
    { name: 'EdDSA with an EC key', alg: 'EdDSA', shape: p256, code: 'wrong-key-type', message: 'EdDSA needs an Ed25519 or Ed448 key, but this is an EC P-256 public key.' },
    { name: 'Ed448 with an RSA key', alg: 'Ed448', shape: { type: 'RSA' }, code: 'wrong-key-type', message: 'Ed448 needs an Ed448 key, but this is an RSA public key.' },
    { name: 'ML-DSA-44 with an Ed25519 key', alg: 'ML-DSA-44', shape: ed25519, code: 'wrong-key-type', message: 'ML-DSA-44 needs an ML-DSA-44 key, but this is an Ed25519 public key.' },
    { name: 'RSA-OAEP-256 with an EC private key', alg: 'RSA-OAEP-256', shape: p256Private, code: 'wrong-key-type', message: 'RSA-OAEP-256 needs an RSA private key, but this is an EC P-256 private key.' },
    { name: 'RSA1_5 with an X25519 key', alg: 'RSA1_5', shape: x25519Private, code: 'wrong-key-type', message: 'RSA1_5 needs an RSA private key, but this is an X25519 private key.' },
    { name: 'ECDH-ES with an RSA key', alg: 'ECDH-ES', shape: rsa2048Private, code: 'wrong-key-type', message: `ECDH-ES needs ${ECDH_WANTED}, but this is an RSA 2048-bit private key.` },
    { name: 'ECDH-ES+A256KW with an ML-DSA key', alg: 'ECDH-ES+A256KW', shape: mlDsa44, code: 'wrong-key-type', message: `ECDH-ES+A256KW needs ${ECDH_WANTED}, but this is an ML-DSA-44 public key.` },

    // The right type on the wrong curve.
    { name: 'ES256 with a P-384 key', alg: 'ES256', shape: { type: 'EC', curve: 'P-384' }, code: 'wrong-curve', message: 'ES256 needs a key on P-256, but this key is on P-384.' },
    { name: 'ES512 with a P-256 key', alg: 'ES512', shape: p256, code: 'wrong-curve', message: 'ES512 needs a key on P-521, but this key is on P-256.' },
    { name: 'ES256K with a P-256 key', alg: 'ES256K', shape: p256, code: 'wrong-curve', message: 'ES256K needs a key on secp256k1, but this key is on P-256.' },
    { name: 'ES256 with a secp256k1 key', alg: 'ES256', shape: { type: 'EC', curve: 'secp256k1' }, code: 'wrong-curve', message: 'ES256 needs a key on P-256, but this key is on secp256k1.' },
    { name: 'EdDSA with an X25519 key', alg: 'EdDSA', shape: x25519Private, code: 'wrong-curve', message: 'EdDSA needs a key on Ed25519 or Ed448, but this key is on X25519.' },
    { name: 'Ed25519 with an Ed448 key', alg: 'Ed25519', shape: { type: 'OKP', curve: 'Ed448' }, code: 'wrong-curve', message: 'Ed25519 needs a key on Ed25519, but this key is on Ed448.' },
    { name: 'ML-DSA-65 with an ML-DSA-44 key', alg: 'ML-DSA-65', shape: mlDsa44, code: 'wrong-curve', message: 'ML-DSA-65 needs a key on ML-DSA-65, but this key is on ML-DSA-44.' },
    { name: 'ECDH-ES with a secp256k1 key (several types)', alg: 'ECDH-ES', shape: { type: 'EC', curve: 'secp256k1', isPrivate: true }, code: 'wrong-curve', message: `ECDH-ES needs ${ECDH_WANTED}, but this key is on secp256k1.` },
    { name: 'ECDH-ES+A128KW with an Ed25519 key (several types)', alg: 'ECDH-ES+A128KW', shape: { ...ed25519, isPrivate: true }, code: 'wrong-curve', message: `ECDH-ES+A128KW needs ${ECDH_WANTED}, but this key is on Ed25519.` },
    { name: 'ECDH-ES with an X448 key (several types)', alg: 'ECDH-ES', shape: { type: 'OKP', curve: 'X448', isPrivate: true }, code: 'wrong-curve', message: `ECDH-ES needs ${ECDH_WANTED}, but this key is on X448.` },
    { name: 'a wrong curve before a public key for decryption', alg: 'ECDH-ES', shape: { type: 'EC', curve: 'secp256k1', isPrivate: false }, code: 'wrong-curve', message: `ECDH-ES needs ${ECDH_WANTED}, but this key is on secp256k1.` },

    // RSA keys under 2048 bits.
    { name: 'RS256 with a 1024-bit key', alg: 'RS256', shape: { type: 'RSA', rsaModulusBits: 1024 }, code: 'rsa-key-too-short', message: weakRsa(1024, 'RS256') },
    { name: 'PS384 with a 2047-bit key', alg: 'PS384', shape: { type: 'RSA', rsaModulusBits: 2047 }, code: 'rsa-key-too-short', message: weakRsa(2047, 'PS384') },
    { name: 'RS512 with a 512-bit private key', alg: 'RS512', shape: { type: 'RSA', rsaModulusBits: 512, isPrivate: true }, code: 'rsa-key-too-short', message: weakRsa(512, 'RS512') },
    { name: 'RSA-OAEP with a 1024-bit private key', alg: 'RSA-OAEP', shape: { type: 'RSA', rsaModulusBits: 1024, isPrivate: true }, code: 'rsa-key-too-short', message: weakRsa(1024, 'RSA-OAEP') },
    { name: 'a short RSA public key for decryption (size wins)', alg: 'RSA1_5', shape: { type: 'RSA', rsaModulusBits: 1024, isPrivate: false }, code: 'rsa-key-too-short', message: weakRsa(1024, 'RSA1_5') },
    { name: 'RS256 with exactly 2048 bits', alg: 'RS256', shape: rsa2048, message: undefined },
    { name: 'PS512 with 4096 bits', alg: 'PS512', shape: { type: 'RSA', rsaModulusBits: 4096 }, message: undefined },
    { name: 'RS256 with an RSA key of unknown size', alg: 'RS256', shape: { type: 'RSA' }, message: undefined },

    // A public key where decryption needs the private key.
    { name: 'RSA-OAEP with an RSA public key', alg: 'RSA-OAEP', shape: { ...rsa2048, isPrivate: false }, code: 'needs-private-key', message: publicForDecrypt('an RSA 2048-bit public key') },
    { name: 'RSA-OAEP-512 with an RSA public key', alg: 'RSA-OAEP-512', shape: { type: 'RSA', isPrivate: false }, code: 'needs-private-key', message: publicForDecrypt('an RSA public key') },
    { name: 'ECDH-ES with an EC public key', alg: 'ECDH-ES', shape: { ...p256, isPrivate: false }, code: 'needs-private-key', message: publicForDecrypt('an EC P-256 public key') },
    { name: 'ECDH-ES+A192KW with an X25519 public key', alg: 'ECDH-ES+A192KW', shape: { type: 'OKP', curve: 'X25519', isPrivate: false }, code: 'needs-private-key', message: publicForDecrypt('an X25519 public key') },
    { name: 'RSA-OAEP with a key not known to be public', alg: 'RSA-OAEP', shape: rsa2048, message: undefined },
    { name: 'RS256 with a private key (verification may use it)', alg: 'RS256', shape: rsa2048Private, message: undefined },

    // Wrong secret sizes for AES key wrap and for "dir".
    { name: 'A128KW with a 32-byte secret', alg: 'A128KW', shape: secretOf(32), code: 'wrong-secret-length', message: "A128KW needs a 16-byte (128-bit) key, but this secret is 32 bytes. Check the secret's encoding." },
    { name: 'A192KW with a 16-byte secret', alg: 'A192KW', shape: secretOf(16), code: 'wrong-secret-length', message: "A192KW needs a 24-byte (192-bit) key, but this secret is 16 bytes. Check the secret's encoding." },
    { name: 'A256KW with a 44-byte secret', alg: 'A256KW', shape: secretOf(44), code: 'wrong-secret-length', message: "A256KW needs a 32-byte (256-bit) key, but this secret is 44 bytes. Check the secret's encoding." },
    { name: 'A128GCMKW with a 0-byte secret', alg: 'A128GCMKW', shape: secretOf(0), code: 'wrong-secret-length', message: "A128GCMKW needs a 16-byte (128-bit) key, but this secret is 0 bytes. Check the secret's encoding." },
    { name: 'dir A256GCM with a 16-byte secret', alg: 'dir', enc: 'A256GCM', shape: secretOf(16), code: 'wrong-secret-length', message: "A256GCM with \"dir\" needs a 32-byte (256-bit) key, but this secret is 16 bytes. Check the secret's encoding." },
    { name: 'dir A128CBC-HS256 with a 16-byte secret', alg: 'dir', enc: 'A128CBC-HS256', shape: secretOf(16), code: 'wrong-secret-length', message: "A128CBC-HS256 with \"dir\" needs a 32-byte (256-bit) key, but this secret is 16 bytes. Check the secret's encoding." },
    { name: 'dir A256CBC-HS512 with a 32-byte secret', alg: 'dir', enc: 'A256CBC-HS512', shape: secretOf(32), code: 'wrong-secret-length', message: "A256CBC-HS512 with \"dir\" needs a 64-byte (512-bit) key, but this secret is 32 bytes. Check the secret's encoding." },
    { name: 'A128KW with exactly 16 bytes', alg: 'A128KW', shape: secretOf(16), message: undefined },
    { name: 'A256GCMKW with exactly 32 bytes', alg: 'A256GCMKW', shape: secretOf(32), message: undefined },
    { name: 'A192KW with a secret of unknown length', alg: 'A192KW', shape: secret, message: undefined },
    { name: 'dir with an unknown enc and any secret', alg: 'dir', enc: 'A512GCM', shape: secretOf(7), message: undefined },
    { name: 'dir with no enc and any secret', alg: 'dir', shape: secretOf(7), message: undefined },
    { name: 'PBES2 with a password of any length', alg: 'PBES2-HS512+A256KW', shape: secretOf(5), message: undefined },

    // Keys that fit.
    { name: 'ES256 with a P-256 key', alg: 'ES256', shape: p256, message: undefined },
    { name: 'ES384 with a P-384 key', alg: 'ES384', shape: { type: 'EC', curve: 'P-384' }, message: undefined },
    { name: 'ES256 with an EC key of unknown curve', alg: 'ES256', shape: { type: 'EC' }, message: undefined },
    { name: 'EdDSA with an Ed25519 key', alg: 'EdDSA', shape: ed25519, message: undefined },
    { name: 'EdDSA with an Ed448 key', alg: 'EdDSA', shape: { type: 'OKP', curve: 'Ed448' }, message: undefined },
    { name: 'Ed25519 with an Ed25519 key', alg: 'Ed25519', shape: ed25519, message: undefined },
    { name: 'ML-DSA-44 with an ML-DSA-44 key', alg: 'ML-DSA-44', shape: mlDsa44, message: undefined },
    { name: 'ECDH-ES with a P-521 private key', alg: 'ECDH-ES', shape: { type: 'EC', curve: 'P-521', isPrivate: true }, message: undefined },
    { name: 'ECDH-ES+A256KW with an X25519 private key', alg: 'ECDH-ES+A256KW', shape: x25519Private, message: undefined },
    { name: 'RSA-OAEP-256 with an RSA private key', alg: 'RSA-OAEP-256', shape: rsa2048Private, message: undefined },

    // Unknown algorithms.
    { name: 'none', alg: 'none', shape: secret, code: 'unknown-algorithm', message: '"none" is not an algorithm this app can check or decrypt.' },
    { name: 'a lower-case HS256', alg: 'hs256', shape: secret, code: 'unknown-algorithm', message: '"hs256" is not an algorithm this app can check or decrypt.' },
    { name: 'an empty alg', alg: '', shape: rsa2048, code: 'unknown-algorithm', message: '"" is not an algorithm this app can check or decrypt.' },
    { name: 'ECDH-1PU', alg: 'ECDH-1PU', shape: p256Private, code: 'unknown-algorithm', message: '"ECDH-1PU" is not an algorithm this app can check or decrypt.' },
  ])('$name', ({ alg, enc, shape, code, message }) => {
    expect(whyKeyDoesNotFit(alg, shape, enc)).toEqual(message === undefined ? undefined : { code, message })
  })

  it.each(CONTENT_ENCRYPTIONS)('dir with %s accepts exactly %i bytes', (enc, bytes) => {
    expect(whyKeyDoesNotFit('dir', secretOf(bytes), enc)).toBeUndefined()
    expect(whyKeyDoesNotFit('dir', secretOf(bytes + 1), enc)).toEqual({
      code: 'wrong-secret-length',
      message: `${enc} with "dir" needs a ${bytes}-byte (${bytes * 8}-bit) key, but this secret is ${bytes + 1} bytes. Check the secret's encoding.`,
    })
  })

  const ALGS = [
    'HS256', 'RS256', 'PS256', 'ES256', 'ES384', 'ES512', 'ES256K', 'EdDSA', 'Ed25519', 'Ed448', 'ML-DSA-44',
    'RSA-OAEP', 'RSA1_5', 'ECDH-ES', 'ECDH-ES+A128KW', 'A128KW', 'A256GCMKW', 'dir', 'PBES2-HS256+A128KW', 'none', 'X',
  ]
  const shapes: fc.Arbitrary<KeyShape> = fc.record(
    {
      type: fc.constantFrom('oct', 'RSA', 'EC', 'OKP', 'AKP'),
      curve: fc.constantFrom('P-256', 'P-384', 'P-521', 'secp256k1', 'Ed25519', 'Ed448', 'X25519', 'ML-DSA-44', 'other'),
      rsaModulusBits: fc.integer({ min: 0, max: 8192 }),
      byteLength: fc.integer({ min: 0, max: 128 }),
      isPrivate: fc.boolean(),
    },
    { requiredKeys: ['type'] },
  )

  it('never throws, and returns a coded sentence exactly when the key cannot serve the algorithm', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALGS), fc.option(fc.constantFrom(...CONTENT_ENCRYPTIONS.map(([enc]) => enc)), { nil: undefined }), shapes, (alg, enc, shape) => {
        const misfit = whyKeyDoesNotFit(alg, shape, enc)
        const message = misfit?.message
        const requirement = requirementFor(alg, enc)
        if (message !== undefined) expect(message).toMatch(/\.$/)
        if (!requirement) {
          expect(misfit).toEqual({ code: 'unknown-algorithm', message: `"${alg}" is not an algorithm this app can check or decrypt.` })
          return
        }
        // Public-key material for an HMAC check is always named as the attack.
        if (requirement.purpose === 'verify' && needsSecret(alg) && shape.type !== 'oct') expect(misfit?.code).toBe('alg-confusion')
        const fitting = requirement.types.find((candidate) => candidate.type === shape.type)
        if (!fitting) expect(message).toBeDefined()
        if (fitting?.curves && shape.curve !== undefined && !fitting.curves.includes(shape.curve)) expect(message).toBeDefined()
        if (needsSecret(alg, enc) !== (shape.type === 'oct')) expect(message).toBeDefined()
      }),
      { numRuns: 1000 },
    )
  })
})
