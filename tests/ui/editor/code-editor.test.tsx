import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useState } from 'react'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { EditorView } from '@codemirror/view'
import type { CodeEditor as CodeEditorType } from '../../../src/editor/code-editor'
import type { StyleMember } from '../../../src/editor/json-highlighting'
import type { HighlightRange } from '../../../src/editor/range-highlighting'

// This file tests the real editor, not the light views tests/setup-ui.ts keeps by default.
vi.unmock('../../../src/editor/code-mirror-view')

// Whether CodeMirror has been asked for is state of the page (one load for all editors): each test
// starts from a page that has not asked, with fresh copies of the editor's modules.
let CodeEditor: typeof CodeEditorType
let loader: typeof import('../../../src/editor/load-code-mirror')
let isRequested: boolean
beforeEach(async () => {
  vi.resetModules()
  ;({ CodeEditor } = await import('../../../src/editor/code-editor'))
  loader = await import('../../../src/editor/load-code-mirror')
  isRequested = false
  loader.whenCodeMirrorRequested(() => (isRequested = true))
})
afterEach(() => {
  vi.doUnmock('../../../src/editor/code-mirror-view')
})

const token = 'aaaa.bbbb.cccc'
const tokenRanges: HighlightRange[] = [
  { from: 0, to: 4, className: 'token-part-header', title: 'Header' },
  { from: 4, to: 5, className: 'token-part-dot' },
  { from: 5, to: 9, className: 'token-part-payload', title: 'Payload' },
  { from: 10, to: 14, className: 'token-part-signature', title: 'Signature' },
]
const styleMember: StyleMember = (name) => (name === 'exp' ? { className: 'claim-time' } : undefined)
const payload = '{\n  "sub": "ada",\n  "exp": 4102444800\n}'
// Far more lines than CodeMirror draws at once, so the drawn text is only part of it; over 64 KB.
const manyLines = JSON.stringify(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`claim${i}`, `value ${i}`])), null, 2)

const mirrorOf = (element: HTMLElement) => element.parentElement!.querySelector<HTMLElement>('pre[aria-hidden="true"]')!
const editorInPage = (testId = 'token-input') => waitFor(() => expect(screen.getByTestId(testId)).toHaveClass('cm-content'))

function TokenBox({ initial, ranges, placeholder }: { initial: string; ranges?: HighlightRange[]; placeholder?: string }) {
  const [text, setText] = useState(initial)
  return <CodeEditor value={text} onChange={setText} label="Encoded token" testId="token-input" ranges={ranges} rangesText={initial} placeholder={placeholder} />
}

