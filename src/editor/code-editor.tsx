// The one React component for text that CodeMirror shows: the token editor, the key box and the JSON
// views. It draws a light view at once (light-view.tsx: the same text, layout and colours without
// CodeMirror), and CodeMirror's chunk loads only when a person interacts with the page (see
// load-code-mirror.ts). Then every editor hands over to CodeMirror without losing text, selection,
// focus, scroll position or the test hook.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CodeMirrorHandle } from './code-mirror-view'
import type { HighlightRange } from './range-highlighting'
import type { StyleMember } from './json-highlighting'
import { loadCodeMirror, loadCodeMirrorOnInteraction, whenCodeMirrorRequested } from './load-code-mirror'
import { LightView, maxMirrorChars } from './light-view'

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
  /**
   * Classes of the element around the editor. Setting `--editor-max-height` there caps the editor's
   * height (it scrolls inside beyond it), before and after CodeMirror takes over.
   */
  className?: string
}

/** What the light view held when CodeMirror took its place. */
interface Handover {
  hadFocus: boolean
  selection?: { anchor: number; head: number }
  scrollTop: number
}

export function CodeEditor({ value, onChange, label, testId, containerTestId, readOnly = false, placeholder, styleMember, ranges, rangesText, className = '' }: CodeEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const [handle, setHandle] = useState<CodeMirrorHandle | null>(null)
  const handover = useRef<Handover>({ hadFocus: false, scrollTop: 0 })
  // What CodeMirror was last given. Passed again, a value would be stale: typing goes straight into
  // CodeMirror, and the page's value catches up a render later.
  const given = useRef<{ value?: string; ranges?: HighlightRange[]; rangesText?: string }>({})
  const latest = useRef({ value, onChange, ranges, rangesText, label, readOnly, testId, placeholder, styleMember })
  // Before the hand-over below, which reads it: layout effects run in order.
  useLayoutEffect(() => {
    latest.current = { value, onChange, ranges, rangesText, label, readOnly, testId, placeholder, styleMember }
  })

  useEffect(() => {
    let created: CodeMirrorHandle | undefined
    let isCancelled = false
    let cancelWait = () => {}
    const create = () => {
      loadCodeMirror().then(
        ({ createCodeMirror }) => {
          if (isCancelled) return
          const { value, label, readOnly, testId, placeholder, styleMember } = latest.current
          created = createCodeMirror({
            value,
            label,
            readOnly,
            onChange: (next) => latest.current.onChange?.(next),
            ...(testId ? { testId } : {}),
            ...(placeholder ? { placeholder } : {}),
            ...(styleMember ? { styleMember } : {}),
          })
          // The light view stays in use until React commits this: what it holds is read as it leaves.
          setHandle(created)
        },
        // The light view keeps working; the next request for CodeMirror tries again.
        () => {
          if (!isCancelled) cancelWait = whenCodeMirrorRequested(create)
        },
      )
    }
    cancelWait = whenCodeMirrorRequested(create)
    loadCodeMirrorOnInteraction()
    return () => {
      isCancelled = true
      cancelWait()
      created?.destroy()
    }
    // The editor is created once; its inputs after that arrive through the handle.
  }, [])

  // Only CodeMirror draws a huge document without laying all of it out: it is needed at once.
  const isHuge = value.length > maxMirrorChars
  useEffect(() => {
    if (isHuge) void loadCodeMirror()
  }, [isHuge])

  // The light view is gone from the page by now: CodeMirror takes its place before anything paints,
  // so the page never holds both (nor two test hooks, nor the text twice). It takes over the text
  // as it is in this render (typed after the editor was built, too), its colours, the caret, the
  // scroll position and the focus.
  useLayoutEffect(() => {
    if (!handle || !containerRef.current) return
    const { value: text, ranges: textRanges, rangesText: textOfRanges } = latest.current
    handle.setValue(text)
    // Each update is a whole editor transaction: none is needed while there is nothing to colour.
    if (textRanges && textRanges.length > 0 && textOfRanges !== undefined) handle.setRanges(textRanges, textOfRanges)
    given.current = { value: text, ranges: textRanges, rangesText: textOfRanges }
    handle.mount(containerRef.current)
    const { hadFocus, selection, scrollTop } = handover.current
    if (scrollTop > 0) handle.scrollTo(scrollTop)
    if (selection) handle.select(selection.anchor, selection.head)
    if (hadFocus) handle.focus()
  }, [handle])

  // React calls the cleanup while committing the editor, just before it takes the light view out of
  // the page and in the same task as the layout effect above, so no input can fall in between.
  const keepHandover = useCallback((input: HTMLTextAreaElement | HTMLPreElement | null) => {
    if (!input) return
    return () => {
      handover.current = {
        hadFocus: document.activeElement === input,
        ...(input instanceof HTMLTextAreaElement ? { selection: { anchor: input.selectionStart, head: input.selectionEnd } } : {}),
        scrollTop: input.closest('[data-light-frame]')?.scrollTop ?? 0,
      }
    }
  }, [])

  // Only what changed since the hand-over or the last render: these effects run after the page has
  // painted, by when CodeMirror may hold keys typed since this render.
  useEffect(() => {
    if (!handle || value === given.current.value) return
    given.current.value = value
    handle.setValue(value)
  }, [handle, value])
  useEffect(() => {
    if (!handle || !ranges || rangesText === undefined) return
    const previous = given.current
    if (ranges === previous.ranges && rangesText === previous.rangesText) return
    given.current = { ...previous, ranges, rangesText }
    if (ranges.length === 0 && !previous.ranges?.length) return
    handle.setRanges(ranges, rangesText)
  }, [handle, ranges, rangesText])

  // Whoever is about to use the editor gets CodeMirror (these come before the document-wide signs
  // when the editor is focused from script, e.g. by the skip link or Playwright's fill). The JSON
  // views' tooltips open on hover, which only CodeMirror does.
  const request = () => void loadCodeMirror()
  const triggers = handle ? {} : { onFocus: request, onPointerDown: request, onKeyDown: request, ...(styleMember ? { onPointerEnter: request } : {}) }
  // A huge text that arrives from outside (a pasted token's payload) waits for CodeMirror in a line
  // of text: in a text area the browser would lay out every one of its megabytes first, for seconds.
  // A text area that already holds the user's own huge paste stays, with its focus and caret.
  const [hasLightView] = useState(!isHuge)

  return (
    <div className={className} {...triggers}>
      <div ref={containerRef} className="contents" />
      {containerTestId ? <WholeText testId={containerTestId} text={value} /> : null}
      {handle ? null : isHuge && !hasLightView ? (
        <p role="status" aria-label={label} className="px-3.5 py-3 text-[0.8125rem] text-slate-500 dark:text-slate-400">
          Opening the editor for {value.length.toLocaleString('en-US')} characters…
        </p>
      ) : (
        <LightView
          value={value}
          onChange={onChange}
          label={label}
          testId={testId}
          readOnly={readOnly}
          placeholder={placeholder}
          styleMember={styleMember}
          ranges={ranges}
          rangesText={rangesText}
          inputRef={keepHandover}
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
