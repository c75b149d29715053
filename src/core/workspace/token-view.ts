// What the debugger can show and do for the token in front of the user. The page lays itself out
// from this one summary instead of asking the decoded token the same questions in every panel.
import type { DecodedToken } from '../token/decoded-token'

export type TokenViewKind = 'empty' | 'jws' | 'jwe' | 'unsecured' | 'invalid' | 'sd-jwt'

export interface TokenView {
  kind: TokenViewKind
  /** The header's "alg", when it is a string. */
  alg: string | null
  /** header.payload.signature, the form most tokens travel in. */
  isCompact: boolean
  /** A compact JWS or unsecured token: its header and payload can be edited and signed again. */
  isEditable: boolean
  /** Its claims can be read: a JSON payload, or the JSON plaintext of a decrypted JWE. */
  hasClaims: boolean
  /** What the key box does: verify a signature, or decrypt a JWE. */
  keyRole: 'verify' | 'decrypt'
}

export interface TokenViewInputs {
  decoded: DecodedToken | null
  isSdJwt: boolean
  /** The claims the page reads: for a JWE, those of its decrypted plaintext. */
  hasClaims: boolean
}

export function tokenViewOf({ decoded, isSdJwt, hasClaims }: TokenViewInputs): TokenView {
  if (!decoded) return { kind: 'empty', alg: null, isCompact: false, isEditable: false, hasClaims: false, keyRole: 'verify' }
  const alg = decoded.header.type === 'json' && typeof decoded.header.value.alg === 'string' ? decoded.header.value.alg : null
  const kind: TokenViewKind = isSdJwt && decoded.kind === 'jws' ? 'sd-jwt' : decoded.kind
  const isCompactJws = decoded.serialization === 'compact' && !decoded.parts.some((part) => part.name === 'ciphertext')
  return {
    kind,
    alg,
    isCompact: isCompactJws,
    // An SD-JWT's issuer JWT edited on its own would lose its disclosures.
    isEditable: isCompactJws && !isSdJwt,
    hasClaims,
    keyRole: decoded.kind === 'jwe' ? 'decrypt' : 'verify',
  }
}
