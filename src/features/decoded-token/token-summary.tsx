import { useMemo } from 'react'
import type { DecodedToken } from '../../core/token/decoded-token'
import { utf8ByteLength } from '../../core/encoding/utf8'
import { Badge, type BadgeTone } from '../../components/badge'
import { PartNotices } from './part-notices'

const kindLabels: Record<DecodedToken['kind'], { label: string; tone: BadgeTone }> = {
  jws: { label: 'Signed (JWS)', tone: 'good' },
  jwe: { label: 'Encrypted (JWE)', tone: 'info' },
  unsecured: { label: 'Unsecured (alg: none)', tone: 'bad' },
  invalid: { label: 'Malformed', tone: 'bad' },
}

const serializationLabels: Record<DecodedToken['serialization'], string> = {
  compact: 'compact',
  'json-flattened': 'flattened JSON',
  'json-general': 'general JSON',
}

const sdJwtKind = { label: 'SD-JWT (selective disclosure)', tone: 'good' as const }

export interface TokenSummaryProps {
  decoded: DecodedToken
  /** The token is an SD-JWT whose issuer-signed JWT is `decoded`. */
  isSdJwt?: boolean
}

/** What the token is, in one line, and why it does not decode when it does not. */
export function TokenSummary({ decoded, isSdJwt = false }: TokenSummaryProps) {
  const kind = isSdJwt && decoded.kind === 'jws' ? sdJwtKind : kindLabels[decoded.kind]
  const tokenNotices = decoded.notices.filter((notice) => notice.part === 'token')
  // Counting the bytes of a megabyte token on every render would cost each keystroke several milliseconds.
  const byteLength = useMemo(() => utf8ByteLength(decoded.input.token), [decoded.input.token])
  const alg = decoded.header.type === 'json' && typeof decoded.header.value.alg === 'string' ? decoded.header.value.alg : null
  const { profile } = decoded
  return (
    <div aria-label="Summary" role="group" className="space-y-2 border-t border-slate-200 px-4 py-2.5 text-sm dark:border-slate-800">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Badge tone={kind.tone} data-testid="token-kind" data-kind={kind === sdJwtKind ? 'sd-jwt' : decoded.kind}>
          {kind.label}
        </Badge>
        {alg ? <span className="font-mono text-xs font-semibold">{alg}</span> : null}
        {profile.id !== 'unknown' ? (
          <details className="text-xs open:basis-full">
            <summary className="cursor-pointer font-semibold text-slate-800 dark:text-slate-200" data-testid="token-profile" data-profile={profile.id}>
              {profile.title}
            </summary>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{profile.description}</p>
            {profile.evidence.length > 0 ? <p className="mt-0.5 text-slate-600 dark:text-slate-400">Recognised by: {profile.evidence.join(', ')}</p> : null}
          </details>
        ) : null}
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {isSdJwt ? 'issuer-signed JWT' : serializationLabels[decoded.serialization]} · {byteLength.toLocaleString('en-US')} bytes
        </span>
      </div>
      {decoded.failures.length > 0 ? (
        <div data-testid="decode-error" role="alert" className="space-y-1 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {decoded.failures.map((failure, index) => (
            <p key={index}>{failure.message}</p>
          ))}
        </div>
      ) : null}
      {tokenNotices.length > 0 ? (
        <div className="-mx-4 -mb-2.5">
          <PartNotices notices={tokenNotices} />
        </div>
      ) : null}
    </div>
  )
}
