import { useId, useState } from 'react'
import { Panel } from '../../components/panel'
import { buttonClass } from '../../components/copy-button'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { JsonObject } from '../../core/json/scan-json'
import type { KeyMaterial } from '../../core/keys/parse-key-text'
import type { SecretEncoding } from '../../core/keys/decode-secret'
import { thrownMessage } from '../../core/result'
import { currentSeconds } from '../../core/claims/time'
import { isJsonObject } from '../../core/json/json-value'

export interface SdJwtBuilderProps {
  decoded: DecodedToken
  material: KeyMaterial
  encoding: SecretEncoding
  onTokenChange: (token: string) => void
}

// Claims a verifier needs to judge the token at all stay in the clear (RFC 9901 §9.7).
const ALWAYS_VISIBLE = new Set(['iss', 'aud', 'iat', 'nbf', 'exp', 'cnf', 'vct', 'status', '_sd', '_sd_alg'])
const HOLDER_AUDIENCE = 'https://verifier.example'

type BuildState = { state: 'idle' } | { state: 'working' } | { state: 'failed'; message: string }

/** Issues an SD-JWT from this token's claims: the chosen ones become disclosures. */
export function SdJwtBuilder({ decoded, material, encoding, onTokenChange }: SdJwtBuilderProps) {
  const id = useId()
  const claims = decoded.payload.type === 'json' && isJsonObject(decoded.payload.value) ? decoded.payload.value : null
  const header = decoded.header.type === 'json' ? decoded.header.value : null
  const names = claims ? Object.keys(claims).filter((name) => !ALWAYS_VISIBLE.has(name)) : []
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(names))
  const [decoys, setDecoys] = useState(2)
  const [withKeyBinding, setWithKeyBinding] = useState(true)
  const [build, setBuild] = useState<BuildState>({ state: 'idle' })

  if (!claims || !header || typeof header.alg !== 'string') return null

  const issue = async () => {
    setBuild({ state: 'working' })
    const [{ selectKeys }, { issueSdJwt, presentSdJwt }, { generateKeyPair, exportJWK }] = await Promise.all([
      import('../../core/keys/import-key'),
      import('../../core/sd-jwt/issue-sd-jwt'),
      import('jose'),
    ])
    const alg = header.alg as string
    const keys = await selectKeys(material, { purpose: 'sign', alg, encoding })
    if (!keys.ok) return setBuild({ state: 'failed', message: `The key box cannot sign ${alg}: ${keys.error.message}` })
    const holder = withKeyBinding ? await generateKeyPair('ES256', { extractable: true }) : undefined
    const bound: JsonObject = holder ? { ...claims, cnf: { jwk: (await exportJWK(holder.publicKey)) as JsonObject } } : claims
    const { typ: _typ, ...rest } = header
    const issued = await issueSdJwt({ claims: bound, disclose: [...chosen].filter((name) => Object.hasOwn(claims, name)), header: rest, key: keys.value[0]!.key, decoys })
    if (!issued.ok) return setBuild({ state: 'failed', message: issued.error })
    try {
      const token = holder
        ? await presentSdJwt(issued.value.sdJwt, issued.value.disclosures, {
            key: holder.privateKey,
            alg: 'ES256',
            nonce: crypto.randomUUID(),
            aud: HOLDER_AUDIENCE,
            iat: currentSeconds(),
          })
        : issued.value.sdJwt
      setBuild({ state: 'idle' })
      onTokenChange(token)
    } catch (error) {
      // presentSdJwt refuses contradictory arguments, which this form never makes; say so rather than hang.
      setBuild({ state: 'failed', message: `The key-binding JWT could not be made: ${thrownMessage(error)}` })
    }
  }

  return (
    <Panel id="sd-jwt-builder" title="Make it an SD-JWT">
      <form
        className="space-y-3 px-4 py-3 text-sm"
        onSubmit={(event) => {
          event.preventDefault()
          void issue()
        }}
      >
        <p className="text-slate-700 dark:text-slate-300">
          Turn claims of this token into disclosures with random salts, signed with the key box&apos;s key: the holder can then reveal each one, or
          not. Times, the issuer and the key confirmation stay visible.
        </p>
        <fieldset>
          <legend className="text-xs font-semibold">Selectively disclosable claims</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {names.map((name) => (
              <label key={name} className="flex items-center gap-1.5 font-mono text-xs">
                <input
                  type="checkbox"
                  checked={chosen.has(name)}
                  onChange={(event) => setChosen(event.target.checked ? new Set([...chosen, name]) : new Set([...chosen].filter((other) => other !== name)))}
                />
                {name}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <label htmlFor={`${id}-decoys`} className="flex items-center gap-2 text-xs">
            Decoy digests
            <input
              id={`${id}-decoys`}
              type="number"
              min={0}
              max={10}
              value={decoys}
              onChange={(event) => setDecoys(Math.max(0, Math.min(10, Math.floor(Number(event.target.value) || 0))))}
              className="w-16 rounded-md border border-slate-300 bg-white px-1.5 py-0.5 dark:border-slate-600 dark:bg-slate-800"
            />
          </label>
          <label className="flex items-center gap-1.5 text-xs">
            <input type="checkbox" checked={withKeyBinding} onChange={(event) => setWithKeyBinding(event.target.checked)} />
            Bind to a new holder key and add a key-binding JWT
          </label>
        </div>
        <button type="submit" data-testid="sd-jwt-issue" className={buttonClass} disabled={build.state === 'working' || chosen.size === 0}>
          {build.state === 'working' ? 'Issuing…' : 'Issue the SD-JWT'}
        </button>
        {build.state === 'failed' ? (
          <p role="alert" className="text-red-800 dark:text-red-300">
            {build.message}
          </p>
        ) : null}
      </form>
    </Panel>
  )
}

