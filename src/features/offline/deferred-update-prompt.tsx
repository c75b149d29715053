// The service worker registers once the page is on screen and loaded, so offline support costs the
// first render nothing and never competes with the page's own code.
import { Suspense, lazy, useEffect, useState } from 'react'
import { useAfterFirstPaint } from '../../hooks/use-after-first-paint'

// A chunk that fails to load (offline before the service worker was installed) leaves the page alone.
const UpdatePrompt = lazy<React.ComponentType>(() =>
  import('./update-prompt').then(
    (module) => ({ default: module.UpdatePrompt }),
    () => ({ default: () => null }),
  ),
)

export function DeferredUpdatePrompt() {
  const isPainted = useAfterFirstPaint()
  const isLoaded = useIsLoaded()
  if (!isPainted || !isLoaded || !('serviceWorker' in navigator)) return null
  return (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  )
}

function useIsLoaded(): boolean {
  const [isLoaded, setIsLoaded] = useState(() => document.readyState === 'complete')
  useEffect(() => {
    if (isLoaded) return
    const onLoad = () => setIsLoaded(true)
    window.addEventListener('load', onLoad, { once: true })
    return () => window.removeEventListener('load', onLoad)
  }, [isLoaded])
  return isLoaded
}
