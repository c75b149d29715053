import { Suspense } from 'react'
import { createFileRoute } from '@tanstack/react-router'
import { findTool, type ToolId } from '../core/workspace/tools'
import { PanelBoundary } from '../components/panel-boundary'
import { lazyComponent } from '../components/lazy-component'
import { useDebuggerSession } from '../features/debugger-session/use-debugger-session'
import { TokenInputPanel } from '../features/token-input/token-input-panel'
import { exampleSecret, exampleToken } from '../features/token-input/example-token'
import { HeaderPanel } from '../features/decoded-token/header-panel'
import { PayloadPanel } from '../features/decoded-token/payload-panel'
import { SignaturePanel } from '../features/decoded-token/signature-panel'
import { NestedToken } from '../features/decoded-token/nested-token'
import { BuildStatus } from '../features/token-builder/build-status'
import { LessonBanner } from '../features/lessons/lesson-banner'
import { ToolArea } from './-debugger/tool-area'
import { EmptyState } from './-debugger/empty-state'
import { TokenGlance } from './-debugger/token-glance'
import { KeyPanels } from './-debugger/key-panels'
import { partEditors } from './-debugger/part-editors'

const SdJwtPanel = lazyComponent(() => import('../features/sd-jwt/sd-jwt-panel').then((module) => module.SdJwtPanel))

interface DebuggerSearch {
  token?: string
  /** The lesson the token was opened from, for a way back. */
  lesson?: string
  /** The tool open below the token, so a reload or a shared link reopens it. */
  tool?: ToolId
}

export const Route = createFileRoute('/')({
  // The router parses search values as JSON where it can, so a JSON-serialized token arrives as an object.
  validateSearch: (search: Record<string, unknown>): DebuggerSearch => ({
    ...(search.token === undefined ? {} : { token: typeof search.token === 'string' ? search.token : JSON.stringify(search.token) }),
    ...(typeof search.lesson === 'string' ? { lesson: search.lesson } : {}),
    ...(findTool(search.tool) ? { tool: search.tool as ToolId } : {}),
  }),
  component: DebuggerPage,
})

// Phones get one column in the order of the everyday job: token, verdict, payload, header, the rest.
function DebuggerPage() {
  const { token: linkedToken, lesson: fromLesson, tool: openTool } = Route.useSearch()
  const navigate = Route.useNavigate()
  const { memory } = Route.useRouteContext()
  const session = useDebuggerSession({ memory, linkedToken, initialToken: exampleToken })
  const { state, dispatch, decoded, opened, sdJwt, builder } = session
  const editors = partEditors(session)
  const loadExample = () => dispatch({ type: 'token-loaded', token: exampleToken(), message: 'Loaded the example token.' })
  const setOpenTool = (tool: ToolId | null) => void navigate({ search: (previous) => ({ ...previous, tool: tool ?? undefined }), replace: true })

  return (
    <>
      {fromLesson ? <LessonBanner slug={fromLesson} /> : null}
      <main className="mx-auto max-w-screen-2xl px-3 sm:px-4">
        <h1 className="sr-only">JWT debugger</h1>
        <div className="grid gap-4 py-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:gap-5">
          <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
            <div id="token" className="min-w-0">
              <PanelBoundary name="token">
                <TokenInputPanel
                  token={state.token}
                  onTokenChange={(token) => dispatch({ type: 'token-edited', token })}
                  decoded={decoded}
                  decodedText={session.decodedText}
                  sdJwt={sdJwt}
                  isExample={state.token === exampleToken()}
                  onLoadExample={loadExample}
                  onUseExampleSecret={() =>
                    dispatch({
                      type: 'key-loaded',
                      slot: 'outer',
                      keyText: exampleSecret,
                      encoding: 'utf8',
                      message: "The example's secret is in the key box.",
                    })
                  }
                  onNewToken={session.startNewToken}
                  loaded={state.loaded}
                  buildStatus={builder.result ? <BuildStatus result={builder.result} onAcceptUnsecured={builder.acceptUnsecured} /> : null}
                  summary={<TokenGlance session={session} />}
                />
              </PanelBoundary>
            </div>
            <div className="min-w-0 space-y-4">
              <PanelBoundary name="key">
                <KeyPanels session={session} />
              </PanelBoundary>
            </div>
          </div>
          <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
            {decoded ? (
              <>
                <div className="order-2 min-w-0 lg:order-none">
                  <PanelBoundary name="header">
                    <HeaderPanel decoded={decoded} {...(editors.header ? { editor: editors.header } : {})} />
                  </PanelBoundary>
                </div>
                <div className="order-1 min-w-0 space-y-4 lg:order-none">
                  <PanelBoundary name="payload">
                    <PayloadPanel decoded={opened ?? decoded} {...(editors.payload ? { editor: editors.payload } : {})} />
                  </PanelBoundary>
                  {sdJwt ? (
                    <PanelBoundary name="SD-JWT">
                      <Suspense fallback={null}>
                        <SdJwtPanel decoded={decoded} parts={sdJwt} analysis={session.sdJwtAnalysis} />
                      </Suspense>
                    </PanelBoundary>
                  ) : null}
                  {opened?.nested ? (
                    <PanelBoundary name="inner token">
                      <NestedToken decoded={opened.nested} />
                    </PanelBoundary>
                  ) : null}
                </div>
                <div className="order-2 min-w-0 lg:order-none">
                  <PanelBoundary name="signature">
                    <SignaturePanel decoded={decoded} />
                  </PanelBoundary>
                </div>
              </>
            ) : (
              <EmptyState onExample={loadExample} onNewToken={session.startNewToken} />
            )}
          </div>
        </div>
        <ToolArea session={session} openTool={openTool ?? null} onOpenToolChange={setOpenTool} />
      </main>
    </>
  )
}
