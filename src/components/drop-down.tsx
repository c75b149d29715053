// A button that opens a small panel of controls over the page, closed again by Escape or a click
// elsewhere. Built on <details>, so it works and is announced before any script runs.
import { useEffect, useRef, useState } from 'react'
import { buttonClass } from './copy-button'

export interface DropDownProps {
  label: string
  /** Rendered only while open, so what it needs loads on first use. */
  children: () => React.ReactNode
}

export function DropDown({ label, children }: DropDownProps) {
  const details = useRef<HTMLDetailsElement>(null)
  const [isOpen, setIsOpen] = useState(false)
  useEffect(() => {
    const close = (event: Event) => {
      const element = details.current
      if (!element?.open) return
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !element.contains(event.target as Node)) {
        element.open = false
        if (event instanceof KeyboardEvent) element.querySelector('summary')?.focus()
      }
    }
    document.addEventListener('pointerdown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('pointerdown', close)
      document.removeEventListener('keydown', close)
    }
  }, [])
  return (
    <details ref={details} onToggle={(event) => setIsOpen(event.currentTarget.open)} className="relative normal-case">
      <summary className={`${buttonClass} cursor-pointer list-none tracking-normal marker:content-none`}>{label} ▾</summary>
      <div className="absolute right-0 z-20 mt-1 w-[min(22rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white font-normal tracking-normal shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {isOpen ? children() : null}
      </div>
    </details>
  )
}
