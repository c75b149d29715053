// Two tokens side by side: every header parameter and claim that differs, seen from the first token
// to the second, with what the differences mean in words (times moved, identity kept or changed).
// The expiry and signature verdicts depend on the clock and the key: see compare-expiry.ts and
// describe-signatures.ts.
import type { JsonObject, JsonValue } from '../json/scan-json'
import { isJsonObject } from '../json/json-value'
import type { DecodedToken, PayloadContent } from '../token/decoded-token'
import { plural } from '../text/words'
import { shorten } from '../text/quote'
import { diffMembers, type DiffChange, type MemberDiff } from './member-diff'
import { checkIdentity, type IdentityCheck } from './identity-checks'
import { shortShift, timeShift, type TimeShift } from './time-shift'
import { isSameJson } from './write-json'
import { formatDuration } from '../claims/time'
import type { TokenSide } from './token-side'
import type { Side } from './compare-expiry'

export type { Side } from './compare-expiry'

/** Why one side cannot be compared: nothing there yet, or text that does not decode. */
export interface SideProblem {
  side: Side
  kind: 'empty' | 'undecodable'
  /** One sentence that names the side, and for an undecodable token the part and the reason. */
  message: string
}

/** A header or payload compared member by member, or the reason it could not be. */
export type PartComparison = { state: 'compared'; diffs: MemberDiff[] } | { state: 'not-compared'; reason: string }

export type TokenComparison =
  | { state: 'incomplete'; problems: SideProblem[] }
  | {
      state: 'compared'
      /** The same token text on both sides. */
      isSameToken: boolean
      header: PartComparison
      payload: PartComparison
      /** The header's differences, then the payload's. */
      diffs: MemberDiff[]
      /** The claims of each token, when its payload is a JSON object, for the verdicts that need the clock. */
      claims: { first: JsonObject | null; second: JsonObject | null }
      identity: IdentityCheck[]
      /** Time claims that moved, in payload order. */
      timeShifts: TimeShift[]
      /** The lifetime (exp - iat) of each, in words, when both have one and they differ. */
      lifetimeChange: string | null
      /** Facts about the pair that are not member differences: kinds, disclosures, encrypted or non-JSON payloads. */
      notes: string[]
      /** One line: "3 claims changed, 1 added · same subject · exp 15 minutes later". */
      summary: string
    }

export function compareTokens(first: TokenSide, second: TokenSide): TokenComparison {
  const problems = [sideProblem('first', first.decoded), sideProblem('second', second.decoded)].filter((problem) => problem !== undefined)
  if (problems.length > 0) return { state: 'incomplete', problems }
  const a = first.decoded!
  const b = second.decoded!

  const isSameToken = first.token === second.token
  const header = comparePart('header', a.header.type === 'json' ? a.header.value : null, b.header.type === 'json' ? b.header.value : null)
  const payload = comparePayloads(a.payload, b.payload)
  const diffs = [...diffsOf(header), ...diffsOf(payload)]
  const claims = { first: claimsOf(a.payload), second: claimsOf(b.payload) }
  const identity = claims.first || claims.second ? checkIdentity(claims.first, claims.second, isSameToken) : []
  const timeShifts = claims.first && claims.second ? shiftsOf(claims.first, claims.second) : []
  const lifetimeChange = claims.first && claims.second ? describeLifetimes(claims.first, claims.second) : null
  const notes = [...kindNotes(a, b), ...disclosureNotes(first.disclosureCount, second.disclosureCount), ...[header, payload].flatMap((part) => (part.state === 'not-compared' ? [part.reason] : []))]
  if (!isSameToken && diffs.length === 0 && header.state === 'compared' && payload.state === 'compared') notes.push(sameContentNote(a, b))
  const summary = summarize({ isSameToken, diffs, identity, timeShifts, header, payload })
  return { state: 'compared', isSameToken, header, payload, diffs, claims, identity, timeShifts, lifetimeChange, notes, summary }
}

function sideProblem(side: Side, decoded: DecodedToken | null): SideProblem | undefined {
  const name = side === 'first' ? 'The first token (in the token box)' : 'The second token'
  if (!decoded) return { side, kind: 'empty', message: side === 'first' ? 'The token box is empty: paste the first token there.' : 'Paste a second token to compare with the one in the token box.' }
  const failure = decoded.failures[0]
  return failure ? { side, kind: 'undecodable', message: `${name} does not decode. ${failure.message}` } : undefined
}

function comparePart(part: 'header' | 'payload', first: JsonObject | null, second: JsonObject | null): PartComparison {
  if (first && second) return { state: 'compared', diffs: diffMembers(part, first, second) }
  const which = !first && !second ? `Neither ${part} is` : !first ? `The first token's ${part} is not` : `The second token's ${part} is not`
  return { state: 'not-compared', reason: `${which} a JSON object, so the ${part}s are not compared member by member.` }
}

function comparePayloads(first: PayloadContent, second: PayloadContent): PartComparison {
  const a = claimsOf(first)
  const b = claimsOf(second)
  if (a && b) return comparePart('payload', a, b)
  if (first.type === 'encrypted' || second.type === 'encrypted') {
    const which = first.type === 'encrypted' && second.type === 'encrypted' ? 'Both payloads are' : first.type === 'encrypted' ? "The first token's payload is" : "The second token's payload is"
    return { state: 'not-compared', reason: `${which} encrypted (JWE): only the headers are compared.` }
  }
  if (first.type === 'detached' || second.type === 'detached') return { state: 'not-compared', reason: 'A detached payload is not in the token, so the payloads are not compared.' }
  const describe = (payload: PayloadContent) => (payload.type === 'json' ? 'JSON that is not an object' : 'text, not JSON')
  const isSame = sameContent(first, second)
  if (a || b) {
    const other = a ? second : first
    return { state: 'not-compared', reason: `Only the ${a ? 'first' : 'second'} payload is a set of claims; the other is ${describe(other)}, so the claims are not compared.` }
  }
  return { state: 'not-compared', reason: `Neither payload is a set of JSON claims; they are ${isSame ? 'the same' : 'different'}.` }
}

