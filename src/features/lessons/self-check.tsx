import { useId, useState } from 'react'
import type { SelfCheck as SelfCheckValue } from './lesson'
import { RichText } from './rich-text'

export interface SelfCheckProps {
  check: SelfCheckValue
  /** Called with whether the answer given was right. */
  onAnswer?: (isCorrect: boolean) => void
  className?: string
}

// Sizes are in em, so the choices and the button stay as large as the question wherever it is shown:
// body text on a lesson page, projector type on a slide.
const checkButtonClass =
  'mt-[0.75em] rounded-md border border-slate-300 bg-white px-[0.75em] py-[0.3em] font-semibold text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700'

/** One question, one answer to pick, and feedback on the answer picked. */
export function SelfCheck({ check, onAnswer, className = '' }: SelfCheckProps) {
  const id = useId()
  const [picked, setPicked] = useState<number | null>(null)
  const [answered, setAnswered] = useState<number | null>(null)
  const answer = answered === null ? undefined : check.options[answered]
  return (
    <form
      data-testid="self-check"
      data-state={answer === undefined ? 'unanswered' : answer.isCorrect ? 'correct' : 'incorrect'}
      className={className}
      onSubmit={(event) => {
        event.preventDefault()
        if (picked === null) return
        setAnswered(picked)
        onAnswer?.(check.options[picked]!.isCorrect)
      }}
    >
      <fieldset>
        <legend className="font-semibold">
          <RichText text={check.question} />
        </legend>
        <div className="mt-[0.5em] space-y-[0.35em]">
          {check.options.map((option, index) => (
            <label key={index} htmlFor={`${id}-${index}`} className="flex items-start gap-[0.5em]">
              <input
                id={`${id}-${index}`}
                type="radio"
                name={id}
                className="mt-[0.25em] size-[1em] shrink-0 accent-sky-700 dark:accent-sky-400"
                checked={picked === index}
                onChange={() => setPicked(index)}
              />
              <span>
                <RichText text={option.text} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={checkButtonClass} disabled={picked === null}>
        Check my answer
      </button>
      <div aria-live="polite">
        {answer ? (
          <p
            data-testid="self-check-feedback"
            className={`mt-[0.75em] rounded-md border px-[0.75em] py-[0.5em] ${answer.isCorrect ? 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100' : 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100'}`}
          >
            {/* The verdict is said here, once; the lesson's feedback text only explains it. */}
            <strong>{answer.isCorrect ? 'Right.' : 'Not quite.'}</strong> <RichText text={answer.feedback} />
          </p>
        ) : null}
      </div>
    </form>
  )
}
