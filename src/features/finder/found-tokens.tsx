import { startTransition, useEffect, useId, useState } from 'react'
import type { FindResult, FoundToken } from '../../core/find/found-token'
import { defaultFindLimits } from '../../core/find/token-collector'
import { useNowSeconds } from '../../hooks/use-now'
import { FoundTokenRow, type RowAction } from './found-token-row'

/** Rows listed before "Show all". */
export const rowsAtOnce = 200
/** Rows drawn in one task: each decodes its token, so they are drawn a batch at a time and no task grows long. */
const rowsPerBatch = 40

export interface FoundTokensProps {
  /** "7 tokens found in this text", "12 tokens in app.har". */
  heading: string
  list: FindResult
  onOpen: (found: FoundToken) => void
  /** A second action on each row, such as comparing its token with the one open. */
  rowAction?: RowAction | undefined
  /** Controls beside the heading, such as closing a file's list. */
  actions?: React.ReactNode
}

/** The tokens found in a text or a file, each a button that opens it in the debugger. */
export function FoundTokens({ heading, list, onOpen, rowAction, actions }: FoundTokensProps) {
  const headingId = useId()
  // Expiry in minutes: a list of tokens need not tick every second.
  const nowSeconds = useNowSeconds(15_000)
  const total = list.tokens.length
  const [wanted, setWanted] = useState(rowsAtOnce)
  const [drawn, setDrawn] = useState(rowsPerBatch)
  // A new list starts again from its first rows.
  const [shownList, setShownList] = useState(list)
  if (shownList !== list) {
    setShownList(list)
    setWanted(rowsAtOnce)
    setDrawn(rowsPerBatch)
  }
  useEffect(() => {
    if (drawn >= Math.min(wanted, total)) return
    const timer = setTimeout(() => startTransition(() => setDrawn((rows) => rows + rowsPerBatch)))
    return () => clearTimeout(timer)
  }, [drawn, wanted, total])

  const rows = list.tokens.slice(0, drawn)
  return (
    <section aria-labelledby={headingId} className="border-t border-slate-200 px-2 py-2 dark:border-slate-800">
      <div className="flex flex-wrap items-center justify-between gap-2 px-2 pb-1">
        <h3 id={headingId} className="text-sm font-semibold text-slate-800 dark:text-slate-200">
          {heading}
        </h3>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
      {list.truncated ? (
        <p className="px-2 pb-1 text-xs text-amber-900 dark:text-amber-200">
          The list is cut short: the finder keeps at most {defaultFindLimits.maxTokens.toLocaleString('en-US')} tokens, and{' '}
          {defaultFindLimits.maxSourcesPerToken.toLocaleString('en-US')} places for each.
        </p>
      ) : null}
      <ul className="max-h-[60vh] space-y-0.5 overflow-y-auto lg:max-h-96">
        {rows.map((found) => (
          <FoundTokenRow key={found.token} found={found} nowSeconds={nowSeconds} onOpen={onOpen} rowAction={rowAction} />
        ))}
      </ul>
      {total > wanted ? (
        <p className="px-2 pt-1">
          <button
            type="button"
            onClick={() => setWanted(total)}
            className="text-sm font-medium text-sky-700 underline hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-sky-400 dark:hover:text-sky-300"
          >
            Show all {total.toLocaleString('en-US')}
          </button>{' '}
          <span className="text-xs text-slate-600 dark:text-slate-400">(the first {rowsAtOnce.toLocaleString('en-US')} are listed)</span>
        </p>
      ) : null}
    </section>
  )
}
