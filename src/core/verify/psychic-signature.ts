/**
 * An ECDSA signature with r or s equal to zero: the "psychic signature" (CVE-2022-21449) that some
 * Java versions accepted for any message. No valid signature has either.
 */
export function isPsychicSignature(alg: string, signature: Uint8Array | null): boolean {
  if (!signature || !/^ES(256|384|512|256K)$/.test(alg) || signature.length === 0 || signature.length % 2 === 1) return false
  const half = signature.length / 2
  const isZero = (bytes: Uint8Array) => bytes.every((byte) => byte === 0)
  return isZero(signature.subarray(0, half)) || isZero(signature.subarray(half))
}
