// Validates the registered claims the way a careful verifier would (RFC 7519 §4.1), at a chosen
// moment, with a clock tolerance, and says why each check passed or failed.
import type { JsonValue } from '../json/scan-json'
import { formatCountdown, formatUtc } from './time'
import { quote, quoteList, shorten } from '../text/quote'
import { findInvisibleCharacters, removeInvisibleCharacters, revealInvisibleCharacters } from '../text/find-invisible-characters'
import { isJsonObject } from '../json/json-value'

export interface ClaimExpectations {
  /** Empty: the issuer is not checked. */
  issuer: string
  /** Empty: the audience is not checked. */
  audience: string
  toleranceSeconds: number
  /** The moment to judge the token at. */
  atSeconds: number
}

export type ClaimCheckState = 'pass' | 'fail' | 'skipped'

export interface ClaimCheck {
  claim: 'exp' | 'nbf' | 'iat' | 'iss' | 'aud'
  state: ClaimCheckState
  message: string
}

export function checkClaims(payload: JsonValue | undefined, expectations: ClaimExpectations): ClaimCheck[] {
  const claims = isJsonObject(payload) ? payload : {}
  const at = expectations.atSeconds
  // A tolerance that is not a finite, non-negative number would silently pass or fail everything.
  const tolerance = Number.isFinite(expectations.toleranceSeconds) && expectations.toleranceSeconds > 0 ? expectations.toleranceSeconds : 0
  const toleranceNote = tolerance > 0 ? ` (with ${tolerance} s of clock tolerance)` : ''
  const numeric = (name: string) => {
    const value = claims[name]
    return typeof value === 'number' ? value : undefined
  }
  const checks: ClaimCheck[] = []
  const timeCheck = (claim: 'exp' | 'nbf' | 'iat', value: number | undefined, absent: string, judge: (value: number) => ClaimCheck) => {
    if (value === undefined) checks.push({ claim, state: 'skipped', message: absent })
    else if (!Number.isFinite(value)) {
      checks.push({ claim, state: 'fail', message: `"${claim}" is ${value > 0 ? '' : 'minus '}infinity (a number too large to be a time), so it cannot be checked; reject the token.` })
    } else if (!Number.isFinite(at)) checks.push({ claim, state: 'skipped', message: 'The check time is not a valid date: choose another one, or Now.' })
    else checks.push(judge(value))
  }

  timeCheck('exp', numeric('exp'), 'No "exp": nothing limits how long this token is accepted.', (exp) =>
    at < exp + tolerance
      ? { claim: 'exp', state: 'pass', message: `Not expired: it expires at ${formatUtc(exp)}, ${formatCountdown(exp - at)} after the check time${toleranceNote}.` }
      : { claim: 'exp', state: 'fail', message: `Expired at ${formatUtc(exp)}, ${formatCountdown(at - exp)} before the check time${toleranceNote}.` },
  )
  timeCheck('nbf', numeric('nbf'), 'No "nbf": the token is valid from the moment it exists.', (nbf) =>
    at >= nbf - tolerance
      ? { claim: 'nbf', state: 'pass', message: `Already valid: valid since ${formatUtc(nbf)}${toleranceNote}.` }
      : { claim: 'nbf', state: 'fail', message: `Not valid yet: valid from ${formatUtc(nbf)}, ${formatCountdown(nbf - at)} after the check time${toleranceNote}.` },
  )
  timeCheck('iat', numeric('iat'), 'No "iat": the token does not say when it was issued.', (iat) =>
    iat <= at + tolerance
      ? { claim: 'iat', state: 'pass', message: `Issued at ${formatUtc(iat)}, before the check time.` }
      : { claim: 'iat', state: 'fail', message: `Issued in the future: at ${formatUtc(iat)}, ${formatCountdown(iat - at)} after the check time${toleranceNote}. The issuer's clock may be wrong.` },
  )

  const issuer = expectations.issuer.trim()
  const iss = claims.iss
  if (issuer === '') checks.push({ claim: 'iss', state: 'skipped', message: 'Enter the issuer you trust to check "iss".' })
  else if (iss === issuer) checks.push({ claim: 'iss', state: 'pass', message: `The issuer is ${shorten(issuer)}, as expected.` })
  else {
    const actual = typeof iss === 'string' ? quote(revealInvisibleCharacters(iss)) : 'missing'
    const nearMiss = typeof iss === 'string' ? describeNearMiss(iss, issuer, 'issuers') : ''
    checks.push({ claim: 'iss', state: 'fail', message: `The issuer is ${actual}, not ${quote(revealInvisibleCharacters(issuer))}.${nearMiss}` })
  }

  const audience = expectations.audience.trim()
  const aud = claims.aud
  const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((entry): entry is string => typeof entry === 'string') : []
  if (audience === '') checks.push({ claim: 'aud', state: 'skipped', message: 'Enter your service\'s identifier to check "aud".' })
  else if (audiences.includes(audience)) checks.push({ claim: 'aud', state: 'pass', message: `The token is meant for ${shorten(audience)}${audiences.length > 1 ? ` (among ${audiences.length} audiences)` : ''}.` })
  else {
    const named = audiences.length > 0 ? `it is meant for ${quoteList(audiences.map(revealInvisibleCharacters))}` : 'it names no audience'
    const lookalike = audiences.find((entry) => removeInvisibleCharacters(entry) === removeInvisibleCharacters(audience))
    const nearMiss = lookalike === undefined ? '' : describeNearMiss(lookalike, audience, 'audiences')
    checks.push({ claim: 'aud', state: 'fail', message: `Not meant for ${quote(revealInvisibleCharacters(audience))}: ${named}.${nearMiss} Accepting it would let a token for another service be replayed here.` })
  }
  return checks
}

/** Why two values that look alike are not equal, when it is something a reader cannot see. */
function describeNearMiss(actual: string, expected: string, nouns: 'issuers' | 'audiences'): string {
  if (removeInvisibleCharacters(actual) === removeInvisibleCharacters(expected) && actual !== expected) {
    const hidden = [
      ...findInvisibleCharacters(actual, 3).map(({ codePoint, name, position }) => `the token's has ${codePoint} ${name} at character ${position}`),
      ...findInvisibleCharacters(expected, 3).map(({ codePoint, name, position }) => `the expected one has ${codePoint} ${name} at character ${position}`),
    ]
    return ` They differ only by invisible characters (${hidden.join('; ')}): they look identical but are different ${nouns}, so a byte-for-byte check rejects the token, and a check by eye would accept it.`
  }
  if (actual.replace(/\/$/, '') === expected.replace(/\/$/, '')) return ` They differ only by a trailing slash, which still makes them different ${nouns}.`
  return ''
}
