// The decryption verdict, and the verdicts that need no cryptography (so no crypto code is loaded for
// them): no key yet, an algorithm that is refused, a header that cannot be decrypted.
import type { DecodedToken } from '../token/decoded-token'
import type { KeyMaterial } from '../keys/parse-key-text'
import { needsSecret, requirementFor } from '../keys/key-requirements'
import type { VerifiedKey } from '../verify/signature-status'
import type { KeyErrorCode } from '../keys/key-error'
import { quote } from '../text/quote'

/** The verdict on screen, and whether a newer attempt is still running. */
export interface DecryptionCheck {
  status: DecryptionStatus
  isDecrypting: boolean
}

/** The `decryption-status` values, each with the sentence shown beside it. */
export type DecryptionStatus =
  | { state: 'encrypted'; reason: string }
  | { state: 'decrypted'; reason: string; plaintext: Uint8Array; key: VerifiedKey }
  | { state: 'failed'; reason: string }
  | DecryptionError

/** Why no decryption could be attempted or completed; 'unusable-key' carries the key's own code. */
export type DecryptionError =
  | {
      state: 'error'
      code:
        | 'not-encrypted'
        | 'missing-alg-or-enc'
        | 'refused-alg'
        | 'unknown-alg'
        | 'too-many-iterations'
        /** Decryption itself failed to run (its code could not load, or it threw). */
        | 'decryption-failed'
      reason: string
    }
  | { state: 'error'; code: 'unusable-key'; keyError: KeyErrorCode; reason: string }

// PBKDF2 runs p2c rounds; a hostile token could ask for billions and freeze the tab (RFC 7518 §8.8).
export const maxPbes2Iterations = 1_000_000

/** The verdict when it is known without decrypting; undefined when decryption must be tried. */
export function precheckDecryption(decoded: DecodedToken, material: KeyMaterial): DecryptionStatus | undefined {
  const header = decoded.header.type === 'json' ? decoded.header.value : undefined
  const alg = header?.alg
  const enc = header?.enc
  if (!header || typeof alg !== 'string' || typeof enc !== 'string') {
    return { state: 'error', code: 'missing-alg-or-enc', reason: 'The protected header must name the key management ("alg") and the content encryption ("enc") before anything can be decrypted.' }
  }
  if (alg === 'RSA1_5') {
    return { state: 'error', code: 'refused-alg', reason: 'RSA1_5 (RSAES-PKCS1-v1_5) is not decrypted here: it is open to padding-oracle attacks, and jose no longer supports it. The sender should switch to RSA-OAEP-256.' }
  }
  const requirement = requirementFor(alg, enc)
  if (requirement?.purpose !== 'decrypt') return { state: 'error', code: 'unknown-alg', reason: `${quote(alg)} is not a JWE key management algorithm this app knows.` }
  if (typeof header.p2c === 'number' && header.p2c > maxPbes2Iterations) {
    return {
      state: 'error',
      code: 'too-many-iterations',
      reason: `The token asks for ${header.p2c.toLocaleString('en-US')} PBKDF2 iterations ("p2c"); more than ${maxPbes2Iterations.toLocaleString('en-US')} are refused here, since a hostile token can use a huge count to freeze the page.`,
    }
  }
  if (material.kind === 'empty') {
    const wanted = requirement.isPassword ? 'the password' : needsSecret(alg, enc) ? 'the shared key' : 'the recipient\'s private key (PEM or JWK)'
    return { state: 'encrypted', reason: `Paste ${wanted} to decrypt this ${alg} / ${enc} token.` }
  }
  if (material.kind === 'unusable') return { state: 'error', code: 'unusable-key', keyError: material.code, reason: material.message }
  return undefined
}
