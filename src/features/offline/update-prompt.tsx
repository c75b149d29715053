// Says once that the app works offline, and offers a new version without ever swapping it in unasked.
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { dismissOfflineReady, dismissUpdate, reloadToUpdate, useServiceWorker } from './use-service-worker'

/** The offline notice is news, not a question: it goes away by itself (unless the pointer or focus is on it). */
export const offlineNoticeMs = 6000

const buttonClass = 'rounded-full px-2.5 py-0.5 font-semibold focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600'

/**
 * The offline notice is one line where this is rendered (the page header), in the flow, so it covers
 * nothing. The update prompt waits for an answer however far the page is scrolled, so it floats in a
 * corner, one line high, until Reload or Later.
 */
export function UpdatePrompt() {
  const { isUpdateWaiting, isOfflineReady } = useServiceWorker()
  return (
    <>
      {/* Both regions are always present, so screen readers announce what appears in them. */}
      <div role="status" className="flex min-w-0 items-center">
        {isOfflineReady ? <OfflineReadyNotice /> : null}
      </div>
      {createPortal(
        <div role="status" className="fixed right-3 bottom-3 z-20 max-w-[calc(100vw-1.5rem)]">
          {isUpdateWaiting ? (
            <div
              data-testid="update-prompt"
              className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-2xl border border-sky-300 bg-sky-50 py-1.5 pr-1.5 pl-3.5 text-sm text-sky-950 shadow-lg dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
            >
              <span>A new version is ready.</span>
              <span className="flex gap-1">
                <button type="button" className={`${buttonClass} bg-sky-700 text-white hover:bg-sky-800`} onClick={() => void reloadToUpdate()}>
                  Reload
                </button>
                <button type="button" className={`${buttonClass} hover:bg-sky-100 dark:hover:bg-sky-900`} onClick={dismissUpdate}>
                  Later
                </button>
              </span>
            </div>
          ) : null}
        </div>,
        document.body,
      )}
    </>
  )
}

function OfflineReadyNotice() {
  const [isHeld, setIsHeld] = useState(false)

  useEffect(() => {
    if (isHeld) return
    const timeout = setTimeout(dismissOfflineReady, offlineNoticeMs)
    return () => clearTimeout(timeout)
  }, [isHeld])

  return (
    <div
      data-testid="offline-ready"
      className="flex min-w-0 items-center gap-1 rounded-full border border-emerald-300 bg-emerald-50 py-0.5 pr-0.5 pl-3 text-xs text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
      onPointerEnter={() => setIsHeld(true)}
      onPointerLeave={() => setIsHeld(false)}
      onFocus={() => setIsHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setIsHeld(false)
      }}
    >
      {/* Short enough on a phone to share the logo's row, so the notice never pushes the page down. */}
      <span aria-hidden="true" className="truncate sm:hidden">
        Works offline.
      </span>
      <span className="truncate max-sm:sr-only">Ready to work offline: the app now opens without a network connection.</span>
      <button type="button" aria-label="Dismiss" className={`${buttonClass} hover:bg-emerald-100 dark:hover:bg-emerald-900`} onClick={dismissOfflineReady}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}
