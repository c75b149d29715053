// Why key material cannot serve a request, as a closed set of codes with the sentence shown for each.
// Callers branch on the code; the message names the failing part and what to do.
import type { DerError } from './der'
import type { SecretError } from './decode-secret'
import type { KeyMisfit } from './key-requirements'
import type { KeyTextError } from './parse-key-text'
import type { KeyValuesProblem } from './key-values'

export type KeyError =
  | KeyTextError
  | SecretError
  | DerError
  | KeyMisfit
  | KeyValuesProblem
  | {
      code:
        | 'no-key'
        | 'empty-secret'
        | 'encrypted-private-key'
        | 'pem-not-a-key'
        | 'jwk-member-missing'
        | 'jwk-member-not-base64url'
        | 'unknown-key-type'
        | 'jwk-alg-mismatch'
        | 'jwk-use-mismatch'
        | 'jwk-key-ops-mismatch'
        | 'kid-not-found'
        | 'no-usable-key-in-set'
        | 'cannot-sign-with-ed448'
        | 'unsupported-by-browser'
        /** jose or WebCrypto refused the key; the message passes on their reason. */
        | 'key-refused'
        /** jose or WebCrypto does not support the key's algorithm or curve. */
        | 'key-unsupported'
      message: string
    }

export type KeyErrorCode = KeyError['code']
