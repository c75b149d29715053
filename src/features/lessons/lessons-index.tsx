import { Link } from '@tanstack/react-router'
import { lessonCatalog } from './catalog'

export interface LessonsIndexProps {
  /** Slugs of the lessons whose self-check was answered right in this session. */
  completed: ReadonlySet<string>
}

export function LessonsIndex({ completed }: LessonsIndexProps) {
  return (
    <main className="mx-auto max-w-3xl px-4 py-10 leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">Lessons</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Twelve short lessons on how JWTs work and how they break. Each puts a real token in the debugger, asks you to break it, and ends with a
        question. Any lesson can be presented as slides for a workshop.
      </p>
      <ol className="mt-8 space-y-3">
        {lessonCatalog.map((lesson, index) => (
          <li key={lesson.slug}>
            <Link
              to="/lessons/$slug"
              params={{ slug: lesson.slug }}
              data-testid="lesson-link"
              className="block rounded-lg border border-slate-200 p-4 hover:border-sky-400 hover:bg-sky-50/50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:border-sky-600 dark:hover:bg-slate-900"
            >
              <span className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-semibold">
                  {index + 1}. {lesson.title}
                </span>
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  {completed.has(lesson.slug) ? '✓ done · ' : ''}
                  {lesson.minutes} min
                </span>
              </span>
              <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{lesson.summary}</span>
            </Link>
          </li>
        ))}
      </ol>
    </main>
  )
}
