import type { DecodedToken } from '../../core/token/decoded-token'
import { Panel } from '../../components/panel'
import { CopyButton } from '../../components/copy-button'
import { EditableHint, JsonView, PartErrorMessage, type PartEditor } from './json-view'
import { AfterFirstPaint } from '../../components/after-first-paint'
import { lazyComponent } from '../../components/lazy-component'
import { PartNotices } from './part-notices'
import { styleHeaderParameter } from './member-style'

// Folded away under the JSON: its rows follow the first paint.
const ClaimsTable = lazyComponent(() => import('./claims-table').then((module) => module.ClaimsTable))

export interface HeaderPanelProps {
  decoded: DecodedToken
  withTestIds?: boolean
  /** Present when the header can be edited. */
  editor?: PartEditor
}

export function HeaderPanel({ decoded, withTestIds = true, editor }: HeaderPanelProps) {
  const { header } = decoded
  const title = decoded.kind === 'jwe' || decoded.payload.type === 'encrypted' ? 'Protected header' : 'Header'
  const text = editor ? editor.text : header.type === 'json' ? header.pretty : header.type === 'text' ? header.text : ''
  const editing = editor
    ? {
        onChange: editor.onChange,
        testId: 'header-editor',
        ...(editor.error ? { errorPosition: editor.error.position, errorMessage: editor.error.message } : {}),
      }
    : undefined
  const parameterCount = header.type === 'json' ? Object.keys(header.value).length : 0
  return (
    <Panel
      title={
        <>
          <span className="token-part-header">{title}</span>
          {editor ? <EditableHint /> : null}
        </>
      }
      actions={
        <>
          {editor?.actions}
          {text ? <CopyButton text={text} label={`Copy ${title.toLowerCase()}`} /> : null}
        </>
      }
    >
      {header.type === 'unavailable' && !editor ? (
        <p className="px-4 py-3 text-sm text-slate-600 dark:text-slate-400">The header could not be decoded.</p>
      ) : (
        <JsonView
          text={text}
          label={editor ? `${title} (editable JSON)` : title}
          styleMember={styleHeaderParameter}
          {...(withTestIds ? { testId: 'header-json' } : {})}
          {...(editing ? { editing } : {})}
        />
      )}
      <PartErrorMessage error={editor?.error} testId="header-error" />
      {editor?.note}
      <PartNotices notices={decoded.notices.filter((notice) => notice.part === 'header')} />
      {header.type === 'json' ? (
        <details className="border-t border-slate-200 dark:border-slate-800">
          <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-slate-700 dark:text-slate-300">
            What each parameter means ({parameterCount})
          </summary>
          <AfterFirstPaint>
            <ClaimsTable members={header.value} of="header" withTestIds={withTestIds} />
          </AfterFirstPaint>
        </details>
      ) : null}
    </Panel>
  )
}
