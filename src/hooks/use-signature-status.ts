import { useMemo } from 'react'
import type { DecodedToken } from '../core/token/decoded-token'
import type { KeyMaterial } from '../core/keys/parse-key-text'
import type { SecretEncoding } from '../core/keys/decode-secret'
import { precheckSignature, type SignatureStatus } from '../core/verify/signature-status'
import { useLatestResult } from './use-latest-result'

// The crypto code (jose) loads on the first real check, not with the page.
const loadVerifier = () => import('../core/verify/verify-signature')

export interface SignatureCheck {
  status: SignatureStatus
  /** True while the check on the current token and key is running; `status` then says it is checking. */
  isChecking: boolean
}

const checking: SignatureStatus = { state: 'unverified', reason: 'Checking the signature…' }

/** The verdict for the current token and key; never overwritten by the result of an older check. */
export function useSignatureStatus(decoded: DecodedToken, material: KeyMaterial, encoding: SecretEncoding): SignatureCheck {
  const early = useMemo(() => precheckSignature(decoded, material), [decoded, material])
  const checked = useLatestResult(
    early ? undefined : () => loadVerifier().then(({ verifySignature }) => verifySignature(decoded, material, encoding)),
    [decoded, material, encoding],
    checking,
    (error) => ({ state: 'error' as const, code: 'check-failed' as const, reason: `The check failed unexpectedly: ${String(error)}` }),
  )
  return early ? { status: early, isChecking: false } : { status: checked.value, isChecking: checked.isPending }
}
