// Pure: what the JSON views' tooltips say about claims and header parameters.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { loadClaimDescriptions, styleClaim, styleHeaderParameter } from '../../../src/features/decoded-token/member-style'

const nowSeconds = 1_767_225_600 // 2026-01-01T00:00:00Z

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(nowSeconds * 1000)
})
afterEach(() => {
  vi.useRealTimers()
})

const describeExp = (valueText: string) => styleClaim('exp')!.describeValue!(valueText)

describe('the JSON views’ member styles, before their words have loaded', () => {
  it('colour by kind, and name the member alone', () => {
    expect(styleClaim('exp')!.className).toBe('claim-time')
    expect(styleClaim('exp')!.describe!()).toEqual({ heading: 'exp', text: '', source: '' })
    expect(styleHeaderParameter('kid')!.className).toBe('claim-authorization')
  })
})

describe('the JSON views’ member styles', () => {
  beforeAll(() => loadClaimDescriptions())

  it('name a claim with its meaning and where it is defined, without a title attribute', () => {
    const style = styleClaim('exp')!
    expect(style.className).toBe('claim-time')
    expect(style).not.toHaveProperty('title')
    expect(style.describe!()).toEqual({
      heading: 'Expiration time (exp)',
      text: 'The moment from which the token must no longer be accepted, in seconds since 1970.',
      source: 'RFC 7519 §4.1.4',
    })
    expect(styleHeaderParameter('alg')!.describe!().source).toMatch(/^RFC 7515/)
    expect(styleClaim('not-a-registered-claim')).toBeUndefined()
  })

  it.each([
    ['in 59 minutes 30 seconds', String(nowSeconds + 59 * 60 + 30)],
    ['3 days ago', String(nowSeconds - 3 * 86400 - 5)],
    ['now', String(nowSeconds)],
    ['in 2 hours', `${nowSeconds + 7200}.5`],
  ])('give a time claim’s value in local time, UTC and relative (%s)', (relative, valueText) => {
    const facts = describeExp(valueText)!.facts!
    expect(facts.map((fact) => fact.label)).toEqual(['Local', 'UTC', 'Relative'])
    expect(facts[1]!.value).toMatch(/^20\d\d-\d\d-\d\d \d\d:\d\d:\d\d UTC$/)
    expect(facts[2]!.value).toBe(relative)
  })

  it.each([
    ['1e999', 'not a finite time'],
    ['-1e999', 'not a finite time'],
    ['1e300', 'beyond any calendar date'],
    ['8640000000001', 'beyond any calendar date'],
  ])('put %s in words instead of a date', (valueText, words) => {
    expect(describeExp(valueText)!.text).toContain(words)
  })

  it('say nothing about a time claim that is not a number', () => {
    for (const valueText of ['"2026-01-01"', 'true', 'null']) expect(describeExp(valueText)).toBeUndefined()
  })

  it('never throw, whatever the value text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double().map(String), fc.bigInt().map(String)), (valueText) => {
        expect(() => describeExp(valueText)).not.toThrow()
      }),
    )
  })

  it('give no value tooltip to claims that are not times', () => {
    expect(styleClaim('sub')!.describeValue).toBeUndefined()
  })
})
