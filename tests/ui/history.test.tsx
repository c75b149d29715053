import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from './render-app'
import { rfc7519Token } from '../fixtures/tokens'
import { exampleToken } from '../../src/features/token-input/example-token'

vi.mock('../../src/editor/code-mirror-view', () => new Promise(() => {}))

afterEach(() => {
  localStorage.clear()
  vi.useRealTimers()
})

describe('the token history', () => {
  it('keeps nothing unless it is turned on', async () => {
    // Fake time that also moves on its own, so the page loads as usual and the wait below costs nothing.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    await renderApp('/')
    expect(await screen.findByTestId('history-toggle')).not.toBeChecked()
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: rfc7519Token } })
    // Well past the moment a token on the page would be kept (1.5 s) if the history were on.
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(Object.keys(localStorage)).toEqual([])
  })

  it('keeps the tokens opened once it is on, across visits, and forgets them in one click', async () => {
    const { unmount } = await renderApp('/')
    fireEvent.click(await screen.findByTestId('history-toggle'))
    await waitFor(() => expect(within(screen.getByTestId('history-list')).getByText(exampleToken)).toBeInTheDocument())
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: rfc7519Token } })
    await waitFor(() => expect(within(screen.getByTestId('history-list')).getAllByRole('listitem')).toHaveLength(2))
    unmount()

    await renderApp('/')
    const list = await screen.findByTestId('history-list')
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([expect.stringContaining(rfc7519Token), expect.stringContaining(exampleToken)])
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }))
    expect(screen.queryByTestId('history-list')).not.toBeInTheDocument()
    fireEvent.click(screen.getByTestId('history-toggle'))
    expect(Object.keys(localStorage)).toEqual([])
  })
})
