import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect } from 'vitest'
import { RouterProvider, createMemoryHistory, createRouter } from '@tanstack/react-router'
import { routeTree } from '../../src/routeTree.gen'

/** Renders the whole app at a path, as a user opening that link would see it. */
export async function renderApp(path = '/') {
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: [path] }), context: { memory: new Map() } })
  const result = render(<RouterProvider router={router} />)
  await router.load()
  return { ...result, router }
}

export function tokenLink(token: string): string {
  return `/?token=${encodeURIComponent(token)}`
}

/** Opens a tool of the debugger's tool bar, as a click on its button does. */
export async function openTool(tool: string): Promise<HTMLElement> {
  const opener = await waitFor(() => {
    const found = screen.getAllByTestId('tool-open').find((button) => button.getAttribute('data-tool') === tool)
    if (!found) throw new Error(`No tool-open button for ${tool}`)
    return found
  })
  if (opener.getAttribute('aria-expanded') !== 'true') fireEvent.click(opener)
  return opener
}

/** The debugger with its example token and the example's secret in the key box, verified. */
export async function withExampleSecret() {
  const user = userEvent.setup()
  await renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Verify it with its secret' }))
  await waitFor(() => expect(screen.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid'))
  return user
}
