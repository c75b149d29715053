// Why each finding matters and how to fix it: prose that loads in a chunk of its own, after the
// findings it explains, so none of it weighs on the first render.
import { useEffect, useState } from 'react'
import type { RuleId } from '../../core/lint/rules'
import type { RuleText } from '../../core/lint/rule-texts'

export type RuleTexts = Record<RuleId, RuleText>

/** `loading` until the chunk arrives; `unavailable` when it cannot (offline before it was cached). */
export type RuleTextsState = RuleTexts | 'loading' | 'unavailable'

let loaded: RuleTexts | undefined

export function useRuleTexts(): RuleTextsState {
  const [state, setState] = useState<RuleTextsState>(loaded ?? 'loading')
  useEffect(() => {
    if (loaded) return
    let isCurrent = true
    import('../../core/lint/rule-texts').then(
      ({ ruleTexts }) => {
        loaded = ruleTexts
        if (isCurrent) setState(ruleTexts)
      },
      () => {
        if (isCurrent) setState('unavailable')
      },
    )
    return () => {
      isCurrent = false
    }
  }, [])
  return state
}
