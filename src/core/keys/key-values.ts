// Checks the numbers inside a public key before WebCrypto sees them. Browsers refuse a bad key with
// an empty message ("The key cannot be used: ."), so the key's own faults are named here instead.

export type KeyValues =
  | { type: 'RSA'; modulus: Uint8Array; exponent: Uint8Array }
  /** An uncompressed point (x and y); a compressed one is left to WebCrypto. */
  | { type: 'EC'; curve: string; x: Uint8Array; y: Uint8Array }

/** What is wrong with a key's numbers: each code names the RFC rule the key breaks. */
export type KeyValuesProblem = {
  code:
    | 'rsa-modulus-too-large'
    | 'rsa-exponent-too-small'
    | 'rsa-exponent-even'
    | 'rsa-exponent-not-below-modulus'
    | 'ec-coordinate-length'
    | 'ec-coordinate-out-of-field'
    | 'ec-point-not-on-curve'
  message: string
}

/** The largest RSA modulus Chromium's BoringSSL, Firefox's NSS and OpenSSL accept. */
export const maxRsaModulusBits = 16384

interface Curve {
  p: bigint
  a: bigint
  b: bigint
  bytes: number
}

// Short Weierstrass curves y² = x³ + ax + b over GF(p): SEC 2 (secp256k1) and FIPS 186-4 §D.1.2 (the NIST curves).
const CURVES: Record<string, Curve> = {
  'P-256': {
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    a: -3n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
    bytes: 32,
  },
  'P-384': {
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    a: -3n,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
    bytes: 48,
  },
  'P-521': {
    p: 2n ** 521n - 1n,
    a: -3n,
    b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n,
    bytes: 66,
  },
  secp256k1: { p: 2n ** 256n - 2n ** 32n - 977n, a: 0n, b: 7n, bytes: 32 },
}

/** What is wrong with the key's numbers; undefined when nothing is. */
export function whyKeyValuesUnusable(values: KeyValues): KeyValuesProblem | undefined {
  return values.type === 'RSA' ? rsaProblem(values.modulus, values.exponent) : ecProblem(values.curve, values.x, values.y)
}

function rsaProblem(modulus: Uint8Array, exponent: Uint8Array): KeyValuesProblem | undefined {
  const bits = bitLength(modulus)
  if (bits > maxRsaModulusBits) {
    return {
      code: 'rsa-modulus-too-large',
      message: `This RSA key's modulus has ${bits.toLocaleString('en-US')} bits; browsers accept at most ${maxRsaModulusBits.toLocaleString('en-US')}, and no real key is that large.`,
    }
  }
  // RFC 8017 §3.1: 3 ≤ e ≤ n − 1, and e must be odd to be coprime with (p − 1)(q − 1).
  const exponentBits = bitLength(exponent)
  if (exponentBits <= 1) {
    return {
      code: 'rsa-exponent-too-small',
      message: `This RSA key's public exponent "e" is ${exponentBits}, so it does not encrypt at all: every signature would equal the message it signs. RSA needs an odd e of at least 3 (usually 65537, RFC 8017 §3.1).`,
    }
  }
  if ((exponent[exponent.length - 1]! & 1) === 0) {
    const e = exponentBits <= 32 ? toBigInt(exponent).toString() : `a ${exponentBits}-bit number`
    return { code: 'rsa-exponent-even', message: `This RSA key's public exponent "e" is even (${e}), which no RSA key can have: e must be odd (RFC 8017 §3.1). Usually it is 65537.` }
  }
  if (exponentBits > bits || (exponentBits === bits && toBigInt(exponent) >= toBigInt(modulus))) {
    return { code: 'rsa-exponent-not-below-modulus', message: 'This RSA key\'s public exponent "e" is not smaller than its modulus "n", which RFC 8017 §3.1 requires.' }
  }
  return undefined
}

function ecProblem(curveName: string, xBytes: Uint8Array, yBytes: Uint8Array): KeyValuesProblem | undefined {
  const curve = Object.hasOwn(CURVES, curveName) ? CURVES[curveName]! : undefined
  if (!curve) return undefined
  // RFC 7518 §6.2.1.2 and §6.2.1.3: x and y are the full size of a field element, leading zeros kept.
  for (const [name, bytes] of [['x', xBytes], ['y', yBytes]] as const) {
    if (bytes.length !== curve.bytes) {
      return {
        code: 'ec-coordinate-length',
        message: `The "${name}" coordinate of this ${curveName} key is ${bytes.length} bytes long, but on ${curveName} it is exactly ${curve.bytes} (RFC 7518 §6.2.1).`,
      }
    }
  }
  const x = toBigInt(xBytes)
  const y = toBigInt(yBytes)
  if (x >= curve.p || y >= curve.p) {
    return { code: 'ec-coordinate-out-of-field', message: `A coordinate of this ${curveName} key is larger than the curve's field, so it is not a point on ${curveName}.` }
  }
  const left = (y * y) % curve.p
  const right = (((x * x * x + curve.a * x + curve.b) % curve.p) + curve.p) % curve.p
  if (left !== right) {
    return {
      code: 'ec-point-not-on-curve',
      message: `This ${curveName} key's point (x, y) is not on the ${curveName} curve, so no signature can be checked with it. The key was damaged in copying, or made to attack verifiers that skip this check (invalid-curve attacks).`,
    }
  }
  return undefined
}

function toBigInt(bytes: Uint8Array): bigint {
  let value = 0n
  for (const byte of bytes) value = (value << 8n) | BigInt(byte)
  return value
}

function bitLength(bytes: Uint8Array): number {
  const first = bytes.findIndex((byte) => byte !== 0)
  return first === -1 ? 0 : (bytes.length - first) * 8 - Math.clz32(bytes[first]!) + 24
}
