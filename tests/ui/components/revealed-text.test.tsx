import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { RevealedText } from '../../../src/components/revealed-text'

describe('RevealedText', () => {
  it('isolates plain text and shows it as it is', () => {
    const { container } = render(<RevealedText text="https://login.example.com" />)
    expect(container.innerHTML).toBe('<bdi>https://login.example.com</bdi>')
  })

  it('names each invisible or direction-control character where it hides', () => {
    render(<RevealedText text={'admin\u202Eelif\u200B.exe'} />)
    const shown = screen.getByTestId('revealed-text')
    expect(shown.tagName).toBe('BDI')
    expect(shown.textContent).toBe('adminU+202EelifU+200B.exe')
    expect(shown.querySelectorAll('mark')[0]).toHaveAttribute('title', 'U+202E RIGHT-TO-LEFT OVERRIDE, invisible in the text')
    expect(shown.textContent).not.toMatch(/[\u202E\u200B]/)
  })

  it('counts a character outside the basic plane as one', () => {
    render(<RevealedText text={'a\u{E0041}b'} />)
    expect(screen.getByTestId('revealed-text').textContent).toBe('aU+E0041b')
  })
})