function sameContent(first: PayloadContent, second: PayloadContent): boolean {
  if (first.type === 'json' && second.type === 'json') return isSameJson(first.value, second.value)
  if (first.type === 'text' && second.type === 'text') return first.text === second.text
  return false
}

function claimsOf(payload: PayloadContent): JsonObject | null {
  return payload.type === 'json' && isJsonObject(payload.value) ? payload.value : null
}

function diffsOf(part: PartComparison): MemberDiff[] {
  return part.state === 'compared' ? part.diffs : []
}

function shiftsOf(first: JsonObject, second: JsonObject): TimeShift[] {
  return Object.keys(first).flatMap((name) => {
    const shift = Object.hasOwn(second, name) ? timeShift(name, first[name], second[name]) : undefined
    return shift ? [shift] : []
  })
}

function describeLifetimes(first: JsonObject, second: JsonObject): string | null {
  const a = lifetimeOf(first)
  const b = lifetimeOf(second)
  if (a === undefined || b === undefined || a === b) return null
  return `Lifetime (exp - iat): ${formatDuration(a)}${a < 0 ? ' before issue' : ''} in the first, ${formatDuration(b)}${b < 0 ? ' before issue' : ''} in the second.`
}

function lifetimeOf(claims: JsonObject): number | undefined {
  const { exp, iat } = claims
  return isFiniteNumber(exp) && isFiniteNumber(iat) ? exp - iat : undefined
}

function isFiniteNumber(value: JsonValue | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function kindName(decoded: DecodedToken): string {
  const alg = decoded.header.type === 'json' && typeof decoded.header.value.alg === 'string' ? decoded.header.value.alg : null
  const kind = decoded.kind === 'jwe' ? 'an encrypted token (JWE)' : decoded.kind === 'unsecured' ? 'an unsecured token' : 'a signed token (JWS)'
  return alg && decoded.kind !== 'unsecured' ? `${kind}, ${shorten(alg, 40)}` : kind
}

function kindNotes(first: DecodedToken, second: DecodedToken): string[] {
  const a = kindName(first)
  const b = kindName(second)
  return a === b ? [] : [`The first is ${a}; the second is ${b}.`]
}

function disclosureNotes(first: number | null, second: number | null): string[] {
  if (first === null && second === null) return []
  const count = (n: number | null) => (n === null ? 'not an SD-JWT' : `an SD-JWT with ${plural(n, 'disclosure')}`)
  return [`The first is ${count(first)}; the second is ${count(second)}. The claims compared are the issuer-signed JWT's, before any disclosure.`]
}

function sameContentNote(first: DecodedToken, second: DecodedToken): string {
  const a = first.signature
  const b = second.signature
  const signaturesDiffer = a !== null && b !== null && (a.length !== b.length || a.some((byte, index) => byte !== b[index]))
  return signaturesDiffer
    ? 'The header and the claims are the same; only the signatures differ (another key, or an algorithm that signs with randomness such as ECDSA).'
    : 'The header and the claims are the same; the tokens are written differently (member order, spacing or serialization).'
}

interface SummaryInput {
  isSameToken: boolean
  diffs: MemberDiff[]
  identity: IdentityCheck[]
  timeShifts: TimeShift[]
  header: PartComparison
  payload: PartComparison
}

function summarize({ isSameToken, diffs, identity, timeShifts, header, payload }: SummaryInput): string {
  if (isSameToken) return 'The same token on both sides: nothing differs.'
  const pieces: string[] = []
  const claimCounts = countWords('claim', diffs.filter((diff) => diff.part === 'payload'))
  const headerCounts = countWords('header parameter', diffs.filter((diff) => diff.part === 'header'))
  if (claimCounts) pieces.push(claimCounts)
  if (headerCounts) pieces.push(headerCounts)
  if (pieces.length === 0) pieces.push(header.state === 'compared' && payload.state === 'compared' ? 'No differences in the header or the claims' : 'No differences in the header')
  if (payload.state === 'not-compared') pieces.push('payloads not compared')
  const subject = identity.find((check) => check.claim === 'sub')
  if (subject?.verdict === 'same') pieces.push('same subject')
  else if (subject?.verdict === 'different') pieces.push('different subject')
  const exp = timeShifts.find((shift) => shift.name === 'exp')
  if (exp) pieces.push(`exp ${shortShift(exp.deltaSeconds)}`)
  return pieces.join(' · ')
}

/** "3 claims changed, 1 added", "1 header parameter removed"; undefined when none differ. */
function countWords(noun: string, diffs: MemberDiff[]): string | undefined {
  const order: DiffChange[] = ['changed', 'added', 'removed']
  const counted = order.map((change) => ({ change, count: diffs.filter((diff) => diff.change === change).length })).filter(({ count }) => count > 0)
  if (counted.length === 0) return undefined
  return counted.map(({ change, count }, index) => (index === 0 ? `${plural(count, noun)} ${change}` : `${count.toLocaleString('en-US')} ${change}`)).join(', ')
}
