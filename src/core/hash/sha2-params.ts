// The parameters of SHA-256, SHA-384 and SHA-512 (FIPS 180-4 §4.2.2, §4.2.3, §5.3), with the round
// constants and initial values derived from their definition rather than typed in.

/** The SHA-2 hashes by their WebCrypto names. */
export type Sha2Name = 'SHA-256' | 'SHA-384' | 'SHA-512'

export interface Sha2Params {
  /** 32 for SHA-256, 64 for SHA-384 and SHA-512. */
  wordBits: 32 | 64
  /** The hash block size, which is also HMAC's key block size (RFC 2104 §2). */
  blockBytes: 64 | 128
  rounds: 64 | 80
  /** Words of the output: 8, or 6 for SHA-384's truncated state. */
  digestWords: 6 | 8
  /** Bytes of the message length field in the padding. */
  lengthBytes: 8 | 16
  k: readonly bigint[]
  iv: readonly bigint[]
  /** Rotations of Σ0 and Σ1, and of σ0 and σ1 followed by their right shift. */
  bigSigma0: readonly [number, number, number]
  bigSigma1: readonly [number, number, number]
  smallSigma0: readonly [number, number, number]
  smallSigma1: readonly [number, number, number]
}

const primes = firstPrimes(80)
const mask64 = (1n << 64n) - 1n
// "The first 64 bits of the fractional parts of the cube roots of the first eighty primes" (§4.2.3).
const k512 = primes.map((p) => integerRoot(BigInt(p) << 192n, 3) & mask64)
const sqrtFraction = (p: number) => integerRoot(BigInt(p) << 128n, 2) & mask64

const sha256: Sha2Params = {
  wordBits: 32,
  blockBytes: 64,
  rounds: 64,
  digestWords: 8,
  lengthBytes: 8,
  // SHA-256's constants are the first 32 of those bits (§4.2.2, §5.3.3).
  k: k512.slice(0, 64).map((k) => k >> 32n),
  iv: primes.slice(0, 8).map((p) => sqrtFraction(p) >> 32n),
  bigSigma0: [2, 13, 22],
  bigSigma1: [6, 11, 25],
  smallSigma0: [7, 18, 3],
  smallSigma1: [17, 19, 10],
}

const sha512Rotations = {
  wordBits: 64,
  blockBytes: 128,
  rounds: 80,
  lengthBytes: 16,
  k: k512,
  bigSigma0: [28, 34, 39],
  bigSigma1: [14, 18, 41],
  smallSigma0: [1, 8, 7],
  smallSigma1: [19, 61, 6],
} as const

const params: Record<Sha2Name, Sha2Params> = {
  'SHA-256': sha256,
  // SHA-384 starts from the square roots of the ninth to sixteenth primes (§5.3.4).
  'SHA-384': { ...sha512Rotations, digestWords: 6, iv: primes.slice(8, 16).map(sqrtFraction) },
  'SHA-512': { ...sha512Rotations, digestWords: 8, iv: primes.slice(0, 8).map(sqrtFraction) },
}

export function sha2Params(hash: Sha2Name): Sha2Params {
  return params[hash]
}

/** Bytes of the hash output: 32, 48 or 64. */
export function digestBytes(hash: Sha2Name): number {
  const { digestWords, wordBits } = params[hash]
  return (digestWords * wordBits) / 8
}

function firstPrimes(count: number): number[] {
  const found: number[] = []
  for (let n = 2; found.length < count; n++) if (found.every((p) => n % p !== 0)) found.push(n)
  return found
}

/** floor(n^(1/k)) by Newton's method from a floating-point first guess. */
function integerRoot(n: bigint, k: number): bigint {
  const power = (x: bigint) => x ** BigInt(k)
  let x = BigInt(Math.floor(Number(n) ** (1 / k)))
  for (let i = 0; i < 8; i++) x = (BigInt(k - 1) * x + n / x ** BigInt(k - 1)) / BigInt(k)
  while (power(x) > n) x--
  while (power(x + 1n) <= n) x++
  return x
}
