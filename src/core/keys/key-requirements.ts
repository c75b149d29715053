// Which key each JOSE algorithm needs (RFC 7518 §3 and §4, RFC 8037, RFC 9864), and whether a key fits.
import { quote, shorten } from '../text/quote'

export type KeyType = 'oct' | 'RSA' | 'EC' | 'OKP' | 'AKP'

/** What the key does: check a signature (with the public half), sign, or decrypt (with the private key). */
export type KeyPurpose = 'verify' | 'sign' | 'decrypt'

/** What a key is, as far as fitting an algorithm goes. */
export interface KeyShape {
  type: KeyType
  /** The curve of an EC or OKP key, or the parameter set of an ML-DSA key. */
  curve?: string
  rsaModulusBits?: number
  /** For a secret: its length once decoded. */
  byteLength?: number
  isPrivate?: boolean
}

export interface Requirement {
  purpose: KeyPurpose
  /** Key types that fit, with the curves each allows (undefined: any curve). */
  types: Array<{ type: KeyType; curves?: string[] }>
  /** For AES key wrapping and direct encryption: the exact key length. */
  secretBytes?: number
  /** PBES2 takes a password of any length rather than a key. */
  isPassword?: boolean
}

const EC_CURVES: Record<string, string> = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521', ES256K: 'secp256k1' }

// RFC 7518 §5.1: the content encryption key sizes, which "dir" keys must match.
const CONTENT_KEY_BYTES: Record<string, number> = {
  A128GCM: 16,
  A192GCM: 24,
  A256GCM: 32,
  'A128CBC-HS256': 32,
  'A192CBC-HS384': 48,
  'A256CBC-HS512': 64,
}

/** What a JWS `alg`, or a JWE `alg` (with its `enc`), needs; undefined for algorithms with no key. */
export function requirementFor(alg: string, enc?: string): Requirement | undefined {
  const verify = (types: Requirement['types']): Requirement => ({ purpose: 'verify', types })
  const decrypt = (types: Requirement['types'], extra: Partial<Requirement> = {}): Requirement => ({ purpose: 'decrypt', types, ...extra })
  if (/^HS(256|384|512)$/.test(alg)) return verify([{ type: 'oct' }])
  if (/^(RS|PS)(256|384|512)$/.test(alg)) return verify([{ type: 'RSA' }])
  if (Object.hasOwn(EC_CURVES, alg)) return verify([{ type: 'EC', curves: [EC_CURVES[alg]!] }])
  if (alg === 'EdDSA') return verify([{ type: 'OKP', curves: ['Ed25519', 'Ed448'] }])
  if (alg === 'Ed25519' || alg === 'Ed448') return verify([{ type: 'OKP', curves: [alg] }])
  if (/^ML-DSA-(44|65|87)$/.test(alg)) return verify([{ type: 'AKP', curves: [alg] }])

  if (/^RSA-OAEP(-256|-384|-512)?$/.test(alg) || alg === 'RSA1_5') return decrypt([{ type: 'RSA' }])
  if (/^ECDH-ES(\+A(128|192|256)KW)?$/.test(alg)) return decrypt([{ type: 'EC', curves: ['P-256', 'P-384', 'P-521'] }, { type: 'OKP', curves: ['X25519'] }])
  const wrapBits = /^A(128|192|256)(GCM)?KW$/.exec(alg)?.[1]
  if (wrapBits) return decrypt([{ type: 'oct' }], { secretBytes: Number(wrapBits) / 8 })
  if (alg === 'dir') return decrypt([{ type: 'oct' }], enc && Object.hasOwn(CONTENT_KEY_BYTES, enc) ? { secretBytes: CONTENT_KEY_BYTES[enc]! } : {})
  if (/^PBES2-HS(256|384|512)\+A(128|192|256)KW$/.test(alg)) return decrypt([{ type: 'oct' }], { isPassword: true })
  return undefined
}

/** True when the algorithm is checked or decrypted with a shared secret. */
export function needsSecret(alg: string, enc?: string): boolean {
  return requirementFor(alg, enc)?.types[0]?.type === 'oct'
}

export function describeKeyShape(shape: KeyShape): string {
  if (shape.type === 'oct') return shape.byteLength === undefined ? 'a shared secret' : `a shared secret of ${shape.byteLength} byte${shape.byteLength === 1 ? '' : 's'}`
  const kind =
    shape.type === 'RSA' ? `RSA${shape.rsaModulusBits ? ` ${shape.rsaModulusBits}-bit` : ''}` : shape.type === 'EC' ? `EC ${shorten(shape.curve ?? '')}`.trim() : shorten(shape.curve ?? shape.type)
  // Every kind here starts with a vowel sound: an RSA, an EC, an Ed25519, an X25519, an ML-DSA key.
  return `an ${kind} ${shape.isPrivate ? 'private' : 'public'} key`
}

