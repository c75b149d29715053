export type VerdictTone = 'good' | 'bad' | 'warning' | 'neutral'

const tones: Record<VerdictTone, { className: string; icon: string }> = {
  good: { className: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100', icon: '✓' },
  bad: { className: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100', icon: '✗' },
  warning: { className: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100', icon: '!' },
  neutral: { className: 'border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200', icon: '?' },
}

export interface VerdictBoxProps {
  testId: string
  /** The machine-readable verdict, as `data-state`. */
  state: string
  tone: VerdictTone
  title: string
  /** True while a newer verdict is being worked out; the old one stays, dimmed. */
  isBusy?: boolean
  children: React.ReactNode
}

/** A verdict that is announced when it changes and never flickers while the next one is on its way. */
export function VerdictBox({ testId, state, tone, title, isBusy = false, children }: VerdictBoxProps) {
  const look = tones[tone]
  return (
    <div
      data-testid={testId}
      data-state={state}
      aria-live="polite"
      aria-busy={isBusy}
      className={`rounded-lg border px-3 py-2 text-sm transition-opacity ${look.className} ${isBusy ? 'opacity-70' : ''}`}
    >
      <p className="font-semibold">
        <span aria-hidden="true">{look.icon} </span>
        {title}
      </p>
      <div className="mt-0.5 space-y-1 break-words">{children}</div>
    </div>
  )
}
