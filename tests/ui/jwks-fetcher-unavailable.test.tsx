// The key fetcher is a chunk of its own: when it cannot load (offline before the service worker
// had the build), the panel says so and is ready for another try.
import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp } from './render-app'

vi.mock('../../src/core/jwks/fetch-jwks', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

describe('a key fetcher that cannot load', () => {
  it('explains it, requests nothing, and frees the button', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const user = userEvent.setup()
    await renderApp()
    await user.type(screen.getByTestId('jwks-url'), 'https://login.example.com/.well-known/jwks.json')
    await user.click(screen.getByTestId('jwks-fetch'))

    const outcome = await waitFor(() => screen.getByTestId('jwks-outcome'))
    expect(within(outcome).getByRole('alert')).toHaveTextContent(
      /^The key fetcher could not be loaded \(.+\)\. Nothing was requested; reload the page and try again\.$/,
    )
    expect(screen.getByTestId('jwks-fetch')).toBeEnabled()
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})
