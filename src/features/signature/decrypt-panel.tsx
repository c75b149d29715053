import { Panel } from '../../components/panel'
import type { KeyMaterial } from '../../core/keys/parse-key-text'
import { VerdictBox } from '../../components/verdict-box'
import { DecryptionVerdict } from './decryption-verdict'
import { KeyField } from './key-field'
import type { DecryptionCheck } from './use-decryption'
import type { KeyInputs } from './key-inputs'
import type { KeptStateUpdate } from '../../hooks/use-kept-state'

export interface DecryptPanelProps {
  inputs: KeyInputs
  /** Takes an update of the latest inputs, so a key text and an encoding changed in one task both count. */
  onInputsChange: (update: KeptStateUpdate<KeyInputs>) => void
  material: KeyMaterial
  decryption: DecryptionCheck
  /** True when the plaintext is itself a signed token, whose own panel then gives the signature verdict. */
  hasInnerToken: boolean
}

/** Decrypts a JWE. The outer layer's verdict is about decryption only; the signature is the inner token's. */
export function DecryptPanel({ inputs, onInputsChange, material, decryption, hasInnerToken }: DecryptPanelProps) {
  const isDecrypted = decryption.status.state === 'decrypted'
  return (
    <Panel id="decrypt" title="Decrypt">
      <div className="space-y-3 px-4 py-3">
        <DecryptionVerdict check={decryption} />
        {hasInnerToken ? null : (
          <VerdictBox testId="signature-status" state="unverified" tone="neutral" title="Signature not verified">
            <p>
              {isDecrypted
                ? 'The decrypted content is not a signed token, so there is no signature to check: nothing here shows who wrote it.'
                : 'An encrypted token carries no signature of its own. Decrypt it first: if it holds a signed token, its signature is checked below.'}
            </p>
          </VerdictBox>
        )}
        <KeyField
          keyText={inputs.keyText}
          onKeyTextChange={(keyText) => onInputsChange((latest) => ({ ...latest, keyText }))}
          material={material}
          encoding={inputs.encoding}
          onEncodingChange={(encoding) => onInputsChange((latest) => ({ ...latest, encoding }))}
          label="Decryption key: a shared key or password, a PEM private key or a private JWK"
          placeholder="Paste the shared key, the password (PBES2), or the recipient's private key…"
          testId="key-input"
        />
      </div>
    </Panel>
  )
}