function describeWanted(requirement: Requirement): string {
  const names = requirement.types.map(({ type, curves }) =>
    type === 'EC' ? `EC (${curves?.join(', ') ?? 'any curve'})` : type === 'OKP' || type === 'AKP' ? (curves ?? [type]).join(' or ') : type,
  )
  const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0]!
  return requirement.purpose === 'decrypt' ? `an ${joined} private key` : `an ${joined} key`
}

function rsaSizeSection(alg: string): string {
  if (alg.startsWith('PS')) return '§3.5'
  if (alg === 'RSA1_5') return '§4.2'
  return alg.startsWith('RSA-OAEP') ? '§4.3' : '§3.3'
}

/**
 * Why a key cannot serve an algorithm. 'alg-confusion' is a public key offered for an HMAC check, the
 * RS256 to HS256 attack; 'wrong-key-kind' a secret where a key pair is needed or the reverse.
 */
export type KeyMisfit = {
  code: 'unknown-algorithm' | 'alg-confusion' | 'wrong-key-kind' | 'wrong-key-type' | 'wrong-curve' | 'rsa-key-too-short' | 'needs-private-key' | 'wrong-secret-length'
  message: string
}

/** Why this key cannot serve `alg` (with `enc` for a JWE), or undefined when it can. */
export function whyKeyDoesNotFit(alg: string, shape: KeyShape, enc?: string): KeyMisfit | undefined {
  const requirement = requirementFor(alg, enc)
  if (!requirement) return { code: 'unknown-algorithm', message: `${quote(alg)} is not an algorithm this app can check or decrypt.` }
  const wantsSecret = requirement.types[0]!.type === 'oct'
  if (requirement.purpose === 'verify' && wantsSecret && shape.type !== 'oct') {
    return {
      code: 'alg-confusion',
      message: `This is ${describeKeyShape(shape)}, but ${alg} is checked with a shared secret. Using a public key as an HMAC secret is the algorithm-confusion attack (RS256 to HS256): a verifier must never do it.`,
    }
  }
  if (wantsSecret && shape.type !== 'oct') {
    return { code: 'wrong-key-kind', message: `${alg} decrypts with a shared ${requirement.isPassword ? 'password' : 'key'}, but this is ${describeKeyShape(shape)}.` }
  }
  if (!wantsSecret && shape.type === 'oct') {
    return {
      code: 'wrong-key-kind',
      message:
        requirement.purpose === 'verify'
          ? `${alg} is checked with a public key (PEM, JWK or JWKS), but this is a shared secret.`
          : `${alg} decrypts with the recipient's private key (PEM or JWK), but this is a shared secret.`,
    }
  }
  const fitting = requirement.types.find((candidate) => candidate.type === shape.type)
  if (!fitting) return { code: 'wrong-key-type', message: `${alg} needs ${describeWanted(requirement)}, but this is ${describeKeyShape(shape)}.` }
  if (fitting.curves && shape.curve && !fitting.curves.includes(shape.curve)) {
    return {
      code: 'wrong-curve',
      message:
        requirement.types.length === 1
          ? `${alg} needs a key on ${fitting.curves.join(' or ')}, but this key is on ${shorten(shape.curve)}.`
          : `${alg} needs ${describeWanted(requirement)}, but this key is on ${shorten(shape.curve)}.`,
    }
  }
  if (shape.type === 'RSA' && shape.rsaModulusBits !== undefined && shape.rsaModulusBits < 2048) {
    return {
      code: 'rsa-key-too-short',
      message: `This RSA key has ${shape.rsaModulusBits} bits; ${alg} requires at least 2048 (RFC 7518 ${rsaSizeSection(alg)}), so it cannot be trusted.`,
    }
  }
  if (requirement.purpose === 'decrypt' && shape.type !== 'oct' && shape.isPrivate === false) {
    return { code: 'needs-private-key', message: `Decrypting needs the recipient's private key, but this is ${describeKeyShape(shape)}: a public key can only encrypt.` }
  }
  if (requirement.secretBytes !== undefined && shape.byteLength !== undefined && shape.byteLength !== requirement.secretBytes) {
    const what = alg === 'dir' ? `${enc} with "dir"` : alg
    return {
      code: 'wrong-secret-length',
      message: `${what} needs a ${requirement.secretBytes}-byte (${requirement.secretBytes * 8}-bit) key, but this secret is ${shape.byteLength} bytes. Check the secret's encoding.`,
    }
  }
  return undefined
}
