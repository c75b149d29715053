import { describe, expect, it } from 'vitest'
import { rules } from '../../../src/core/lint/rules'
import { ruleTexts } from '../../../src/core/lint/rule-texts'

describe('ruleTexts', () => {
  it.each(rules.map((rule) => rule.id))('explains %s, with sources', (id) => {
    const text = ruleTexts[id]
    expect(text.why.length).toBeGreaterThan(40)
    expect(text.fix.length).toBeGreaterThan(20)
    expect(text.references.length).toBeGreaterThan(0)
    for (const { label, url } of text.references) {
      expect(label).not.toBe('')
      expect(url).toMatch(/^https:\/\//)
    }
  })

  it('explains no rule that does not exist', () => {
    expect(Object.keys(ruleTexts).sort()).toEqual(rules.map((rule) => rule.id).sort())
  })
})
