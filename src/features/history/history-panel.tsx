import { useEffect, useState } from 'react'
import { Panel } from '../../components/panel'
import { buttonClass } from '../../components/copy-button'
import { clearHistory, readHistory, rememberToken, turnHistoryOff, turnHistoryOn, type HistoryEntry } from './token-history'

export interface HistoryPanelProps {
  /** The token on the page, when it decodes: kept if the history is on. */
  token: string | null
  onOpenToken: (token: string) => void
}

// A token must stay on the page this long before it is kept, so typing does not fill the history.
const SETTLE_MS = 1500

/** Opt-in: a history of tokens in this browser, clearly marked, cleared in one click. */
export function HistoryPanel({ token, onOpenToken }: HistoryPanelProps) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(() => readHistory(localStorage))

  useEffect(() => {
    if (entries === null || token === null || entries[0]?.token === token) return
    const timeout = setTimeout(() => setEntries(rememberToken(localStorage, token, Date.now())), SETTLE_MS)
    return () => clearTimeout(timeout)
  }, [entries, token])

  return (
    <Panel
      id="history"
      title="History"
      actions={
        entries && entries.length > 0 ? (
          <button type="button" className={buttonClass} onClick={() => setEntries(clearHistory(localStorage))}>
            Clear history
          </button>
        ) : null
      }
    >
      <div className="space-y-3 px-4 py-3 text-sm">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            data-testid="history-toggle"
            className="mt-1"
            checked={entries !== null}
            onChange={(event) => setEntries(event.target.checked ? turnHistoryOn(localStorage) : turnHistoryOff(localStorage))}
          />
          <span>
            <strong>Keep the tokens I open on this device.</strong> Off by default. When on, the last 20 tokens are stored in this browser
            (localStorage), where anyone using this browser profile can read them; keys and secrets never are. Turning it off deletes them.
          </span>
        </label>
        {entries && entries.length > 0 ? (
          <ol className="space-y-1.5" data-testid="history-list">
            {entries.map((entry) => (
              <li key={entry.token} className="flex items-center justify-between gap-2">
                <span className="min-w-0">
                  <span className="block truncate font-mono text-xs">{entry.token}</span>
                  <span className="text-xs text-slate-600 dark:text-slate-400">{new Date(entry.savedAtMs).toLocaleString()}</span>
                </span>
                <button type="button" className={buttonClass} onClick={() => onOpenToken(entry.token)}>
                  Open
                </button>
              </li>
            ))}
          </ol>
        ) : entries ? (
          <p className="text-slate-600 dark:text-slate-400">Nothing kept yet: tokens appear here once they have been on the page for a moment.</p>
        ) : null}
      </div>
    </Panel>
  )
}
