import { useDeferredValue, useMemo } from 'react'
import { createFileRoute } from '@tanstack/react-router'
import { decodeToken, openDecrypted } from '../core/token/decode-token'
import { parseKeyText } from '../core/keys/parse-key-text'
import { TokenInputPanel } from '../features/token-input/token-input-panel'
import { exampleSecret, exampleToken } from '../features/token-input/example-token'
import { DecodeSummary } from '../features/decoded-token/decode-summary'
import { HeaderPanel } from '../features/decoded-token/header-panel'
import { PayloadPanel } from '../features/decoded-token/payload-panel'
import { SignaturePanel } from '../features/decoded-token/signature-panel'
import { NestedToken } from '../features/decoded-token/nested-token'
import { ExpiryPanel } from '../features/expiry/expiry-panel'
import { useKeptState } from '../hooks/use-kept-state'
import { KeyPanel } from '../features/signature/key-panel'
import { DecryptPanel } from '../features/signature/decrypt-panel'
import { useDecryption } from '../features/signature/use-decryption'
import { emptyKeyInputs } from '../features/signature/key-inputs'
import { ClaimsCheckPanel } from '../features/claims-check/claims-check-panel'

interface DebuggerSearch {
  token?: string
}

export const Route = createFileRoute('/')({
  // The router parses search values as JSON where it can, so a JSON-serialized token arrives as an object.
  validateSearch: (search: Record<string, unknown>): DebuggerSearch =>
    search.token === undefined ? {} : { token: typeof search.token === 'string' ? search.token : JSON.stringify(search.token) },
  component: DebuggerPage,
})

function DebuggerPage() {
  const { token: linkedToken } = Route.useSearch()
  const { memory } = Route.useRouteContext()
  const [token, setToken] = useKeptState(memory, 'debugger.token', () => linkedToken ?? exampleToken)
  // A newly opened link brings its token; a link without one leaves the current token alone.
  const [seenLinkedToken, setSeenLinkedToken] = useKeptState(memory, 'debugger.linkedToken', () => linkedToken)
  if (linkedToken !== seenLinkedToken) {
    setSeenLinkedToken(linkedToken)
    if (linkedToken !== undefined) setToken(linkedToken)
  }

  const [keyInputs, setKeyInputs] = useKeptState(memory, 'debugger.keyInputs', () => emptyKeyInputs)
  const [innerKeyInputs, setInnerKeyInputs] = useKeptState(memory, 'debugger.innerKeyInputs', () => emptyKeyInputs)

  // Typing stays responsive on huge tokens: decoding follows the text at the pace React can render.
  const decodedText = useDeferredValue(token)
  const decoded = useMemo(() => decodeToken(decodedText), [decodedText])
  const keyMaterial = useMemo(() => parseKeyText(keyInputs.keyText), [keyInputs.keyText])
  const decryption = useDecryption(decoded, keyMaterial, keyInputs.encoding)
  const plaintext = decryption.status.state === 'decrypted' ? decryption.status.plaintext : null
  // A decrypted JWE shows its plaintext as the payload; a signed token inside is checked on its own.
  const opened = useMemo(() => (decoded && plaintext ? openDecrypted(decoded, plaintext) : decoded), [decoded, plaintext])
  const innerToken = opened?.kind === 'jwe' && opened.nested && opened.nested.kind !== 'jwe' ? opened.nested : null
  const readable = innerToken ?? opened
  const claims = readable?.payload.type === 'json' ? readable.payload.value : undefined

  return (
    <main className="mx-auto grid max-w-screen-2xl gap-6 px-4 py-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <h1 className="sr-only">JWT debugger</h1>
      <div className="min-w-0 space-y-4">
        <TokenInputPanel
          token={token}
          onTokenChange={setToken}
          decoded={decoded}
          decodedText={decodedText}
          onUseExampleSecret={() => setKeyInputs({ ...keyInputs, keyText: exampleSecret, encoding: 'utf8' })}
        />
        {decoded?.kind === 'jwe' ? (
          <>
            <DecryptPanel inputs={keyInputs} onInputsChange={setKeyInputs} material={keyMaterial} decryption={decryption} hasInnerToken={innerToken !== null} />
            {innerToken ? (
              <KeyPanel decoded={innerToken} inputs={innerKeyInputs} onInputsChange={setInnerKeyInputs} title="Verify the inner token's signature" keyTestId="inner-key-input" />
            ) : null}
          </>
        ) : decoded ? (
          <KeyPanel decoded={decoded} inputs={keyInputs} onInputsChange={setKeyInputs} />
        ) : null}
        {readable?.payload.type === 'json' ? <ClaimsCheckPanel payload={claims} /> : null}
      </div>
      <div className="min-w-0 space-y-4">
        {decoded ? (
          <>
            <DecodeSummary decoded={decoded} />
            {decoded.payload.type === 'json' || decoded.kind !== 'invalid' ? <ExpiryPanel payload={claims} isEncrypted={readable?.payload.type === 'encrypted'} /> : null}
            <HeaderPanel decoded={decoded} />
            <PayloadPanel decoded={opened ?? decoded} />
            {opened?.nested ? <NestedToken decoded={opened.nested} /> : null}
            <SignaturePanel decoded={decoded} />
          </>
        ) : (
          <EmptyState onExample={() => setToken(exampleToken)} />
        )}
      </div>
    </main>
  )
}

function EmptyState({ onExample }: { onExample: () => void }) {
  return (
    <section className="rounded-xl border-2 border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">Paste a token to take it apart</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600 dark:text-slate-400">
        A JWT, a JWE, a JWS in JSON form, or a whole <code>Authorization: Bearer …</code> line. It is decoded here, in your
        browser, and never sent anywhere.
      </p>
      <button
        type="button"
        onClick={onExample}
        className="mt-4 rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      >
        Load an example token
      </button>
    </section>
  )
}
