// What makes the header and payload panels editors: the builder's texts and errors, the algorithm
// choice, the claim shortcuts, and the line that says what signs the edits.
import { Suspense } from 'react'
import { DropDown } from '../../components/drop-down'
import { lazyComponent } from '../../components/lazy-component'
import { setMember } from '../../core/json/set-member'
import { signingKeyNote } from '../../core/sign/signing-key-note'
import type { PartEditor } from '../../features/decoded-token/json-view'
import { AlgorithmPicker } from '../../features/token-builder/algorithm-picker'
import { SigningNote } from '../../features/token-builder/signing-note'
import type { DebuggerSession } from '../../features/debugger-session/use-debugger-session'

const ClaimTools = lazyComponent(() => import('../../features/token-builder/claim-tools').then((module) => module.ClaimTools))

/** Editors for a token that can be edited (compact JWS and unsecured tokens); none otherwise. */
export function partEditors({ builder, view, keyMaterial, state }: DebuggerSession): { header?: PartEditor; payload?: PartEditor } {
  if (!view.isEditable) return {}
  const { encoding } = state.keys.outer.inputs
  const { source } = state.keys.outer
  const note = signingKeyNote(keyMaterial, encoding, view.alg, source.kind === 'fetched' ? source.url : null)
  return {
    header: {
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
    },
    payload: {
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
    },
  }
}
