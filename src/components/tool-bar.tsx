// A row of toggle buttons, each opening one panel (and closing the one open before). It follows the
// ARIA toolbar pattern: one Tab stop, arrow keys, Home and End move between the buttons.
import { useRef, useState } from 'react'

export interface ToolBarItem {
  id: string
  label: string
  /** Shown on hover and read after the label: what the tool does, or why it does not apply. */
  description: string
  isAvailable: boolean
}

export interface ToolBarProps {
  label: string
  items: readonly ToolBarItem[]
  openId: string | null
  /** The id of the element the open tool is shown in. */
  panelId: string
  onToggle: (id: string) => void
}

export function ToolBar({ label, items, openId, panelId, onToggle }: ToolBarProps) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([])
  const [focusIndex, setFocusIndex] = useState(() => Math.max(0, items.findIndex((item) => item.id === openId)))

  const moveFocus = (index: number) => {
    const next = (index + items.length) % items.length
    setFocusIndex(next)
    buttons.current[next]?.focus()
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    const steps: Record<string, number | undefined> = { ArrowRight: focusIndex + 1, ArrowDown: focusIndex + 1, ArrowLeft: focusIndex - 1, ArrowUp: focusIndex - 1, Home: 0, End: items.length - 1 }
    const target = steps[event.key]
    if (target === undefined) return
    event.preventDefault()
    moveFocus(target)
  }

  return (
    <div role="toolbar" aria-label={label} aria-orientation="horizontal" onKeyDown={onKeyDown} className="flex flex-wrap gap-1.5">
      {items.map((item, index) => {
        const isOpen = item.id === openId
        const descriptionId = `${panelId}-${item.id}-about`
        return (
          <span key={item.id} className="contents">
            <button
              ref={(element) => {
                buttons.current[index] = element
              }}
              type="button"
              data-testid="tool-open"
              data-tool={item.id}
              aria-expanded={isOpen}
              aria-controls={isOpen ? panelId : undefined}
              aria-describedby={descriptionId}
              // Unavailable tools stay focusable, so the reason can be read and heard.
              aria-disabled={item.isAvailable ? undefined : true}
              tabIndex={index === focusIndex ? 0 : -1}
              title={item.description}
              onFocus={() => setFocusIndex(index)}
              onClick={() => onToggle(item.id)}
              className={`rounded-md border px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${
                isOpen
                  ? 'border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950'
                  : item.isAvailable
                    ? 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800'
                    : 'border-dashed border-slate-300 bg-transparent text-slate-500 dark:border-slate-700 dark:text-slate-400'
              }`}
            >
              {item.label}
            </button>
            <span id={descriptionId} hidden>
              {item.description}
            </span>
          </span>
        )
      })}
    </div>
  )
}
