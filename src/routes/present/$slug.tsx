import { createFileRoute, notFound, useNavigate } from '@tanstack/react-router'
import { PresenterView } from '../../features/lessons/presenter-view'

interface PresentSearch {
  /** The slide on screen, from 1; in the link so a reload keeps it. */
  slide: number
}

export const Route = createFileRoute('/present/$slug')({
  validateSearch: (search: Record<string, unknown>): PresentSearch => ({ slide: Number.isInteger(search.slide) && (search.slide as number) > 0 ? (search.slide as number) : 1 }),
  // The catalog loads with the lesson, not with every page of the app.
  loader: async ({ params }) => {
    const { loadLesson } = await import('../../features/lessons/catalog')
    const loaded = await loadLesson(params.slug)
    if (!loaded) throw notFound()
    return loaded
  },
  component: PresentPage,
})

function PresentPage() {
  const { lesson, content } = Route.useLoaderData()
  const { slide } = Route.useSearch()
  const navigate = useNavigate()
  return (
    <PresenterView
      lesson={lesson}
      content={content}
      slide={slide}
      onSlideChange={(next) => void navigate({ to: '/present/$slug', params: { slug: lesson.slug }, search: { slide: next }, replace: true })}
      onExit={() => void navigate({ to: '/lessons/$slug', params: { slug: lesson.slug } })}
    />
  )
}
