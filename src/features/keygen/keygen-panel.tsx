import { useId, useRef, useState } from 'react'
import { Panel } from '../../components/panel'
import { CopyButton, buttonClass } from '../../components/copy-button'
import { DownloadButton } from '../../components/download-button'
import type { GeneratedKey, KeygenError } from '../../core/keys/generate-key'
import { err, thrownMessage, type Result } from '../../core/result'
import {
  isRsaAlgorithm,
  keygenAlgorithms,
  keygenKeyKinds,
  rsaModulusLengths,
  type KeygenAlgorithm,
  type RsaModulusLength,
} from '../../core/keys/keygen-algorithms'

// jose loads only when the user asks for a key, keeping it out of the initial bundle.
const loadGenerateKey = () => import('../../core/keys/generate-key')

type KeygenState = { state: 'idle' } | { state: 'generating' } | { state: 'generated'; key: GeneratedKey } | { state: 'failed'; message: string }

interface KeyText {
  label: string
  testId: string
  text: string
  fileName: string
}

const selectClass = 'rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-600 dark:bg-slate-800'
const primaryButtonClass =
  'rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600'

/** Generates a signing key in the browser and shows it in every form a JWT library asks for. */
export function KeygenPanel({ onUseKey }: { onUseKey: (key: GeneratedKey) => void }) {
  const [alg, setAlg] = useState<KeygenAlgorithm>('ES256')
  const [modulusLength, setModulusLength] = useState<RsaModulusLength>(rsaModulusLengths[0])
  const [keygen, setKeygen] = useState<KeygenState>({ state: 'idle' })
  const latestRequest = useRef(0)
  const id = useId()
  const isGenerating = keygen.state === 'generating'

  // Changing the choice abandons a run (an RSA 4096 key can take seconds), so the button is free again.
  const choose = (change: () => void) => {
    change()
    if (!isGenerating) return
    latestRequest.current++
    setKeygen({ state: 'idle' })
  }

  const generate = async () => {
    const request = ++latestRequest.current
    setKeygen({ state: 'generating' })
    const result: Result<GeneratedKey, KeygenError> = await loadGenerateKey()
      .then(({ generateKey }) => generateKey(alg, { modulusLength }))
      // A failed chunk load or a bug: say so rather than leave the button spinning.
      .catch((error: unknown) => err({ code: 'generator-unavailable' as const, message: `The key could not be generated: ${thrownMessage(error)}` }))
    // A slower, older generation must not overwrite a newer one.
    if (request !== latestRequest.current) return
    setKeygen(result.ok ? { state: 'generated', key: result.value } : { state: 'failed', message: result.error.message })
  }

  return (
    <Panel id="keygen" title="Generate a key">
      <div className="space-y-3 px-4 py-3 text-sm">
        <div className="flex flex-wrap items-end gap-3">
          <label htmlFor={`${id}-alg`} className="flex flex-col gap-1 text-xs font-medium">
            Algorithm
            <select id={`${id}-alg`} data-testid="keygen-alg" value={alg} onChange={(event) => choose(() => setAlg(event.target.value as KeygenAlgorithm))} className={selectClass}>
              {keygenAlgorithms.map((value) => (
                <option key={value} value={value}>
                  {value} — {keygenKeyKinds[value]}
                </option>
              ))}
            </select>
          </label>
          {isRsaAlgorithm(alg) ? (
            <label htmlFor={`${id}-rsa-bits`} className="flex flex-col gap-1 text-xs font-medium">
              RSA key size
              <select
                id={`${id}-rsa-bits`}
                data-testid="keygen-rsa-bits"
                value={modulusLength}
                onChange={(event) => choose(() => setModulusLength(Number(event.target.value) as RsaModulusLength))}
                className={selectClass}
              >
                {rsaModulusLengths.map((bits) => (
                  <option key={bits} value={bits}>
                    {bits} bits
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button data-testid="keygen-run" type="button" className={buttonClass} disabled={isGenerating} onClick={() => void generate()}>
            {isGenerating ? 'Generating…' : 'Generate key'}
          </button>
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The key is made by this browser's WebCrypto and never leaves the page. Private keys and secrets shown here are for testing; keep real ones in a
          secrets store.
        </p>
        {keygen.state === 'failed' ? (
          <p role="alert" className="text-red-800 dark:text-red-300">
            {keygen.message}
          </p>
        ) : null}
        {keygen.state === 'generated' ? <GeneratedKeyView generated={keygen.key} onUseKey={onUseKey} /> : null}
      </div>
    </Panel>
  )
}

function GeneratedKeyView({ generated, onUseKey }: { generated: GeneratedKey; onUseKey: (key: GeneratedKey) => void }) {
  const name = generated.alg.toLowerCase()
  const json = (value: unknown) => JSON.stringify(value, null, 2)
  const texts: KeyText[] =
    generated.kind === 'secret'
      ? [
          { label: 'Secret (base64url)', testId: 'keygen-private-pem', text: generated.secret, fileName: `${name}-secret.txt` },
          { label: 'Secret as a JWK (oct)', testId: 'keygen-public-jwk', text: json(generated.jwk), fileName: `${name}.jwk.json` },
        ]
      : [
          { label: 'Private key (PKCS#8 PEM)', testId: 'keygen-private-pem', text: generated.privatePem, fileName: `${name}-private.pem` },
          { label: 'Public key (SPKI PEM)', testId: 'keygen-public-pem', text: generated.publicPem, fileName: `${name}-public.pem` },
          { label: 'Public JWK', testId: 'keygen-public-jwk', text: json(generated.publicJwk), fileName: `${name}-public.jwk.json` },
          { label: 'Private JWK', testId: 'keygen-private-jwk', text: json(generated.privateJwk), fileName: `${name}-private.jwk.json` },
          { label: 'JWK Set (kid = RFC 7638 thumbprint)', testId: 'keygen-jwks', text: json(generated.jwks), fileName: `${name}-jwks.json` },
        ]
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p>
          {generated.kind === 'secret'
            ? `${generated.alg} secret: ${generated.byteLength} random bytes (${generated.byteLength * 8} bits).`
            : `${generated.alg} key pair: ${generated.description}.`}{' '}
          <span className="text-slate-600 dark:text-slate-400">
            kid <code className="break-all">{generated.thumbprint}</code>
          </span>
        </p>
        <button data-testid="keygen-use" type="button" className={primaryButtonClass} onClick={() => onUseKey(generated)}>
          Sign with this key
        </button>
      </div>
      {texts.map((keyText) => (
        <KeyTextBlock key={keyText.testId} {...keyText} />
      ))}
    </div>
  )
}

function KeyTextBlock({ label, testId, text, fileName }: KeyText) {
  return (
    <div className="rounded-md border border-slate-200 dark:border-slate-800">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-3 py-1.5 dark:border-slate-800">
        <h3 className="text-xs font-semibold text-slate-700 dark:text-slate-300">
          {label}
        </h3>
        <div className="flex flex-wrap items-center gap-2">
          <CopyButton text={text} label={`Copy ${label}`} />
          <DownloadButton text={text} fileName={fileName} label={`Download ${label} as ${fileName}`} />
        </div>
      </div>
      <pre
        data-testid={testId}
        // Focusable, so a keyboard can scroll a long key.
        tabIndex={0}
        className="max-h-48 overflow-auto bg-slate-50 px-3 py-2 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap dark:bg-slate-950"
      >
        {text}
      </pre>
    </div>
  )
}
