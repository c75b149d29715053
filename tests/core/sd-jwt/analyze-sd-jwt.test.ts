import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { analyzeSdJwt, analyzeSdJwtInSlices } from '../../../src/core/sd-jwt/analyze-sd-jwt'
import { splitSdJwt } from '../../../src/core/sd-jwt/split-sd-jwt'
import { decodeToken } from '../../../src/core/token/decode-token'
import { verifySignature } from '../../../src/core/verify/verify-signature'
import { encodeBase64urlText } from '../../../src/core/encoding/base64url'
import type { JsonObject, JsonValue } from '../../../src/core/json/scan-json'
import {
  complexPresentation,
  complexPresentedDigests,
  complexProcessedPayload,
  issuerPublicJwk,
  mainDisclosures,
  mainPayload,
  mainPresentation,
  mainProcessedPayload,
  mainSdJwt,
  mainUserClaims,
  nationalitiesPayload,
  nationalityFrDisclosure,
  recursiveDisclosures,
  recursivePayload,
  structuredDecoys,
  structuredDisclosures,
  structuredPresentation,
  structuredProcessedPayload,
  structuredUserClaims,
} from '../../fixtures/sd-jwt-examples'

/** Splits an SD-JWT text and analyzes it with its Issuer-signed JWT's payload. */
function analyzeText(text: string) {
  const parts = splitSdJwt(text)!
  const payload = decodeToken(parts.issuerJwt)!.payload
  if (payload.type !== 'json') throw new Error('the example has no JSON payload')
  return analyzeSdJwt(payload.value as JsonObject, parts.disclosures)
}

/** A disclosure built here from readable JSON, with its SHA-256 digest. */
function disclosure(contents: JsonValue[]): { encoded: string; digest: string } {
  const encoded = encodeBase64urlText(JSON.stringify(contents))
  return { encoded, digest: createHash('sha256').update(encoded).digest('base64url') }
}

const { iss, iat, exp, cnf } = mainPayload

