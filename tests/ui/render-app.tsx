import { fireEvent, render, screen, waitFor } from '@testing-library/react'
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
