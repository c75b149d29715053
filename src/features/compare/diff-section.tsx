// One part's differences, one row per member, colour and words together: added, removed, changed.
import { useState } from 'react'
import type { DiffChange, MemberDiff } from '../../core/compare/member-diff'
import type { PartComparison } from '../../core/compare/compare-tokens'
import { buttonClass } from '../../components/copy-button'
import { shorten } from '../../core/text/quote'

/** Rows drawn before the rest wait for a click: a list of thousands would hold the page for nothing. */
export const shownRowsAtFirst = 200

/** A member name longer than this is cut short on screen; its row's data-name keeps it whole. */
const maxShownNameChars = 80

const changeLooks: Record<DiffChange, { label: string; mark: string; badge: string; row: string }> = {
  added: {
    label: 'Added',
    mark: '+',
    badge: 'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-700',
    row: 'border-l-emerald-500 dark:border-l-emerald-500',
  },
  removed: {
    label: 'Removed',
    mark: '−',
    badge: 'bg-red-100 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-700',
    row: 'border-l-red-500 dark:border-l-red-500',
  },
  changed: {
    label: 'Changed',
    mark: '~',
    badge: 'bg-amber-100 text-amber-950 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-700',
    row: 'border-l-amber-500 dark:border-l-amber-400',
  },
}

const beforeClass = 'rounded bg-red-50 px-1 text-red-900 no-underline dark:bg-red-950/60 dark:text-red-100'
const afterClass = 'rounded bg-emerald-50 px-1 text-emerald-900 no-underline dark:bg-emerald-950/60 dark:text-emerald-100'

export interface DiffSectionProps {
  title: string
  comparison: PartComparison
}

export function DiffSection({ title, comparison }: DiffSectionProps) {
  const [isAllShown, setIsAllShown] = useState(false)
  const diffs = comparison.state === 'compared' ? comparison.diffs : []
  const shown = isAllShown ? diffs : diffs.slice(0, shownRowsAtFirst)
  const headingId = `compare-${title.toLowerCase()}-heading`
  return (
    <section aria-labelledby={headingId} className="min-w-0 rounded-lg border border-slate-200 dark:border-slate-800">
      <h3 id={headingId} className="flex items-baseline justify-between gap-2 border-b border-slate-200 px-3 py-1.5 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:border-slate-800 dark:text-slate-300">
        <span>{title}</span>
        <span className="font-normal tracking-normal normal-case">
          {comparison.state === 'compared' ? (diffs.length === 0 ? 'no differences' : `${diffs.length.toLocaleString('en-US')} ${diffs.length === 1 ? 'difference' : 'differences'}`) : 'not compared'}
        </span>
      </h3>
      {comparison.state === 'not-compared' ? (
        <p className="px-3 py-2 text-sm text-slate-700 dark:text-slate-300">{comparison.reason}</p>
      ) : diffs.length === 0 ? (
        <p className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">The same in both tokens.</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {shown.map((diff) => (
              <DiffRow key={diff.name} diff={diff} />
            ))}
          </ul>
          {shown.length < diffs.length ? (
            <p className="border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-800">
              <button type="button" className={buttonClass} onClick={() => setIsAllShown(true)}>
                Show all {diffs.length.toLocaleString('en-US')}
              </button>{' '}
              <span className="text-slate-600 dark:text-slate-400">The first {shownRowsAtFirst} are shown.</span>
            </p>
          ) : null}
        </>
      )}
    </section>
  )
}

function DiffRow({ diff }: { diff: MemberDiff }) {
  const look = changeLooks[diff.change]
  return (
    <li data-testid="diff-row" data-part={diff.part} data-name={diff.name} data-change={diff.change} className={`space-y-1 border-l-4 px-3 py-2 text-sm ${look.row}`}>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className={`inline-flex items-center gap-1 rounded px-1.5 py-px text-xs font-semibold ring-1 ring-inset ${look.badge}`}>
          <span aria-hidden="true">{look.mark}</span>
          {look.label}
        </span>
        <code className="font-mono font-semibold break-all text-slate-900 dark:text-slate-100">
          <bdi>{shorten(diff.name, maxShownNameChars)}</bdi>
        </code>
      </p>
      <p className="flex flex-wrap items-baseline gap-x-1.5 gap-y-1 font-mono text-xs break-all">
        {diff.before !== undefined ? (
          <del className={beforeClass} title="In the first token">
            <bdi>{diff.before}</bdi>
          </del>
        ) : null}
        {diff.before !== undefined && diff.after !== undefined ? (
          <span className="text-slate-500 dark:text-slate-400">
            <span aria-hidden="true">→</span>
            <span className="sr-only">becomes</span>
          </span>
        ) : null}
        {diff.after !== undefined ? (
          <ins className={afterClass} title="In the second token">
            <bdi>{diff.after}</bdi>
          </ins>
        ) : null}
      </p>
      {diff.note ? <p className="text-xs text-slate-700 dark:text-slate-300">{diff.note}</p> : null}
    </li>
  )
}