describe('analyzeSdJwt on the spec examples', () => {
  // A transcription check: a slip in a typed-in example breaks its issuer signature.
  it.each([
    ['§5.1', mainSdJwt],
    ['§5.2', mainPresentation],
    ['A.1', structuredPresentation],
    ['A.2', complexPresentation],
  ])('works on the %s example, whose Issuer-signed JWT verifies with the Appendix A.5 key', async (_section, text) => {
    const status = await verifySignature(decodeToken(splitSdJwt(text)!.issuerJwt)!, { kind: 'jwk', jwk: issuerPublicJwk }, 'utf8')
    expect(status.state).toBe('valid')
  })

  it('discloses every claim of the §5.1 SD-JWT, giving back the input claims', () => {
    const analysis = analyzeText(mainSdJwt)
    expect(analysis.claims).toEqual({ ...mainUserClaims, iss, iat, exp, cnf })
    expect(analysis.problems).toEqual([])
    expect(analysis.hiddenCount).toBe(0)
    expect(analysis.hashAlg).toBe('sha-256')
    expect(analysis.isHashSupported).toBe(true)
    expect(analysis.disclosures.map(({ digest, salt, name, value, state, problems }) => ({ digest, contents: name === undefined ? [salt, value] : [salt, name, value], state, problems }))).toEqual(
      mainDisclosures.map(({ digest, contents }) => ({ digest, contents, state: 'matched', problems: [] })),
    )
  })

  it('gives the §5.2 presentation the Processed SD-JWT Payload the spec prints', () => {
    const analysis = analyzeText(mainPresentation)
    expect(analysis.claims).toEqual(mainProcessedPayload)
    expect(analysis.problems).toEqual([])
    // Five object digests and the "DE" element stay hidden.
    expect(analysis.hiddenCount).toBe(6)
    expect(analysis.disclosed).toEqual([
      { path: ['nationalities', 0], disclosure: 3 },
      { path: ['family_name'], disclosure: 0 },
      { path: ['address'], disclosure: 1 },
      { path: ['given_name'], disclosure: 2 },
    ])
  })

  it('gives the Appendix A.1 presentation the Processed SD-JWT Payload the spec prints', () => {
    const analysis = analyzeText(structuredPresentation)
    expect(analysis.claims).toEqual(structuredProcessedPayload)
    expect(analysis.disclosures.map(({ path }) => path)).toEqual([
      ['address', 'region'],
      ['address', 'country'],
    ])
    expect(analysis.hiddenCount).toBe(14)
  })

  it('counts the six Appendix A.1 decoys as hidden when every real disclosure is presented', () => {
    const issuerJwt = splitSdJwt(structuredPresentation)!.issuerJwt
    const analysis = analyzeText(`${issuerJwt}~${structuredDisclosures.map(({ encoded }) => `${encoded}~`).join('')}`)
    expect(analysis.claims).toEqual({ ...structuredUserClaims, iss, iat, exp })
    expect(analysis.hiddenCount).toBe(structuredDecoys.length)
    expect(analysis.disclosures.map(({ digest }) => digest)).toEqual(structuredDisclosures.map(({ digest }) => digest))
    expect(analysis.problems).toEqual([])
  })

  it('processes the Appendix A.2 presentation, through an array element that hides more claims', () => {
    const analysis = analyzeText(complexPresentation)
    expect(analysis.claims).toEqual(complexProcessedPayload)
    expect(analysis.problems).toEqual([])
    expect(analysis.disclosures.map(({ digest }) => digest)).toEqual(complexPresentedDigests)
    expect(analysis.disclosures.map(({ path }) => path)).toEqual([
      ['verified_claims', 'verification', 'time'],
      ['verified_claims', 'verification', 'evidence', 0],
      ['verified_claims', 'verification', 'evidence', 0, 'method'],
      ['verified_claims', 'claims', 'given_name'],
      ['verified_claims', 'claims', 'family_name'],
      ['verified_claims', 'claims', 'address'],
    ])
    expect(analysis.hiddenCount).toBe(10)
  })

  const street = recursiveDisclosures.map(({ encoded }) => encoded)
  it.each([
    {
      name: 'all five disclosures',
      disclosures: street,
      address: { street_address: 'Schulstr. 12', locality: 'Schulpforta', region: 'Sachsen-Anhalt', country: 'DE' },
      hiddenCount: 0,
    },
    { name: 'the address disclosure alone, as an empty object', disclosures: [street[4]!], address: {}, hiddenCount: 4 },
    { name: 'address and region', disclosures: [street[2]!, street[4]!], address: { region: 'Sachsen-Anhalt' }, hiddenCount: 3 },
  ])('processes the §6.3 recursive disclosures: $name', ({ disclosures, address, hiddenCount }) => {
    const analysis = analyzeSdJwt(recursivePayload, disclosures)
    const { iss: _iss, iat: _iat, exp: _exp, sub } = recursivePayload
    expect(analysis.claims).toEqual({ iss, iat, exp, sub, address })
    expect(analysis.hiddenCount).toBe(hiddenCount)
    expect(analysis.problems).toEqual([])
    expect(analysis.disclosures.every(({ state, problems }) => state === 'matched' && problems.length === 0)).toBe(true)
  })

  it('rejects a §6.3 member disclosure sent without the address disclosure that holds its digest', () => {
    const analysis = analyzeSdJwt(recursivePayload, [recursiveDisclosures[0]!.encoded])
    expect(analysis.disclosures[0]).toMatchObject({
      state: 'unmatched',
      problems: ['Disclosure 1 matches no digest in the payload or in the other disclosures, so a verifier must reject this SD-JWT (RFC 9901 §7.1).'],
    })
    expect(analysis.claims).toEqual({ iss, iat, exp, sub: recursivePayload.sub })
  })

  it.each([
    { name: 'with its disclosure, in its place', disclosures: [nationalityFrDisclosure.encoded], nationalities: ['DE', 'FR', 'US'], hiddenCount: 0 },
    { name: 'without it, left out', disclosures: [], nationalities: ['DE', 'US'], hiddenCount: 1 },
  ])('puts the §4.2.4.2 array element $name', ({ disclosures, nationalities, hiddenCount }) => {
    const analysis = analyzeSdJwt(nationalitiesPayload, disclosures)
    expect(analysis.claims).toEqual({ nationalities })
    expect(analysis.hiddenCount).toBe(hiddenCount)
    expect(analysis.disclosed).toEqual(disclosures.length > 0 ? [{ path: ['nationalities', 1], disclosure: 0 }] : [])
  })
})

