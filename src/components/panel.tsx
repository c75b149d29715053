export interface PanelProps {
  title: React.ReactNode
  /** Controls shown at the right of the title bar. */
  actions?: React.ReactNode
  id?: string
  className?: string
  children: React.ReactNode
}

export function Panel({ title, actions, id, className = '', children }: PanelProps) {
  const headingId = id ? `${id}-heading` : undefined
  return (
    <section
      aria-labelledby={headingId}
      className={`overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <h2 id={headingId} className="text-sm font-semibold tracking-wide text-slate-800 uppercase dark:text-slate-200">
          {title}
        </h2>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
      {children}
    </section>
  )
}