describe('the light view, before CodeMirror is asked for', () => {
  it('is a textarea holding the text over a mirror that colours the token parts, with their titles', () => {
    render(<TokenBox initial={token} ranges={tokenRanges} />)
    const input = screen.getByTestId('token-input')
    expect(input).toBeInstanceOf(HTMLTextAreaElement)
    expect(input).toHaveValue(token)
    expect(input).toHaveAccessibleName('Encoded token')
    const mirror = mirrorOf(input)
    expect(mirror.textContent).toBe(token)
    expect(mirror.querySelector('.token-part-payload')).toHaveTextContent('bbbb')
    expect(mirror.querySelector('.token-part-payload')).toHaveAttribute('title', 'Payload')
    expect(mirror.querySelector('.token-part-signature')).toHaveTextContent('cccc')
    expect(isRequested).toBe(false)
  })

  it('colours JSON as CodeMirror does, with the caller’s classes on top-level names and the error mark', () => {
    const ranges = [{ from: payload.length - 1, to: payload.length, className: 'cm-json-error', title: 'Unexpected end' }]
    render(<CodeEditor value={payload} onChange={() => undefined} label="Payload" testId="payload-editor" styleMember={styleMember} ranges={ranges} rangesText={payload} />)
    const mirror = mirrorOf(screen.getByTestId('payload-editor'))
    expect(mirror.querySelector('.cm-json-key.claim-time')).toHaveTextContent('"exp"')
    expect(mirror.querySelector('.cm-json-string')).toHaveTextContent('"ada"')
    expect(mirror.querySelector('.cm-json-number')).toHaveTextContent('4102444800')
    expect(mirror.querySelector('.cm-json-error')).toHaveAttribute('title', 'Unexpected end')
    expect(isRequested).toBe(false)
  })

  it('leaves the colours out while they belong to older text', () => {
    render(<CodeEditor value={`${token}x`} onChange={() => undefined} label="Encoded token" testId="token-input" ranges={tokenRanges} rangesText={token} />)
    expect(mirrorOf(screen.getByTestId('token-input')).querySelector('span')).toBeNull()
  })

  it('passes typing to onChange, and shows the placeholder where CodeMirror shows it while empty', () => {
    render(<TokenBox initial={token} placeholder="Paste a token" />)
    const input = screen.getByTestId('token-input')
    fireEvent.change(input, { target: { value: '' } })
    expect(input).toHaveValue('')
    expect(input).toHaveAttribute('placeholder', 'Paste a token')
    expect(mirrorOf(input)).toHaveTextContent('Paste a token')
    fireEvent.change(input, { target: { value: 'typed' } })
    expect(input).toHaveValue('typed')
    expect(mirrorOf(input).textContent).toBe('typed')
    expect(isRequested).toBe(false)
  })

  it('shows a read-only text as a focusable coloured pre', () => {
    render(<CodeEditor value={payload} label="Payload" readOnly testId="payload-view" styleMember={styleMember} />)
    const view = screen.getByTestId('payload-view')
    expect(view.tagName).toBe('PRE')
    expect(view).toHaveAttribute('tabindex', '0')
    expect(screen.getByRole('textbox', { name: 'Payload' })).toBe(view)
    expect(view).toHaveAttribute('aria-readonly', 'true')
    expect(view.textContent).toBe(payload)
    expect(view.querySelector('.claim-time')).toHaveTextContent('"exp"')
  })

  it('gives a text over 64 KB from outside no text area to lay out, and asks for CodeMirror at once', async () => {
    const { container } = render(<CodeEditor value={manyLines} onChange={() => undefined} label="Payload" testId="payload-editor" styleMember={styleMember} />)
    expect(screen.getByRole('status')).toHaveTextContent(`Opening the editor for ${manyLines.length.toLocaleString('en-US')} characters…`)
    expect(container.querySelector('textarea, pre:not([data-testid])')).toBeNull()
    expect(isRequested).toBe(true)
    await editorInPage('payload-editor')
  })

  it('gives CodeMirror a text with a line of megabytes once it is on the page, all of it', async () => {
    const oneLine = `{"data":"${'y'.repeat(200_000)}"}`
    const { container } = render(<CodeEditor value={oneLine} label="Payload" readOnly containerTestId="payload-json" />)
    await waitFor(() => expect(container.querySelector('.cm-content')).not.toBeNull())
    const view = EditorView.findFromDOM(container.querySelector<HTMLElement>('.cm-editor')!)!
    expect(view.state.doc.toString()).toBe(oneLine)
    expect(view.dom.isConnected).toBe(true)
  })

  it('keeps the text area a huge paste went into, with its focus', async () => {
    render(<TokenBox initial={token} />)
    const input = screen.getByTestId('token-input')
    input.focus()
    fireEvent.change(input, { target: { value: manyLines } })
    expect(screen.getByTestId('token-input')).toBe(input)
    expect(input).toHaveValue(manyLines)
    await editorInPage()
    expect(screen.getByTestId('token-input')).toHaveFocus()
  })
})

describe('what asks for CodeMirror', () => {
  const inEditor: Array<[string, (element: HTMLElement) => void]> = [
    ['focus', (element) => element.focus()],
    ['pointerdown', (element) => fireEvent.pointerDown(element)],
    ['keydown', (element) => fireEvent.keyDown(element, { key: 'a' })],
  ]
  it.each(inEditor)('%s in an editor', (_name, act) => {
    render(<TokenBox initial={token} />)
    act(screen.getByTestId('token-input'))
    expect(isRequested).toBe(true)
  })

  it('the pointer entering a JSON view, whose tooltips need CodeMirror', () => {
    const { container } = render(<CodeEditor value={payload} label="Payload" readOnly styleMember={styleMember} />)
    fireEvent.pointerEnter(container.firstElementChild!)
    expect(isRequested).toBe(true)
  })

  it.each(['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'])('a first %s anywhere on the page', (type) => {
    render(<TokenBox initial={token} />)
    fireEvent(document.body, new Event(type, { bubbles: true }))
    expect(isRequested).toBe(true)
  })

  it('not a render, a re-render or text set from outside', () => {
    const { rerender } = render(<CodeEditor value={token} onChange={() => undefined} label="Encoded token" testId="token-input" />)
    rerender(<CodeEditor value={`${token}.more`} onChange={() => undefined} label="Encoded token" testId="token-input" />)
    expect(isRequested).toBe(false)
  })

  it('once, for every editor on the page', async () => {
    render(
      <>
        <TokenBox initial={token} />
        <CodeEditor value={payload} onChange={() => undefined} label="Payload" testId="payload-editor" styleMember={styleMember} />
      </>,
    )
    fireEvent.pointerDown(screen.getByTestId('token-input'))
    await editorInPage('token-input')
    await editorInPage('payload-editor')
    expect(screen.getByTestId('payload-editor').textContent).toBe(payload.replaceAll('\n', ''))
  })
})

