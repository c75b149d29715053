// The findings line with links to the lessons that teach each finding: loaded together, after the
// decoded token is on screen.
import { FindingsSummary, type FindingsSummaryProps } from '../../features/findings/findings-summary'
import { lessonForRule } from '../../features/lessons/catalog'

export function FindingsWithLessons(props: Omit<FindingsSummaryProps, 'lessonFor'>) {
  return <FindingsSummary {...props} lessonFor={lessonForRule} />
}
