// The signing algorithms the key generator offers, as data without jose, so the UI can list them
// without loading the crypto code.

export const keygenAlgorithms = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const
export type KeygenAlgorithm = (typeof keygenAlgorithms)[number]

/** RSA modulus lengths offered, in bits; the first is the default. */
export const rsaModulusLengths = [2048, 3072, 4096] as const
export type RsaModulusLength = (typeof rsaModulusLengths)[number]

/** The kind of key each algorithm takes, in words. */
export const keygenKeyKinds: Record<KeygenAlgorithm, string> = {
  HS256: 'HMAC secret, 256 bits',
  HS384: 'HMAC secret, 384 bits',
  HS512: 'HMAC secret, 512 bits',
  RS256: 'RSA, PKCS#1 v1.5',
  RS384: 'RSA, PKCS#1 v1.5',
  RS512: 'RSA, PKCS#1 v1.5',
  PS256: 'RSA, PSS',
  PS384: 'RSA, PSS',
  PS512: 'RSA, PSS',
  ES256: 'EC P-256',
  ES384: 'EC P-384',
  ES512: 'EC P-521',
  EdDSA: 'Ed25519',
}

export function isHmacAlgorithm(alg: KeygenAlgorithm): boolean {
  return alg.startsWith('HS')
}

export function isRsaAlgorithm(alg: KeygenAlgorithm): boolean {
  return alg.startsWith('RS') || alg.startsWith('PS')
}
