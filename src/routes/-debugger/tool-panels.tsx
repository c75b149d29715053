// How each tool of the debugger's tool bar renders, given the session. A tool's code loads only
// when it is opened. Which tools exist, and when each applies, is data in src/core/workspace/tools.ts.
import { lazyComponent } from '../../components/lazy-component'
import type { ToolId } from '../../core/workspace/tools'
import type { DebuggerSession } from '../../features/debugger-session/use-debugger-session'

const CrackPanel = lazyComponent(() => import('../../features/cracker/crack-panel').then((module) => module.CrackPanel))
const AttackLabPanel = lazyComponent(() => import('../../features/attack-lab/attack-lab-panel').then((module) => module.AttackLabPanel))
const ClaimsCheckPanel = lazyComponent(() => import('../../features/claims-check/claims-check-panel').then((module) => module.ClaimsCheckPanel))
const SdJwtBuilder = lazyComponent(() => import('../../features/sd-jwt/sd-jwt-builder').then((module) => module.SdJwtBuilder))
const KeygenPanel = lazyComponent(() => import('../../features/keygen/keygen-panel').then((module) => module.KeygenPanel))
const HistoryPanel = lazyComponent(() => import('../../features/history/history-panel').then((module) => module.HistoryPanel))
const ComparePanel = lazyComponent(() => import('../../features/compare/compare-panel').then((module) => module.ComparePanel))

/** A tool's panel; tools that need a token are rendered only when one decodes (their availability says so first). */
export const toolPanels: Record<ToolId, (session: DebuggerSession) => React.ReactNode> = {
  crack: ({ decoded, dispatch }) =>
    decoded ? (
      <CrackPanel
        decoded={decoded}
        onFound={(secret) => dispatch({ type: 'key-loaded', slot: 'outer', keyText: secret, encoding: 'utf8', message: 'The secret found is in the key box.' })}
      />
    ) : null,
  attacks: ({ decoded, state, dispatch }) =>
    decoded ? (
      <AttackLabPanel
        decoded={decoded}
        keyText={state.keys.outer.inputs.keyText}
        onOpenToken={(token) => dispatch({ type: 'token-loaded', token, message: 'Opened a forged token from the attack lab.' })}
      />
    ) : null,
  'claims-check': ({ claims }) => <ClaimsCheckPanel payload={claims ?? undefined} />,
  'sd-jwt-build': ({ decoded, keyMaterial, state, dispatch }) =>
    decoded ? (
      <SdJwtBuilder
        decoded={decoded}
        material={keyMaterial}
        encoding={state.keys.outer.inputs.encoding}
        onTokenChange={(token) => dispatch({ type: 'token-loaded', token, message: 'Opened the SD-JWT just issued.' })}
      />
    ) : null,
  keygen: ({ signWithKey }) => <KeygenPanel onUseKey={signWithKey} />,
  history: ({ decoded, state, dispatch }) => (
    <HistoryPanel
      token={decoded && decoded.kind !== 'invalid' ? state.token.trim() : null}
      onOpenToken={(token) => dispatch({ type: 'token-loaded', token, message: 'Opened a token from the history.' })}
    />
  ),
  compare: ({ decoded, sdJwt, keyMaterial, state, dispatch }) =>
    decoded ? (
      <ComparePanel
        firstDecoded={decoded}
        firstSdJwt={sdJwt}
        firstText={state.token}
        comparison={state.comparison}
        onComparisonChange={(token) => dispatch({ type: 'comparison-edited', token })}
        onSwap={() => {
          dispatch({ type: 'token-loaded', token: state.comparison, message: 'Swapped the tokens: the second one is in the token box now.' })
          dispatch({ type: 'comparison-edited', token: state.token })
        }}
        keyMaterial={keyMaterial}
        encoding={state.keys.outer.inputs.encoding}
      />
    ) : null,
}