describe('CodeEditor’s text hook', () => {
  it.each([
    ['a read-only', true],
    ['an editable', false],
  ])('holds the whole document in %s view, not just the lines drawn', async (_name, readOnly) => {
    const { container } = render(<CodeEditor value={manyLines} label="Payload" readOnly={readOnly} containerTestId="payload-json" onChange={() => undefined} />)
    await waitFor(() => expect(container.querySelector('.cm-content')).not.toBeNull())
    expect(container.querySelector('.cm-content')!.textContent.length).toBeLessThan(manyLines.length / 2)
    expect(screen.getByTestId('payload-json').textContent).toBe(manyLines)
  })

  it('follows the value before and after the hand-over, and is hidden from assistive technology, which reads the editor', async () => {
    const { container, rerender } = render(<CodeEditor value="{}" label="Header" readOnly containerTestId="header-json" />)
    expect(screen.getByTestId('header-json')).toHaveTextContent('{}')
    void loader.loadCodeMirror()
    await waitFor(() => expect(container.querySelector('.cm-content')).not.toBeNull())
    rerender(<CodeEditor value={'{\n  "alg": "none"\n}'} label="Header" readOnly containerTestId="header-json" />)
    expect(JSON.parse(screen.getByTestId('header-json').textContent)).toEqual({ alg: 'none' })
    expect(screen.getByTestId('header-json')).toHaveAttribute('aria-hidden', 'true')
    expect(screen.getByLabelText('Header')).toHaveClass('cm-content')
  })
})

/**
 * Stops where CodeMirror's chunk has loaded and the editor is built, but React has not yet put it
 * in the page: the light view's textarea is still the one the user types in.
 */
async function editorBuiltNotPlaced() {
  await loader.loadCodeMirror()
  for (let i = 0; i < 5; i++) await Promise.resolve()
  const input = screen.getByTestId('token-input')
  expect(input).toBeInstanceOf(HTMLTextAreaElement)
  return input as HTMLTextAreaElement
}

const selectionOf = (content: HTMLElement) => {
  const { main } = EditorView.findFromDOM(content)!.state.selection
  return [main.anchor, main.head]
}

