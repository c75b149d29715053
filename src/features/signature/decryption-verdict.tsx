import { VerdictBox, type VerdictTone } from '../../components/verdict-box'
import type { DecryptionStatus } from '../../core/decrypt/decryption-status'
import type { DecryptionCheck } from '../../core/decrypt/decryption-status'

const looks: Record<DecryptionStatus['state'], { title: string; tone: VerdictTone }> = {
  decrypted: { title: 'Decrypted', tone: 'good' },
  failed: { title: 'Does not decrypt with this key', tone: 'bad' },
  error: { title: 'Cannot decrypt', tone: 'warning' },
  encrypted: { title: 'Encrypted', tone: 'neutral' },
}

export function DecryptionVerdict({ check }: { check: DecryptionCheck }) {
  const { status, isDecrypting } = check
  const look = looks[status.state]
  return (
    <VerdictBox testId="decryption-status" state={status.state} tone={look.tone} title={look.title} isBusy={isDecrypting}>
      <p>{status.reason}</p>
      {status.state === 'decrypted' && status.key.thumbprint ? (
        <p className="text-xs break-all">
          Key thumbprint (RFC 7638, SHA-256): <code className="font-mono">{status.key.thumbprint}</code>
        </p>
      ) : null}
    </VerdictBox>
  )
}
