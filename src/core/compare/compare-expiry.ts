// Which of two tokens stops working first, and where each stands now.
import { expiryStatus, type ExpiryState } from '../claims/expiry'
import { formatRelative } from '../claims/time'
import type { JsonObject } from '../json/scan-json'

export type Side = 'first' | 'second'

export interface ExpiryComparison {
  first: ExpiryState
  second: ExpiryState
  /** The token whose exp comes first (one without exp never expires); `same` for equal exps, null when neither has one. */
  expiresFirst: Side | 'same' | null
  /** In words, e.g. "The first token expires first. First: expired 3 minutes ago; second: expires in 55 minutes." */
  text: string
}

export function compareExpiry(first: JsonObject, second: JsonObject, nowSeconds: number): ExpiryComparison {
  const a = expiryStatus(first, nowSeconds)
  const b = expiryStatus(second, nowSeconds)
  const expiresFirst =
    a.exp === undefined && b.exp === undefined ? null : b.exp === undefined ? 'first' : a.exp === undefined ? 'second' : a.exp === b.exp ? 'same' : a.exp < b.exp ? 'first' : 'second'
  const lead =
    expiresFirst === null
      ? 'Neither token has an exp.'
      : expiresFirst === 'same'
        ? 'Both expire at the same moment.'
        : `The ${expiresFirst} token expires first.`
  const [firstStanding, secondStanding] = [standing(a.state, a.exp, a.nbf, nowSeconds), standing(b.state, b.exp, b.nbf, nowSeconds)]
  // Where both stand alike, once: "Each expires in 1 minute", rather than the same words for each side.
  const isAlike = expiresFirst === null || (firstStanding === secondStanding && (a.state === 'active' || a.state === 'expired'))
  const text = isAlike ? (expiresFirst === null ? lead : `${lead} Each ${firstStanding}.`) : `${lead} First: ${firstStanding}; second: ${secondStanding}.`
  return { first: a.state, second: b.state, expiresFirst, text }
}

function standing(state: ExpiryState, exp: number | undefined, nbf: number | undefined, nowSeconds: number): string {
  switch (state) {
    case 'expired':
      return `expired ${formatRelative(exp! - nowSeconds)}`
    case 'not-yet-valid':
      return `not valid yet (nbf ${formatRelative(nbf! - nowSeconds)})`
    case 'active':
      return `expires ${formatRelative(exp! - nowSeconds)}`
    case 'no-expiry':
      return 'never expires (no exp)'
  }
}
