import { useState } from 'react'
import type { JsonObject } from '../../core/json/scan-json'
import type { CarriedKeys as Carried, ChainEntry } from '../../core/keys/embedded-keys'
import { formatUtc } from '../../core/claims/time'
import { buttonClass } from '../../components/copy-button'
import { useLatestResult } from '../../hooks/use-latest-result'
import { useNowSeconds } from '../../hooks/use-now'
import { thrownMessage } from '../../core/result'
import { isJsonObject } from '../../core/json/json-value'

const sourceNames = { jwk: 'its "jwk" header (a public key)', x5c: 'its "x5c" header (a certificate chain)' } as const

// Certificate parsing loads only for tokens that carry a key.
const loadEmbeddedKeys = () => import('../../core/keys/embedded-keys')

/** The keys a header carries, described, and usable only after a clear warning. Rendered only for a header that carries one. */
export function CarriedKeys({ header, onUseKey }: { header: JsonObject; onUseKey: (keyText: string) => void }) {
  const carried = useLatestResult(
    () => loadEmbeddedKeys().then(({ readCarriedKeys }) => readCarriedKeys(header)),
    [header],
    null,
    (error): Carried => ({ texts: {}, chain: [{ ok: false, problem: `The keys in the header could not be read: ${thrownMessage(error)}` }] }),
  )
  const [confirming, setConfirming] = useState<keyof Carried['texts'] | null>(null)
  if (!carried.value) return null
  const { texts, chain } = carried.value
  const sources = (Object.keys(texts) as Array<keyof typeof texts>).filter((source) => texts[source])

  return (
    <section aria-label="Keys carried by the token" data-testid="carried-keys" className="space-y-2 rounded-lg border border-amber-300 p-3 text-sm dark:border-amber-800">
      <p className="font-semibold">
        The token carries its own key in {(['jwk', 'x5c'] as const).filter((name) => header[name] !== undefined).map((name) => sourceNames[name]).join(' and ')}.
      </p>
      <p className="text-slate-700 dark:text-slate-300">
        A key inside the token proves nothing on its own: anyone can make a key pair, sign a forged token and attach the public key. Verify against a key you
        got from the issuer instead, or compare this key's thumbprint or certificate with one you trust.
      </p>
      {isJsonObject(header.jwk) ? <CarriedJwk jwk={header.jwk} /> : null}
      {chain ? <CertificateChain chain={chain} /> : null}
      {confirming ? (
        <div role="alertdialog" aria-label="Use the token's own key?" className="space-y-2 rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          <p>
            Checking a token with the key it brings only shows that it is internally consistent. A verifier that does this accepts any forged token (the
            embedded-key attack, CVE-2018-0114). Continue only to inspect the token.
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass}
              onClick={() => {
                onUseKey(texts[confirming]!)
                setConfirming(null)
              }}
            >
              Put the token's {confirming === 'jwk' ? 'JWK' : 'certificate'} in the key box
            </button>
            <button type="button" className={buttonClass} onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {sources.map((source) => (
            <button key={source} type="button" className={buttonClass} onClick={() => setConfirming(source)}>
              Check with the token's own {source === 'jwk' ? 'JWK' : 'certificate'}…
            </button>
          ))}
        </div>
      )}
    </section>
  )
}

function CarriedJwk({ jwk }: { jwk: JsonObject }) {
  const facts = ['kty', 'crv', 'alg', 'kid', 'use'].flatMap((name) => {
    const value = jwk[name]
    return typeof value === 'string' ? [`${name} ${value}`] : []
  })
  const hasPrivateKey = typeof jwk.d === 'string'
  return (
    <div>
      <p>
        <span className="font-medium">jwk:</span> {facts.join(', ') || 'no key type'}
      </p>
      {hasPrivateKey ? (
        <p className="font-semibold text-red-800 dark:text-red-300">This JWK includes its private key ("d"): whoever made the token has published the key that signs it.</p>
      ) : null}
    </div>
  )
}

function CertificateChain({ chain }: { chain: ChainEntry[] }) {
  const nowSeconds = useNowSeconds(60_000)
  return (
    <ol className="space-y-2" aria-label="Certificate chain (x5c)">
      {chain.map((entry, index) => (
        <li key={index} data-testid="x5c-certificate" className="rounded-md bg-slate-50 p-2 text-xs dark:bg-slate-800">
          {entry.ok ? (
            <dl className="grid grid-cols-[6rem_minmax(0,1fr)] gap-x-2 gap-y-0.5">
              <dt className="font-medium">{index === 0 ? 'Signer' : `Issuer ${index}`}</dt>
              <dd className="break-words">{entry.certificate.subject}</dd>
              <dt className="font-medium">Issued by</dt>
              <dd className="break-words">{entry.certificate.isSelfIssued ? 'itself (self-issued)' : entry.certificate.issuer}</dd>
              <dt className="font-medium">Valid</dt>
              <dd>
                {formatUtc(entry.certificate.notBeforeSeconds)} to {formatUtc(entry.certificate.notAfterSeconds)}
                {nowSeconds > entry.certificate.notAfterSeconds ? <strong className="text-red-800 dark:text-red-300"> (expired)</strong> : null}
                {nowSeconds < entry.certificate.notBeforeSeconds ? <strong className="text-amber-800 dark:text-amber-300"> (not yet valid)</strong> : null}
              </dd>
              <dt className="font-medium">SHA-256</dt>
              <dd className="font-mono break-all">{entry.fingerprint}</dd>
            </dl>
          ) : (
            <p className="text-red-800 dark:text-red-300">{entry.problem}</p>
          )}
        </li>
      ))}
    </ol>
  )
}
