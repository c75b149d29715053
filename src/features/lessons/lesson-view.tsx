import { useState } from 'react'
import { Link } from '@tanstack/react-router'
import { CopyButton } from '../../components/copy-button'
import { rules } from '../../core/lint/rules'
import type { LessonContent, LessonSummary } from './lesson'
import { lessonCatalog } from './catalog'
import { LessonBlocks, TryToken } from './lesson-blocks'
import { RichText } from './rich-text'
import { SelfCheck } from './self-check'

export interface LessonViewProps {
  lesson: LessonSummary
  content: LessonContent
  /** A token a trainer put in the link, to open alongside the lesson's own. */
  sharedToken?: string
  onCheckAnswered: (isCorrect: boolean) => void
}

const headingClass = 'mt-10 text-xl font-semibold tracking-tight'

export function LessonView({ lesson, content, sharedToken, onCheckAnswered }: LessonViewProps) {
  const position = lessonCatalog.findIndex((entry) => entry.slug === lesson.slug)
  const previous = lessonCatalog[position - 1]
  const next = lessonCatalog[position + 1]
  const explained = rules.filter((rule) => lesson.findings.includes(rule.id))
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 leading-relaxed">
      <nav aria-label="Lesson" className="text-sm">
        <Link to="/lessons" className="text-sky-700 underline dark:text-sky-400">
          All lessons
        </Link>
      </nav>
      <p className="mt-4 text-sm font-medium text-slate-600 dark:text-slate-400">
        Lesson {position + 1} of {lessonCatalog.length} · {lesson.minutes} min
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{lesson.title}</h1>
      <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{lesson.summary}</p>
      <p className="mt-3">
        <Link
          to="/present/$slug"
          params={{ slug: lesson.slug }}
          search={{ slide: 1 }}
          data-testid="lesson-present"
          className="inline-flex rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Present as slides
        </Link>
      </p>

      {sharedToken ? (
        <section aria-labelledby="shared-token" className="mt-6">
          <h2 id="shared-token" className="text-lg font-semibold">
            The token your trainer shared
          </h2>
          <div className="mt-2">
            <TryToken lessonTry={{ label: 'Open it in the debugger', token: sharedToken }} slug={lesson.slug} />
          </div>
        </section>
      ) : null}

      {content.sections.map((section) => (
        <section key={section.heading} className="space-y-3">
          <h2 className={headingClass}>{section.heading}</h2>
          <LessonBlocks blocks={section.blocks} tries={content.tries} slug={lesson.slug} />
        </section>
      ))}

      <section>
        <h2 className={headingClass}>Try it</h2>
        <ol className="mt-3 list-decimal space-y-1.5 pl-6">
          {content.handsOn.map((step, index) => (
            <li key={index}>
              <RichText text={step} />
            </li>
          ))}
        </ol>
      </section>

      <section>
        <h2 className={headingClass}>Check yourself</h2>
        <SelfCheck check={content.check} onAnswer={onCheckAnswered} className="mt-3" />
      </section>

      <section>
        <h2 className={headingClass}>Further</h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {explained.map((rule) => (
            <li key={rule.id}>
              Finding <code className="font-mono text-sm">{rule.id}</code>: {rule.title}
            </li>
          ))}
          {content.references.map((reference) => (
            <li key={reference.url}>
              <a href={reference.url} target="_blank" rel="noreferrer" className="text-sky-700 underline dark:text-sky-400">
                {reference.label}
              </a>
            </li>
          ))}
          <li>
            <Link to="/" className="text-sky-700 underline dark:text-sky-400">
              The debugger
            </Link>
          </li>
        </ul>
      </section>

      <WorkshopLink slug={lesson.slug} />

      <nav aria-label="Next and previous lessons" className="mt-12 flex flex-wrap justify-between gap-4 border-t border-slate-200 pt-4 text-sm dark:border-slate-800">
        {previous ? (
          <Link to="/lessons/$slug" params={{ slug: previous.slug }} className="text-sky-700 underline dark:text-sky-400">
            ← {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to="/lessons/$slug" params={{ slug: next.slug }} className="text-sky-700 underline dark:text-sky-400">
            {next.title} →
          </Link>
        ) : null}
      </nav>
    </main>
  )
}

/** A link for a group: this lesson, with a token of the trainer's choosing. */
function WorkshopLink({ slug }: { slug: string }) {
  const [token, setToken] = useState('')
  const link = `${window.location.origin}${window.location.pathname}#/lessons/${slug}${token.trim() ? `?token=${encodeURIComponent(token.trim())}` : ''}`
  return (
    <section className="mt-10 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-700">
      <h2 className="font-semibold">Running a workshop?</h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Present this lesson as slides (arrow keys to move, Escape to leave), and hand out a link that opens it, with a token of your choice if you
        like. The token travels after the <code>#</code>, so it never reaches a server.
      </p>
      <label htmlFor="workshop-token" className="mt-3 block text-xs font-medium">
        A token to include (optional)
      </label>
      <input
        id="workshop-token"
        value={token}
        onChange={(event) => setToken(event.target.value)}
        spellCheck={false}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
      />
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code data-testid="workshop-link" className="min-w-0 flex-1 font-mono text-xs break-all">
          {link}
        </code>
        <CopyButton text={link} label="Copy the workshop link" />
      </div>
    </section>
  )
}
