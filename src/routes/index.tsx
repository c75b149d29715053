import { Suspense, lazy, useDeferredValue, useMemo } from 'react'
import { createFileRoute } from '@tanstack/react-router'
import { decodeToken, openDecrypted } from '../core/token/decode-token'
import { splitSdJwt } from '../core/sd-jwt/split-sd-jwt'
import { useDisclosedClaims } from '../features/sd-jwt/use-disclosed-claims'
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
import { useAfterFirstPaint } from '../hooks/use-after-first-paint'
import { KeyPanel } from '../features/signature/key-panel'
import { DecryptPanel } from '../features/signature/decrypt-panel'
import { useDecryption } from '../features/signature/use-decryption'
import { emptyKeyInputs } from '../features/signature/key-inputs'
import { useTokenBuilder } from '../features/token-builder/use-token-builder'
import { BuildStatus } from '../features/token-builder/build-status'
import { AlgorithmPicker } from '../features/token-builder/algorithm-picker'
import { SigningKeyField } from '../features/token-builder/signing-key-field'
import { newTokenTexts } from '../features/token-builder/new-token'
import { FindingsPanel } from '../features/findings/findings-panel'
import { lessonForRule } from '../features/lessons/catalog'
import { LessonBanner } from '../features/lessons/lesson-banner'
import type { GeneratedKey } from '../core/keys/generate-key'
import { setMember } from '../core/json/set-member'
import { scanJson, type JsonObject, type JsonValue } from '../core/json/scan-json'

// Below the fold, and wanted by fewer people: their code loads after the token is on screen.
const CrackPanel = lazy(() => import('../features/cracker/crack-panel').then((module) => ({ default: module.CrackPanel })))
const AttackLabPanel = lazy(() => import('../features/attack-lab/attack-lab-panel').then((module) => ({ default: module.AttackLabPanel })))
const ClaimsCheckPanel = lazy(() => import('../features/claims-check/claims-check-panel').then((module) => ({ default: module.ClaimsCheckPanel })))
const ClaimTools = lazy(() => import('../features/token-builder/claim-tools').then((module) => ({ default: module.ClaimTools })))
const SdJwtPanel = lazy(() => import('../features/sd-jwt/sd-jwt-panel').then((module) => ({ default: module.SdJwtPanel })))
const SdJwtBuilder = lazy(() => import('../features/sd-jwt/sd-jwt-builder').then((module) => ({ default: module.SdJwtBuilder })))
const HistoryPanel = lazy(() => import('../features/history/history-panel').then((module) => ({ default: module.HistoryPanel })))
const KeygenPanel = lazy(() => import('../features/keygen/keygen-panel').then((module) => ({ default: module.KeygenPanel })))

/** Characters above which decoding waits for React's spare time; below, it costs a few milliseconds. */
const deferDecodingAboveLength = 32 * 1024

interface DebuggerSearch {
  token?: string
  /** The lesson the token was opened from, for a way back. */
  lesson?: string
}

export const Route = createFileRoute('/')({
  // The router parses search values as JSON where it can, so a JSON-serialized token arrives as an object.
  validateSearch: (search: Record<string, unknown>): DebuggerSearch => ({
    ...(search.token === undefined ? {} : { token: typeof search.token === 'string' ? search.token : JSON.stringify(search.token) }),
    ...(typeof search.lesson === 'string' ? { lesson: search.lesson } : {}),
  }),
  component: DebuggerPage,
})

