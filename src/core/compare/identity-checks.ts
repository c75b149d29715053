// Whether two tokens speak of the same issuer, subject, audience, session and token: the questions
// behind "why did the login break after the refresh?".
import type { JsonObject, JsonValue } from '../json/scan-json'
import { withArticle } from '../text/words'
import { canonicalJson } from './write-json'

export type IdentityClaim = 'iss' | 'sub' | 'aud' | 'sid' | 'jti'
export type IdentityVerdict = 'same' | 'different' | 'only-first' | 'only-second'

export interface IdentityCheck {
  claim: IdentityClaim
  verdict: IdentityVerdict
  /** The verdict in words: "Same subject", "Different jti: a new token, as a rotation should give". */
  text: string
}

interface ClaimWords {
  noun: string
  same: string
  different: string
}

const words: Record<IdentityClaim, ClaimWords> = {
  iss: { noun: 'issuer', same: 'Same issuer', different: 'Different issuer: they come from different identity providers (staging and production?)' },
  sub: { noun: 'subject', same: 'Same subject', different: 'Different subject: the tokens are about different users or clients' },
  aud: { noun: 'audience', same: 'Same audience', different: 'Different audience: they are meant for different services' },
  sid: { noun: 'session (sid)', same: 'Same session (sid)', different: 'Different session (sid): a new sign-in, not a refresh' },
  jti: {
    noun: 'jti',
    same: 'Same jti: two different tokens should not share a token id',
    different: 'Different jti: a new token, as a rotation should give',
  },
}

export const identityClaims: readonly IdentityClaim[] = ['iss', 'sub', 'aud', 'sid', 'jti']

/** One check per identity claim that either token has; none when neither has claims. */
export function checkIdentity(first: JsonObject | null, second: JsonObject | null, isSameToken: boolean): IdentityCheck[] {
  const checks: IdentityCheck[] = []
  for (const claim of identityClaims) {
    const inFirst = first !== null && Object.hasOwn(first, claim)
    const inSecond = second !== null && Object.hasOwn(second, claim)
    if (!inFirst && !inSecond) continue
    const { noun, same, different } = words[claim]
    if (inFirst && inSecond) {
      const isSame = identityKey(claim, first[claim]!) === identityKey(claim, second[claim]!)
      // The same token twice shares its jti, as it should.
      const sameText = claim === 'jti' && isSameToken ? 'Same jti: the same token' : same
      checks.push({ claim, verdict: isSame ? 'same' : 'different', text: isSame ? sameText : different })
    } else {
      checks.push({ claim, verdict: inFirst ? 'only-first' : 'only-second', text: `Only the ${inFirst ? 'first' : 'second'} token has ${withArticle(noun)}` })
    }
  }
  return checks
}

/** An audience is a set of recipients (RFC 7519 §4.1.3): "a" and ["a"] name the same one. */
function identityKey(claim: IdentityClaim, value: JsonValue): string {
  if (claim !== 'aud') return canonicalJson(value)
  const recipients = Array.isArray(value) ? value : [value]
  return [...new Set(recipients.map((recipient) => canonicalJson(recipient)))].sort().join(',')
}
