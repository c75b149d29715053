import { createFileRoute } from '@tanstack/react-router'
import { LessonsIndex } from '../../features/lessons/lessons-index'
import { useKeptState } from '../../hooks/use-kept-state'

export const Route = createFileRoute('/lessons/')({ component: LessonsPage })

function LessonsPage() {
  const { memory } = Route.useRouteContext()
  const [completed] = useKeptState<ReadonlySet<string>>(memory, 'lessons.completed', () => new Set())
  return <LessonsIndex completed={completed} />
}
