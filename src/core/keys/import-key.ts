// Turns key material into keys that can check a signature or decrypt a token. The only caller of
// jose's import functions: every way a key can be unusable comes back as a KeyError, never a throw.
import { calculateJwkThumbprint, errors, exportJWK, importJWK, importPKCS8, importSPKI, importX509, type JWK } from 'jose'
import type { JsonObject } from '../json/scan-json'
import { err, ok, type Result } from '../result'
import { decodeBase64url } from '../encoding/base64url'
import { decodeSecret, type SecretEncoding } from './decode-secret'
import type { KeyMaterial } from './parse-key-text'
import { describeKeyShape, whyKeyDoesNotFit, type KeyPurpose, type KeyShape } from './key-requirements'
import {
  describeCertificate,
  describePkcs8,
  describeSpki,
  ecPrivateKeyToPkcs8,
  type KeyDescription,
  rsaPrivateKeyToPkcs8,
  rsaPublicKeyToSpki,
} from './key-der'
import { toPem, type PemBlock } from './parse-pem'
import { quote, quoteJson, quoteList, shorten } from '../text/quote'
import { withArticle } from '../text/words'
import { whyKeyValuesUnusable, type KeyValues } from './key-values'
import { describeRefusal } from './describe-refusal'
import { isKeyProblem } from './is-key-problem'
import type { KeyError } from './key-error'

export interface UsableKey {
  key: CryptoKey | Uint8Array
  /** Where the key came from, in words: "an RSA 2048-bit public key in the certificate for CN=…". */
  label: string
  kid?: string
  /** RFC 7638 SHA-256 thumbprint of the public key, base64url. */
  thumbprint?: string
}

export interface KeyRequest {
  purpose: KeyPurpose
  alg: string
  /** A JWE's content encryption, which fixes the size of a "dir" key. */
  enc?: string
  kid?: string
  encoding: SecretEncoding
}

const encryptedKey: KeyError = {
  code: 'encrypted-private-key',
  message: 'This private key is encrypted with a passphrase. Decrypt it first (for example: openssl pkey -in key.pem -out plain.pem), or paste the public key instead.',
}
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv']
const ALLOWED_OPS: Record<KeyPurpose, string[]> = {
  verify: ['verify'],
  sign: ['sign'],
  decrypt: ['decrypt', 'unwrapKey', 'deriveKey', 'deriveBits'],
}
const purposeVerbs: Record<KeyPurpose, string> = { verify: 'check', sign: 'sign', decrypt: 'decrypt' }

/** Keys from the material that fit the request, or why none can serve it. A signing key is the private key itself. */
export async function selectKeys(material: KeyMaterial, request: KeyRequest): Promise<Result<UsableKey[], KeyError>> {
  switch (material.kind) {
    case 'empty':
      return err({ code: 'no-key', message: 'Paste a key first.' })
    case 'unusable': {
      const { kind: _kind, ...error } = material
      return err(error)
    }
    case 'secret':
      return secretKey(material.text, request)
    case 'pem':
      return pemKey(material.blocks, request)
    case 'jwk': {
      const key = await jwkKey(material.jwk, request, 'the JWK')
      return key.ok ? ok([key.value]) : key
    }
    case 'jwks':
      return jwksKeys(material.keys, request)
  }
}

function secretKey(text: string, request: KeyRequest): Result<UsableKey[], KeyError> {
  const bytes = decodeSecret(text, request.encoding)
  if (!bytes.ok) return bytes
  const misfit = whyKeyDoesNotFit(request.alg, { type: 'oct', byteLength: bytes.value.length }, request.enc)
  if (misfit) return err(misfit)
  if (bytes.value.length === 0) return err({ code: 'empty-secret', message: 'The secret is empty. A key of zero bytes is refused here, as it should be by every verifier.' })
  return ok([{ key: bytes.value, label: `the ${bytes.value.length}-byte ${request.alg.startsWith('PBES2') ? 'password' : 'secret'}` }])
}

