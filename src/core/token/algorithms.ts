// What each JOSE algorithm identifier means (RFC 7518, RFC 8037, RFC 9864), in words.

export type AlgorithmFamily = 'hmac' | 'rsa' | 'rsa-pss' | 'ecdsa' | 'eddsa' | 'ml-dsa' | 'none' | 'key-management' | 'content-encryption'

export interface AlgorithmInfo {
  family: AlgorithmFamily
  description: string
}

const SHA: Record<string, string> = { '256': 'SHA-256', '384': 'SHA-384', '512': 'SHA-512' }
const CURVES = new Map([
  ['ES256', 'P-256'],
  ['ES384', 'P-384'],
  ['ES512', 'P-521'],
  ['ES256K', 'secp256k1'],
])

export function describeAlgorithm(alg: string): AlgorithmInfo | undefined {
  const bits = /^(?:HS|RS|PS|ES)(256|384|512)$/.exec(alg)?.[1]
  if (alg.toLowerCase() === 'none') return { family: 'none', description: 'No signature at all: anyone can write or change this token.' }
  if (alg.startsWith('HS') && bits) return { family: 'hmac', description: `HMAC with ${SHA[bits]}: signed and checked with the same shared secret.` }
  if (alg.startsWith('RS') && bits) return { family: 'rsa', description: `RSASSA-PKCS1-v1_5 with ${SHA[bits]}: signed with an RSA private key, checked with its public key.` }
  if (alg.startsWith('PS') && bits) return { family: 'rsa-pss', description: `RSASSA-PSS with ${SHA[bits]}: RSA signatures with randomised padding, checked with the public key.` }
  const curve = CURVES.get(alg)
  if (curve) return { family: 'ecdsa', description: `ECDSA on the ${curve} curve: signed with an elliptic-curve private key, checked with its public key.` }
  if (alg === 'EdDSA') return { family: 'eddsa', description: 'EdDSA (RFC 8037): Ed25519 or Ed448 signatures; the key says which curve.' }
  if (alg === 'Ed25519' || alg === 'Ed448') return { family: 'eddsa', description: `${alg} signatures, named fully (RFC 9864).` }
  if (/^ML-DSA-(44|65|87)$/.test(alg)) return { family: 'ml-dsa', description: `${alg}: a post-quantum lattice signature (FIPS 204).` }
  return keyManagement.get(alg) ?? contentEncryption.get(alg)
}

const keyManagement = new Map<string, AlgorithmInfo>(
  Object.entries({
    dir: 'Direct encryption: the shared key is the content key; there is no encrypted key.',
    'RSA-OAEP': 'The content key is encrypted with RSA-OAEP (SHA-1) to the recipient\'s public key.',
    'RSA-OAEP-256': 'The content key is encrypted with RSA-OAEP and SHA-256 to the recipient\'s public key.',
    'RSA-OAEP-384': 'The content key is encrypted with RSA-OAEP and SHA-384 to the recipient\'s public key.',
    'RSA-OAEP-512': 'The content key is encrypted with RSA-OAEP and SHA-512 to the recipient\'s public key.',
    RSA1_5: 'The content key is encrypted with RSAES-PKCS1-v1_5, which is open to padding-oracle attacks; avoid it.',
    A128KW: 'The content key is wrapped with AES Key Wrap under a shared 128-bit key.',
    A192KW: 'The content key is wrapped with AES Key Wrap under a shared 192-bit key.',
    A256KW: 'The content key is wrapped with AES Key Wrap under a shared 256-bit key.',
    A128GCMKW: 'The content key is wrapped with AES-GCM under a shared 128-bit key.',
    A192GCMKW: 'The content key is wrapped with AES-GCM under a shared 192-bit key.',
    A256GCMKW: 'The content key is wrapped with AES-GCM under a shared 256-bit key.',
    'ECDH-ES': 'The content key is agreed with Elliptic Curve Diffie-Hellman between an ephemeral key (epk) and the recipient\'s key.',
    'ECDH-ES+A128KW': 'ECDH-ES agrees a 128-bit key that wraps the content key with AES Key Wrap.',
    'ECDH-ES+A192KW': 'ECDH-ES agrees a 192-bit key that wraps the content key with AES Key Wrap.',
    'ECDH-ES+A256KW': 'ECDH-ES agrees a 256-bit key that wraps the content key with AES Key Wrap.',
    'PBES2-HS256+A128KW': 'A password, stretched with PBKDF2 (p2s salt, p2c iterations), wraps the content key.',
    'PBES2-HS384+A192KW': 'A password, stretched with PBKDF2 (p2s salt, p2c iterations), wraps the content key.',
    'PBES2-HS512+A256KW': 'A password, stretched with PBKDF2 (p2s salt, p2c iterations), wraps the content key.',
  }).map(([alg, description]) => [alg, { family: 'key-management' as const, description }]),
)

const contentEncryption = new Map<string, AlgorithmInfo>(
  Object.entries({
    A128GCM: 'AES-GCM with a 128-bit key.',
    A192GCM: 'AES-GCM with a 192-bit key.',
    A256GCM: 'AES-GCM with a 256-bit key.',
    'A128CBC-HS256': 'AES-128 in CBC mode with an HMAC-SHA-256 tag.',
    'A192CBC-HS384': 'AES-192 in CBC mode with an HMAC-SHA-384 tag.',
    'A256CBC-HS512': 'AES-256 in CBC mode with an HMAC-SHA-512 tag.',
  }).map(([enc, description]) => [enc, { family: 'content-encryption' as const, description }]),
)
