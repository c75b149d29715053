// The two signature verdicts of a comparison in one line, naming the key in use: "First: signature
// verified with the key box's secret; second: invalid signature.", or "Both tokens: …" when they agree.
import type { KeyMaterial } from '../keys/parse-key-text'
import type { SignatureStatus } from '../verify/signature-status'
import type { TokenKind } from '../token/decoded-token'

/** What the key box holds, as "the key box's …" ends. */
export function keyNoun(material: KeyMaterial): string {
  switch (material.kind) {
    case 'empty':
      return 'nothing'
    case 'unusable':
      return 'text, which is not a usable key'
    case 'secret':
      return 'secret'
    case 'pem':
      return material.blocks.some((block) => block.label === 'CERTIFICATE') ? 'certificate' : 'PEM key'
    case 'jwk':
      return 'JWK'
    case 'jwks':
      return 'key set'
  }
}

/** One token's verdict in a few words. */
export function describeVerdict(status: SignatureStatus, kind: TokenKind, material: KeyMaterial): string {
  if (kind === 'jwe') return 'encrypted, with no signature to check'
  if (kind === 'unsecured') return 'unsecured (alg none): no signature at all'
  switch (status.state) {
    case 'valid':
      return status.isEmbeddedKey ? 'signature matches only the key the token carries itself' : `signature verified with the key box's ${keyNoun(material)}`
    case 'invalid':
      return `invalid signature for the key box's ${keyNoun(material)}`
    case 'unverified':
      return material.kind === 'empty' ? 'not checked: the key box is empty' : 'being checked'
    case 'error':
      return material.kind === 'unusable' ? "not checked: the key box's text is not a usable key" : `the key box's ${keyNoun(material)} cannot check it`
  }
}

export interface VerdictSide {
  status: SignatureStatus
  kind: TokenKind
}

export function describeSignatures(first: VerdictSide, second: VerdictSide, material: KeyMaterial): string {
  const isSigned = (side: VerdictSide) => side.kind === 'jws'
  if (material.kind === 'empty' && isSigned(first) && isSigned(second)) return 'Signatures not checked: the key box is empty.'
  const [firstVerdict, secondVerdict] = [describeVerdict(first.status, first.kind, material), describeVerdict(second.status, second.kind, material)]
  // One verdict for both, rather than the same words twice.
  if (firstVerdict === secondVerdict) return `Both tokens: ${firstVerdict}.`
  return `First: ${firstVerdict}; second: ${secondVerdict}.`
}
