import { Suspense, lazy, useMemo, useRef, useState } from 'react'
import { Panel } from '../../components/panel'
import { buttonClass } from '../../components/copy-button'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { JsonObject } from '../../core/json/scan-json'
import { parseKeyText } from '../../core/keys/parse-key-text'
import type { JwksFailure, JwksResult } from '../../core/jwks/fetch-jwks'
import { issuerUrlFromClaim } from '../../core/jwks/jwks-url'
import { err, thrownMessage, type Result } from '../../core/result'
import { useSignatureStatus } from './use-signature-status'
import { SignatureVerdict } from './signature-verdict'
import { KeyField } from './key-field'
import type { KeyInputs } from './key-inputs'

export interface KeyPanelProps {
  decoded: DecodedToken
  inputs: KeyInputs
  onInputsChange: (inputs: KeyInputs) => void
  title?: string
  /** The key box's test id: `key-input` for the page's token, another for an inner token. */
  keyTestId?: string
}

// Few tokens carry their own key (RFC 7515 "jwk" or "x5c"): its panel loads only for those.
const carriesKey = (header: JsonObject) => header.jwk !== undefined || header.x5c !== undefined
const CarriedKeys = lazy(() => import('./carried-keys').then((module) => ({ default: module.CarriedKeys })))

type FetchState = { state: 'idle' } | { state: 'fetching'; url: string } | { state: 'fetched'; result: JwksResult } | { state: 'failed'; failure: JwksFailure }

export function KeyPanel({ decoded, inputs, onInputsChange, title = 'Verify signature', keyTestId = 'key-input' }: KeyPanelProps) {
  const { keyText, encoding, jwksUrl } = inputs
  const material = useMemo(() => parseKeyText(keyText), [keyText])
  const check = useSignatureStatus(decoded, material, encoding)
  const [fetchState, setFetchState] = useState<FetchState>({ state: 'idle' })
  const latestFetch = useRef(0)
  // The latest inputs, for a fetch that finishes after the user typed elsewhere.
  const current = useRef(inputs)
  current.current = inputs
  const update = (change: Partial<KeyInputs>) => onInputsChange({ ...current.current, ...change })

  const header = decoded.header.type === 'json' ? decoded.header.value : undefined
  const claims = decoded.payload.type === 'json' ? decoded.payload.value : undefined
  const issuerUrl = issuerUrlFromClaim(typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? claims.iss : undefined)
  const isMainKey = keyTestId === 'key-input'

  const fetchKeys = async () => {
    const request = ++latestFetch.current
    setFetchState({ state: 'fetching', url: jwksUrl })
    // The fetcher and its explanations load with the first fetch.
    const result = await import('../../core/jwks/fetch-jwks').then(
      ({ fetchJwks }) => fetchJwks(jwksUrl),
      (error: unknown): Result<JwksResult, JwksFailure> =>
        err({
          reason: 'network',
          message: `The key fetcher could not be loaded (${thrownMessage(error)}). Nothing was requested; reload the page and try again.`,
          fetched: [],
        }),
    )
    // A slower, older fetch must not overwrite a newer one.
    if (request !== latestFetch.current) return
    if (result.ok) {
      update({ keyText: JSON.stringify(result.value.jwks, null, 2) })
      setFetchState({ state: 'fetched', result: result.value })
    } else {
      setFetchState({ state: 'failed', failure: result.error })
    }
  }

  return (
    <Panel id={`${keyTestId}-panel`} title={title}>
      <div className="space-y-3 px-4 py-3">
        <SignatureVerdict check={check} />
        <KeyField
          keyText={keyText}
          onKeyTextChange={(text) => update({ keyText: text })}
          material={material}
          encoding={encoding}
          onEncodingChange={(next) => update({ encoding: next })}
          label={`Key: a secret, a PEM public key or certificate, a private key, a JWK or a JWK Set.${isMainKey && decoded.serialization === 'compact' ? ' Edits to the header or payload are signed with it.' : ''}`}
          placeholder="Paste the shared secret, or a public key, certificate, JWK or JWK Set…"
          testId={keyTestId}
        />
        {header && carriesKey(header) ? (
          <Suspense fallback={null}>
            <CarriedKeys header={header} onUseKey={(text) => update({ keyText: text })} />
          </Suspense>
        ) : null}
        <form
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault()
            void fetchKeys()
          }}
        >
          <label htmlFor={`${keyTestId}-jwks-url`} className="block text-sm font-medium">
            Or fetch keys: a JWKS URL, an issuer, or a discovery URL
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id={`${keyTestId}-jwks-url`}
              data-testid={isMainKey ? 'jwks-url' : `${keyTestId}-jwks-url`}
              type="url"
              inputMode="url"
              value={jwksUrl}
              onChange={(event) => update({ jwksUrl: event.target.value })}
              placeholder="https://login.example.com/.well-known/jwks.json"
              className="min-w-0 flex-1 basis-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs sm:basis-auto dark:border-slate-600 dark:bg-slate-950"
            />
            <button data-testid={isMainKey ? 'jwks-fetch' : `${keyTestId}-jwks-fetch`} type="submit" className={buttonClass} disabled={jwksUrl.trim() === '' || fetchState.state === 'fetching'}>
              {fetchState.state === 'fetching' ? 'Fetching…' : 'Fetch keys'}
            </button>
            {issuerUrl ? (
              <button type="button" className={buttonClass} onClick={() => update({ jwksUrl: issuerUrl })} title={`Fill in ${issuerUrl}; nothing is fetched until you press Fetch keys`}>
                Find keys from iss
              </button>
            ) : null}
          </div>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Nothing is fetched unless you press the button: not because a token names a URL, and never your token.
          </p>
          <FetchOutcome fetchState={fetchState} />
        </form>
      </div>
    </Panel>
  )
}

function FetchOutcome({ fetchState }: { fetchState: FetchState }) {
  if (fetchState.state === 'idle' || fetchState.state === 'fetching') return null
  const fetched = fetchState.state === 'fetched' ? fetchState.result.fetched : fetchState.failure.fetched
  return (
    <div data-testid="jwks-outcome" className="space-y-1 text-xs">
      {fetchState.state === 'fetched' ? (
        <p className="text-emerald-800 dark:text-emerald-300">
          Fetched a key set with {fetchState.result.jwks.keys.length} key{fetchState.result.jwks.keys.length === 1 ? '' : 's'}
          {fetchState.result.issuer ? ` for the issuer ${fetchState.result.issuer}` : ''}; it is now in the key box.
        </p>
      ) : (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {fetchState.failure.message}
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
