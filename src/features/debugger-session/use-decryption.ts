import { useMemo } from 'react'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { KeyMaterial } from '../../core/keys/parse-key-text'
import type { SecretEncoding } from '../../core/keys/decode-secret'
import { precheckDecryption, type DecryptionCheck, type DecryptionStatus } from '../../core/decrypt/decryption-status'
import { useLatestResult } from '../../hooks/use-latest-result'

const loadDecrypter = () => import('../../core/decrypt/decrypt-token')

const decrypting: DecryptionStatus = { state: 'encrypted', reason: 'Decrypting…' }
const notEncrypted: DecryptionStatus = { state: 'error', code: 'not-encrypted', reason: 'This token is not encrypted.' }

/** The decryption of the current JWE with the current key: never an older attempt's verdict or plaintext. */
export function useDecryption(decoded: DecodedToken | null, material: KeyMaterial, encoding: SecretEncoding): DecryptionCheck {
  const isJwe = decoded?.kind === 'jwe'
  const early = useMemo(() => (decoded && isJwe ? precheckDecryption(decoded, material) : notEncrypted), [decoded, isJwe, material])
  const attempted = useLatestResult(
    early || !decoded ? undefined : () => loadDecrypter().then(({ decryptToken }) => decryptToken(decoded, material, encoding)),
    [decoded, material, encoding],
    decrypting,
    (error) => ({ state: 'error' as const, code: 'decryption-failed' as const, reason: `Decryption failed unexpectedly: ${String(error)}` }),
  )
  return early ? { status: early, isDecrypting: false } : { status: attempted.value, isDecrypting: attempted.isPending }
}
