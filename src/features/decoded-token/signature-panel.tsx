import type { DecodedToken } from '../../core/token/decoded-token'
import { partLabels } from '../../core/token/part-labels'
import { describeAlgorithm } from '../../core/token/algorithms'
import { PartNotices } from './part-notices'
import { hexBytes } from '../../core/text/words'

const HEX_PREVIEW_BYTES = 48

export function SignaturePanel({ decoded }: { decoded: DecodedToken }) {
  const header = decoded.header.type === 'json' ? decoded.header.value : {}
  const isJwe = decoded.payload.type === 'encrypted'
  const alg = typeof header.alg === 'string' ? header.alg : undefined
  const enc = typeof header.enc === 'string' ? header.enc : undefined
  const algorithm = alg ? describeAlgorithm(alg) : undefined
  const encryption = enc ? describeAlgorithm(enc) : undefined
  const partNotices = decoded.notices.filter((notice) => notice.part !== 'token' && notice.part !== 'header' && notice.part !== 'payload')

  const summary = isJwe ? [alg, enc].filter(Boolean).join(' · ') : [alg, decoded.signature ? `${decoded.signature.length} bytes` : null].filter(Boolean).join(' · ')
  return (
    <details open={partNotices.length > 0 || undefined} className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <summary className="cursor-pointer px-4 py-2.5 text-sm font-semibold tracking-wide text-slate-800 uppercase focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 dark:text-slate-200">
        <span className="token-part-signature">{isJwe ? 'Encryption' : 'Signature'}</span>
        {summary ? <span className="ml-2 font-mono text-xs font-normal tracking-normal normal-case text-slate-600 dark:text-slate-400">{summary}</span> : null}
      </summary>
      <div className="border-t border-slate-200 dark:border-slate-800">
      <dl className="grid gap-x-4 gap-y-2 px-4 py-3 text-sm sm:grid-cols-[minmax(7rem,11rem)_minmax(0,1fr)]">
        {alg ? (
          <>
            <dt className="font-mono font-semibold">{isJwe ? `alg ${alg}` : alg}</dt>
            <dd>{algorithm?.description ?? 'An algorithm this app does not know.'}</dd>
          </>
        ) : null}
        {enc ? (
          <>
            <dt className="font-mono font-semibold">enc {enc}</dt>
            <dd>{encryption?.description ?? 'A content encryption this app does not know.'}</dd>
          </>
        ) : null}
        {isJwe
          ? decoded.parts.slice(1).map((part) => (
              <PartSize key={part.name} label={partLabels[part.name]} className={`token-part-${part.name}`} bytes={part.byteLength} />
            ))
          : null}
        {!isJwe && decoded.signature ? (
          <>
            <dt className="token-part-signature font-semibold">Signature bytes</dt>
            <dd className="min-w-0">
              <span>{decoded.signature.length} bytes</span>
              {decoded.signature.length > 0 ? (
                <code className="mt-1 block font-mono text-xs break-all text-slate-600 dark:text-slate-400">
                  {hexBytes(decoded.signature.subarray(0, HEX_PREVIEW_BYTES))}
                  {decoded.signature.length > HEX_PREVIEW_BYTES ? '…' : ''}
                </code>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      <PartNotices notices={partNotices} />
      </div>
    </details>
  )
}

function PartSize({ label, className, bytes }: { label: string; className: string; bytes: number | null }) {
  return (
    <>
      <dt className={`font-semibold ${className}`}>{label[0]!.toUpperCase() + label.slice(1)}</dt>
      <dd>{bytes === null ? 'not decodable' : bytes === 0 ? 'empty' : `${bytes} bytes`}</dd>
    </>
  )
}
