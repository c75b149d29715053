// What comparing is for, before there is a second token, and where to find one.
import { HistoryPicker } from './history-picker'

const uses = [
  { title: 'A refresh rotation', text: 'The old access token against the new one: a new jti and a later exp are expected; a changed sub, aud or scope is not.' },
  { title: 'An ID token and its access token', text: 'The same sign-in seen by the client and by the API: which claims each carries, and for which audience.' },
  { title: 'Staging and production', text: 'The same login against two environments: issuer, audience, key id and algorithm side by side.' },
]

export function CompareEmptyState({ current, onPick }: { current: string; onPick: (token: string) => void }) {
  return (
    <div data-testid="compare-empty" className="space-y-3">
      <ul className="grid gap-2 sm:grid-cols-3">
        {uses.map((use) => (
          <li key={use.title} className="rounded-lg border border-dashed border-slate-300 px-3 py-2 dark:border-slate-700">
            <p className="font-medium text-slate-900 dark:text-slate-100">{use.title}</p>
            <p className="text-slate-700 dark:text-slate-300">{use.text}</p>
          </li>
        ))}
      </ul>
      <div className="space-y-1">
        <h3 className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">From the history</h3>
        <HistoryPicker current={current} onPick={onPick} />
      </div>
    </div>
  )
}
