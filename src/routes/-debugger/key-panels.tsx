// The key box for the token on the page: one that verifies, or one that decrypts a JWE (and then
// one for the signed token inside it).
import type { SlotName } from '../../core/workspace/session'
import type { SecretEncoding } from '../../core/keys/decode-secret'
import { KeyPanel, type KeyPanelHooks } from '../../features/signature/key-panel'
import { DecryptPanel } from '../../features/signature/decrypt-panel'
import type { DebuggerSession } from '../../features/debugger-session/use-debugger-session'

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

export function KeyPanels({ session }: { session: DebuggerSession }) {
  const { state, dispatch, decoded, innerToken, keyMaterial, view } = session
  const actions = (slot: SlotName) => ({
    onKeyTextChange: (keyText: string) => dispatch({ type: 'key-edited', slot, keyText }),
    onEncodingChange: (encoding: SecretEncoding) => dispatch({ type: 'encoding-chosen', slot, encoding }),
    onJwksUrlChange: (url: string) => dispatch({ type: 'jwks-url-edited', slot, url }),
    onFetchKeys: () => session.fetchKeys(slot),
  })
  return (
    <>
      {view.keyRole === 'decrypt' ? (
        <DecryptPanel
          inputs={state.keys.outer.inputs}
          {...actions('outer')}
          material={keyMaterial}
          decryption={session.decryption}
          hasInnerToken={innerToken !== null}
        />
      ) : (
        <KeyPanel decoded={decoded} slot={state.keys.outer} material={keyMaterial} hooks={pageHooks} {...actions('outer')} />
      )}
      {innerToken ? (
        <KeyPanel
          decoded={innerToken}
          slot={state.keys.inner}
          material={session.innerKeyMaterial}
          hooks={innerHooks}
          title="Verify the inner token's signature"
          {...actions('inner')}
        />
      ) : null}
    </>
  )
}