describe('analyzeSdJwt problems', () => {
  const given = disclosure(['salt-1', 'given_name', 'Alice'])
  const other = disclosure(['salt-2', 'given_name', 'Bob'])
  const element = disclosure(['salt-3', 'FR'])
  const reserved = disclosure(['salt-4', '_sd', ['x']])
  const badSalt = disclosure([7, 'email', 'a@example.com'])
  const unmatched = 'Disclosure 1 matches no digest in the payload or in the other disclosures, so a verifier must reject this SD-JWT (RFC 9901 §7.1).'

  it.each([
    {
      name: 'an unsupported _sd_alg: nothing can be matched',
      payload: { _sd: [given.digest], _sd_alg: 'sha3-256' },
      disclosures: [given.encoded],
      claims: {},
      problems: ['The payload names _sd_alg "sha3-256", which this app cannot compute; only sha-256, sha-384 and sha-512.'],
      disclosureProblems: [[]],
      hiddenCount: 1,
    },
    {
      name: '_sd that is not an array',
      payload: { _sd: given.digest, sub: 'a' },
      disclosures: [],
      claims: { sub: 'a' },
      problems: ['"_sd" at the top level must be an array of digests, but it is a string.'],
    },
    {
      name: '_sd holding something other than a string',
      payload: { address: { _sd: [42, given.digest] } },
      disclosures: [given.encoded],
      claims: { address: { given_name: 'Alice' } },
      problems: ['"_sd" in "address" holds a number at position 1; it must hold only digest strings.'],
      disclosureProblems: [[]],
    },
    {
      name: 'a digest that appears twice, inserted only where it is met first (members before _sd)',
      payload: { _sd: [given.digest], nested: { _sd: [given.digest] } },
      disclosures: [given.encoded],
      claims: { nested: { given_name: 'Alice' } },
      problems: [`The digest "${given.digest}" appears more than once; a verifier must reject an SD-JWT that repeats a digest (RFC 9901 §7.1).`],
      disclosureProblems: [[]],
    },
    {
      name: 'a decoy digest that appears twice',
      payload: { _sd: ['decoy', 'decoy'] },
      disclosures: [],
      claims: {},
      problems: ['The digest "decoy" appears more than once; a verifier must reject an SD-JWT that repeats a digest (RFC 9901 §7.1).'],
      hiddenCount: 1,
    },
    {
      name: 'a disclosure sent twice',
      payload: { _sd: [given.digest] },
      disclosures: [given.encoded, given.encoded],
      claims: { given_name: 'Alice' },
      problems: ['Disclosure 2 repeats disclosure 1; a disclosure must be sent only once (RFC 9901 §4).'],
      disclosureProblems: [[], []],
    },
    {
      name: 'a disclosure that matches no digest',
      payload: { sub: 'a' },
      disclosures: [given.encoded],
      claims: { sub: 'a' },
      problems: [],
      disclosureProblems: [[unmatched]],
    },
    {
      name: 'a disclosed name that is already a claim',
      payload: { given_name: 'Eve', _sd: [given.digest] },
      disclosures: [given.encoded],
      claims: { given_name: 'Eve' },
      problems: ['Disclosure 1 discloses "given_name" at the top level, where that claim already exists; a verifier must reject this (RFC 9901 §7.1).'],
      disclosureProblems: [[]],
    },
    {
      name: 'two disclosures of one name at one level',
      payload: { _sd: [given.digest, other.digest] },
      disclosures: [given.encoded, other.encoded],
      claims: { given_name: 'Alice' },
      problems: ['Disclosure 2 discloses "given_name" at the top level, where that claim already exists; a verifier must reject this (RFC 9901 §7.1).'],
      disclosureProblems: [[], []],
    },
    {
      name: 'a property disclosure referenced from an array',
      payload: { list: ['a', { '...': given.digest }] },
      disclosures: [given.encoded],
      claims: { list: ['a'] },
      problems: [],
      disclosureProblems: [['Disclosure 1 is an object property [salt, name, value], but its digest is an array element in "list", where only [salt, value] disclosures belong (RFC 9901 §7.1).']],
    },
    {
      name: 'an array element disclosure referenced from _sd',
      payload: { address: { _sd: [element.digest] } },
      disclosures: [element.encoded],
      claims: { address: {} },
      problems: [],
      disclosureProblems: [['Disclosure 1 is an array element [salt, value], but its digest is in "_sd" in "address", where only [salt, name, value] disclosures belong (RFC 9901 §7.1).']],
    },
    {
      name: 'a disclosure of the reserved name "_sd", matched but not inserted',
      payload: { _sd: [reserved.digest] },
      disclosures: [reserved.encoded],
      claims: {},
      problems: [],
      disclosureProblems: [['Disclosure 1 names the claim "_sd", which is reserved for digests; a verifier must reject it (RFC 9901 §7.1).']],
    },
    {
      name: 'a malformed disclosure, matched but not inserted',
      payload: { _sd: [badSalt.digest] },
      disclosures: [badSalt.encoded],
      claims: {},
      problems: [],
      disclosureProblems: [['The salt of disclosure 1 must be a string, but it is a number.']],
    },
    {
      name: 'a disclosure that is not base64url, unmatched too',
      payload: {},
      disclosures: ['not base64url!'],
      claims: {},
      problems: [],
      disclosureProblems: [['Disclosure 1 is not valid base64url: character 4 is a space, which is not a base64url character (A-Z, a-z, 0-9, "-" and "_").', unmatched]],
    },
    {
      name: 'a "..." member outside an array',
      payload: { x: { '...': given.digest } },
      disclosures: [],
      claims: { x: { '...': given.digest } },
      problems: ['The object in "x" has a "..." member, which is reserved for array element digests written {"...": "<digest>"} alone in an array.'],
    },
    {
      name: 'a "..." array element with another member',
      payload: { list: [{ '...': given.digest, extra: 1 }] },
      disclosures: [],
      claims: { list: [{ '...': given.digest, extra: 1 }] },
      problems: ['The object in "list[0]" has a "..." member, which is reserved for array element digests written {"...": "<digest>"} alone in an array.'],
    },
    {
      name: 'a "..." array element that is not a string',
      payload: { list: [{ '...': 5 }] },
      disclosures: [],
      claims: { list: [{ '...': 5 }] },
      problems: ['The object in "list[0]" has a "..." member, which is reserved for array element digests written {"...": "<digest>"} alone in an array.'],
    },
    {
      name: '_sd_alg below the top level',
      payload: { address: { _sd_alg: 'sha-256', country: 'DE' } },
      disclosures: [],
      claims: { address: { _sd_alg: 'sha-256', country: 'DE' } },
      problems: ['"_sd_alg" appears in "address"; it belongs only at the top level of the payload (RFC 9901 §4.1.1).'],
    },
  ])('reports $name', ({ payload, disclosures, claims, problems, disclosureProblems = [], hiddenCount }) => {
    const analysis = analyzeSdJwt(payload as JsonObject, disclosures)
    expect(analysis.claims).toEqual(claims)
    expect(analysis.problems).toEqual(problems)
    expect(analysis.disclosures.map((entry) => entry.problems)).toEqual(disclosureProblems)
    if (hiddenCount !== undefined) expect(analysis.hiddenCount).toBe(hiddenCount)
  })

  it('marks a repeated disclosure matched at the place of the first', () => {
    const analysis = analyzeSdJwt({ _sd: [given.digest] }, [given.encoded, given.encoded])
    expect(analysis.disclosures.map(({ state, path }) => ({ state, path }))).toEqual([
      { state: 'matched', path: ['given_name'] },
      { state: 'matched', path: ['given_name'] },
    ])
    expect(analysis.disclosed).toEqual([{ path: ['given_name'], disclosure: 0 }])
  })

  it('leaves digests null and disclosures unmatched when _sd_alg cannot be computed', () => {
    const analysis = analyzeSdJwt({ _sd: [given.digest], _sd_alg: 'sha3-256' }, [given.encoded])
    expect(analysis).toMatchObject({ hashAlg: 'sha3-256', isHashSupported: false })
    expect(analysis.disclosures[0]).toMatchObject({ digest: null, state: 'unmatched', name: 'given_name' })
  })

  it('matches digests computed with sha-512', () => {
    const encoded = given.encoded
    const digest = createHash('sha512').update(encoded).digest('base64url')
    const analysis = analyzeSdJwt({ _sd: [digest], _sd_alg: 'sha-512' }, [encoded])
    expect(analysis.claims).toEqual({ given_name: 'Alice' })
    expect(analysis.disclosures[0]).toMatchObject({ digest, state: 'matched' })
  })

  it('inserts a claim named "__proto__" as a member, not as a prototype', () => {
    const proto = disclosure(['salt', '__proto__', { isAdmin: true }])
    const claims = analyzeSdJwt({ _sd: [proto.digest] }, [proto.encoded]).claims as JsonObject
    expect(Object.hasOwn(claims, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(claims)).toBe(Object.prototype)
    expect((claims as { isAdmin?: boolean }).isAdmin).toBeUndefined()
  })

  it('stops processing claims nested deeper than 64 levels', () => {
    let deep: JsonValue = { _sd: [given.digest] }
    for (let level = 0; level < 100; level++) deep = { inner: deep }
    const analysis = analyzeSdJwt({ deep }, [given.encoded])
    expect(analysis.problems).toEqual(['The claims nest more than 64 levels deep; deeper levels are shown as they are, not processed.'])
    expect(analysis.disclosures[0]!.state).toBe('unmatched')
  })
})

describe('analyzeSdJwtInSlices', () => {
  const payloadOf = (text: string) => {
    const parts = splitSdJwt(text)!
    const payload = decodeToken(parts.issuerJwt)!.payload
    if (payload.type !== 'json') throw new Error('the example has no JSON payload')
    return { payload: payload.value as JsonObject, disclosures: parts.disclosures }
  }

  it.each([
    ['§5.1 SD-JWT', mainSdJwt],
    ['§5.2 presentation', mainPresentation],
    ['Appendix A.1 presentation', complexPresentation],
    ['structured presentation', structuredPresentation],
  ])('gives the %s the same analysis, with WebCrypto digests', async (_, text) => {
    const { payload, disclosures } = payloadOf(text)
    expect(await analyzeSdJwtInSlices(payload, disclosures, async () => {})).toEqual(analyzeSdJwt(payload, disclosures))
  })

  it('pauses between slices of disclosures, and agrees with the analysis in one go', async () => {
    const many = Array.from({ length: 1100 }, (_, index) => disclosure([`salt-${index}`, `claim_${index}`, index]))
    const payload: JsonObject = { iss: 'https://issuer.example', _sd: many.map(({ digest }) => digest) }
    const encoded = many.map(({ encoded }) => encoded)
    let pauses = 0
    const sliced = await analyzeSdJwtInSlices(payload, encoded, () => {
      pauses++
      return Promise.resolve()
    })
    // Two pauses between three slices of hashing, one before reading, two between three slices of reading.
    expect(pauses).toBe(5)
    expect(sliced).toEqual(analyzeSdJwt(payload, encoded))
    expect(sliced.disclosures.every((entry) => entry.state === 'matched')).toBe(true)
  })

  it('gives null digests and says why for a hash it cannot compute', async () => {
    const { encoded, digest } = disclosure(['salt', 'name', 'Ada'])
    const payload: JsonObject = { _sd_alg: 'md5', _sd: [digest] }
    const analysis = await analyzeSdJwtInSlices(payload, [encoded], async () => {})
    expect(analysis).toEqual(analyzeSdJwt(payload, [encoded]))
    expect(analysis.disclosures[0]!.digest).toBeNull()
  })
})
