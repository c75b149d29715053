import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { analyzeSdJwt, type SdJwtAnalysis } from '../../../src/core/sd-jwt/analyze-sd-jwt'
import { encodeBase64urlText } from '../../../src/core/encoding/base64url'
import type { JsonObject, JsonValue } from '../../../src/core/json/scan-json'

const digestOf = (text: string) => createHash('sha256').update(text).digest('base64url')

/** Whether "_sd" is a member name anywhere in the value. */
function hasSdMember(value: JsonValue): boolean {
  if (typeof value !== 'object' || value === null) return false
  if (Array.isArray(value)) return value.some(hasSdMember)
  return Object.hasOwn(value, '_sd') || Object.values(value).some(hasSdMember)
}

function valueAt(value: JsonValue, path: Array<string | number>): JsonValue | undefined {
  let current: JsonValue | undefined = value
  for (const step of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = Array.isArray(current) ? current[step as number] : Object.hasOwn(current, step) ? current[step as string] : undefined
  }
  return current
}

/** What every analysis promises, whatever it was given. */
function checkContract(analysis: SdJwtAnalysis, disclosures: string[]) {
  expect(analysis.disclosures).toHaveLength(disclosures.length)
  for (const [index, entry] of analysis.disclosures.entries()) {
    expect(entry.index).toBe(index)
    expect(entry.encoded).toBe(disclosures[index])
    expect(['matched', 'unmatched']).toContain(entry.state)
    for (const problem of entry.problems) expect(problem).toMatch(/\.$/)
  }
  for (const problem of analysis.problems) expect(problem).toMatch(/\.$/)
  expect(analysis.hiddenCount).toBeGreaterThanOrEqual(0)
  expect(hasSdMember(analysis.claims)).toBe(false)
  for (const { path, disclosure } of analysis.disclosed) {
    expect(analysis.disclosures[disclosure]!.path).toEqual(path)
    expect(valueAt(analysis.claims, path)).not.toBeUndefined()
  }
}

const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>
const payloads = fc.dictionary(fc.string(), json) as fc.Arbitrary<JsonObject>
// Well-formed and broken disclosures alike, built from JSON so some decode and match.
const disclosureTexts = fc.oneof(
  fc.string(),
  fc.base64String(),
  json.map((value) => encodeBase64urlText(JSON.stringify(value))),
  fc.tuple(fc.string(), fc.string(), json).map((contents) => encodeBase64urlText(JSON.stringify(contents))),
  fc.tuple(fc.string(), json).map((contents) => encodeBase64urlText(JSON.stringify(contents))),
)

describe('analyzeSdJwt never throws', () => {
  it('on arbitrary payloads and arbitrary strings as disclosures', () => {
    fc.assert(
      fc.property(payloads, fc.array(fc.string(), { maxLength: 5 }), (payload, disclosures) => {
        checkContract(analyzeSdJwt(payload, disclosures), disclosures)
      }),
    )
  })

  it('on payloads whose _sd arrays and "..." elements hold the digests of the disclosures, nested and repeated', () => {
    const cases = fc
      .record({
        payload: payloads,
        disclosures: fc.array(disclosureTexts, { maxLength: 6 }),
        nestedName: fc.string(),
        extra: fc.array(fc.oneof(fc.string(), json), { maxLength: 3 }),
        sdAlg: fc.constantFrom(undefined, 'sha-256', 'sha-512', 'md5', 7),
      })
      .map(({ payload, disclosures, nestedName, extra, sdAlg }) => {
        const digests: JsonValue[] = [...disclosures.map(digestOf), ...extra]
        const withDigests: JsonObject = {
          ...payload,
          _sd: digests,
          [nestedName]: { _sd: digests.slice(1), list: digests.map((digest) => ({ '...': digest })) },
          ...(sdAlg === undefined ? {} : { _sd_alg: sdAlg }),
        }
        return { payload: withDigests, disclosures }
      })
    fc.assert(
      fc.property(cases, ({ payload, disclosures }) => {
        checkContract(analyzeSdJwt(payload, disclosures), disclosures)
      }),
    )
  })
})
