// What an editor shows before CodeMirror has loaded: the same text in the same place and colours,
// drawn without CodeMirror. An editable text is a <textarea> with invisible glyphs (its caret,
// selection and undo are the browser's own) over a <pre> that draws the text coloured; both lay
// the text out exactly as CodeMirror's theme in code-mirror-view.ts does, so the swap moves nothing.
import { useMemo, type Ref } from 'react'
import { mirrorSpans } from './mirror-spans'
import type { HighlightRange } from './range-highlighting'
import type { StyleMember } from './json-highlighting'

/** Beyond this a mirror costs more than it is worth: the text shows plain until CodeMirror, which draws only what is in view, takes over. */
export const maxMirrorChars = 64 * 1024

export interface LightViewProps {
  value: string
  onChange?: (value: string) => void
  label: string
  testId?: string
  readOnly: boolean
  placeholder?: string
  styleMember?: StyleMember
  ranges?: HighlightRange[]
  rangesText?: string
  /** The element that takes input or focus, which CodeMirror replaces. */
  inputRef: Ref<HTMLTextAreaElement | HTMLPreElement>
}

// CodeMirror's wrapping (EditorView.lineWrapping), tab size and padding (.cm-content, .cm-line).
const textLayout = 'm-0 px-3.5 py-3 whitespace-break-spaces [overflow-wrap:anywhere] [tab-size:4] [word-break:break-word]'
// The frame scrolls as .cm-editor does: up to the height the page sets in --editor-max-height. The
// caret is revealed with the text's padding around it, as CodeMirror reveals it.
const frame = 'relative max-h-(--editor-max-height) scroll-py-3 overflow-auto text-[0.8125rem] leading-normal'
// The mirror underneath draws the glyphs; the caret keeps the text's colour.
const overMirror =
  'absolute inset-0 h-full overflow-hidden [-webkit-text-fill-color:transparent] placeholder:[-webkit-text-fill-color:transparent] selection:[-webkit-text-fill-color:HighlightText]'

export function LightView({ value, onChange, label, testId, readOnly, placeholder, styleMember, ranges, rangesText, inputRef }: LightViewProps) {
  const hook = testId ? { 'data-testid': testId } : {}
  const isMirrored = value.length <= maxMirrorChars
  const coloured = useMemo(
    () => (isMirrored ? <ColouredText text={value} ranges={rangesText === value ? ranges : undefined} styleMember={styleMember} /> : value),
    [isMirrored, value, ranges, rangesText, styleMember],
  )

  if (readOnly) {
    return (
      <div className={frame} data-light-frame="">
        {/* Announced as CodeMirror's read-only content is. */}
        <pre
          ref={inputRef as Ref<HTMLPreElement>}
          role="textbox"
          aria-readonly="true"
          aria-multiline="true"
          aria-label={label}
          tabIndex={0}
          className={`${textLayout} outline-none`}
          {...hook}
        >
          {coloured}
        </pre>
      </div>
    )
  }

  // One tree for both cases, so the textarea (its focus, caret and undo) survives a paste that makes
  // the text too long to mirror. The inner box is as tall as the text, so the textarea covers all of
  // the mirror and never scrolls by itself: the frame scrolls both, and reveals the caret.
  return (
    <div className={frame} data-light-frame="">
      <div className="relative">
        {isMirrored ? (
          <pre aria-hidden="true" className={`${textLayout} pointer-events-none select-none`}>
            {coloured}
            {value.length === 0 && placeholder ? <span className="inline-block align-top text-(--json-punctuation)">{placeholder}</span> : null}
            {/* An empty last line still takes a line's height, as in the textarea and in CodeMirror. */}
            {value.length === 0 || value.endsWith('\n') ? '\u200b' : null}
          </pre>
        ) : null}
        <textarea
          ref={inputRef as Ref<HTMLTextAreaElement>}
          aria-label={label}
          value={value}
          onChange={(event) => onChange?.(event.target.value)}
          placeholder={placeholder}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          className={`${textLayout} block w-full resize-none bg-transparent outline-none ${isMirrored ? overMirror : '[field-sizing:content]'}`}
          {...hook}
        />
      </div>
    </div>
  )
}

function ColouredText({ text, ranges, styleMember }: { text: string; ranges: HighlightRange[] | undefined; styleMember: StyleMember | undefined }) {
  const parts: React.ReactNode[] = []
  let position = 0
  for (const span of mirrorSpans(text, ranges, styleMember)) {
    if (span.from > position) parts.push(text.slice(position, span.from))
    parts.push(
      <span key={span.from} className={span.className} title={span.title}>
        {text.slice(span.from, span.to)}
      </span>,
    )
    position = span.to
  }
  if (position < text.length) parts.push(text.slice(position))
  return <>{parts}</>
}
