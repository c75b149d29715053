import { memo, useState } from 'react'
import type { JsonObject, JsonValue } from '../../core/json/scan-json'
import type { ClaimInfo } from '../../core/claims/claim-catalog'
import { describeClaim, describeHeaderParameter } from '../../core/claims/claim-catalog'
import { memberClass } from './member-style'
import { TimeValue } from './time-value'
import { RevealedText } from '../../components/revealed-text'

const MAX_VALUE_CHARACTERS = 400
/** Rows rendered at first, and added per click: a payload of 200,000 claims must not become 200,000 rows at once. */
export const claimRowsPerPage = 200

export interface ClaimsTableProps {
  members: JsonObject
  /** Claims of the payload, or parameters of the header: they differ in test hook and catalogue. */
  of: 'payload' | 'header'
  /** The page's test hooks belong to the outer token only, not to a nested one. */
  withTestIds?: boolean
}

/** Memoised: the page renders on every keystroke, and a table of hundreds of rows need not follow unless its claims change. */
export const ClaimsTable = memo(function ClaimsTable({ members, of, withTestIds = true }: ClaimsTableProps) {
  const [shownRows, setShownRows] = useState(claimRowsPerPage)
  const names = Object.keys(members)
  const what = of === 'payload' ? 'claims' : 'parameters'
  if (names.length === 0) return <p className="px-4 py-3 text-sm text-slate-600 dark:text-slate-400">No {what}.</p>
  const describe = of === 'payload' ? describeClaim : describeHeaderParameter
  const hiddenRows = names.length - shownRows
  return (
    <>
    <ul aria-label={of === 'payload' ? 'Claims' : 'Header parameters'} className="divide-y divide-slate-200 dark:divide-slate-800">
      {names.slice(0, shownRows).map((name) => {
        const info = describe(name)
        const hook = !withTestIds ? {} : of === 'payload' ? { 'data-testid': 'claim-row', 'data-claim': name } : { 'data-testid': 'header-row', 'data-param': name }
        return (
          <li key={name} {...hook} className="grid gap-x-4 gap-y-1 px-4 py-2.5 text-sm sm:grid-cols-[minmax(7rem,11rem)_minmax(0,1fr)]">
            <span className={`font-mono font-semibold break-all ${memberClass(info)}`}>
              <RevealedText text={name} />
            </span>
            <span className="min-w-0">
              <ClaimValue value={members[name]!} info={info} />
              {info ? (
                <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                  <span className="font-medium text-slate-700 dark:text-slate-300">{info.label}.</span> {info.description}{' '}
                  <span className="whitespace-nowrap">({info.source})</span>
                </span>
              ) : null}
            </span>
          </li>
        )
      })}
    </ul>
    {hiddenRows > 0 ? (
      <p data-testid="rows-limited" className="flex flex-wrap items-center gap-2 border-t border-slate-200 px-4 py-2 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300">
        Showing the first {shownRows.toLocaleString('en-US')} of {names.length.toLocaleString('en-US')} {what}; all of them are in the JSON above.
        <button type="button" onClick={() => setShownRows(shownRows + claimRowsPerPage)} className="font-medium text-sky-800 underline dark:text-sky-300">
          Show {Math.min(claimRowsPerPage, hiddenRows).toLocaleString('en-US')} more
        </button>
      </p>
    ) : null}
    </>
  )
})

function ClaimValue({ value, info }: { value: JsonValue; info: ClaimInfo | undefined }) {
  if (info?.isTime && typeof value === 'number') {
    return (
      <span className="flex flex-wrap gap-x-4 gap-y-1">
        <span className="font-mono">{value}</span>
        <TimeValue seconds={value} />
      </span>
    )
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const hidden = text.length - MAX_VALUE_CHARACTERS
  return (
    <span className="block font-mono break-all whitespace-pre-wrap" style={{ color: typeof value === 'string' ? 'var(--json-string)' : 'var(--json-number)' }}>
      <RevealedText text={hidden > 0 ? text.slice(0, MAX_VALUE_CHARACTERS) : text} />
      {hidden > 0 ? <span className="text-slate-500 dark:text-slate-400"> … {hidden.toLocaleString('en-US')} more characters (see the JSON above)</span> : null}
    </span>
  )
}
