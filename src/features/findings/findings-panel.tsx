import { Link } from '@tanstack/react-router'
import { Panel } from '../../components/panel'
import { Badge, type BadgeTone } from '../../components/badge'
import type { Finding } from '../../core/lint/lint-token'
import type { RuleId, Severity } from '../../core/lint/rules'
import { useFindings, type FindingsInputs } from './use-findings'

const severityLabels: Record<Severity, { label: string; plural: string; tone: BadgeTone }> = {
  critical: { label: 'Critical', plural: 'critical', tone: 'bad' },
  warning: { label: 'Warning', plural: 'warnings', tone: 'warning' },
  info: { label: 'Note', plural: 'notes', tone: 'info' },
}

/** A lesson that teaches a finding, to link to. */
export interface TeachingLesson {
  slug: string
  title: string
}

export interface FindingsPanelProps extends FindingsInputs {
  lessonFor: (rule: RuleId) => TeachingLesson | undefined
}

/** What is risky about the token and key in front of the user, most severe first. */
export function FindingsPanel({ lessonFor, ...inputs }: FindingsPanelProps) {
  const findings = useFindings(inputs)
  const counts = (['critical', 'warning', 'info'] as const)
    .map((severity) => ({ severity, count: findings.filter((finding) => finding.severity === severity).length }))
    .filter(({ count }) => count > 0)
  return (
    <Panel
      id="findings"
      title="Security findings"
      actions={counts.map(({ severity, count }) => (
        <Badge key={severity} tone={severityLabels[severity].tone}>
          {count} {count === 1 && severity !== 'critical' ? severityLabels[severity].plural.replace(/s$/, '') : severityLabels[severity].plural}
        </Badge>
      ))}
    >
      {findings.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-700 dark:text-slate-300">
          Nothing here matches a known pitfall: the algorithm, the key headers, the times, the audience and issuer, the size, and the claims for
          secrets or personal data were all checked.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {findings.map((finding) => (
            <FindingItem key={finding.rule} finding={finding} lesson={lessonFor(finding.rule)} />
          ))}
        </ul>
      )}
    </Panel>
  )
}

function FindingItem({ finding, lesson }: { finding: Finding; lesson: TeachingLesson | undefined }) {
  const { label, tone } = severityLabels[finding.severity]
  return (
    <li data-testid="finding" data-rule={finding.rule} data-severity={finding.severity} className="px-4 py-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-2">
        <Badge tone={tone}>{label}</Badge>
        <h3 className="font-semibold">{finding.title}</h3>
      </div>
      <p className="mt-1 break-words text-slate-800 dark:text-slate-200">{finding.detail}</p>
      <details className="mt-1">
        <summary className="cursor-pointer text-xs font-medium text-sky-800 dark:text-sky-300">Why it matters, and the fix</summary>
        <dl className="mt-2 space-y-2 text-slate-700 dark:text-slate-300">
          <div>
            <dt className="text-xs font-semibold tracking-wide uppercase">Why it matters</dt>
            <dd>{finding.why}</dd>
          </div>
          <div>
            <dt className="text-xs font-semibold tracking-wide uppercase">How to fix it</dt>
            <dd>{finding.fix}</dd>
          </div>
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
          <div>
            <dt className="text-xs font-semibold tracking-wide uppercase">Source</dt>
            <dd className="flex flex-wrap gap-x-3">
              {finding.references.map((reference) => (
                <a key={reference.label} href={reference.url} target="_blank" rel="noreferrer" className="text-sky-800 underline dark:text-sky-300">
                  {reference.label}
                </a>
              ))}
            </dd>
          </div>
        </dl>
      </details>
    </li>
  )
}
