import { Suspense } from 'react'
import { Panel } from '../../components/panel'
import { lazyComponent } from '../../components/lazy-component'
import { buttonClass } from '../../components/copy-button'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { JsonObject } from '../../core/json/scan-json'
import type { KeyMaterial } from '../../core/keys/parse-key-text'
import type { SecretEncoding } from '../../core/keys/decode-secret'
import { issuerUrlFromClaim } from '../../core/jwks/jwks-url'
import type { KeyFetch, KeySlot } from '../../core/workspace/session'
import type { SignatureStatus } from '../../core/verify/signature-status'
import { useSignatureStatus } from '../../hooks/use-signature-status'
import { SignatureVerdict } from './signature-verdict'
import { KeyField, type KeyFieldHooks } from './key-field'
import { isJsonObject } from '../../core/json/json-value'

/** The test hooks of one key panel: the page's own, or those of an inner token's panel. */
export interface KeyPanelHooks extends KeyFieldHooks {
  jwksUrl: string
  jwksFetch: string
  signatureStatus: string
}

export interface KeyPanelProps {
  /** The token to verify; null while the token box is empty. */
  decoded: DecodedToken | null
  slot: KeySlot
  /** The key box's text, parsed. */
  material: KeyMaterial
  onKeyTextChange: (text: string) => void
  onEncodingChange: (encoding: SecretEncoding) => void
  onJwksUrlChange: (url: string) => void
  onFetchKeys: () => void
  hooks: KeyPanelHooks
  title?: string
}

// Few tokens carry their own key (RFC 7515 "jwk" or "x5c"): its panel loads only for those.
const carriesKey = (header: JsonObject) => header.jwk !== undefined || header.x5c !== undefined
const CarriedKeys = lazyComponent(() => import('./carried-keys').then((module) => module.CarriedKeys))

const noToken: SignatureStatus = { state: 'unverified', reason: 'Paste a token above, then its key here.' }

export function KeyPanel(props: KeyPanelProps) {
  const { decoded, slot, material, onKeyTextChange, onEncodingChange, onJwksUrlChange, onFetchKeys, hooks, title = 'Verify signature' } = props
  const { keyText, encoding, jwksUrl } = slot.inputs
  const header = decoded?.header.type === 'json' ? decoded.header.value : undefined
  const claims = decoded?.payload.type === 'json' ? decoded.payload.value : undefined
  const issuerUrl = issuerUrlFromClaim(isJsonObject(claims) ? claims.iss : undefined)
  const isFetching = slot.fetch.state === 'fetching'

  return (
    <Panel id={`${hooks.key}-panel`} title={title}>
      <div className="space-y-3 px-4 py-3">
        {decoded ? <TokenVerdict decoded={decoded} material={material} encoding={encoding} testId={hooks.signatureStatus} /> : <SignatureVerdict check={{ status: noToken, isChecking: false }} testId={hooks.signatureStatus} />}
        <KeyField
          keyText={keyText}
          onKeyTextChange={onKeyTextChange}
          material={material}
          encoding={encoding}
          onEncodingChange={onEncodingChange}
          label="Key: a secret, PEM, JWK or JWK Set"
          placeholder="Paste the shared secret, or a public key, certificate, JWK or JWK Set…"
          hooks={hooks}
          {...(slot.source.kind === 'fetched' ? { origin: `fetched from ${slot.source.url}` } : {})}
        />
        {header && carriesKey(header) ? (
          <Suspense fallback={null}>
            <CarriedKeys header={header} onUseKey={onKeyTextChange} />
          </Suspense>
        ) : null}
        <form
          className="space-y-1.5"
          onSubmit={(event) => {
            event.preventDefault()
            onFetchKeys()
          }}
        >
          <div className="flex flex-wrap items-baseline justify-between gap-x-2">
            <label htmlFor={`${hooks.key}-jwks-url`} className="text-sm font-medium">
              Or fetch keys: a JWKS, issuer or discovery URL
            </label>
            {issuerUrl && jwksUrl !== issuerUrl ? (
              <button
                type="button"
                className="text-xs font-medium text-sky-700 underline dark:text-sky-400"
                onClick={() => onJwksUrlChange(issuerUrl)}
                title={`Fill in ${issuerUrl}; nothing is fetched until you press Fetch keys`}
              >
                Use the token's iss
              </button>
            ) : null}
          </div>
          <div className="flex gap-2">
            <input
              id={`${hooks.key}-jwks-url`}
              data-testid={hooks.jwksUrl}
              type="url"
              inputMode="url"
              value={jwksUrl}
              onChange={(event) => onJwksUrlChange(event.target.value)}
              placeholder="https://login.example.com/.well-known/jwks.json"
              aria-describedby={`${hooks.key}-jwks-note`}
              title="Fetched only when you press the button; the token never leaves the page"
              className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-950"
            />
            <button data-testid={hooks.jwksFetch} type="submit" className={`${buttonClass} shrink-0`} disabled={jwksUrl.trim() === '' || isFetching}>
              {isFetching ? 'Fetching…' : 'Fetch keys'}
            </button>
          </div>
          <p id={`${hooks.key}-jwks-note`} hidden>
            Fetched only when you press the button; the token never leaves the page.
          </p>
          <FetchOutcome fetch={slot.fetch} />
        </form>
      </div>
    </Panel>
  )
}

function TokenVerdict({ decoded, material, encoding, testId }: { decoded: DecodedToken; material: KeyMaterial; encoding: SecretEncoding; testId: string }) {
  const check = useSignatureStatus(decoded, material, encoding)
  return <SignatureVerdict check={check} testId={testId} />
}

function FetchOutcome({ fetch }: { fetch: KeyFetch }) {
  if (fetch.state === 'idle' || fetch.state === 'fetching') return null
  if (fetch.state === 'superseded') {
    return (
      <p data-testid="jwks-outcome" role="status" className="text-xs text-amber-900 dark:text-amber-200">
        The keys from {fetch.url} arrived after you changed the key box, so your key was kept. Fetch again to use them.
      </p>
    )
  }
  const fetched = fetch.state === 'fetched' ? fetch.result.fetched : fetch.failure.fetched
  return (
    <div data-testid="jwks-outcome" className="space-y-1 text-xs">
      {fetch.state === 'fetched' ? (
        <p className="text-emerald-800 dark:text-emerald-300">
          Fetched a key set with {fetch.result.jwks.keys.length} key{fetch.result.jwks.keys.length === 1 ? '' : 's'}
          {fetch.result.issuer ? ` for the issuer ${fetch.result.issuer}` : ''}; it is now in the key box.
        </p>
      ) : (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {fetch.failure.message}
        </p>
      )}
      {fetched.length > 0 ? (
        <details>
          <summary className="cursor-pointer">What was fetched ({fetched.length} request{fetched.length === 1 ? '' : 's'})</summary>
          <ul className="mt-1 space-y-0.5 text-slate-600 dark:text-slate-400">
            {fetched.map((document, index) => (
              <li key={index} className="break-all">
                <span className="font-mono">{document.status ?? 'no response'}</span> {document.url}
                {document.contentType ? ` (${document.contentType})` : ''}: {document.summary}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}
