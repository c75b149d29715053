import type { DecodedToken } from '../../core/token/decoded-token'
import { Panel } from '../../components/panel'
import { CopyButton } from '../../components/copy-button'
import { EditableHint, JsonView, PartErrorMessage, type PartEditor } from './json-view'
import { AfterFirstPaint } from '../../components/after-first-paint'
import { lazyComponent } from '../../components/lazy-component'
import { PartNotices } from './part-notices'
import { legend, styleClaim } from './member-style'
import { isJsonObject } from '../../core/json/json-value'

// Folded away under the JSON: its rows follow the first paint.
const ClaimsTable = lazyComponent(() => import('./claims-table').then((module) => module.ClaimsTable))

const unreadable: Record<'encrypted' | 'detached' | 'unavailable', string> = {
  encrypted: 'The payload is encrypted. Only the holder of the decryption key can read it; the protected header above says how it was encrypted.',
  detached: 'The payload is not in the token (detached). The party that checks the signature must get it separately.',
  unavailable: 'The payload could not be decoded.',
}

export interface PayloadPanelProps {
  decoded: DecodedToken
  withTestIds?: boolean
  /** Present when the payload can be edited. */
  editor?: PartEditor
}

export function PayloadPanel({ decoded, withTestIds = true, editor }: PayloadPanelProps) {
  const { payload } = decoded
  const text = editor ? editor.text : payload.type === 'json' ? payload.pretty : payload.type === 'text' ? payload.text : null
  const editing = editor
    ? {
        onChange: editor.onChange,
        testId: 'payload-editor',
        ...(editor.error ? { errorPosition: editor.error.position, errorMessage: editor.error.message } : {}),
      }
    : undefined
  const claims = payload.type === 'json' && isJsonObject(payload.value) ? payload.value : null
  return (
    <Panel
      title={
        <>
          <span className="token-part-payload">Payload</span>
          {editor ? <EditableHint /> : null}
        </>
      }
      actions={
        <>
          {editor?.actions}
          {text !== null ? <CopyButton text={text} label="Copy payload" /> : null}
        </>
      }
    >
      {text === null ? (
        <p className="px-4 py-3 text-sm text-slate-700 dark:text-slate-300">{unreadable[payload.type as keyof typeof unreadable]}</p>
      ) : (
        <JsonView
          text={text}
          label={editor ? 'Payload (editable JSON)' : 'Payload'}
          styleMember={styleClaim}
          {...(withTestIds ? { testId: 'payload-json' } : {})}
          {...(editing ? { editing } : {})}
        />
      )}
      <PartErrorMessage error={editor?.error} testId="payload-error" />
      {editor?.note}
      <PartNotices notices={decoded.notices.filter((notice) => notice.part === 'payload')} />
      {claims ? (
        <details className="border-t border-slate-200 dark:border-slate-800">
          <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-slate-700 dark:text-slate-300">
            What each claim means ({Object.keys(claims).length.toLocaleString('en-US')})
          </summary>
          <p aria-label="Colour legend" className="flex flex-wrap gap-x-3 px-4 pb-1 text-xs">
            {legend.map((entry) => (
              <span key={entry.className} className={entry.className}>
                ● {entry.label}
              </span>
            ))}
          </p>
          <AfterFirstPaint>
            <ClaimsTable members={claims} of="payload" withTestIds={withTestIds} />
          </AfterFirstPaint>
        </details>
      ) : null}
    </Panel>
  )
}
