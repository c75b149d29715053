import { Link, Outlet, createRootRouteWithContext, useLocation } from '@tanstack/react-router'
import type { SessionMemory } from '../hooks/use-kept-state'
import { ThemeToggle } from '../components/theme-toggle'
import { DeferredUpdatePrompt } from '../features/offline/deferred-update-prompt'

export interface AppContext {
  /** What pages keep while the app is open, so navigating away and back loses nothing. */
  memory: SessionMemory
}

export const Route = createRootRouteWithContext<AppContext>()({ component: RootLayout, notFoundComponent: NotFound })

const navLinkClass =
  'rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white'
const activeNavLinkClass = 'bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-white'

function RootLayout() {
  const isDebugger = useLocation({ select: (location) => location.pathname === '/' })
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        onClick={isDebugger ? focusToken : focusMain}
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-30 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm dark:focus:bg-slate-900"
      >
        {isDebugger ? 'Skip to the token' : 'Skip to content'}
      </a>
      <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-950/80">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          {/* Out of the tab order: the Debugger link beside it goes to the same page, one stop fewer before the token. */}
          <Link to="/" tabIndex={-1} className="flex items-center gap-2 text-base font-bold tracking-tight focus-visible:outline-2 focus-visible:outline-sky-600">
            <span aria-hidden="true" className="flex gap-0.5">
              <span className="h-3 w-3 rounded-sm bg-part-header" />
              <span className="h-3 w-3 rounded-sm bg-part-payload" />
              <span className="h-3 w-3 rounded-sm bg-part-signature" />
            </span>
            JWT Workbench
          </Link>
          <DeferredUpdatePrompt />
          <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
            <Link to="/" className={navLinkClass} activeProps={{ className: activeNavLinkClass }} activeOptions={{ exact: true, includeSearch: false }}>
              Debugger
            </Link>
            <Link to="/lessons" data-testid="nav-lessons" className={navLinkClass} activeProps={{ className: activeNavLinkClass }}>
              Lessons
            </Link>
            <Link to="/about" className={navLinkClass} activeProps={{ className: activeNavLinkClass }}>
              About &amp; privacy
            </Link>
            <ThemeToggle />
          </nav>
        </div>
      </header>
      <div id="main" tabIndex={-1} className="flex-1 outline-none">
        <Outlet />
      </div>
      <footer className="border-t border-slate-200 px-4 py-4 text-center text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
        Everything runs in your browser. Tokens and keys you paste are never sent anywhere.
      </footer>
    </div>
  )
}

// The fragment holds the route, so the skip link moves focus itself instead of navigating.
function focusMain(event: React.MouseEvent) {
  event.preventDefault()
  document.getElementById('main')?.focus()
}

/** On the debugger, the skip link goes straight into the token editor. */
function focusToken(event: React.MouseEvent) {
  event.preventDefault()
  const editor = document.getElementById('token')?.querySelector<HTMLElement>('[contenteditable="true"], textarea')
  ;(editor ?? document.getElementById('main'))?.focus()
}

function NotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">This page does not exist</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">The link may be mistyped or from a newer version of the app.</p>
      <Link to="/" className="mt-6 inline-block font-medium text-sky-700 underline dark:text-sky-400">
        Open the debugger
      </Link>
    </main>
  )
}
