import { useMemo } from 'react'
import { Badge, type BadgeTone } from '../../components/badge'
import type { FoundToken, FoundTokenKind } from '../../core/find/found-token'
import { describeSource } from './describe-source'
import { factsOf } from './found-token-facts'
import { expiryAtAGlance, type ExpiryGlance } from './expiry-at-a-glance'

const kindBadges: Record<FoundTokenKind, { label: string; tone: BadgeTone }> = {
  jws: { label: 'JWS', tone: 'good' },
  unsecured: { label: 'Unsecured', tone: 'bad' },
  jwe: { label: 'JWE', tone: 'info' },
  'sd-jwt': { label: 'SD-JWT', tone: 'good' },
}

const expiryTones: Record<ExpiryGlance['state'], string> = {
  active: 'text-emerald-800 dark:text-emerald-300',
  expired: 'text-red-800 dark:text-red-300',
  'not-yet-valid': 'text-amber-900 dark:text-amber-300',
  'no-expiry': 'text-slate-600 dark:text-slate-400',
  encrypted: 'text-slate-600 dark:text-slate-400',
}

/** Sources named on a row; the rest are counted. All of them are in `data-source`. */
const shownSources = 3

/** A second action on each row, beside opening the token. */
export interface RowAction {
  /** The button's text. */
  label: string
  /** Its accessible name for one token, e.g. "Compare the token from cookie session with the open one". */
  describe: (found: FoundToken) => string
  onAction: (found: FoundToken) => void
}

export interface FoundTokenRowProps {
  found: FoundToken
  nowSeconds: number
  onOpen: (found: FoundToken) => void
  rowAction?: RowAction | undefined
}

/** One found token: a button that opens it, with what it is and where it was. */
export function FoundTokenRow({ found, nowSeconds, onOpen, rowAction }: FoundTokenRowProps) {
  const facts = useMemo(() => factsOf(found), [found])
  const expiry = expiryAtAGlance(facts.claims, facts.isEncrypted, nowSeconds)
  const badge = kindBadges[found.kind]
  const sources = found.sources.slice(0, shownSources).map(describeSource).join(', ')
  const moreSources = found.sources.length - shownSources
  return (
    // Rows scrolled out of the list's view are neither laid out nor painted.
    <li className="flex items-stretch gap-1 [contain-intrinsic-size:auto_4.5rem] [content-visibility:auto]">
      <button
        type="button"
        data-testid="found-token"
        data-token={found.token}
        data-source={found.sources.join(', ')}
        onClick={() => onOpen(found)}
        className="min-w-0 flex-1 space-y-0.5 rounded-md px-2 py-1.5 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
      >
        <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
          <Badge tone={badge.tone}>{badge.label}</Badge>
          {facts.alg ? <span className="font-mono text-xs font-semibold">{facts.alg}</span> : null}
          <span className={`text-xs font-semibold ${expiryTones[expiry.state]}`}>{expiry.text}</span>
          <span className="min-w-0 text-xs break-words text-slate-700 dark:text-slate-300">
            from {sources}
            {moreSources > 0 ? ` and ${moreSources.toLocaleString('en-US')} more` : ''}
          </span>
        </span>
        {facts.iss !== null || facts.sub !== null ? (
          <span className="block truncate text-xs text-slate-600 dark:text-slate-400">
            {facts.iss !== null ? <>iss {facts.iss}</> : null}
            {facts.iss !== null && facts.sub !== null ? ' · ' : null}
            {facts.sub !== null ? <>sub {facts.sub}</> : null}
          </span>
        ) : null}
        <span className="block truncate font-mono text-[11px] text-slate-600 dark:text-slate-400">{found.token.slice(0, 120)}</span>
      </button>
      {rowAction ? (
        <button
          type="button"
          aria-label={rowAction.describe(found)}
          onClick={() => rowAction.onAction(found)}
          className="shrink-0 self-center rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
        >
          {rowAction.label}
        </button>
      ) : null}
    </li>
  )
}
