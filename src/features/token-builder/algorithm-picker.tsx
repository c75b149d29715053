import { scanJson } from '../../core/json/scan-json'
import { isJsonObject } from '../../core/json/json-value'

export interface AlgorithmPickerProps {
  headerText: string
  onAlgorithmChange: (alg: string) => void
}

const groups: Array<{ label: string; algorithms: string[] }> = [
  { label: 'HMAC (shared secret)', algorithms: ['HS256', 'HS384', 'HS512'] },
  { label: 'RSA PKCS#1 v1.5', algorithms: ['RS256', 'RS384', 'RS512'] },
  { label: 'RSA-PSS', algorithms: ['PS256', 'PS384', 'PS512'] },
  { label: 'ECDSA', algorithms: ['ES256', 'ES384', 'ES512'] },
  { label: 'EdDSA', algorithms: ['EdDSA', 'Ed25519'] },
  { label: 'No signature', algorithms: ['none'] },
]
const known = new Set(groups.flatMap((group) => group.algorithms))

/** The header's "alg", as a choice: picking one rewrites the header and signs again. */
export function AlgorithmPicker({ headerText, onAlgorithmChange }: AlgorithmPickerProps) {
  const scan = scanJson(headerText)
  const header = scan.ok && isJsonObject(scan.value) ? scan.value : null
  const alg = typeof header?.alg === 'string' ? header.alg : ''
  return (
    <label className="flex items-center gap-2 text-xs font-medium normal-case">
      Algorithm
      <select
        data-testid="sign-alg"
        value={alg}
        disabled={header === null}
        title={header === null ? 'Fix the header JSON to choose an algorithm.' : undefined}
        onChange={(event) => onAlgorithmChange(event.target.value)}
        className="rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-600 dark:bg-slate-800"
      >
        {alg === '' || !known.has(alg) ? <option value={alg}>{alg === '' ? 'none set' : alg}</option> : null}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.algorithms.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  )
}
