// Workshop mode: a lesson as full-screen slides in large, high-contrast type, driven from the keyboard.
import { useEffect, useLayoutEffect, useRef } from 'react'
import type { LessonContent, LessonSection, LessonSummary } from './lesson'
import { LessonBlocks } from './lesson-blocks'
import { RichText } from './rich-text'
import { SelfCheck } from './self-check'

export interface PresenterViewProps {
  lesson: LessonSummary
  content: LessonContent
  /** 1-based, as in the link. */
  slide: number
  onSlideChange: (slide: number) => void
  onExit: () => void
}

type Slide = { kind: 'title' } | { kind: 'section'; section: LessonSection } | { kind: 'hands-on' } | { kind: 'check' }

// Type starts large and shrinks, a step at a time, until the slide fits the screen.
const LARGEST_TYPE_PX = 34
const SMALLEST_TYPE_PX = 16
const NEXT_KEYS = ['ArrowRight', 'ArrowDown', 'PageDown', ' ']
const PREVIOUS_KEYS = ['ArrowLeft', 'ArrowUp', 'PageUp']
const controlClass =
  'rounded-md border-2 border-current px-4 py-2 text-lg font-semibold disabled:opacity-30 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-sky-500'

export function slidesOf(content: LessonContent): Slide[] {
  return [{ kind: 'title' }, ...content.sections.map((section) => ({ kind: 'section' as const, section })), { kind: 'hands-on' }, { kind: 'check' }]
}

export function PresenterView({ lesson, content, slide, onSlideChange, onExit }: PresenterViewProps) {
  const slides = slidesOf(content)
  const current = Math.min(Math.max(slide, 1), slides.length)
  const shown = slides[current - 1]!
  const container = useRef<HTMLDivElement>(null)
  const latest = useRef({ current, count: slides.length, onSlideChange, onExit })
  useLayoutEffect(() => {
    latest.current = { current, count: slides.length, onSlideChange, onExit }
  })

  const body = useRef<HTMLDivElement>(null)
  const slideContent = useRef<HTMLDivElement>(null)

  useEffect(() => container.current?.focus(), [])
  useLayoutEffect(() => {
    const element = body.current
    if (!element) return
    const fit = () => {
      let size = LARGEST_TYPE_PX
      element.style.fontSize = `${size}px`
      while (element.scrollHeight > element.clientHeight && size > SMALLEST_TYPE_PX) {
        size -= 2
        element.style.fontSize = `${size}px`
      }
    }
    fit()
    window.addEventListener('resize', fit)
    // A slide can grow while it is shown, as the self-check's feedback does. The refit waits for the
    // next frame: resizing the observed element inside the observer's callback is a loop error.
    let frame = 0
    const refit = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(fit)
    }
    const growth = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(refit)
    if (slideContent.current) growth?.observe(slideContent.current)
    return () => {
      window.removeEventListener('resize', fit)
      growth?.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [current, content])
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Keys typed into the self-check's controls stay with them, and Space still presses a button.
      if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return
      if (event.key === ' ' && event.target instanceof Element && event.target.closest('button, a, summary')) return
      const { current: at, count, onSlideChange: go, onExit: exit } = latest.current
      const target = NEXT_KEYS.includes(event.key) ? at + 1 : PREVIOUS_KEYS.includes(event.key) ? at - 1 : event.key === 'Home' ? 1 : event.key === 'End' ? count : undefined
      if (event.key === 'Escape') {
        event.preventDefault()
        exit()
      } else if (target !== undefined) {
        event.preventDefault()
        if (target >= 1 && target <= count && target !== at) go(target)
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <div
      ref={container}
      tabIndex={-1}
      role="region"
      aria-roledescription="slides"
      aria-label={`${lesson.title}: slide ${current} of ${slides.length}`}
      data-testid="presenter"
      data-slide={current}
      data-slides={slides.length}
      className="fixed inset-0 z-50 flex flex-col bg-white text-black outline-none dark:bg-black dark:text-white"
    >
      <div className="flex items-center justify-between gap-4 px-8 pt-5 text-lg">
        <span className="font-semibold">{lesson.title}</span>
        <button type="button" onClick={onExit} className={controlClass}>
          Leave (Esc)
        </button>
      </div>
      <div ref={body} aria-live="polite" className="mx-auto flex min-h-0 w-full max-w-6xl flex-1 flex-col [justify-content:safe_center] overflow-auto px-10 py-6 leading-snug">
        <div ref={slideContent} className="flex flex-col gap-[0.8em]">
          <SlideContent slide={shown} lesson={lesson} content={content} />
        </div>
      </div>
      <div className="flex items-center justify-between gap-4 px-8 pb-5 text-lg">
        <button type="button" onClick={() => onSlideChange(current - 1)} disabled={current === 1} className={controlClass} aria-label="Previous slide">
          ←
        </button>
        <span data-testid="presenter-counter">
          {current} / {slides.length}
        </span>
        <button type="button" onClick={() => onSlideChange(current + 1)} disabled={current === slides.length} className={controlClass} aria-label="Next slide">
          →
        </button>
      </div>
    </div>
  )
}

function SlideContent({ slide, lesson, content }: { slide: Slide; lesson: LessonSummary; content: LessonContent }) {
  switch (slide.kind) {
    case 'title':
      return (
        <>
          <h1 className="text-[2em] leading-tight font-bold tracking-tight">{lesson.title}</h1>
          <p>{lesson.summary}</p>
        </>
      )
    case 'section':
      return (
        <>
          <h2 className="text-[1.5em] leading-tight font-bold tracking-tight">{slide.section.heading}</h2>
          <div className="flex flex-col gap-[0.6em] [&_figcaption]:text-[0.7em] [&_figure_pre]:max-h-[12em] [&_figure_pre]:text-[0.7em]">
            <LessonBlocks blocks={slide.section.blocks} tries={content.tries} slug={lesson.slug} isCompact />
          </div>
        </>
      )
    case 'hands-on':
      return (
        <>
          <h2 className="text-[1.5em] leading-tight font-bold tracking-tight">Try it</h2>
          <ol className="list-decimal space-y-2 pl-10">
            {content.handsOn.map((step, index) => (
              <li key={index}>
                <RichText text={step} />
              </li>
            ))}
          </ol>
        </>
      )
    case 'check':
      return (
        <>
          <h2 className="text-[1.5em] leading-tight font-bold tracking-tight">Check yourself</h2>
          <SelfCheck check={content.check} />
        </>
      )
  }
}
