// What the token is at a glance, under the token box: its kind, its expiry and its findings.
import { PanelBoundary } from '../../components/panel-boundary'
import { AfterFirstPaint } from '../../components/after-first-paint'
import { lazyComponent } from '../../components/lazy-component'
import { TokenSummary } from '../../features/decoded-token/token-summary'
import { ExpiryLine } from '../../features/expiry/expiry-line'
import type { DebuggerSession } from '../../features/debugger-session/use-debugger-session'

// The rules and their prose load right after the decoded token is on screen, not before it.
const FindingsWithLessons = lazyComponent(() => import('./findings-with-lessons').then((module) => module.FindingsWithLessons))

export function TokenGlance({ session }: { session: DebuggerSession }) {
  const { decoded, sdJwt, claims, opened, innerToken, keyMaterial, state, dispatch } = session
  if (!decoded) return null
  const readable = innerToken ?? opened
  return (
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
          <AfterFirstPaint
            fallback={<p className="min-w-0 flex-1 basis-48 px-4 py-2 text-sm text-slate-600 dark:text-slate-400">Checking for known pitfalls…</p>}
          >
            <FindingsWithLessons
              decoded={decoded}
              claims={claims}
              isSdJwt={sdJwt !== null}
              material={keyMaterial}
              encoding={state.keys.outer.inputs.encoding}
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
          </AfterFirstPaint>
        </PanelBoundary>
      </div>
    </>
  )
}
