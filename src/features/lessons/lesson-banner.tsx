import { Link } from '@tanstack/react-router'
import { findLesson } from './catalog'

/** On the debugger, the way back to the lesson a token was opened from. */
export function LessonBanner({ slug }: { slug: string }) {
  const lesson = findLesson(slug)
  if (!lesson) return null
  return (
    <p data-testid="lesson-banner" className="mx-auto max-w-screen-2xl px-4 pt-4 text-sm">
      <span className="rounded-md bg-sky-50 px-3 py-1.5 text-sky-950 dark:bg-sky-950 dark:text-sky-100">
        Opened from the lesson{' '}
        <Link to="/lessons/$slug" params={{ slug }} className="font-semibold underline">
          {lesson.title}
        </Link>
        : its steps continue there.
      </span>
    </p>
  )
}
