// Whether an error thrown by jose or WebCrypto means "this key (or this token) cannot be used", which
// is shown as a verdict, rather than a bug, which is rethrown.
import { errors } from 'jose'

/**
 * jose reports unusable keys and unsupported algorithms as JOSEError or plain TypeError; WebCrypto as
 * a DOMException (DataError, NotSupportedError, InvalidAccessError). A signature or ciphertext that
 * does not match the key is a verdict of its own, not a key problem.
 */
export function isKeyProblem(error: unknown): error is Error {
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWEDecryptionFailed) return false
  return error instanceof errors.JOSEError || error instanceof TypeError || error instanceof DOMException
}
