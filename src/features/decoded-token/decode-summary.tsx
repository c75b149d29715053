import type { DecodedToken } from '../../core/token/decoded-token'
import { Badge, type BadgeTone } from '../../components/badge'
import { PartNotices } from './part-notices'

const kindLabels: Record<DecodedToken['kind'], { label: string; tone: BadgeTone }> = {
  jws: { label: 'Signed (JWS)', tone: 'good' },
  jwe: { label: 'Encrypted (JWE)', tone: 'info' },
  unsecured: { label: 'Unsecured (alg: none)', tone: 'bad' },
  invalid: { label: 'Malformed', tone: 'bad' },
}

const serializationLabels: Record<DecodedToken['serialization'], string> = {
  compact: 'compact serialization',
  'json-flattened': 'flattened JSON serialization',
  'json-general': 'general JSON serialization',
}

const sdJwtKind = { label: 'SD-JWT (selective disclosure)', tone: 'good' as const }

export interface DecodeSummaryProps {
  decoded: DecodedToken
  /** The token is an SD-JWT whose issuer-signed JWT is `decoded`. */
  isSdJwt?: boolean
}

export function DecodeSummary({ decoded, isSdJwt = false }: DecodeSummaryProps) {
  const kind = isSdJwt && decoded.kind === 'jws' ? sdJwtKind : kindLabels[decoded.kind]
  const tokenNotices = decoded.notices.filter((notice) => notice.part === 'token')
  const byteLength = new TextEncoder().encode(decoded.input.token).length
  return (
    <section aria-label="Summary" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={kind.tone} data-testid="token-kind" data-kind={kind === sdJwtKind ? 'sd-jwt' : decoded.kind}>
          {kind.label}
        </Badge>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {isSdJwt ? 'issuer-signed JWT' : serializationLabels[decoded.serialization]} · {byteLength.toLocaleString('en-US')} bytes
        </span>
      </div>
      {decoded.failures.length > 0 ? (
        <div data-testid="decode-error" role="alert" className="mt-3 space-y-1 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {decoded.failures.map((failure, index) => (
            <p key={index}>{failure.message}</p>
          ))}
        </div>
      ) : null}
      {decoded.profile.id !== 'unknown' ? (
        <div className="mt-3 text-sm">
          <p className="font-semibold" data-testid="token-profile" data-profile={decoded.profile.id}>
            {decoded.profile.title}
          </p>
          <p className="mt-0.5 text-slate-700 dark:text-slate-300">{decoded.profile.description}</p>
          {decoded.profile.evidence.length > 0 ? (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Recognised by: {decoded.profile.evidence.join(', ')}</p>
          ) : null}
        </div>
      ) : null}
      {tokenNotices.length > 0 ? (
        <div className="-mx-4 mt-3 -mb-4">
          <PartNotices notices={tokenNotices} />
        </div>
      ) : null}
    </section>
  )
}
