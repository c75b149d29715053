import { useEffect, useMemo, useState } from 'react'
import { Panel } from '../../components/panel'
import { buttonClass } from '../../components/copy-button'
import { useNowSeconds } from '../../hooks/use-now'
import { summarizeToken, type TokenSummary } from '../../core/history/summarize-token'
import { clearHistory, maxHistoryEntries, readHistory, rememberToken, turnHistoryOff, turnHistoryOn, type HistoryEntry } from '../../core/history/token-history'
import { RevealedText } from '../../components/revealed-text'
import { useLocalStorage } from '../../hooks/use-local-storage'

export interface HistoryPanelProps {
  /** The token on the page, when it decodes: kept if the history is on. */
  token: string | null
  onOpenToken: (token: string) => void
}

// A token must stay on the page this long before it is kept, so typing does not fill the history.
const SETTLE_MS = 1500
// Enough to tell tokens apart; a token of megabytes is not laid out in full in a list.
const shownTokenChars = 64
const CLAIM_CHARS = 40

/** What the browser's storage refused: one token (the history is otherwise intact), or turning the history on at all. */
type StorageProblem = { kind: 'token-not-kept'; token: string } | { kind: 'cannot-turn-on' }

/** Opt-in: a history of tokens in this browser, clearly marked, cleared in one click. */
export function HistoryPanel({ token, onOpenToken }: HistoryPanelProps) {
  const storage = useLocalStorage()
  const [entries, setEntries] = useState<HistoryEntry[] | null>(() => (storage ? readHistory(storage) : null))
  const [problem, setProblem] = useState<StorageProblem | null>(null)
  const unsaved = problem?.kind === 'token-not-kept' ? problem.token : null
  const nowSeconds = useNowSeconds(15_000)
  const summaries = useMemo(() => new Map(entries?.map((entry) => [entry.token, summarizeToken(entry.token, nowSeconds)])), [entries, nowSeconds])

  useEffect(() => {
    if (!storage || entries === null || token === null || entries[0]?.token === token || unsaved === token) return
    const timeout = setTimeout(() => {
      const kept = rememberToken(storage, token, Date.now())
      if (kept.ok) {
        setEntries(kept.value)
        setProblem(null)
      } else setProblem({ kind: 'token-not-kept', token })
    }, SETTLE_MS)
    return () => clearTimeout(timeout)
  }, [storage, entries, token, unsaved])

  const clear = () => {
    if (!storage) return
    const cleared = clearHistory(storage)
    setEntries(cleared.ok ? cleared.value : readHistory(storage))
    setProblem(null)
  }
  const toggle = (isOn: boolean) => {
    if (!storage) return
    setProblem(null)
    if (!isOn) return setEntries(turnHistoryOff(storage))
    const turnedOn = turnHistoryOn(storage)
    if (turnedOn.ok) setEntries(turnedOn.value)
    else setProblem({ kind: 'cannot-turn-on' })
  }

  return (
    <Panel
      id="history"
      title="History"
      actions={
        entries && entries.length > 0 ? (
          <button type="button" className={buttonClass} onClick={clear}>
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
            disabled={!storage}
            onChange={(event) => toggle(event.target.checked)}
          />
          <span>
            <strong>Keep the tokens I open on this device.</strong> Off by default. When on, the last {maxHistoryEntries} tokens are stored in this
            browser (localStorage), where anyone using this browser profile can read them; keys and secrets never are. Turning it off deletes them.
          </span>
        </label>
        {!storage ? (
          <p role="alert" className={problemClass}>
            This browser does not let this page store anything (site data is blocked), so the history cannot be turned on. Tokens stay on the page
            until you close it.
          </p>
        ) : null}
        {problem?.kind === 'cannot-turn-on' ? (
          <p role="alert" className={problemClass}>
            The history could not be turned on: this browser&apos;s storage for this site is full. Free some space (this site&apos;s data, in the
            browser&apos;s settings) and try again.
          </p>
        ) : problem?.kind === 'token-not-kept' ? (
          <UnsavedToken token={problem.token} summary={summarizeToken(problem.token, nowSeconds)} onClear={entries && entries.length > 0 ? clear : undefined} />
        ) : null}
        {entries && entries.length > 0 ? (
          <ol className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="history-list">
            {entries.map((entry) => (
              <li key={entry.token} data-testid="history-entry" className="flex items-center justify-between gap-2 py-2 first:pt-0 last:pb-0">
                <span className="min-w-0 space-y-0.5">
                  <TokenFacts summary={summaries.get(entry.token)!} />
                  <span className="block font-mono text-xs break-all text-slate-700 dark:text-slate-300" title={`${entry.token.length.toLocaleString('en-US')} characters`}>
                    {shortened(entry.token)}
                  </span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{new Date(entry.savedAtMs).toLocaleString()}</span>
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

const problemClass =
  'rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100'

function UnsavedToken({ token, summary, onClear }: { token: string; summary: TokenSummary; onClear: (() => void) | undefined }) {
  return (
    <div role="alert" data-testid="history-unsaved" className={`space-y-1.5 ${problemClass}`}>
      <p>
        <strong>Not kept:</strong> this browser&apos;s storage for this site is full, so the token below ({token.length.toLocaleString('en-US')}{' '}
        characters) is not in the history. {onClear ? 'Clear the history to make room for it, or leave it unsaved: ' : 'Leave it unsaved: '}
        it stays on the page until you change or close it. The tokens already kept are unchanged.
      </p>
      <TokenFacts summary={summary} />
      <p className="font-mono break-all">{shortened(token)}</p>
      {onClear ? (
        <button type="button" className={buttonClass} onClick={onClear}>
          Clear the history to make room
        </button>
      ) : null}
    </div>
  )
}

const expiryLabels: Record<TokenSummary['expiry'], { text: string; className: string }> = {
  expired: { text: 'Expired', className: 'bg-red-50 text-red-800 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-800' },
  active: { text: 'Not expired', className: 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800' },
  'not-yet-valid': { text: 'Not yet valid', className: 'bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800' },
  'no-expiry': { text: 'No expiry', className: 'bg-slate-50 text-slate-700 ring-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600' },
  encrypted: { text: 'Claims encrypted', className: 'bg-slate-50 text-slate-700 ring-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600' },
  unreadable: { text: 'No JSON claims', className: 'bg-slate-50 text-slate-700 ring-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600' },
}

/** alg, issuer and subject, and whether the token has expired, on one line. */
function TokenFacts({ summary }: { summary: TokenSummary }) {
  const expiry = expiryLabels[summary.expiry]
  return (
    <span data-testid="history-facts" data-expiry={summary.expiry} className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs">
      <code className="font-mono font-semibold">{summary.alg ?? 'no alg'}</code>
      {summary.iss !== null ? <span className="min-w-0 break-all">iss <RevealedText text={shortened(summary.iss, CLAIM_CHARS)} /></span> : null}
      {summary.sub !== null ? <span className="min-w-0 break-all">sub <RevealedText text={shortened(summary.sub, CLAIM_CHARS)} /></span> : null}
      <span className={`rounded px-1.5 py-px font-medium ring-1 ring-inset ${expiry.className}`}>{expiry.text}</span>
    </span>
  )
}

function shortened(text: string, chars = shownTokenChars): string {
  return text.length > chars ? `${text.slice(0, chars)}…` : text
}