describe('the hand-over from the light view to CodeMirror', () => {
  it('starts when the user puts the caret in the text, and keeps the caret and the focus', async () => {
    render(<TokenBox initial={token} />)
    const input = screen.getByTestId<HTMLTextAreaElement>('token-input')
    act(() => {
      input.focus()
      input.setSelectionRange(5, 9)
    })
    await editorInPage()
    const content = screen.getByTestId('token-input')
    expect(document.activeElement).toBe(content)
    expect(selectionOf(content)).toEqual([5, 9])
  })

  it('keeps a whole text filled in as it starts (Playwright’s fill: focus, then the text replaced)', async () => {
    render(<TokenBox initial={token} />)
    const input = screen.getByTestId('token-input')
    act(() => {
      input.focus()
      fireEvent.change(input, { target: { value: 'filled.by.test' } })
    })
    await editorInPage()
    expect(screen.getByTestId('token-input')).toHaveTextContent('filled.by.test')
    expect(screen.getAllByTestId('token-input')).toHaveLength(1)
    expect(document.activeElement).toBe(screen.getByTestId('token-input'))
  })

  it('keeps the same textarea, focused, when a paste makes the text too long to mirror', async () => {
    render(<TokenBox initial={token} />)
    const input = screen.getByTestId('token-input')
    act(() => {
      input.focus()
      fireEvent.change(input, { target: { value: manyLines } })
    })
    expect(screen.getByTestId('token-input')).toBe(input)
    expect(document.activeElement).toBe(input)
    await editorInPage()
    expect(EditorView.findFromDOM(screen.getByTestId('token-input'))!.state.doc.toString()).toBe(manyLines)
    expect(document.activeElement).toBe(screen.getByTestId('token-input'))
  })

  it('keeps a key typed into CodeMirror as it appears, before the page has caught up with it', async () => {
    // A key that reaches CodeMirror in the first moment it is in the page: after React's commit,
    // before the effects React runs later for that commit.
    vi.doMock('../../../src/editor/code-mirror-view', async (importOriginal) => {
      const actual = await importOriginal<typeof import('../../../src/editor/code-mirror-view')>()
      return {
        createCodeMirror: (options: Parameters<typeof actual.createCodeMirror>[0]) => {
          const handle = actual.createCodeMirror(options)
          return {
            ...handle,
            mount(parent: HTMLElement) {
              handle.mount(parent)
              queueMicrotask(() => {
                const view = EditorView.findFromDOM(parent.querySelector<HTMLElement>('.cm-content')!)!
                const end = view.state.doc.length
                view.dispatch({ changes: { from: end, insert: 'X' }, selection: { anchor: end + 1 }, userEvent: 'input.type' })
              })
            },
          }
        },
      }
    })
    vi.resetModules()
    ;({ CodeEditor } = await import('../../../src/editor/code-editor'))
    render(<TokenBox initial={token} ranges={tokenRanges} />)
    fireEvent.pointerDown(screen.getByTestId('token-input'))
    await editorInPage()
    const view = EditorView.findFromDOM(screen.getByTestId('token-input'))!
    await waitFor(() => expect(view.state.doc.toString()).toBe(`${token}X`))
    // The page's value catches up, and nothing puts the old text back: the next key follows the first.
    await act(() => new Promise((resolve) => setTimeout(resolve)))
    view.dispatch(view.state.replaceSelection('Y'))
    expect(view.state.doc.toString()).toBe(`${token}XY`)
    await waitFor(() => expect(screen.getByTestId('token-input').textContent).toBe(`${token}XY`))
  })

  it('draws the token parts in colour from its first frame', async () => {
    const { container } = render(<TokenBox initial={token} ranges={tokenRanges} />)
    // What CodeMirror shows as React puts it in the page, before any later effect could colour it.
    const firstSeen = new Promise<string | undefined>((resolve) => {
      const observer = new MutationObserver(() => {
        const content = container.querySelector('.cm-content')
        if (!content) return
        observer.disconnect()
        resolve(content.querySelector('.token-part-payload')?.textContent ?? undefined)
      })
      observer.observe(container, { childList: true, subtree: true })
    })
    fireEvent.pointerDown(screen.getByTestId('token-input'))
    expect(await firstSeen).toBe('bbbb')
  })

  it('moves focus and caret taken just before it, so the next keys reach the editor', async () => {
    render(<TokenBox initial="abc.def.ghi" />)
    const input = await editorBuiltNotPlaced()
    input.focus()
    input.setSelectionRange(4, 7)
    await editorInPage()
    const content = screen.getByTestId('token-input')
    expect(document.activeElement).toBe(content)
    expect(selectionOf(content)).toEqual([4, 7])
  })

  it('keeps text typed after the editor was built', async () => {
    render(<TokenBox initial="" />)
    const input = await editorBuiltNotPlaced()
    fireEvent.change(input, { target: { value: 'typed.just.now' } })
    await editorInPage()
    expect(screen.getByTestId('token-input')).toHaveTextContent('typed.just.now')
  })

  it('leaves the light view working when CodeMirror’s chunk cannot load', async () => {
    vi.doMock('../../../src/editor/code-mirror-view', () => Promise.reject(new Error('offline')))
    vi.resetModules()
    ;({ CodeEditor } = await import('../../../src/editor/code-editor'))
    loader = await import('../../../src/editor/load-code-mirror')
    render(<TokenBox initial={token} />)
    const input = screen.getByTestId('token-input')
    fireEvent.pointerDown(input)
    await expect(loader.loadCodeMirror()).rejects.toThrow()
    fireEvent.change(input, { target: { value: 'still.works.here' } })
    expect(screen.getByTestId('token-input')).toHaveValue('still.works.here')
  })
})
