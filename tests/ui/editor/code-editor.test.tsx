import { describe, expect, it } from 'vitest'
import { useState } from 'react'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { EditorView } from '@codemirror/view'
import { CodeEditor } from '../../../src/editor/code-editor'

// Far more lines than CodeMirror draws at once, so the drawn text is only part of it.
const manyLines = JSON.stringify(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`claim${i}`, `value ${i}`])), null, 2)

async function editorTakesOver(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('.cm-content')).not.toBeNull())
}

describe('CodeEditor’s text hook', () => {
  it.each([
    ['a read-only', true],
    ['an editable', false],
  ])('holds the whole document in %s view, not just the lines drawn', async (_name, readOnly) => {
    const { container } = render(<CodeEditor value={manyLines} label="Payload" readOnly={readOnly} containerTestId="payload-json" onChange={() => undefined} />)
    await editorTakesOver(container)
    expect(container.querySelector('.cm-content')!.textContent!.length).toBeLessThan(manyLines.length / 2)
    expect(screen.getByTestId('payload-json').textContent).toBe(manyLines)
  })

  it('follows the value, and is hidden from assistive technology, which reads the editor', async () => {
    const { container, rerender } = render(<CodeEditor value="{}" label="Header" readOnly containerTestId="header-json" />)
    await editorTakesOver(container)
    rerender(<CodeEditor value={'{\n  "alg": "none"\n}'} label="Header" readOnly containerTestId="header-json" />)
    expect(JSON.parse(screen.getByTestId('header-json').textContent!)).toEqual({ alg: 'none' })
    expect(screen.getByTestId('header-json')).toHaveAttribute('aria-hidden', 'true')
    expect(screen.getByLabelText('Header')).toHaveClass('cm-content')
  })
})

function TokenBox({ initial }: { initial: string }) {
  const [token, setToken] = useState(initial)
  return <CodeEditor value={token} onChange={setToken} label="Encoded token" testId="token-input" />
}

/**
 * Stops where CodeMirror's chunk has loaded and the editor is built, but React has not yet put it
 * in the page: the plain text area is still the one the user types in.
 */
async function editorBuiltNotPlaced() {
  await import('../../../src/editor/code-mirror-view')
  for (let i = 0; i < 5; i++) await Promise.resolve()
  const fallback = screen.getByTestId('token-input')
  expect(fallback).toBeInstanceOf(HTMLTextAreaElement)
  return fallback as HTMLTextAreaElement
}

const editorInPage = () => waitFor(() => expect(screen.getByTestId('token-input')).toHaveClass('cm-content'))

describe('the hand-over from the plain text area to CodeMirror', () => {
  it('moves focus and caret taken just before it, so the next keys reach the editor', async () => {
    render(<TokenBox initial="abc.def.ghi" />)
    const fallback = await editorBuiltNotPlaced()
    fallback.focus()
    fallback.setSelectionRange(4, 7)
    await editorInPage()
    const content = screen.getByTestId('token-input')
    expect(document.activeElement).toBe(content)
    const { main } = EditorView.findFromDOM(content)!.state.selection
    expect([main.anchor, main.head]).toEqual([4, 7])
  })

  it('keeps text typed after the editor was built', async () => {
    render(<TokenBox initial="" />)
    const fallback = await editorBuiltNotPlaced()
    fireEvent.change(fallback, { target: { value: 'typed.just.now' } })
    await editorInPage()
    expect(screen.getByTestId('token-input')).toHaveTextContent('typed.just.now')
  })
})
