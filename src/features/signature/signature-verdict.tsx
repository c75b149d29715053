import { VerdictBox, type VerdictTone } from '../../components/verdict-box'
import type { SignatureStatus } from '../../core/verify/signature-status'
import type { SignatureCheck } from '../../hooks/use-signature-status'

const looks: Record<SignatureStatus['state'], { title: string; tone: VerdictTone }> = {
  valid: { title: 'Signature verified', tone: 'good' },
  invalid: { title: 'Invalid signature', tone: 'bad' },
  error: { title: 'Cannot verify', tone: 'warning' },
  unverified: { title: 'Not verified', tone: 'neutral' },
}

export function SignatureVerdict({ check, testId = 'signature-status' }: { check: SignatureCheck; testId?: string }) {
  const { status, isChecking } = check
  const isEmbedded = status.state === 'valid' && status.isEmbeddedKey === true
  const look = isEmbedded ? { title: 'Signature matches the token\'s own key: not proof of origin', tone: 'warning' as const } : looks[status.state]
  const title = status.state === 'error' && status.code === 'alg-confusion' ? `${look.title}: algorithm confusion` : look.title
  return (
    <VerdictBox testId={testId} state={status.state} tone={look.tone} title={title} isBusy={isChecking}>
      <p>{status.reason}</p>
      {status.state === 'valid' && status.key.thumbprint ? (
        <details className="text-xs">
          <summary className="cursor-pointer">Key thumbprint (RFC 7638)</summary>
          <code className="font-mono break-all">{status.key.thumbprint}</code>
        </details>
      ) : null}
    </VerdictBox>
  )
}
