import { describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useMemo, useReducer } from 'react'
import { EditorView } from '@codemirror/view'
import { DecryptPanel } from '../../../src/features/signature/decrypt-panel'
import { useDecryption } from '../../../src/features/debugger-session/use-decryption'
import { initialSession, sessionReducer, type SessionState } from '../../../src/core/workspace/session'
import { decodeToken } from '../../../src/core/token/decode-token'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import { rfc7520NestedJwt } from '../../fixtures/rfc-vectors'

// This file tests the real editor, not the light views tests/setup-ui.ts keeps by default.
vi.unmock('../../../src/editor/code-mirror-view')

const decoded = decodeToken(rfc7520NestedJwt.compact)!

function Harness({ onState }: { onState: (state: SessionState) => void }) {
  const [state, dispatch] = useReducer(sessionReducer, undefined, () => initialSession(rfc7520NestedJwt.compact))
  onState(state)
  const inputs = state.keys.outer.inputs
  const material = useMemo(() => parseKeyText(inputs.keyText), [inputs.keyText])
  const decryption = useDecryption(decoded, material, inputs.encoding)
  return (
    <DecryptPanel
      inputs={inputs}
      onKeyTextChange={(keyText) => dispatch({ type: 'key-edited', slot: 'outer', keyText })}
      onEncodingChange={(encoding) => dispatch({ type: 'encoding-chosen', slot: 'outer', encoding })}
      material={material}
      decryption={decryption}
      hasInnerToken={false}
    />
  )
}

describe('DecryptPanel', () => {
  it('keeps a key pasted into the editor when the encoding is chosen before the page renders again', async () => {
    let latest: SessionState | undefined
    render(<Harness onState={(state) => (latest = state)} />)
    // The editor reports its text outside React's event handlers, so React renders it a little later;
    // a click on the encoding in between must not bring back the key text of the last render.
    // CodeMirror loads once the box is used.
    act(() => { screen.getByTestId('key-input').focus() })
    const editor = await waitFor(() => {
      const view = EditorView.findFromDOM(screen.getByTestId('key-input').closest<HTMLElement>('.cm-editor')!)
      if (!view) throw new Error('The editor has not replaced the plain text area yet.')
      return view
    })
    editor.dispatch({ changes: { from: 0, insert: 'c2VjcmV0' } })
    fireEvent.change(screen.getByTestId('secret-encoding'), { target: { value: 'base64' } })
    await waitFor(() => expect(latest?.keys.outer.inputs).toEqual({ keyText: 'c2VjcmV0', encoding: 'base64', jwksUrl: '' }))
    expect(screen.getByTestId('secret-encoding')).toHaveValue('base64')
    expect(editor.state.doc.toString()).toBe('c2VjcmV0')
  })
})