async function pemKey(blocks: PemBlock[], request: KeyRequest): Promise<Result<UsableKey[], KeyError>> {
  // A certificate chain lists the signer's certificate first; a key file holds one key.
  const block = blocks[0]
  if (!block) return err({ code: 'pem-not-found', message: 'The PEM text holds no key.' })
  const others = blocks.length > 1 ? ` (the first of ${blocks.length} PEM blocks)` : ''
  if (block.isEncrypted) return err(encryptedKey)
  switch (block.label) {
    case 'PUBLIC KEY':
      return publicPem(block.der, request, `SPKI public key${others}`)
    case 'RSA PUBLIC KEY': {
      const spki = rsaPublicKeyToSpki(block.der)
      return spki.ok ? publicPem(spki.value, request, `PKCS#1 RSA public key${others}`) : spki
    }
    case 'CERTIFICATE': {
      const certificate = describeCertificate(block.der)
      if (!certificate.ok) return certificate
      const shape = spkiShape(certificate.value.spki)
      if (!shape.ok) return shape
      const unusable = await whyUnusable(request, shape.value)
      if (unusable) return err(unusable)
      const label = `${describeKeyShape(shape.value)} in the certificate for ${shorten(certificate.value.subject)}${others}`
      if (isEd448(shape.value)) return importEd448Public(certificate.value.spki, label)
      const key = await attempt(() => importX509(toPem(block.label, block.der), request.alg, { extractable: true }), label)
      return key.ok ? ok([await withThumbprint(key.value, label)]) : key
    }
    case 'PRIVATE KEY':
      return privatePem(block.der, request, `PKCS#8 private key${others}`)
    case 'RSA PRIVATE KEY': {
      const pkcs8 = rsaPrivateKeyToPkcs8(block.der)
      return pkcs8.ok ? privatePem(pkcs8.value, request, `PKCS#1 RSA private key${others}`) : pkcs8
    }
    case 'EC PRIVATE KEY': {
      const pkcs8 = ecPrivateKeyToPkcs8(block.der)
      return pkcs8.ok ? privatePem(pkcs8.value.pkcs8, request, `SEC1 EC private key${others}`) : pkcs8
    }
    case 'ENCRYPTED PRIVATE KEY':
      return err(encryptedKey)
    default:
      return err({ code: 'pem-not-a-key', message: `A ${quote(block.label)} PEM block is not a key. Paste a public key, a certificate or a private key.` })
  }
}

async function publicPem(spki: Uint8Array, request: KeyRequest, source: string): Promise<Result<UsableKey[], KeyError>> {
  const shape = spkiShape(spki)
  if (!shape.ok) return shape
  const unusable = await whyUnusable(request, shape.value)
  if (unusable) return err(unusable)
  const label = `${describeKeyShape(shape.value)} (${source})`
  if (isEd448(shape.value)) return importEd448Public(spki, label)
  const key = await attempt(() => importSPKI(toPem('PUBLIC KEY', spki), request.alg, { extractable: true }), label)
  return key.ok ? ok([await withThumbprint(key.value, label)]) : key
}

/** A private key verifies through its public half, which is all a verifier should hold; it decrypts as itself. */
async function privatePem(pkcs8: Uint8Array, request: KeyRequest, source: string): Promise<Result<UsableKey[], KeyError>> {
  const described = describePkcs8(pkcs8)
  if (!described.ok) return described
  const shape = { ...toShape(described.value), isPrivate: true }
  const unusable = await whyUnusable(request, shape)
  if (unusable) return err(unusable)
  if (isEd448(shape)) {
    const privateKey = await attempt(() => crypto.subtle.importKey('pkcs8', pkcs8.slice(), { name: 'Ed448' }, true, ['sign']), describeKeyShape(shape))
    if (!privateKey.ok) return privateKey
    const jwk = await attempt(() => crypto.subtle.exportKey('jwk', privateKey.value), describeKeyShape(shape))
    if (!jwk.ok) return jwk
    // WebCrypto's export says what this private key may do ("sign", "Ed448"), which its public half need not repeat.
    const { key_ops: _ops, ext: _ext, alg: _alg, ...exported } = jwk.value
    const key = await jwkKey(exported as JsonObject, request, `the public half of the ${source}`)
    return key.ok ? ok([key.value]) : key
  }
  const privateKey = await attempt(() => importPKCS8(toPem('PRIVATE KEY', pkcs8), request.alg, { extractable: true }), describeKeyShape(shape))
  if (!privateKey.ok) return privateKey
  const jwk = await attempt(() => exportJWK(privateKey.value), describeKeyShape(shape))
  if (!jwk.ok) return jwk
  if (request.purpose !== 'verify') return ok([await withThumbprint(privateKey.value, `${describeKeyShape(shape)} (${source})`, jwk.value)])
  const key = await jwkKey(jwk.value, request, `the public half of the ${source}`)
  return key.ok ? ok([key.value]) : key
}

