// The compare tool: a second token beside the one in the token box, and what differs between them,
// member by member and in words. The second token lives in the session, so it outlives the tool.
import { useMemo } from 'react'
import { Panel } from '../../components/panel'
import { buttonClass } from '../../components/copy-button'
import { CodeEditor } from '../../editor/code-editor'
import { compareTokens } from '../../core/compare/compare-tokens'
import { readTokenSide, type TokenSide } from '../../core/compare/token-side'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { SdJwtParts } from '../../core/sd-jwt/split-sd-jwt'
import type { SecretEncoding } from '../../core/keys/decode-secret'
import type { KeyMaterial } from '../../core/keys/parse-key-text'
import { useFollowingValue } from '../../hooks/use-following-value'
import { DiffSection } from './diff-section'
import { CompareFacts } from './compare-facts'
import { CompareEmptyState } from './compare-empty-state'

export interface ComparePanelProps {
  /** The token in the token box, as the debugger reads it (an SD-JWT's issuer-signed JWT). */
  firstDecoded: DecodedToken
  /** The token box's SD-JWT, split; null for other tokens. */
  firstSdJwt: SdJwtParts | null
  /** The token box's text, which Swap moves to the compare box. */
  firstText: string
  /** The compare box's text. */
  comparison: string
  onComparisonChange: (text: string) => void
  /** Puts the second token in the token box and the first in the compare box. */
  onSwap: () => void
  keyMaterial: KeyMaterial
  encoding: SecretEncoding
}

export function ComparePanel({ firstDecoded, firstSdJwt, firstText, comparison, onComparisonChange, onSwap, keyMaterial, encoding }: ComparePanelProps) {
  // A second token of megabytes is read once typing pauses, as the token box reads the first.
  const comparedText = useFollowingValue(comparison)
  const first = useMemo<TokenSide>(
    () => ({ decoded: firstDecoded, disclosureCount: firstSdJwt ? firstSdJwt.disclosures.length : null, token: firstSdJwt ? firstSdJwt.input.token : firstDecoded.input.token }),
    [firstDecoded, firstSdJwt],
  )
  const second = useMemo(() => readTokenSide(comparedText), [comparedText])
  const result = useMemo(() => compareTokens(first, second), [first, second])
  const isEmpty = comparison.trim() === ''
  const isReading = comparedText !== comparison

  return (
    <Panel
      id="compare"
      title="Compare"
      actions={
        <>
          <button type="button" className={buttonClass} onClick={onSwap} disabled={isEmpty} title="Put the second token in the token box, and the first one here">
            Swap
          </button>
          <button type="button" className={buttonClass} onClick={() => onComparisonChange('')} disabled={comparison === ''}>
            Clear
          </button>
        </>
      }
    >
      <div className="space-y-3 px-4 py-3 text-sm">
        <div className="space-y-1">
          <span className="block font-medium">
            Second token
          </span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">
            Differences read from the token in the token box to this one. A <code>Bearer</code> prefix, quotes and whitespace are ignored.
          </span>
          {/* The same editor as the token box: a textarea lays out a pasted megabyte token for seconds. */}
          <CodeEditor
            value={comparison}
            onChange={onComparisonChange}
            label="Second token"
            testId="compare-input"
            placeholder="Paste the second token…"
            className="rounded-md border border-slate-300 font-mono text-xs focus-within:outline-2 focus-within:-outline-offset-1 focus-within:outline-sky-600 [--editor-max-height:12rem] dark:border-slate-600"
          />
        </div>
        {isEmpty ? (
          <CompareEmptyState current={firstText} onPick={onComparisonChange} />
        ) : (
          <div aria-busy={isReading} className={`space-y-3 transition-opacity ${isReading ? 'opacity-60' : ''}`}>
            {isReading ? <p role="status">Reading the second token…</p> : null}
            {result.state === 'incomplete' ? (
              <ul data-testid="compare-problems" className="space-y-1">
                {result.problems.map((problem) => (
                  <li key={problem.side} role={problem.kind === 'undecodable' ? 'alert' : undefined} data-side={problem.side} className={problem.kind === 'undecodable' ? problemClass : 'text-slate-700 dark:text-slate-300'}>
                    {problem.message}
                  </li>
                ))}
              </ul>
            ) : (
              <>
                <CompareFacts comparison={result} first={first} second={second} keyMaterial={keyMaterial} encoding={encoding} />
                <div className="grid gap-3 lg:grid-cols-2">
                  <DiffSection title="Header" comparison={result.header} />
                  <DiffSection title="Payload" comparison={result.payload} />
                </div>
              </>
            )}
          </div>
        )}
      </div>
    </Panel>
  )
}

const problemClass = 'rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100'
