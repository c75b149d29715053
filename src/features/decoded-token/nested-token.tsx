import { useMemo } from 'react'
import type { DecodedToken } from '../../core/token/decoded-token'
import { lintToken } from '../../core/lint/lint-token'
import { useNowSeconds } from '../../hooks/use-now'
import { HeaderPanel } from './header-panel'
import { PayloadPanel } from './payload-panel'
import { isJsonObject } from '../../core/json/json-value'

/** The inner token of a nested JWT, shown beneath the outer one. */
export function NestedToken({ decoded, depth = 1 }: { decoded: DecodedToken; depth?: number }) {
  return (
    <section aria-label={`Inner token, level ${depth}`} className="space-y-4 rounded-xl border-2 border-dashed border-slate-300 p-3 dark:border-slate-700">
      <p className="text-sm font-semibold">
        Inner token (level {depth}): the payload is itself a {decoded.kind === 'jwe' ? 'JWE' : 'JWT'}, as its header's "cty" says.
      </p>
      {decoded.failures.map((failure, index) => (
        <p key={index} className="text-sm text-red-800 dark:text-red-200">
          {failure.message}
        </p>
      ))}
      <InnerFindings decoded={decoded} />
      <HeaderPanel decoded={decoded} withTestIds={false} />
      <PayloadPanel decoded={decoded} withTestIds={false} />
      {decoded.nested ? <NestedToken decoded={decoded.nested} depth={depth + 1} /> : null}
    </section>
  )
}

const severityMarks = { critical: '■', warning: '▲', info: 'ℹ' } as const

/**
 * What the rules find in the inner token on its own. The page's findings list, and its test hooks,
 * belong to the outer token (or, for an encrypted one, to the claims it carries).
 */
function InnerFindings({ decoded }: { decoded: DecodedToken }) {
  const nowSeconds = useNowSeconds(60_000)
  const findings = useMemo(() => {
    const header = decoded.header.type === 'json' ? decoded.header.value : {}
    const value = decoded.payload.type === 'json' ? decoded.payload.value : null
    const claims = isJsonObject(value) ? value : null
    return lintToken({ decoded, header, claims, nowSeconds, key: {} })
  }, [decoded, nowSeconds])
  if (findings.length === 0) return null
  return (
    <ul aria-label="Findings in the inner token" className="space-y-1.5 text-sm">
      {findings.map((finding) => (
        <li key={finding.rule} className="flex gap-2">
          <span aria-hidden="true" className={finding.severity === 'info' ? 'text-sky-600 dark:text-sky-400' : finding.severity === 'warning' ? 'text-amber-600 dark:text-amber-400' : 'text-red-600 dark:text-red-400'}>
            {severityMarks[finding.severity]}
          </span>
          <span>
            <span className="sr-only">{finding.severity}: </span>
            <span className="font-semibold">{finding.title}.</span> {finding.detail}
          </span>
        </li>
      ))}
    </ul>
  )
}
