import { useEffect, useState } from 'react'

type CopyState = 'idle' | 'copied' | 'failed'

export interface CopyButtonProps {
  text: string
  /** What is copied, for the accessible name: "Copy header". */
  label: string
  className?: string
  children?: React.ReactNode
}

export function CopyButton({ text, label, className = '', children = 'Copy' }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timeout = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timeout)
  }, [state])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={() => void copy()} aria-label={label} className={`${buttonClass} ${className}`}>
        {state === 'copied' ? 'Copied' : children}
      </button>
      <span role="status" className="text-xs text-red-700 empty:hidden dark:text-red-300">
        {state === 'failed' ? 'The browser blocked the clipboard: select the text and press Ctrl+C (⌘C).' : ''}
      </span>
    </span>
  )
}

export const buttonClass =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700'