function DebuggerPage() {
  const { token: linkedToken, lesson: fromLesson } = Route.useSearch()
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
  // A token of usual size decodes in the same render as the keystroke, so both paint in one frame.
  const deferredToken = useDeferredValue(token)
  const decodedText = token.length <= deferDecodingAboveLength ? token : deferredToken
  // An SD-JWT is its issuer-signed JWT, decoded and verified as any token, plus disclosures.
  const sdJwt = useMemo(() => splitSdJwt(decodedText), [decodedText])
  const decoded = useMemo(() => decodeToken(sdJwt ? sdJwt.issuerJwt : decodedText), [decodedText, sdJwt])
  const keyMaterial = useMemo(() => parseKeyText(keyInputs.keyText), [keyInputs.keyText])
  const decryption = useDecryption(decoded, keyMaterial, keyInputs.encoding)
  const plaintext = decryption.status.state === 'decrypted' ? decryption.status.plaintext : null
  // A decrypted JWE shows its plaintext as the payload; a signed token inside is checked on its own.
  const opened = useMemo(() => (decoded && plaintext ? openDecrypted(decoded, plaintext) : decoded), [decoded, plaintext])
  const innerToken = opened?.kind === 'jwe' && opened.nested && opened.nested.kind !== 'jwe' ? opened.nested : null
  const readable = innerToken ?? opened
  const disclosedClaims = useDisclosedClaims(decoded, sdJwt)
  const claims = disclosedClaims ?? (readable?.payload.type === 'json' ? readable.payload.value : undefined)

  const isPainted = useAfterFirstPaint()
  const builder = useTokenBuilder({ token, onTokenChange: setToken, decoded, material: keyMaterial, encoding: keyInputs.encoding, memory })
  const { headerText, payloadText, editHeader, editPayload } = builder
  // Editing an SD-JWT's issuer JWT here would drop its disclosures: it is shown read-only.
  const canEdit = builder.canEdit && !sdJwt
  const headerEditor = canEdit
    ? {
        text: headerText,
        onChange: editHeader,
        ...(builder.headerError ? { error: builder.headerError } : {}),
        actions: <AlgorithmPicker headerText={headerText} onAlgorithmChange={(alg) => editHeader(setMember(headerText, 'alg', JSON.stringify(alg)))} />,
        tools: <SigningKeyField keyText={keyInputs.keyText} onKeyTextChange={(keyText) => setKeyInputs({ ...keyInputs, keyText })} />,
      }
    : undefined
  const payloadEditor = canEdit
    ? {
        text: payloadText,
        onChange: editPayload,
        ...(builder.payloadError ? { error: builder.payloadError } : {}),
        tools: isPainted ? (
          <Suspense fallback={null}>
            <ClaimTools payloadText={payloadText} onPayloadChange={editPayload} />
          </Suspense>
        ) : null,
      }
    : undefined
  const startNewToken = () => {
    const texts = newTokenTexts(Math.floor(Date.now() / 1000))
    builder.startToken(texts.header, texts.payload)
  }
  // A generated key goes into the key box and signs the token, whose header names it.
  const signWithGeneratedKey = (key: GeneratedKey) => {
    const inputs = key.kind === 'secret' ? { ...keyInputs, keyText: key.secret, encoding: 'base64url' as const } : { ...keyInputs, keyText: key.privatePem }
    setKeyInputs(inputs)
    const newKey = { material: parseKeyText(inputs.keyText), encoding: inputs.encoding }
    const header = scanJson(headerText)
    if (canEdit && header.ok && typeof header.value === 'object' && header.value !== null && !Array.isArray(header.value)) {
      builder.editHeader(setMember(setMember(headerText, 'alg', JSON.stringify(key.alg)), 'kid', JSON.stringify(key.thumbprint)), newKey)
    } else {
      const texts = newTokenTexts(Math.floor(Date.now() / 1000), key.alg, key.thumbprint)
      builder.startToken(texts.header, texts.payload, newKey)
    }
  }

  // On phones the two columns dissolve into one list of panels, so the key generator can go last.
  return (
    <>
      {fromLesson ? <LessonBanner slug={fromLesson} /> : null}
      <main className="mx-auto grid max-w-screen-2xl gap-4 px-4 py-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:gap-6">
        <h1 className="sr-only">JWT debugger</h1>
        <div className="contents *:min-w-0 lg:block lg:min-w-0 lg:space-y-4">
          <TokenInputPanel
            token={token}
            onTokenChange={setToken}
            decoded={decoded}
            decodedText={decodedText}
            sdJwt={sdJwt}
            onUseExampleSecret={() => setKeyInputs({ ...keyInputs, keyText: exampleSecret, encoding: 'utf8' })}
            onNewToken={() => startNewToken()}
            buildStatus={builder.result ? <BuildStatus result={builder.result} onAcceptUnsecured={builder.acceptUnsecured} /> : null}
          />
          {decoded ? (
            <FindingsPanel decoded={decoded} claims={isClaimsSet(claims) ? claims : null} material={keyMaterial} encoding={keyInputs.encoding} lessonFor={lessonForRule} />
          ) : null}
          {decoded?.kind === 'jwe' ? (
            <>
              <DecryptPanel inputs={keyInputs} onInputsChange={setKeyInputs} material={keyMaterial} decryption={decryption} hasInnerToken={innerToken !== null} />
              {innerToken ? (
                <KeyPanel decoded={innerToken} inputs={innerKeyInputs} onInputsChange={setInnerKeyInputs} title="Verify the inner token's signature" keyTestId="inner-key-input" />
              ) : null}
            </>
          ) : decoded ? (
            <>
              <KeyPanel decoded={decoded} inputs={keyInputs} onInputsChange={setKeyInputs} />
              {isPainted ? (
                <Suspense fallback={null}>
                  <CrackPanel decoded={decoded} onFound={(secret) => setKeyInputs({ ...keyInputs, keyText: secret, encoding: 'utf8' })} />
                </Suspense>
              ) : null}
            </>
          ) : null}
          {isPainted && readable?.payload.type === 'json' ? (
            <Suspense fallback={null}>
              <ClaimsCheckPanel payload={claims} />
            </Suspense>
          ) : null}
          {isPainted ? (
            <div className="order-last space-y-4 lg:order-none">
              <Suspense fallback={null}>
                {decoded && decoded.kind !== 'jwe' && !sdJwt ? <AttackLabPanel decoded={decoded} keyText={keyInputs.keyText} onOpenToken={setToken} /> : null}
                {decoded?.kind === 'jws' && decoded.serialization === 'compact' && !sdJwt ? (
                  <SdJwtBuilder decoded={decoded} material={keyMaterial} encoding={keyInputs.encoding} onTokenChange={setToken} />
                ) : null}
                <KeygenPanel onUseKey={signWithGeneratedKey} />
                <HistoryPanel token={decoded && decoded.kind !== 'invalid' ? token.trim() : null} onOpenToken={setToken} />
              </Suspense>
            </div>
          ) : null}
        </div>
        <div className="contents *:min-w-0 lg:block lg:min-w-0 lg:space-y-4">
          {decoded ? (
            <>
              <DecodeSummary decoded={decoded} isSdJwt={sdJwt !== null} />
              {sdJwt ? (
                <Suspense fallback={null}>
                  <SdJwtPanel decoded={decoded} parts={sdJwt} />
                </Suspense>
              ) : null}
              {decoded.payload.type === 'json' || decoded.kind !== 'invalid' ? <ExpiryPanel payload={claims} isEncrypted={readable?.payload.type === 'encrypted'} /> : null}
              <HeaderPanel decoded={decoded} {...(headerEditor ? { editor: headerEditor } : {})} />
              <PayloadPanel decoded={opened ?? decoded} {...(payloadEditor ? { editor: payloadEditor } : {})} />
              {opened?.nested ? <NestedToken decoded={opened.nested} /> : null}
              <SignaturePanel decoded={decoded} />
            </>
          ) : (
            <EmptyState onExample={() => setToken(exampleToken)} onNewToken={() => startNewToken()} />
          )}
        </div>
      </main>
    </>
  )
}

function isClaimsSet(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function EmptyState({ onExample, onNewToken }: { onExample: () => void; onNewToken: () => void }) {
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
      </button>{' '}
      <button
        type="button"
        onClick={onNewToken}
        className="mt-4 rounded-md border border-sky-700 px-3 py-1.5 text-sm font-semibold text-sky-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-sky-400 dark:text-sky-300 dark:hover:bg-slate-800"
      >
        Build a new token
      </button>
    </section>
  )
}