async function jwkKey(jwk: JsonObject, request: KeyRequest, source: string): Promise<Result<UsableKey, KeyError>> {
  const { alg, purpose } = request
  const shape = jwkShape(jwk)
  if (!shape.ok) return shape
  const unusable = await whyUnusable(request, shape.value)
  if (unusable) return err(unusable)
  // A "dir" key may name the content encryption it is for, which is its algorithm (RFC 7518 §4.5).
  const isKeyForAlg = jwk.alg === alg || (alg === 'dir' && jwk.alg === request.enc)
  if (typeof jwk.alg === 'string' && !isKeyForAlg) {
    return err({ code: 'jwk-alg-mismatch', message: `This key is marked for ${jwk.alg} ("alg" in the JWK), but the token says ${alg}.` })
  }
  if (purpose !== 'decrypt' && jwk.use === 'enc') return err({ code: 'jwk-use-mismatch', message: 'This key is marked for encryption ("use": "enc"), not for signatures.' })
  if (purpose === 'decrypt' && jwk.use === 'sig') return err({ code: 'jwk-use-mismatch', message: 'This key is marked for signatures ("use": "sig"), not for encryption.' })
  const allowedOps = ALLOWED_OPS[purpose]
  if (Array.isArray(jwk.key_ops) && !jwk.key_ops.some((op) => typeof op === 'string' && allowedOps.includes(op))) {
    return err({
      code: 'jwk-key-ops-mismatch',
      message: `This key's "key_ops" (${quoteList(jwk.key_ops)}) do not allow ${purpose === 'decrypt' ? 'decryption' : `"${purpose}"`}.`,
    })
  }
  const kid = typeof jwk.kid === 'string' ? jwk.kid : undefined
  const isSecret = shape.value.type === 'oct'
  const publicJwk = Object.fromEntries(Object.entries(jwk).filter(([name]) => !PRIVATE_JWK_MEMBERS.includes(name))) as JWK
  const usedJwk = isSecret || purpose !== 'verify' ? (jwk as JWK) : publicJwk
  const shown = purpose !== 'verify' ? shape.value : { ...shape.value, isPrivate: false }
  const label = `${describeKeyShape(shown)} from ${source}${kid ? ` (kid ${quote(kid)})` : ''}`
  const extras = { ...(kid ? { kid } : {}), ...(isSecret ? {} : { thumbprint: await thumbprintOf(publicJwk) }) }

  if (isEd448(shape.value)) {
    const key = await attempt(() => crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed448', x: publicJwk.x }, { name: 'Ed448' }, true, ['verify']), label)
    return key.ok ? ok({ key: key.value, label, ...extras }) : key
  }
  const key = await attempt(() => importJWK({ ...usedJwk, ext: true }, alg), label)
  if (!key.ok) return key
  return ok({ key: key.value, label, ...extras })
}

async function jwksKeys(keys: JsonObject[], request: KeyRequest): Promise<Result<UsableKey[], KeyError>> {
  const { kid, alg } = request
  const kids = keys.map((key) => key.kid).filter((value): value is string => typeof value === 'string')
  // RFC 7515 §4.1.4: the kid picks the key; without a match no key is the right one.
  const chosen = kid !== undefined && kids.length > 0 ? keys.filter((key) => key.kid === kid) : keys
  if (chosen.length === 0) {
    return err({
      code: 'kid-not-found',
      message: `The JWK Set has no key with kid ${quote(kid ?? '')} (the token's header). Its keys are ${quoteList(kids)}. The key may have been rotated out, or this is the wrong issuer's set.`,
    })
  }
  const usable: UsableKey[] = []
  const problems: Array<{ jwk: JsonObject; position: number; error: KeyError }> = []
  for (const jwk of chosen) {
    const position = keys.indexOf(jwk) + 1
    const key = await jwkKey(jwk, request, `key ${position} of the JWK Set`)
    if (key.ok) usable.push(key.value)
    else problems.push({ jwk, position, error: key.error })
  }
  if (usable.length > 0) return ok(usable)
  // One candidate explains itself; several are listed under one code.
  if (problems.length === 1) return err(problems[0]!.error)
  const reasons = problems.map(({ jwk, position, error }) => `Key ${position}${typeof jwk.kid === 'string' ? ` (${quote(jwk.kid)})` : ''}: ${error.message}`)
  return err({ code: 'no-usable-key-in-set', message: `No key in the JWK Set can ${purposeVerbs[request.purpose]} ${withArticle(alg)} token. ${reasons.join(' ')}` })
}

async function withThumbprint(key: CryptoKey, label: string, knownJwk?: JWK): Promise<UsableKey> {
  const jwk = knownJwk ?? (await exportJWK(key).catch(() => undefined))
  const publicJwk = jwk ? (Object.fromEntries(Object.entries(jwk).filter(([name]) => !PRIVATE_JWK_MEMBERS.includes(name))) as JWK) : undefined
  const thumbprint = publicJwk ? await thumbprintOf(publicJwk) : undefined
  return { key, label, ...(thumbprint ? { thumbprint } : {}) }
}

async function thumbprintOf(jwk: JWK): Promise<string | undefined> {
  return calculateJwkThumbprint(jwk).catch(() => undefined)
}

/** Why this key cannot serve the request here: it does not fit, or this browser lacks its algorithm. */
async function whyUnusable(request: KeyRequest, shape: CheckedShape): Promise<KeyError | undefined> {
  const misfit = whyKeyDoesNotFit(request.alg, shape, request.enc)
  if (misfit) return misfit
  const invalid = shape.values ? whyKeyValuesUnusable(shape.values) : undefined
  if (invalid) return invalid
  if (request.purpose === 'sign' && shape.type !== 'oct') {
    if (!shape.isPrivate) {
      return {
        code: 'needs-private-key',
        message: `Signing needs a private key, but this is ${describeKeyShape(shape)}, which can only verify. Paste the private key (PKCS#8 PEM or a private JWK), or generate a key pair.`,
      }
    }
    // jose signs, and has no Ed448; verification reaches WebCrypto directly instead.
    if (isEd448(shape)) return { code: 'cannot-sign-with-ed448', message: 'Ed448 keys can verify here but not sign. Sign with an Ed25519 key instead (alg "EdDSA" or "Ed25519").' }
  }
  // Ed448 and ML-DSA are in some WebCrypto implementations only (Node has Ed448; Chromium neither, yet).
  const optional = isEd448(shape) ? 'Ed448' : shape.type === 'AKP' ? shape.curve : undefined
  if (optional && (await isMissingFromWebCrypto(optional))) {
    return { code: 'unsupported-by-browser', message: `This browser's WebCrypto has no ${optional}, so ${optional} signatures cannot be checked here.` }
  }
  return undefined
}

/** Importing an empty key fails with NotSupportedError for an unknown algorithm, and another error for a known one. */
async function isMissingFromWebCrypto(name: string): Promise<boolean> {
  try {
    await crypto.subtle.importKey('spki', new Uint8Array(0), { name }, false, ['verify'])
    return false
  } catch (error) {
    return error instanceof DOMException && error.name === 'NotSupportedError'
  }
}

// jose has no Ed448, so those keys go to WebCrypto directly.

function isEd448(shape: KeyShape): boolean {
  return shape.type === 'OKP' && shape.curve === 'Ed448'
}

async function importEd448Public(spki: Uint8Array, label: string): Promise<Result<UsableKey[], KeyError>> {
  const key = await attempt(() => crypto.subtle.importKey('spki', spki.slice(), { name: 'Ed448' }, true, ['verify']), label)
  return key.ok ? ok([await withThumbprint(key.value, label)]) : key
}

/** A key's shape, with the numbers that are checked before WebCrypto sees them. */
type CheckedShape = KeyShape & { values?: KeyValues }

function spkiShape(der: Uint8Array): Result<CheckedShape, KeyError> {
  const described = describeSpki(der)
  return described.ok ? ok({ ...toShape(described.value), isPrivate: false }) : described
}

function toShape(described: KeyDescription): CheckedShape {
  const values = described.values ? { values: described.values } : {}
  switch (described.type) {
    case 'RSA':
      return { type: 'RSA', ...(described.rsaModulusBits ? { rsaModulusBits: described.rsaModulusBits } : {}), ...values }
    case 'EC':
      return { type: 'EC', ...(described.curve ? { curve: described.curve } : {}), ...values }
    default:
      if (described.type.startsWith('ML-DSA')) return { type: 'AKP', curve: described.type }
      return { type: 'OKP', curve: described.type === 'unknown' ? `an unknown algorithm (OID ${shorten(described.oid)})` : described.type }
  }
}

function jwkShape(jwk: JsonObject): Result<CheckedShape, KeyError> {
  const isPrivate = typeof jwk.d === 'string' || typeof jwk.priv === 'string'
  const missing = (message: string) => err({ code: 'jwk-member-missing' as const, message })
  const notBase64url = (member: string, jwkName: string, reason: string) =>
    err({ code: 'jwk-member-not-base64url' as const, message: `The "${member}" member of this ${jwkName} is not base64url: ${reason}.` })
  switch (jwk.kty) {
    case 'oct': {
      if (typeof jwk.k !== 'string') return missing('This "oct" JWK has no "k" member holding the secret.')
      const secret = decodeBase64url(jwk.k)
      return secret.ok ? ok({ type: 'oct', byteLength: secret.value.bytes.length }) : notBase64url('k', 'JWK', secret.error.message)
    }
    case 'RSA': {
      if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') return missing('This RSA JWK lacks its "n" or "e" member.')
      const modulus = decodeBase64url(jwk.n)
      if (!modulus.ok) return notBase64url('n', 'RSA JWK', modulus.error.message)
      const exponent = decodeBase64url(jwk.e)
      if (!exponent.ok) return notBase64url('e', 'RSA JWK', exponent.error.message)
      const values: KeyValues = { type: 'RSA', modulus: modulus.value.bytes, exponent: exponent.value.bytes }
      return ok({ type: 'RSA', rsaModulusBits: bitLength(modulus.value.bytes), isPrivate, values })
    }
    case 'EC': {
      if (typeof jwk.crv !== 'string') return missing('This EC JWK has no "crv" member naming its curve.')
      const x = typeof jwk.x === 'string' ? decodeBase64url(jwk.x) : undefined
      const y = typeof jwk.y === 'string' ? decodeBase64url(jwk.y) : undefined
      // Missing or broken coordinates are WebCrypto's to name; the point is checked when both are there.
      const values: KeyValues | undefined = x?.ok && y?.ok ? { type: 'EC', curve: jwk.crv, x: x.value.bytes, y: y.value.bytes } : undefined
      return ok({ type: 'EC', curve: jwk.crv, isPrivate, ...(values ? { values } : {}) })
    }
    case 'OKP':
      return typeof jwk.crv === 'string' ? ok({ type: jwk.kty, curve: jwk.crv, isPrivate }) : missing(`This ${jwk.kty} JWK has no "crv" member naming its curve.`)
    case 'AKP':
      return typeof jwk.alg === 'string' ? ok({ type: 'AKP', curve: jwk.alg, isPrivate }) : missing('This AKP JWK has no "alg" member naming its parameter set.')
    default:
      return err({ code: 'unknown-key-type', message: `"kty": ${quoteJson(jwk.kty)} is not a key type this app knows (oct, RSA, EC, OKP, AKP).` })
  }
}

function bitLength(bytes: Uint8Array): number {
  const first = bytes.findIndex((byte) => byte !== 0)
  return first === -1 ? 0 : (bytes.length - first) * 8 - Math.clz32(bytes[first]!) + 24
}

/**
 * Runs a jose or WebCrypto call, turning their refusal of a key into a KeyError. `what` names the key
 * in words ("an RSA 2048-bit public key from the JWK"), for when the engine gives no reason.
 */
async function attempt<T>(run: () => Promise<T>, what: string): Promise<Result<T, KeyError>> {
  try {
    return ok(await run())
  } catch (error) {
    if (!isKeyProblem(error)) throw error
    if (error.message.trim() === '') return err({ code: 'key-refused', message: describeRefusal(error, 'The key cannot be used', what) })
    const reason = error.message.trim().replace(/\.$/, '')
    // jose says "unsupported" with JOSENotSupported, WebCrypto with a NotSupportedError.
    if (error instanceof errors.JOSENotSupported || (error instanceof DOMException && error.name === 'NotSupportedError')) {
      return err({ code: 'key-unsupported', message: `The key cannot be used: ${reason}. This browser's WebCrypto may not support this algorithm or curve.` })
    }
    return err({ code: 'key-refused', message: `The key cannot be used: ${reason}.` })
  }
}
