import type { KeyMaterial } from '../../core/keys/parse-key-text'

/** What the key box recognised, in words. */
export function describeKeyMaterial(material: KeyMaterial): string | undefined {
  switch (material.kind) {
    case 'empty':
    case 'unusable':
      return undefined
    case 'secret':
      return 'a shared secret (HMAC)'
    case 'pem': {
      const labels = material.blocks.map((block) => (Object.hasOwn(pemNames, block.label) ? pemNames[block.label]! : `a "${block.label}" PEM block`))
      return labels.length === 1 ? labels[0] : `${labels.length} PEM blocks: ${labels.join(', ')}`
    }
    case 'jwk': {
      const kind = material.jwk.kty === 'oct' ? 'a symmetric JWK (oct)' : `a${typeof material.jwk.d === 'string' ? ' private' : ' public'} ${typeof material.jwk.kty === 'string' ? material.jwk.kty : 'untyped'} JWK`
      return typeof material.jwk.kid === 'string' ? `${kind} with kid "${material.jwk.kid}"` : kind
    }
    case 'jwks':
      return `a JWK Set with ${material.keys.length} key${material.keys.length === 1 ? '' : 's'}`
  }
}

const pemNames: Record<string, string> = {
  'PUBLIC KEY': 'a public key (SPKI PEM)',
  'RSA PUBLIC KEY': 'an RSA public key (PKCS#1 PEM)',
  CERTIFICATE: 'an X.509 certificate (PEM)',
  'PRIVATE KEY': 'a private key (PKCS#8 PEM), used through its public half',
  'RSA PRIVATE KEY': 'an RSA private key (PKCS#1 PEM), used through its public half',
  'EC PRIVATE KEY': 'an EC private key (SEC1 PEM), used through its public half',
  'ENCRYPTED PRIVATE KEY': 'an encrypted private key (PKCS#8 PEM)',
}
