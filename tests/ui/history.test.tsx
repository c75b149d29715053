import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { openTool, renderApp } from './render-app'
import { rfc7519Token } from '../fixtures/tokens'
import { exampleToken } from '../../src/features/token-input/example-token'

vi.mock('../../src/editor/code-mirror-view', () => new Promise(() => {}))

afterEach(() => localStorage.clear())

describe('the token history', () => {
  it('keeps nothing unless it is turned on', async () => {
    await renderApp('/?tool=history')
    expect(await screen.findByTestId('history-toggle')).not.toBeChecked()
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: rfc7519Token } })
    await new Promise((resolve) => setTimeout(resolve, 1700))
    expect(Object.keys(localStorage)).toEqual([])
  })

  it('keeps the tokens opened once it is on, across visits, and forgets them in one click', async () => {
    const { unmount } = await renderApp('/')
    await openTool('history')
    fireEvent.click(await screen.findByTestId('history-toggle'))
    await vi.waitFor(() => expect(within(screen.getByTestId('history-list')).getByText(exampleToken())).toBeInTheDocument(), { timeout: 3000 })
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: rfc7519Token } })
    await vi.waitFor(() => expect(within(screen.getByTestId('history-list')).getAllByRole('listitem')).toHaveLength(2), { timeout: 3000 })
    unmount()

    await renderApp('/?tool=history')
    const list = await screen.findByTestId('history-list')
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([expect.stringContaining(rfc7519Token), expect.stringContaining(exampleToken())])
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }))
    expect(screen.queryByTestId('history-list')).not.toBeInTheDocument()
    fireEvent.click(screen.getByTestId('history-toggle'))
    expect(Object.keys(localStorage)).toEqual([])
  })
})
