// Runs every rule on the token in front of the user: findings are facts about this token and key.
import { rules, type LintContext, type RuleId, type Severity } from './rules'

export interface Finding {
  rule: RuleId
  severity: Severity
  title: string
  detail: string
}

const severityOrder: Record<Severity, number> = { critical: 0, warning: 1, info: 2 }

/** The findings for this token, most severe first. */
export function lintToken(context: LintContext): Finding[] {
  const findings: Finding[] = []
  for (const { id, severity, title, detect } of rules) {
    const detection = detect(context)
    if (detection) findings.push({ rule: id, severity: detection.severity ?? severity, title, detail: detection.detail })
  }
  return findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
}
