import { createFileRoute } from '@tanstack/react-router'
import { isToolId, type ToolId } from '../core/workspace/tool-ids'
import { PanelBoundary } from '../components/panel-boundary'
import { AfterFirstPaint } from '../components/after-first-paint'
import { lazyComponent } from '../components/lazy-component'
import { useDebuggerSession } from '../features/debugger-session/use-debugger-session'
import { TokenInputPanel } from '../features/token-input/token-input-panel'
import { exampleSecret, exampleToken } from '../features/token-input/example-token'
import { HeaderPanel } from '../features/decoded-token/header-panel'
import { PayloadPanel } from '../features/decoded-token/payload-panel'
import { BuildStatus } from '../features/token-builder/build-status'
import { EmptyState } from './-debugger/empty-state'
import { FoundTokensHint } from './-debugger/found-tokens-hint'
import { KeyPanels } from './-debugger/key-panels'
import { partEditors } from './-debugger/part-editors'
import { TokenFinderArea } from './-debugger/token-finder-area'
import { useFileSearchStore } from '../features/finder/use-file-search'
import { hasFoundTokens, useTokenFinder } from '../features/finder/use-token-finder'
import { FileOpener } from '../features/finder/file-opener'

// Wanted by fewer tokens, or folded away: their code follows the first render.
const SdJwtPanel = lazyComponent(() => import('../features/sd-jwt/sd-jwt-panel').then((module) => module.SdJwtPanel))
const SignaturePanel = lazyComponent(() => import('../features/decoded-token/signature-panel').then((module) => module.SignaturePanel))
const LessonBanner = lazyComponent(() => import('../features/lessons/lesson-banner').then((module) => module.LessonBanner))
const ToolArea = lazyComponent(() => import('./-debugger/tool-area').then((module) => module.ToolArea))
const NestedToken = lazyComponent(() => import('../features/decoded-token/nested-token').then((module) => module.NestedToken))

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
    ...(isToolId(search.tool) ? { tool: search.tool } : {}),
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
  const textSearch = useTokenFinder(session.decodedText, decoded)
  const fileSearch = useFileSearchStore(memory)
  const searchFile = (file: File) => fileSearch.start(file, state.token)
  const loadExample = () => dispatch({ type: 'token-loaded', token: exampleToken(), message: 'Loaded the example token.' })
  const setOpenTool = (tool: ToolId | null) => void navigate({ search: (previous) => ({ ...previous, tool: tool ?? undefined }), replace: true })
  const compareWith = (token: string) => {
    dispatch({ type: 'comparison-edited', token })
    setOpenTool('compare')
  }

  return (
    <>
      {fromLesson ? (
        <AfterFirstPaint>
          <LessonBanner slug={fromLesson} />
        </AfterFirstPaint>
      ) : null}
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
                  holdsTokens={hasFoundTokens(textSearch)}
                  fileOpener={<FileOpener onFile={searchFile} />}
                  onFileDrop={searchFile}
                  summary={<TokenFinderArea session={session} textSearch={textSearch} fileStore={fileSearch} onCompare={compareWith} />}
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
            {hasFoundTokens(textSearch) ? (
              <FoundTokensHint count={textSearch.list.tokens.length} />
            ) : decoded ? (
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
                      <AfterFirstPaint>
                        <SdJwtPanel decoded={decoded} parts={sdJwt} analysis={session.sdJwtAnalysis} />
                      </AfterFirstPaint>
                    </PanelBoundary>
                  ) : null}
                  {opened?.nested ? (
                    <PanelBoundary name="inner token">
                      <AfterFirstPaint>
                        <NestedToken decoded={opened.nested} />
                      </AfterFirstPaint>
                    </PanelBoundary>
                  ) : null}
                </div>
                <div className="order-2 min-w-0 lg:order-none">
                  <PanelBoundary name="signature">
                    <AfterFirstPaint>
                      <SignaturePanel decoded={decoded} />
                    </AfterFirstPaint>
                  </PanelBoundary>
                </div>
              </>
            ) : (
              <EmptyState onExample={loadExample} onNewToken={session.startNewToken} />
            )}
          </div>
        </div>
        <AfterFirstPaint>
          <ToolArea session={session} openTool={openTool ?? null} onOpenToolChange={setOpenTool} />
        </AfterFirstPaint>
      </main>
    </>
  )
}
