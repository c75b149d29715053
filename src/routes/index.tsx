import { Suspense } from 'react'
import { createFileRoute } from '@tanstack/react-router'
import { findTool, type ToolId } from '../core/workspace/tools'
import { signingKeyNote } from '../core/sign/signing-key-note'
import { setMember } from '../core/json/set-member'
import { PanelBoundary } from '../components/panel-boundary'
import { DropDown } from '../components/drop-down'
import { lazyComponent } from '../components/lazy-component'
import { useDebuggerSession } from '../features/debugger-session/use-debugger-session'
import { TokenInputPanel } from '../features/token-input/token-input-panel'
import { exampleSecret, exampleToken } from '../features/token-input/example-token'
import { TokenSummary } from '../features/decoded-token/token-summary'
import { HeaderPanel } from '../features/decoded-token/header-panel'
import { PayloadPanel } from '../features/decoded-token/payload-panel'
import { SignaturePanel } from '../features/decoded-token/signature-panel'
import { NestedToken } from '../features/decoded-token/nested-token'
import { ExpiryLine } from '../features/expiry/expiry-line'
import { FindingsSummary } from '../features/findings/findings-summary'
import { KeyPanel, type KeyPanelHooks } from '../features/signature/key-panel'
import { DecryptPanel } from '../features/signature/decrypt-panel'
import { BuildStatus } from '../features/token-builder/build-status'
import { AlgorithmPicker } from '../features/token-builder/algorithm-picker'
import { SigningNote } from '../features/token-builder/signing-note'
import { lessonForRule } from '../features/lessons/catalog'
import { LessonBanner } from '../features/lessons/lesson-banner'
import { ToolArea } from './-debugger/tool-area'
import { EmptyState } from './-debugger/empty-state'

const ClaimTools = lazyComponent(() => import('../features/token-builder/claim-tools').then((module) => module.ClaimTools))
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

const pageHooks: KeyPanelHooks = {
  key: 'key-input',
  encoding: 'secret-encoding',
  jwksUrl: 'jwks-url',
  jwksFetch: 'jwks-fetch',
  signatureStatus: 'signature-status',
}
const innerHooks: KeyPanelHooks = {
  key: 'inner-key-input',
  encoding: 'inner-key-input-encoding',
  jwksUrl: 'inner-key-input-jwks-url',
  jwksFetch: 'inner-key-input-jwks-fetch',
  signatureStatus: 'signature-status',
}

