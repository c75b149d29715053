// Which URLs the key fetch may request. Kept apart from the fetcher, which the page loads only
// when a fetch starts, because the page needs this rule to offer "Find keys from iss".
import type { JsonValue } from '../json/scan-json'

/** The iss claim when "Find keys from iss" can use it: an https URL, or http on a local development host. */
export function issuerUrlFromClaim(iss: JsonValue | undefined): string | undefined {
  if (typeof iss !== 'string' || iss !== iss.trim()) return undefined
  return urlProblem(iss) === undefined ? iss : undefined
}

function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '[::1]'
}

export function urlProblem(text: string): 'not-url' | 'not-web' | 'credentials' | 'insecure' | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch (error) {
    if (error instanceof TypeError) return 'not-url'
    throw error
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not-web'
  if (url.username !== '' || url.password !== '') return 'credentials'
  // Keycloak and friends run on plain http during development; anywhere else http lets keys be swapped in transit.
  if (url.protocol === 'http:' && !isLocalHost(url.hostname)) return 'insecure'
  return undefined
}
