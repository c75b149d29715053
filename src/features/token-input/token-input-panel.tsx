import { useState } from 'react'
import { Panel } from '../../components/panel'
import { CopyButton, buttonClass } from '../../components/copy-button'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { SdJwtParts } from '../../core/sd-jwt/split-sd-jwt'
import { TokenEditor } from './token-editor'
import { buildShareLink } from './share-link'
import { exampleSecret, exampleToken } from './example-token'

export interface TokenInputPanelProps {
  token: string
  onTokenChange: (token: string) => void
  decoded: DecodedToken | null
  decodedText: string
  /** For an SD-JWT, its parts; `decoded` is then its issuer-signed JWT. */
  sdJwt: SdJwtParts | null
  /** Puts the example's secret in the key box. */
  onUseExampleSecret: () => void
  /** Starts a token from a template, to edit and sign. */
  onNewToken: () => void
  /** What the last edit of the header or payload did to the token. */
  buildStatus?: React.ReactNode
}

export function TokenInputPanel({ token, onTokenChange, decoded, decodedText, sdJwt, onUseExampleSecret, onNewToken, buildStatus }: TokenInputPanelProps) {
  const [shared, setShared] = useState<{ token: string; link: string } | null>(null)
  const isExample = token === exampleToken
  const tokenToShare = decoded?.serialization === 'compact' && !sdJwt ? decoded.input.token : token.trim()
  // A link made for an earlier token would share the wrong one.
  const shareLink = shared?.token === tokenToShare ? shared.link : null

  const share = async () => {
    const link = buildShareLink(tokenToShare)
    setShared({ token: tokenToShare, link })
    await navigator.clipboard?.writeText(link).catch(() => undefined)
  }

  return (
    <Panel
      id="encoded"
      title="Encoded token"
      actions={
        <>
          {!isExample ? (
            <button type="button" className={buttonClass} onClick={() => onTokenChange(exampleToken)}>
              Load example
            </button>
          ) : null}
          <button type="button" className={buttonClass} onClick={onNewToken}>
            New token
          </button>
          <CopyButton text={tokenToShare} label="Copy token" />
          <button type="button" className={buttonClass} onClick={share} disabled={token.trim() === ''}>
            Share link
          </button>
          <button type="button" className={buttonClass} onClick={() => onTokenChange('')} disabled={token === ''}>
            Clear
          </button>
        </>
      }
    >
      <TokenEditor value={token} onChange={onTokenChange} decoded={decoded} decodedText={decodedText} sdJwt={sdJwt} />
      <div className="space-y-2 border-t border-slate-200 px-4 py-3 text-sm empty:hidden dark:border-slate-800">
        {buildStatus}
        {decoded && decoded.input.stripped.length > 0 ? (
          <p data-testid="stripped-note" className="text-slate-600 dark:text-slate-400">
            Removed before decoding: {joinWords(decoded.input.stripped)}.
          </p>
        ) : null}
        {isExample ? (
          <p className="text-slate-600 dark:text-slate-400">
            This is an example: an OpenID Connect ID token signed with HS256. Replace it with your own token; it stays in this tab. Its secret is{' '}
            <code className="font-mono text-xs break-all">{exampleSecret}</code>:{' '}
            <button type="button" className="font-medium text-sky-700 underline dark:text-sky-400" onClick={onUseExampleSecret}>
              verify it with that secret
            </button>
            .
          </p>
        ) : null}
        {shareLink ? (
          <div className="space-y-1">
            <label htmlFor="share-link" className="block text-xs font-medium text-slate-700 dark:text-slate-300">
              Share link (copied to the clipboard). Anyone with it can read the token; it is kept after the # so it never reaches a server.
            </label>
            <input
              id="share-link"
              readOnly
              value={shareLink}
              onFocus={(event) => event.currentTarget.select()}
              className="w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
            />
          </div>
        ) : null}
      </div>
    </Panel>
  )
}

function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
