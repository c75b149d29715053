import { Link } from '@tanstack/react-router'
import { Badge, type BadgeTone } from '../../components/badge'
import type { Finding } from '../../core/lint/lint-token'
import type { RuleId, Severity } from '../../core/lint/rules'
import { useFindings, type FindingsInputs } from './use-findings'
import { useRuleTexts, type RuleTextsState } from './use-rule-texts'
import { joinWords } from '../../core/text/words'

const severityLabels: Record<Severity, { label: string; one: string; many: string; tone: BadgeTone }> = {
  critical: { label: 'Critical', one: 'critical', many: 'critical', tone: 'bad' },
  warning: { label: 'Warning', one: 'warning', many: 'warnings', tone: 'warning' },
  info: { label: 'Note', one: 'note', many: 'notes', tone: 'info' },
}

/** A lesson that teaches a finding, to link to. */
export interface TeachingLesson {
  slug: string
  title: string
}

export interface FindingsSummaryProps extends FindingsInputs {
  lessonFor: (rule: RuleId) => TeachingLesson | undefined
  /** Puts a secret the findings discovered into the key box. */
  onUseSecret: (secret: string) => void
}

/** What is risky about the token and key, as one line that opens into the list, most severe first. */
export function FindingsSummary({ lessonFor, onUseSecret, ...inputs }: FindingsSummaryProps) {
  const { findings, signingSecret } = useFindings(inputs)
  const texts = useRuleTexts()
  if (findings === null) {
    return (
      <p data-testid="findings" role="status" className="min-w-0 flex-1 basis-48 px-4 py-2 text-sm text-slate-600 dark:text-slate-400">
        Checking this large token for known pitfalls…
      </p>
    )
  }
  const counts = (['critical', 'warning', 'info'] as const)
    .map((severity) => ({ severity, count: findings.filter((finding) => finding.severity === severity).length }))
    .filter(({ count }) => count > 0)
  // A token that does not decode was not fully checked: it never gets an all-clear.
  const failedParts = [...new Set(inputs.decoded.failures.map((failure) => (failure.part === 'shape' ? 'token' : failure.part)))]
  const couldNotRun = failedParts.length > 0 ? `Some checks could not run: the ${joinWords(failedParts)} does not decode.` : null
  const secretToOffer = signingSecret !== undefined && !(inputs.material.kind === 'secret' && inputs.material.text === signingSecret) ? signingSecret : undefined

  // A critical finding is shown without a click; a token that turns critical opens the list again.
  const hasCritical = findings.some((finding) => finding.severity === 'critical')
  return (
    <details key={String(hasCritical)} open={hasCritical || undefined} className="group min-w-0 flex-1 basis-48 text-sm open:basis-full" data-testid="findings">
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-4 py-2 marker:content-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600">
        <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-90">
          ▸
        </span>
        <span className="font-semibold">Findings</span>
        {counts.map(({ severity, count }) => (
          <Badge key={severity} tone={severityLabels[severity].tone}>
            {count} {count === 1 ? severityLabels[severity].one : severityLabels[severity].many}
          </Badge>
        ))}
        <span className="min-w-0 flex-1 truncate text-slate-700 dark:text-slate-300">
          {findings.length > 0 ? findings[0]!.title : couldNotRun ?? 'no known pitfall'}
          {findings.length > 1 ? ` and ${findings.length - 1} more` : ''}
        </span>
      </summary>
      {couldNotRun ? (
        <p data-testid="findings-incomplete" className="mx-4 mb-2 rounded-md bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          {couldNotRun} Fix the token to check everything.
        </p>
      ) : null}
      {findings.length === 0 && !couldNotRun ? (
        <p className="px-4 pb-3 text-slate-700 dark:text-slate-300">
          Nothing here matches a known pitfall: the algorithm, the key headers, the times, the audience and issuer, the size, and the claims for secrets or
          personal data were all checked.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 border-t border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {findings.map((finding) => (
            <FindingItem
              key={finding.rule}
              finding={finding}
              texts={texts}
              lesson={lessonFor(finding.rule)}
              action={
                finding.rule === 'weak-secret' && secretToOffer !== undefined ? (
                  <button type="button" onClick={() => onUseSecret(secretToOffer)} className="mt-1 font-medium text-sky-800 underline dark:text-sky-300">
                    Use this secret to verify and sign
                  </button>
                ) : null
              }
            />
          ))}
        </ul>
      )}
    </details>
  )
}

interface FindingItemProps {
  finding: Finding
  texts: RuleTextsState
  lesson: TeachingLesson | undefined
  action: React.ReactNode
}

function FindingItem({ finding, texts, lesson, action }: FindingItemProps) {
  const { label, tone } = severityLabels[finding.severity]
  const text = typeof texts === 'string' ? undefined : texts[finding.rule]
  return (
    <li data-testid="finding" data-rule={finding.rule} data-severity={finding.severity} className="px-4 py-2.5">
      <div className="flex flex-wrap items-baseline gap-2">
        <Badge tone={tone}>{label}</Badge>
        <h3 className="font-semibold">{finding.title}</h3>
      </div>
      <p className="mt-1 break-words text-slate-800 dark:text-slate-200">{finding.detail}</p>
      {action}
      <details className="mt-1">
        <summary className="cursor-pointer text-xs font-medium text-sky-800 dark:text-sky-300">Why it matters, and the fix</summary>
        {text ? null : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            {texts === 'loading' ? 'Loading the explanation…' : 'The explanation could not load; reload the page when you are online.'}
          </p>
        )}
        <dl className="mt-2 space-y-2 text-slate-700 dark:text-slate-300">
          {text ? (
            <>
              <div>
                <dt className="text-xs font-semibold tracking-wide uppercase">Why it matters</dt>
                <dd>{text.why}</dd>
              </div>
              <div>
                <dt className="text-xs font-semibold tracking-wide uppercase">How to fix it</dt>
                <dd>{text.fix}</dd>
              </div>
            </>
          ) : null}
          {lesson ? (
            <div>
              <dt className="text-xs font-semibold tracking-wide uppercase">Learn it</dt>
              <dd>
                <Link to="/lessons/$slug" params={{ slug: lesson.slug }} className="text-sky-800 underline dark:text-sky-300">
                  Lesson: {lesson.title}
                </Link>
              </dd>
            </div>
          ) : null}
          {text ? (
            <div>
              <dt className="text-xs font-semibold tracking-wide uppercase">Source</dt>
              <dd className="flex flex-wrap gap-x-3">
                {text.references.map((reference) => (
                  <a key={reference.label} href={reference.url} target="_blank" rel="noreferrer" className="text-sky-800 underline dark:text-sky-300">
                    {reference.label}
                  </a>
                ))}
              </dd>
            </div>
          ) : null}
        </dl>
      </details>
    </li>
  )
}
