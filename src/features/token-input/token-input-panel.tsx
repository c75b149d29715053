import { useEffect, useRef, useState } from 'react'
import { Panel } from '../../components/panel'
import { CopyButton, buttonClass } from '../../components/copy-button'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { SdJwtParts } from '../../core/sd-jwt/split-sd-jwt'
import type { LoadedToken } from '../../core/workspace/session'
import { TokenEditor } from './token-editor'
import { buildShareLink } from './share-link'
import { exampleSecret } from './example-token'
import { joinWords } from '../../core/text/words'

export interface TokenInputPanelProps {
  token: string
  onTokenChange: (token: string) => void
  decoded: DecodedToken | null
  decodedText: string
  /** For an SD-JWT, its parts; `decoded` is then its issuer-signed JWT. */
  sdJwt: SdJwtParts | null
  /** The token is this visit's example. */
  isExample: boolean
  onLoadExample: () => void
  /** Puts the example's secret in the key box. */
  onUseExampleSecret: () => void
  /** Starts a token from a template, to edit and sign. */
  onNewToken: () => void
  /** What the token is, at a glance: kind, expiry, findings. */
  summary: React.ReactNode
  /** What the last edit of the header or payload did to the token. */
  buildStatus?: React.ReactNode
  /** The last token put here by another part of the page: it is announced, shown and focused. */
  loaded: LoadedToken | null
  /** The text holds tokens, listed in the summary: it is not read as one, so no parts are coloured and nothing is said to be removed. */
  holdsTokens?: boolean
  /** A control beside the token box that opens a file (to search it for tokens). */
  fileOpener?: React.ReactNode
  /** A file dropped on the panel; without it, a dropped file is left to the editor. */
  onFileDrop?: (file: File) => void
}

export function TokenInputPanel(props: TokenInputPanelProps) {
  const { token, onTokenChange, decoded, decodedText, sdJwt, isExample, onLoadExample, onUseExampleSecret, onNewToken, summary, buildStatus, loaded } = props
  const { fileOpener, onFileDrop, holdsTokens = false } = props
  const readAsOne = holdsTokens ? null : decoded
  const [shared, setShared] = useState<{ token: string; link: string } | null>(null)
  // From the decoded text, not the live one: trimming a fresh megabyte string on every keystroke
  // would copy it whole (a large text's decoding follows the keystroke by a frame or two).
  const tokenToShare = decoded?.serialization === 'compact' && !sdJwt ? decoded.input.token : decodedText.trim()
  // A link made for an earlier token would share the wrong one.
  const shareLink = shared?.token === tokenToShare ? shared.link : null
  const editorRef = useRef<HTMLDivElement>(null)
  const [isDraggingFile, setIsDraggingFile] = useState(false)

  // A token opened from a tool replaces this one: bring it into view and put the caret in it.
  const loadSerial = loaded?.serial
  useEffect(() => {
    if (loadSerial === undefined || !editorRef.current) return
    editorRef.current.closest('section')?.scrollIntoView({ block: 'nearest' })
    editorRef.current.querySelector<HTMLElement>('[contenteditable="true"], textarea')?.focus({ preventScroll: true })
  }, [loadSerial])

  const share = async () => {
    const link = buildShareLink(tokenToShare)
    setShared({ token: tokenToShare, link })
    await navigator.clipboard?.writeText(link).catch(() => undefined)
  }

  // A file dropped anywhere on the panel goes to onFileDrop; the editor would paste its whole text.
  const hasFiles = (event: React.DragEvent) => onFileDrop !== undefined && event.dataTransfer.types.includes('Files')
  const dropZone = onFileDrop
    ? {
        onDragOverCapture: (event: React.DragEvent) => {
          if (!hasFiles(event)) return
          event.preventDefault()
          event.dataTransfer.dropEffect = 'copy'
          setIsDraggingFile(true)
        },
        onDragLeave: (event: React.DragEvent) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setIsDraggingFile(false)
        },
        onDropCapture: (event: React.DragEvent) => {
          setIsDraggingFile(false)
          const file = event.dataTransfer.files[0]
          if (!hasFiles(event) || !file) return
          event.preventDefault()
          event.stopPropagation()
          onFileDrop(file)
        },
      }
    : {}

  return (
    <div {...dropZone} className={isDraggingFile ? 'rounded-xl outline-2 outline-offset-2 outline-sky-600 outline-dashed' : undefined}>
      <Panel id="encoded" title="Encoded token" className="scroll-mt-4">
        <div ref={editorRef}>
          <TokenEditor value={token} onChange={onTokenChange} decoded={readAsOne} decodedText={decodedText} sdJwt={holdsTokens ? null : sdJwt} />
        </div>
        <p role="status" className="sr-only">
          {loaded?.message ?? ''}
        </p>
        <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 px-4 py-2 dark:border-slate-800">
          <CopyButton text={tokenToShare} label="Copy token" />
          <button type="button" className={buttonClass} onClick={() => void share()} disabled={tokenToShare === ''}>
            Share link
          </button>
          <button type="button" className={buttonClass} onClick={() => onTokenChange('')} disabled={token === ''}>
            Clear
          </button>
          {fileOpener}
          <span className="ml-auto flex flex-wrap gap-2">
            {!isExample ? (
              <button type="button" className={buttonClass} onClick={onLoadExample}>
                Load example
              </button>
            ) : null}
            <button type="button" className={buttonClass} onClick={onNewToken}>
              New token
            </button>
          </span>
        </div>
        {summary}
        <div className="space-y-2 border-t border-slate-200 px-4 py-2.5 text-sm empty:hidden dark:border-slate-800">
          {loaded && loaded.message ? (
            <p data-testid="token-loaded" className="text-sky-900 dark:text-sky-200">
              {loaded.message}
            </p>
          ) : null}
          {buildStatus}
          {readAsOne && readAsOne.input.stripped.length > 0 ? (
            <p data-testid="stripped-note" className="text-slate-600 dark:text-slate-400">
              Removed before decoding: {joinWords(readAsOne.input.stripped)}.
            </p>
          ) : null}
          {isExample ? (
            <p className="text-slate-600 dark:text-slate-400">
              An example ID token, valid for an hour from when you opened the page.{' '}
              <button
                type="button"
                className="font-medium text-sky-700 underline dark:text-sky-400"
                onClick={onUseExampleSecret}
                title={`Its secret: ${exampleSecret}`}
              >
                Verify it with its secret
              </button>
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
    </div>
  )
}
