// Comparing is symmetric and reflexive: the laws a reader relies on when swapping the two tokens.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compareTokens } from '../../../src/core/compare/compare-tokens'
import { readTokenSide } from '../../../src/core/compare/token-side'
import type { MemberDiff } from '../../../src/core/compare/member-diff'
import type { JsonObject, JsonValue } from '../../../src/core/json/scan-json'
import { makeToken } from '../../fixtures/tokens'

// JSON as a token carries it: no -0 (JSON text has none once parsed back) and no undefined.
const json = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value)) as JsonValue)
const names = fc.constantFrom('iss', 'sub', 'aud', 'exp', 'iat', 'nbf', 'auth_time', 'jti', 'sid', 'scope', 'roles', 'a', 'b', '__proto__')
const claims = fc.dictionary(names, fc.oneof(json, fc.integer({ min: 0, max: 4_000_000_000 })), { maxKeys: 8 }) as fc.Arbitrary<JsonObject>
const header = fc.record({ alg: fc.constantFrom('HS256', 'ES256', 'none'), kid: fc.option(fc.string(), { nil: undefined }), typ: fc.option(fc.constant('JWT'), { nil: undefined }) })

function diffs(first: string, second: string): MemberDiff[] {
  const result = compareTokens(readTokenSide(first), readTokenSide(second))
  if (result.state !== 'compared') throw new Error('not compared')
  return result.diffs
}

const mirror: Record<MemberDiff['change'], MemberDiff['change']> = { added: 'removed', removed: 'added', changed: 'changed' }
const key = (diff: MemberDiff) => `${diff.part}:${diff.name}`
const sorted = (list: MemberDiff[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)))

describe('compareTokens, for any claims', () => {
  it('finds no differences between a payload and itself, in any member order', () => {
    fc.assert(
      fc.property(header, claims, (head, payload) => {
        const reordered = Object.fromEntries(Object.entries(payload).reverse())
        expect(diffs(makeToken(head, payload), makeToken(head, reordered))).toEqual([])
      }),
    )
  })

  it('gives the mirror of B to A when comparing A to B: added and removed swap, values swap', () => {
    fc.assert(
      fc.property(header, claims, header, claims, (headA, a, headB, b) => {
        const forward = sorted(diffs(makeToken(headA, a), makeToken(headB, b)))
        const backward = sorted(diffs(makeToken(headB, b), makeToken(headA, a)))
        expect(backward.map(({ part, name, change, before, after }) => ({ part, name, change: mirror[change], before: after, after: before }))).toEqual(
          forward.map(({ part, name, change, before, after }) => ({ part, name, change, before, after })),
        )
      }),
    )
  })

  it('lists a member only when its values differ by deep equality', () => {
    fc.assert(
      fc.property(claims, claims, (a, b) => {
        const listed = new Set(diffs(makeToken({ alg: 'HS256' }, a), makeToken({ alg: 'HS256' }, b)).map((diff) => diff.name))
        for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
          const same = Object.hasOwn(a, name) === Object.hasOwn(b, name) && JSON.stringify(sortKeys(a[name])) === JSON.stringify(sortKeys(b[name]))
          expect(listed.has(name)).toBe(!same)
        }
      }),
    )
  })
})

function sortKeys(value: JsonValue | undefined): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((name) => [name, sortKeys(value[name])]))
  return value
}
