import { useState } from 'react'
import { Panel } from '../../components/panel'
import { Badge } from '../../components/badge'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { SdJwtParts } from '../../core/sd-jwt/split-sd-jwt'
import type { Disclosure, SdJwtAnalysis } from '../../core/sd-jwt/analyze-sd-jwt'
import { verifyKeyBinding, type KeyBindingStatus } from '../../core/sd-jwt/verify-key-binding'
import { useLatestResult } from '../../hooks/use-latest-result'
import { VerdictBox } from '../../components/verdict-box'
import { formatUtc } from '../../core/claims/time'
import { buttonClass } from '../../components/copy-button'
import { RevealedText } from '../../components/revealed-text'
import { isJsonObject } from '../../core/json/json-value'

/** Disclosures listed before the rest wait for "Show all": enough for any real credential, and few enough to render at once. */
const maxShownDisclosures = 200
const maxListedProblems = 50
const maxNamedPaths = 20

export interface SdJwtPanelProps {
  /** The issuer-signed JWT, decoded. */
  decoded: DecodedToken
  parts: SdJwtParts
  /** Its disclosures matched with their digests: null without a JSON payload, undefined while worked out. */
  analysis: SdJwtAnalysis | null | undefined
}

/** What an SD-JWT discloses, what it keeps hidden, and whether its key binding holds. */
export function SdJwtPanel({ decoded, parts, analysis }: SdJwtPanelProps) {
  const payload = decoded.payload.type === 'json' && isJsonObject(decoded.payload.value) ? decoded.payload.value : null
  // Showing every disclosure is a choice made for this SD-JWT; another token starts with the first ones again.
  const [showingAllOf, setShowingAllOf] = useState<SdJwtParts | null>(null)
  const keyBinding = useLatestResult<KeyBindingStatus | null>(
    payload && parts.keyBindingJwt !== null ? () => verifyKeyBinding(parts, payload) : undefined,
    [payload, parts],
    null,
    (error) => ({ state: 'error', reason: `The key binding could not be checked: ${String(error)}` }),
  )

  if (analysis === undefined) {
    return (
      <Panel id="sd-jwt" title="Selective disclosure (SD-JWT)">
        <p className="px-4 py-3 text-sm" role="status">
          Matching {parts.disclosures.length.toLocaleString('en-US')} disclosures with their digests…
        </p>
      </Panel>
    )
  }
  if (!analysis) {
    return (
      <Panel id="sd-jwt" title="Selective disclosure (SD-JWT)">
        <p className="px-4 py-3 text-sm">The issuer-signed JWT has no JSON payload, so its disclosures cannot be matched.</p>
      </Panel>
    )
  }
  const matched = analysis.disclosures.filter((disclosure) => disclosure.state === 'matched').length
  const problems = [...parts.problems, ...analysis.problems]
  const isShowingAll = showingAllOf === parts
  const shownDisclosures = isShowingAll ? analysis.disclosures : analysis.disclosures.slice(0, maxShownDisclosures)
  const hiddenDisclosures = analysis.disclosures.length - shownDisclosures.length
  return (
    <Panel
      id="sd-jwt"
      title="Selective disclosure (SD-JWT)"
      actions={
        <>
          <Badge tone={matched === analysis.disclosures.length ? 'good' : 'warning'}>
            {matched} of {analysis.disclosures.length} disclosed
          </Badge>
          <Badge tone="neutral">{analysis.hiddenCount} hidden</Badge>
        </>
      }
    >
      <div className="space-y-4 px-4 py-3 text-sm">
        <p className="text-slate-700 dark:text-slate-300">
          The issuer signed digests of the claims below ({analysis.hashAlg}); the holder reveals a claim by sending its disclosure. {analysis.hiddenCount}{' '}
          {analysis.hiddenCount === 1 ? 'digest has' : 'digests have'} no disclosure here: claims kept hidden, or decoys that hide how many there are.
        </p>
        {problems.length > 0 ? (
          <ul role="alert" data-testid="sd-jwt-problems" className="list-disc space-y-1 rounded-md border border-red-300 bg-red-50 py-2 pr-3 pl-7 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
            {problems.slice(0, maxListedProblems).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
            {problems.length > maxListedProblems ? <li>And {(problems.length - maxListedProblems).toLocaleString('en-US')} more problems of these kinds.</li> : null}
          </ul>
        ) : null}
        {parts.keyBindingJwt !== null ? <KeyBinding status={keyBinding.value} isPending={keyBinding.isPending} /> : <p>No key-binding JWT is attached: anyone holding this SD-JWT can present it.</p>}
        <section>
          <h3 className="font-semibold">Disclosures</h3>
          {analysis.disclosures.length === 0 ? <p className="mt-1">None: every selectively disclosable claim stays hidden.</p> : null}
          <ol className="mt-2 space-y-2">
            {shownDisclosures.map((disclosure) => (
              <DisclosureItem key={disclosure.index} disclosure={disclosure} />
            ))}
          </ol>
          {hiddenDisclosures > 0 ? (
            <p data-testid="disclosures-hidden" className="mt-2 flex flex-wrap items-center gap-2">
              <span>
                The first {maxShownDisclosures.toLocaleString('en-US')} of {analysis.disclosures.length.toLocaleString('en-US')} disclosures are listed; the other{' '}
                {hiddenDisclosures.toLocaleString('en-US')} are hidden here, so that the page stays quick. They are all counted and matched above.
              </span>
              <button type="button" className={buttonClass} onClick={() => setShowingAllOf(parts)}>
                Show all {analysis.disclosures.length.toLocaleString('en-US')}
              </button>
            </p>
          ) : null}
        </section>
        <section>
          <h3 className="font-semibold">The claims, as the verifier sees them</h3>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            The payload with each disclosed claim put in place of its digest{analysis.disclosed.length > 0 ? `: ${describeDisclosedPaths(analysis.disclosed)}` : ''}.
          </p>
          <pre data-testid="sd-jwt-claims" tabIndex={0} className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 px-3 py-2 font-mono text-xs dark:bg-slate-950">
            {JSON.stringify(analysis.claims, null, 2)}
          </pre>
        </section>
      </div>
    </Panel>
  )
}

function DisclosureItem({ disclosure }: { disclosure: Disclosure }) {
  const isMatched = disclosure.state === 'matched'
  return (
    <li
      data-testid="disclosure"
      data-name={disclosure.name ?? ''}
      data-state={disclosure.state}
      className={`rounded-md border px-3 py-2 ${isMatched ? 'border-slate-200 dark:border-slate-700' : 'border-red-300 dark:border-red-800'}`}
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <span className="token-part-disclosure font-mono text-xs">#{disclosure.index + 1}</span>
        <strong className="font-mono">{disclosure.name === undefined ? 'array element' : <RevealedText text={disclosure.name} />}</strong>
        {disclosure.path ? <span className="text-xs text-slate-600 dark:text-slate-400">at {pathText(disclosure.path)}</span> : null}
        <Badge tone={isMatched ? 'good' : 'bad'}>{isMatched ? 'matched' : 'not in the payload'}</Badge>
      </div>
      {disclosure.value !== undefined ? <pre className="mt-1 font-mono text-xs break-all whitespace-pre-wrap">
          <RevealedText text={JSON.stringify(disclosure.value)} />
        </pre> : null}
      <p className="mt-1 font-mono text-[0.7rem] break-all text-slate-600 dark:text-slate-400">
        salt {disclosure.salt ?? '?'} · digest {disclosure.digest ?? 'not computed'}
      </p>
      {disclosure.problems.map((problem) => (
        <p key={problem} className="mt-1 text-red-800 dark:text-red-300">
          {problem}
        </p>
      ))}
    </li>
  )
}

function KeyBinding({ status, isPending }: { status: KeyBindingStatus | null; isPending: boolean }) {
  if (!status) return <p>Checking the key binding…</p>
  const title = status.state === 'valid' ? 'Key binding verified' : status.state === 'invalid' ? 'Key binding does not hold' : 'Key binding cannot be checked'
  return (
    <VerdictBox testId="key-binding-status" state={status.state} tone={status.state === 'valid' ? 'good' : status.state === 'invalid' ? 'bad' : 'warning'} title={title} isBusy={isPending}>
      <p>{status.reason}</p>
      {status.state !== 'error' ? (
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 font-mono text-xs">
          <dt>nonce</dt>
          <dd className="break-all">{JSON.stringify(status.nonce ?? null)}</dd>
          <dt>aud</dt>
          <dd className="break-all">{JSON.stringify(status.aud ?? null)}</dd>
          <dt>iat</dt>
          <dd>{status.iat === undefined ? 'missing' : `${status.iat} (${formatUtc(status.iat)})`}</dd>
        </dl>
      ) : null}
    </VerdictBox>
  )
}

/** The paths disclosed, the first few by name: a list of forty thousand helps nobody. */
function describeDisclosedPaths(disclosed: Array<{ path: Array<string | number> }>): string {
  const named = disclosed.slice(0, maxNamedPaths).map(({ path }) => pathText(path)).join(', ')
  return disclosed.length > maxNamedPaths ? `${named} and ${(disclosed.length - maxNamedPaths).toLocaleString('en-US')} more` : named
}

function pathText(path: Array<string | number>): string {
  return path.map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`)).join('')
}

