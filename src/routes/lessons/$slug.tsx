import { createFileRoute, notFound } from '@tanstack/react-router'
import { LessonView } from '../../features/lessons/lesson-view'
import { useKeptState } from '../../hooks/use-kept-state'

interface LessonSearch {
  /** A token a trainer shares with the lesson. */
  token?: string
}

export const Route = createFileRoute('/lessons/$slug')({
  validateSearch: (search: Record<string, unknown>): LessonSearch => (typeof search.token === 'string' ? { token: search.token } : {}),
  // The catalog loads with the lesson, not with every page of the app.
  loader: async ({ params }) => {
    const { loadLesson } = await import('../../features/lessons/catalog')
    const loaded = await loadLesson(params.slug)
    if (!loaded) throw notFound()
    return loaded
  },
  component: LessonPage,
})

function LessonPage() {
  const { lesson, content } = Route.useLoaderData()
  const { token } = Route.useSearch()
  const { memory } = Route.useRouteContext()
  const [completed, setCompleted] = useKeptState<ReadonlySet<string>>(memory, 'lessons.completed', () => new Set())
  return (
    <LessonView
      key={lesson.slug}
      lesson={lesson}
      content={content}
      {...(token ? { sharedToken: token } : {})}
      onCheckAnswered={(isCorrect) => {
        if (isCorrect) setCompleted(new Set([...completed, lesson.slug]))
      }}
    />
  )
}
