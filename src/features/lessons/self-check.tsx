import { useId, useState } from 'react'
import { buttonClass } from '../../components/copy-button'
import type { SelfCheck as SelfCheckValue } from './lesson'
import { RichText } from './rich-text'

export interface SelfCheckProps {
  check: SelfCheckValue
  /** Called with whether the answer given was right. */
  onAnswer?: (isCorrect: boolean) => void
  className?: string
}

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
        <div className="mt-2 space-y-1.5">
          {check.options.map((option, index) => (
            <label key={index} htmlFor={`${id}-${index}`} className="flex items-start gap-2">
              <input id={`${id}-${index}`} type="radio" name={id} className="mt-1" checked={picked === index} onChange={() => setPicked(index)} />
              <span>
                <RichText text={option.text} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={`mt-3 ${buttonClass}`} disabled={picked === null}>
        Check my answer
      </button>
      <div aria-live="polite">
        {answer ? (
          <p
            data-testid="self-check-feedback"
            className={`mt-3 rounded-md border px-3 py-2 ${answer.isCorrect ? 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100' : 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100'}`}
          >
            <strong>{answer.isCorrect ? 'Right. ' : 'Not quite. '}</strong>
            <RichText text={answer.feedback} />
          </p>
        ) : null}
      </div>
    </form>
  )
}
