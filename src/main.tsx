import { StrictMode, startTransition } from 'react'
import type * as ReactRouter from '@tanstack/react-router'
import type { routeTree as RouteTree } from './routeTree.gen'
import './styles.css'
import { addressForRoute } from './features/token-input/share-link'
import { isFramedByAnotherSite, refuseFraming } from './frame-guard'

// This entry is small on purpose. index.html's static shell paints as soon as the CSS arrives;
// React, the router and the page load after that paint, and replace the shell in one commit once
// the page is ready, so the screen never goes blank in between.

// Hash history keeps every route in the fragment, so the static build works from any sub-path
// and deep links survive a reload without server rewrite rules. No scroll restoration: it keeps
// positions in sessionStorage, and the app writes nothing to storage.
function createAppRouter({ createRouter, createHashHistory }: typeof ReactRouter, routeTree: typeof RouteTree) {
  return createRouter({ routeTree, history: createHashHistory(), context: { memory: new Map() } })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}

/**
 * Resolves once the shell is on screen: when the browser reports the page's largest paint, which it
 * does after that frame is presented. Until then the shell is all the main thread has to do, and
 * React cannot replace it unseen. A hidden tab paints nothing, so a timeout starts the app there.
 */
function afterShellPaint(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 1000)
    if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      requestAnimationFrame(() => setTimeout(resolve))
      return
    }
    const observer = new PerformanceObserver(() => {
      observer.disconnect()
      resolve()
    })
    observer.observe({ type: 'largest-contentful-paint', buffered: true })
  })
}

async function start(container: HTMLElement) {
  await afterShellPaint()
  const [reactRouter, { createRoot }, { routeTree }] = await Promise.all([
    import('@tanstack/react-router'),
    import('react-dom/client'),
    import('./routeTree.gen'),
  ])
  const router = createAppRouter(reactRouter, routeTree)
  // The route's code loads before the first render, which then shows the page, not an empty outlet.
  await router.load()
  const { RouterProvider } = reactRouter
  // As a transition, the first render runs in short slices instead of one long task.
  startTransition(() => {
    createRoot(container).render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    )
  })
}

// Before the router reads the address: the route and its token come from the fragment alone.
const address = addressForRoute(location)
if (address !== null) history.replaceState(history.state, '', address)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
if (isFramedByAnotherSite()) {
  refuseFraming(root)
} else {
  // The shell is the debugger with its example token: a link to another page, or to a shared token,
  // keeps only the shell's header until React renders what the link is for.
  if (!/^#?\/?$/.test(location.hash)) root.querySelector('main')?.remove()
  void start(root)
}
