import { Panel } from '../../components/panel'
import type { KeyMaterial } from '../../core/keys/parse-key-text'
import { VerdictBox } from '../../components/verdict-box'
import { DecryptionVerdict } from './decryption-verdict'
import { KeyField } from './key-field'
import type { DecryptionCheck } from '../../core/decrypt/decryption-status'
import type { KeyInputs } from '../../core/workspace/session'
import type { SecretEncoding } from '../../core/keys/decode-secret'

export interface DecryptPanelProps {
  inputs: KeyInputs
  onKeyTextChange: (text: string) => void
  onEncodingChange: (encoding: SecretEncoding) => void
  material: KeyMaterial
  decryption: DecryptionCheck
  /** True when the plaintext is itself a signed token, whose own panel then gives the signature verdict. */
  hasInnerToken: boolean
}

/** Decrypts a JWE. The outer layer's verdict is about decryption only; the signature is the inner token's. */
export function DecryptPanel({ inputs, onKeyTextChange, onEncodingChange, material, decryption, hasInnerToken }: DecryptPanelProps) {
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
          onKeyTextChange={onKeyTextChange}
          material={material}
          encoding={inputs.encoding}
          onEncodingChange={onEncodingChange}
          label="Decryption key: a shared key or password, a PEM private key or a private JWK"
          placeholder="Paste the shared key, the password (PBES2), or the recipient's private key…"
          hooks={{ key: 'key-input', encoding: 'secret-encoding' }}
        />
      </div>
    </Panel>
  )
}
