import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
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