// Phones get one column in the order of the everyday job: token, verdict, payload, header, the rest.
function DebuggerPage() {
  const { token: linkedToken, lesson: fromLesson, tool: openTool } = Route.useSearch()
  const navigate = Route.useNavigate()
  const { memory } = Route.useRouteContext()
  const session = useDebuggerSession({ memory, linkedToken, initialToken: exampleToken })
  const { state, dispatch, decoded, opened, innerToken, sdJwt, claims, keyMaterial, view, builder } = session
  const outer = state.keys.outer
  const readable = innerToken ?? opened
  const keyActions = (slot: 'outer' | 'inner') => ({
    onKeyTextChange: (keyText: string) => dispatch({ type: 'key-edited', slot, keyText }),
    onEncodingChange: (encoding: typeof outer.inputs.encoding) => dispatch({ type: 'encoding-chosen', slot, encoding }),
    onJwksUrlChange: (url: string) => dispatch({ type: 'jwks-url-edited', slot, url }),
    onFetchKeys: () => session.fetchKeys(slot),
  })
  const note = signingKeyNote(keyMaterial, outer.inputs.encoding, view.alg, outer.source.kind === 'fetched' ? outer.source.url : null)
  const headerEditor = view.isEditable
    ? {
        text: builder.headerText,
        onChange: builder.editHeader,
        ...(builder.headerError ? { error: builder.headerError } : {}),
        actions: (
          <AlgorithmPicker
            headerText={builder.headerText}
            onAlgorithmChange={(alg) => builder.editHeader(setMember(builder.headerText, 'alg', JSON.stringify(alg)))}
          />
        ),
        note: <SigningNote note={note} />,
      }
    : undefined
  const payloadEditor = view.isEditable
    ? {
        text: builder.payloadText,
        onChange: builder.editPayload,
        ...(builder.payloadError ? { error: builder.payloadError } : {}),
        actions: (
          <DropDown label="Set claims">
            {() => (
              <Suspense fallback={<p className="p-3 text-xs">Loading…</p>}>
                <ClaimTools payloadText={builder.payloadText} onPayloadChange={builder.editPayload} />
              </Suspense>
            )}
          </DropDown>
        ),
      }
    : undefined
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
                  onLoadExample={() => dispatch({ type: 'token-loaded', token: exampleToken(), message: 'Loaded the example token.' })}
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
                  summary={
                    decoded ? (
                      <>
                        <TokenSummary decoded={decoded} isSdJwt={sdJwt !== null} />
                        <div className="flex flex-wrap border-t border-slate-200 dark:border-slate-800">
                          {decoded.payload.type === 'json' || decoded.kind !== 'invalid' ? (
                            <PanelBoundary name="expiry">
                              <ExpiryLine
                                payload={claims ?? (readable?.payload.type === 'json' ? readable.payload.value : undefined)}
                                isEncrypted={readable?.payload.type === 'encrypted'}
                              />
                            </PanelBoundary>
                          ) : null}
                          <PanelBoundary name="findings">
                            <FindingsSummary
                              decoded={decoded}
                              claims={claims}
                              material={keyMaterial}
                              encoding={outer.inputs.encoding}
                              lessonFor={lessonForRule}
                              onUseSecret={(secret) =>
                                dispatch({
                                  type: 'key-loaded',
                                  slot: 'outer',
                                  keyText: secret,
                                  encoding: 'utf8',
                                  message: 'The secret that signed the token is in the key box.',
                                })
                              }
                            />
                          </PanelBoundary>
                        </div>
                      </>
                    ) : null
                  }
                />
              </PanelBoundary>
            </div>
            <div className="min-w-0 space-y-4">
              <PanelBoundary name="key">
                {view.keyRole === 'decrypt' ? (
                  <DecryptPanel
                    inputs={outer.inputs}
                    {...keyActions('outer')}
                    material={keyMaterial}
                    decryption={session.decryption}
                    hasInnerToken={innerToken !== null}
                  />
                ) : (
                  <KeyPanel decoded={decoded} slot={outer} material={keyMaterial} hooks={pageHooks} {...keyActions('outer')} />
                )}
                {innerToken ? (
                  <KeyPanel
                    decoded={innerToken}
                    slot={state.keys.inner}
                    material={session.innerKeyMaterial}
                    hooks={innerHooks}
                    title="Verify the inner token's signature"
                    {...keyActions('inner')}
                  />
                ) : null}
              </PanelBoundary>
            </div>
          </div>
          <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
            {decoded ? (
              <>
                <div className="order-2 min-w-0 lg:order-none">
                  <PanelBoundary name="header">
                    <HeaderPanel decoded={decoded} {...(headerEditor ? { editor: headerEditor } : {})} />
                  </PanelBoundary>
                </div>
                <div className="order-1 min-w-0 space-y-4 lg:order-none">
                  <PanelBoundary name="payload">
                    <PayloadPanel decoded={opened ?? decoded} {...(payloadEditor ? { editor: payloadEditor } : {})} />
                  </PanelBoundary>
                  {sdJwt ? (
                    <PanelBoundary name="SD-JWT">
                      <Suspense fallback={null}>
                        <SdJwtPanel decoded={decoded} parts={sdJwt} />
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
              <EmptyState
                onExample={() => dispatch({ type: 'token-loaded', token: exampleToken(), message: 'Loaded the example token.' })}
                onNewToken={session.startNewToken}
              />
            )}
          </div>
        </div>
        <ToolArea session={session} openTool={openTool ?? null} onOpenToolChange={setOpenTool} />
      </main>
    </>
  )
}
