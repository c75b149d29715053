// Makes fresh signing keys with WebCrypto (through jose) and exports them in the forms JWT
// libraries ask for: PEM, JWK and JWK Set, labelled with their RFC 7638 thumbprint.
import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, generateSecret, type JWK } from 'jose'
import type { JsonObject } from '../json/scan-json'
import { err, ok, type Result } from '../result'
import { isKeyProblem } from './is-key-problem'
import { withArticle } from '../text/words'
import { isHmacAlgorithm, isRsaAlgorithm, rsaModulusLengths, type KeygenAlgorithm } from './keygen-algorithms'

export type GeneratedKey =
  | {
      kind: 'secret'
      alg: KeygenAlgorithm
      /** The random key bytes, base64url. */
      secret: string
      byteLength: number
      /** `{ kty: 'oct', k, kid, alg }` */
      jwk: JsonObject
      thumbprint: string
    }
  | {
      kind: 'pair'
      alg: KeygenAlgorithm
      /** "RSA 3072-bit", "EC P-256", "Ed25519". */
      description: string
      /** PKCS#8 */
      privatePem: string
      /** SPKI */
      publicPem: string
      /** With `kid` (the thumbprint), `alg` and `use: 'sig'`. */
      publicJwk: JsonObject
      /** The same labels, with the private members. */
      privateJwk: JsonObject
      /** The public JWK only. */
      jwks: { keys: JsonObject[] }
      thumbprint: string
    }

/** Why no key was made: a size this app does not offer, the browser's refusal, or its code failing to load. */
export type KeygenError = { code: 'rsa-size-not-offered' | 'generation-refused' | 'generator-unavailable'; message: string }

// Key members first, public before private, in RFC 7517/7518 order; then the labels added here.
const MEMBER_ORDER = ['kty', 'crv', 'n', 'e', 'x', 'y', 'k', 'd', 'p', 'q', 'dp', 'dq', 'qi']

export async function generateKey(alg: KeygenAlgorithm, options: { modulusLength?: number } = {}): Promise<Result<GeneratedKey, KeygenError>> {
  const modulusLength = options.modulusLength ?? rsaModulusLengths[0]
  if (isRsaAlgorithm(alg) && !(rsaModulusLengths as readonly number[]).includes(modulusLength)) {
    return err({
      code: 'rsa-size-not-offered',
      message: `An RSA key of ${modulusLength} bits is not offered; choose ${rsaModulusLengths.slice(0, -1).join(', ')} or ${rsaModulusLengths.at(-1)} bits.`,
    })
  }
  try {
    return ok(isHmacAlgorithm(alg) ? await secretKey(alg) : await keyPair(alg, modulusLength))
  } catch (error) {
    if (isKeyProblem(error)) {
      return err({ code: 'generation-refused', message: `This browser could not generate ${withArticle(alg)} key: ${error.message.replace(/\.?$/, '.')}` })
    }
    throw error
  }
}

async function secretKey(alg: KeygenAlgorithm): Promise<GeneratedKey> {
  // HS256/384/512 get a key as long as their hash output (RFC 7518 §3.2), which generateSecret does.
  const { k } = await exportJWK(await generateSecret(alg, { extractable: true }))
  if (k === undefined) throw new Error('WebCrypto exported an HMAC key without "k".')
  const thumbprint = await calculateJwkThumbprint({ kty: 'oct', k })
  // Four base64url characters carry three bytes; k has no padding.
  const byteLength = Math.floor((k.length * 3) / 4)
  return { kind: 'secret', alg, secret: k, byteLength, jwk: { kty: 'oct', k, kid: thumbprint, alg }, thumbprint }
}

async function keyPair(alg: KeygenAlgorithm, modulusLength: number): Promise<GeneratedKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, modulusLength })
  const publicMembers = await exportJWK(publicKey)
  const thumbprint = await calculateJwkThumbprint(publicMembers)
  const labels = { kid: thumbprint, alg, use: 'sig' }
  const publicJwk = { ...ordered(publicMembers), ...labels }
  const description = publicMembers.kty === 'RSA' ? `RSA ${modulusLength}-bit` : publicMembers.kty === 'EC' ? `EC ${publicMembers.crv}` : String(publicMembers.crv)
  return {
    kind: 'pair',
    alg,
    description,
    privatePem: await exportPKCS8(privateKey),
    publicPem: await exportSPKI(publicKey),
    publicJwk,
    privateJwk: { ...ordered(await exportJWK(privateKey)), ...labels },
    jwks: { keys: [publicJwk] },
    thumbprint,
  }
}

function ordered(jwk: JWK): JsonObject {
  const rank = (name: string) => (MEMBER_ORDER.includes(name) ? MEMBER_ORDER.indexOf(name) : MEMBER_ORDER.length)
  const members = Object.entries(jwk).filter(([, value]) => value !== undefined)
  return Object.fromEntries(members.sort(([a], [b]) => rank(a) - rank(b))) as JsonObject
}
