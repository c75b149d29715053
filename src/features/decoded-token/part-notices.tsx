import type { Notice } from '../../core/token/decoded-token'

export function PartNotices({ notices }: { notices: Notice[] }) {
  if (notices.length === 0) return null
  return (
    <ul className="space-y-1.5 border-t border-slate-200 px-4 py-3 text-sm dark:border-slate-800">
      {notices.map((notice, index) => (
        <li key={index} data-testid="notice" data-severity={notice.severity} className="flex gap-2">
          <span aria-hidden="true" className={notice.severity === 'warning' ? 'text-amber-600 dark:text-amber-400' : 'text-sky-600 dark:text-sky-400'}>
            {notice.severity === 'warning' ? '▲' : 'ℹ'}
          </span>
          <span>
            <span className="sr-only">{notice.severity === 'warning' ? 'Warning: ' : 'Note: '}</span>
            {notice.message}
          </span>
        </li>
      ))}
    </ul>
  )
}
