import { render } from '@testing-library/react'
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
