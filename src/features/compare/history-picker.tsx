// The tokens kept in the history, offered as the second token: "yesterday's token" is often there.
import { useMemo } from 'react'
import { readHistory } from '../../core/history/token-history'
import { summarizeToken } from '../../core/history/summarize-token'
import { useLocalStorage } from '../../hooks/use-local-storage'
import { useNowSeconds } from '../../hooks/use-now'
import { buttonClass } from '../../components/copy-button'

// Enough to tell tokens apart; a token of megabytes is not laid out in full in a list.
const shownTokenChars = 48

export interface HistoryPickerProps {
  /** The token in the token box, which is not offered. */
  current: string
  onPick: (token: string) => void
}

export function HistoryPicker({ current, onPick }: HistoryPickerProps) {
  const storage = useLocalStorage()
  // Read once when shown: the history tool, which writes it, is closed while this one is open.
  const entries = useMemo(() => (storage ? readHistory(storage) : null), [storage])
  const nowSeconds = useNowSeconds(60_000)
  const others = useMemo(() => {
    return (entries ?? []).filter((entry) => entry.token !== current.trim()).map((entry) => ({ ...entry, summary: summarizeToken(entry.token, nowSeconds) }))
  }, [entries, current, nowSeconds])

  if (entries === null) {
    return <p className="text-slate-600 dark:text-slate-400">Turn on the History tool to pick the second token from the tokens you open.</p>
  }
  if (others.length === 0) return <p className="text-slate-600 dark:text-slate-400">The history holds no other token yet.</p>
  return (
    <ol data-testid="compare-history" className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {others.map(({ token, savedAtMs, summary }) => (
        <li key={token} className="flex items-center justify-between gap-2 px-3 py-2">
          <span className="min-w-0 space-y-0.5">
            <span className="block text-xs">
              <code className="font-mono font-semibold">{summary.alg ?? 'no alg'}</code>
              {summary.sub !== null ? (
                <span className="break-all">
                  {' '}
                  · sub <bdi>{shorten(summary.sub, 40)}</bdi>
                </span>
              ) : null}
              <span className="text-slate-600 dark:text-slate-400"> · {new Date(savedAtMs).toLocaleString()}</span>
            </span>
            <span className="block font-mono text-xs break-all text-slate-700 dark:text-slate-300">{shorten(token, shownTokenChars)}</span>
          </span>
          <button type="button" className={buttonClass} onClick={() => onPick(token)}>
            Compare with this
          </button>
        </li>
      ))}
    </ol>
  )
}

function shorten(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, chars)}…` : text
}
