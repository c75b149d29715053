// The one React component for text that CodeMirror shows: the token editor and the JSON views.
// It renders a plain textarea or <pre> at once, so the page is usable before CodeMirror's chunk
// arrives, then hands over to CodeMirror without losing text, selection, focus or the test hook.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CodeMirrorHandle } from './code-mirror-view'
import type { HighlightRange } from './range-highlighting'
import type { StyleMember } from './json-highlighting'

export interface CodeEditorProps {
  value: string
  onChange?: (value: string) => void
  /** Accessible name of the text. */
  label: string
  testId?: string
  /**
   * A test hook on an element whose text content is the whole document. CodeMirror draws only the
   * lines in view, so the hook sits on a copy of the text beside it rather than around the editor.
   */
  containerTestId?: string
  readOnly?: boolean
  placeholder?: string
  /** JSON colouring and tooltips: top-level member names styled and described by this function (read once). */
  styleMember?: StyleMember
  /** Ranges to colour, valid for the document text `rangesText`. */
  ranges?: HighlightRange[]
  rangesText?: string
  className?: string
}

/** What the fallback held when the editor took its place. */
interface Handover {
  hadFocus: boolean
  selection?: { anchor: number; head: number }
}

let codeMirrorModule: Promise<typeof import('./code-mirror-view')> | undefined
const loadCodeMirror = () => (codeMirrorModule ??= import('./code-mirror-view'))

export function CodeEditor({ value, onChange, label, testId, containerTestId, readOnly = false, placeholder, styleMember, ranges, rangesText, className = '' }: CodeEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const [handle, setHandle] = useState<CodeMirrorHandle | null>(null)
  const handover = useRef<Handover>({ hadFocus: false })
  const hasRanges = useRef(false)
  const latest = useRef({ value, onChange })
  latest.current = { value, onChange }

  useEffect(() => {
    let created: CodeMirrorHandle | undefined
    let isCancelled = false
    loadCodeMirror().then(({ createCodeMirror }) => {
      if (isCancelled) return
      created = createCodeMirror({
        value: latest.current.value,
        label,
        readOnly,
        onChange: (next) => latest.current.onChange?.(next),
        ...(testId ? { testId } : {}),
        ...(placeholder ? { placeholder } : {}),
        ...(styleMember ? { styleMember } : {}),
      })
      // The fallback stays in use until React commits this: what it holds is read as it leaves.
      setHandle(created)
    })
    return () => {
      isCancelled = true
      created?.destroy()
    }
    // The editor is created once; its inputs after that arrive through the handle.
  }, [])

  // The fallback is gone from the page by now: the editor takes its place before anything paints,
  // so the page never holds both (nor two test hooks, nor the text twice). It takes over the text
  // as it is in this render (typed after the editor was built, too), the caret and the focus.
  useLayoutEffect(() => {
    if (!handle || !containerRef.current) return
    handle.setValue(latest.current.value)
    handle.mount(containerRef.current)
    const { hadFocus, selection } = handover.current
    if (selection) handle.select(selection.anchor, selection.head)
    if (hadFocus) handle.focus()
  }, [handle])

  // React calls the cleanup while committing the editor, just before it takes the fallback out of
  // the page and in the same task as the layout effect above, so no input can fall in between.
  const keepHandover = useCallback((fallback: HTMLTextAreaElement | HTMLPreElement | null) => {
    if (!fallback) return
    return () => {
      handover.current = {
        hadFocus: document.activeElement === fallback,
        ...(fallback instanceof HTMLTextAreaElement ? { selection: { anchor: fallback.selectionStart, head: fallback.selectionEnd } } : {}),
      }
    }
  }, [])

  useEffect(() => handle?.setValue(value), [handle, value])
  useEffect(() => {
    if (!handle || !ranges || rangesText === undefined) return
    // Each update is a whole editor transaction: none is needed while there is nothing to colour.
    if (ranges.length === 0 && !hasRanges.current) return
    hasRanges.current = ranges.length > 0
    handle.setRanges(ranges, rangesText)
  }, [handle, ranges, rangesText])

  const hook = testId ? { 'data-testid': testId } : {}
  return (
    <div className={className}>
      <div ref={containerRef} className="contents" />
      {containerTestId ? <WholeText testId={containerTestId} text={value} /> : null}
      {handle ? null : readOnly ? (
        <pre ref={keepHandover} aria-label={label} tabIndex={0} className="px-3.5 py-3 text-[0.8125rem] leading-normal break-all whitespace-pre-wrap" {...hook}>
          {value}
        </pre>
      ) : (
        <textarea
          ref={keepHandover}
          aria-label={label}
          value={value}
          onChange={(event) => onChange?.(event.target.value)}
          placeholder={placeholder}
          spellCheck={false}
          className="block min-h-48 w-full resize-y bg-transparent px-3.5 py-3 text-[0.8125rem] leading-normal break-all outline-none [field-sizing:content]"
          {...hook}
        />
      )}
    </div>
  )
}

/**
 * The document as one text node, for tests and tools that read text content. It is there (so it
 * counts as visible: a 1px box) but neither drawn, laid out nor read aloud: the editor beside it
 * already shows and speaks the text, and `content-visibility: hidden` keeps a megabyte of it from
 * costing layout time.
 */
function WholeText({ testId, text }: { testId: string; text: string }) {
  return (
    <pre data-testid={testId} aria-hidden="true" className="sr-only [content-visibility:hidden]">
      {text}
    </pre>
  )
}
