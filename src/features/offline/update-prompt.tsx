// Says once that the app works offline, and offers a new version without ever swapping it in unasked.
import { useEffect } from 'react'
import { dismissOfflineReady, dismissUpdate, reloadToUpdate, useServiceWorker } from './use-service-worker'

/** The offline notice is news, not a question: it goes away by itself. */
export const offlineNoticeMs = 8000

const primaryButtonClass =
  'rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600'
const secondaryButtonClass =
  'rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:hover:bg-slate-800'
const cardClass = 'rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900'

export function UpdatePrompt() {
  const { isUpdateWaiting, isOfflineReady } = useServiceWorker()

  useEffect(() => {
    if (!isOfflineReady) return
    const timeout = setTimeout(dismissOfflineReady, offlineNoticeMs)
    return () => clearTimeout(timeout)
  }, [isOfflineReady])

  return (
    // Always present, so screen readers announce what appears in it.
    <div role="status" className="fixed right-4 bottom-4 z-20 max-w-sm">
      {isUpdateWaiting ? (
        <div data-testid="update-prompt" className={cardClass}>
          <p>A new version of JWT Workbench is ready. Reload to use it.</p>
          <div className="mt-3 flex justify-end gap-2">
            <button type="button" className={secondaryButtonClass} onClick={dismissUpdate}>
              Later
            </button>
            <button type="button" className={primaryButtonClass} onClick={() => void reloadToUpdate()}>
              Reload
            </button>
          </div>
        </div>
      ) : isOfflineReady ? (
        <div data-testid="offline-ready" className={`flex items-center gap-3 ${cardClass}`}>
          <p>Ready to work offline: JWT Workbench now opens without a network connection.</p>
          <button type="button" className={secondaryButtonClass} onClick={dismissOfflineReady}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  )
}
