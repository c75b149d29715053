// The lessons in teaching order: small enough for the debugger and the index to load; each
// lesson's content loads with its own page.
import type { RuleId } from '../../core/lint/rules'
import type { LessonContent, LessonSummary } from './lesson'

export const lessonCatalog: LessonSummary[] = [
  { slug: 'anatomy', title: 'Anatomy of a JWT', summary: 'Three base64url parts, two of them JSON: take a live token apart byte by byte.', minutes: 5, findings: [] },
  { slug: 'signatures', title: 'Signatures: HMAC, RSA, ECDSA and EdDSA', summary: 'Who can sign, who can verify, and which algorithm fits which system.', minutes: 8, findings: ['psychic-signature'] },
  { slug: 'encoding-is-not-encryption', title: 'Encoding is not encryption', summary: 'Anyone holding a signed token can read it; JWE is how a token keeps a secret.', minutes: 5, findings: ['sensitive-claim', 'weak-key-management', 'compressed-plaintext'] },
  { slug: 'alg-none', title: 'alg "none" and pinned algorithms', summary: 'Why a verifier must decide the algorithm itself, never the token.', minutes: 6, findings: ['alg-none', 'empty-signature'] },
  { slug: 'algorithm-confusion', title: 'Algorithm confusion', summary: 'Turn an RS256 token into HS256 signed with the public key, and watch it get caught.', minutes: 8, findings: ['alg-confusion'] },
  { slug: 'weak-secrets', title: 'Weak secrets', summary: 'Crack a weak HMAC secret live, then choose one that cannot be cracked.', minutes: 6, findings: ['weak-secret'] },
  { slug: 'expiry', title: 'Expiry, clock skew and refresh tokens', summary: 'exp, nbf and iat, the leeway verifiers allow, and short-lived access tokens with rotating refresh tokens.', minutes: 7, findings: ['missing-exp', 'long-lifetime', 'iat-in-future', 'time-order', 'claim-format'] },
  { slug: 'storing-tokens', title: 'Where to keep tokens in a browser', summary: 'HttpOnly, Secure, SameSite cookies versus localStorage, and what XSS can reach.', minutes: 7, findings: ['large-token'] },
  { slug: 'audience-and-issuer', title: 'Audience and issuer checks', summary: 'A token for service A replayed at service B, and the two checks that stop it.', minutes: 6, findings: ['missing-iss', 'missing-aud', 'missing-typ'] },
  { slug: 'key-discovery', title: 'Key discovery and its attacks', summary: 'kid, jku, x5u and embedded jwk; injections; JWKS endpoints and key rotation.', minutes: 9, findings: ['kid-injection', 'jku-header', 'x5u-header', 'embedded-jwk', 'embedded-x5c'] },
  { slug: 'revocation', title: 'Revocation', summary: 'jti, deny-lists, and why stateless tokens are hard to take back.', minutes: 6, findings: [] },
  { slug: 'openid-connect', title: 'OpenID Connect: ID token or access token?', summary: 'Which token proves who signed in, which one calls APIs, and what each must never be used for.', minutes: 7, findings: [] },
]

const loaders: Record<string, () => Promise<{ content: LessonContent }>> = {
  anatomy: () => import('./content/anatomy'),
  signatures: () => import('./content/signatures'),
  'encoding-is-not-encryption': () => import('./content/encoding-is-not-encryption'),
  'alg-none': () => import('./content/alg-none'),
  'algorithm-confusion': () => import('./content/algorithm-confusion'),
  'weak-secrets': () => import('./content/weak-secrets'),
  expiry: () => import('./content/expiry'),
  'storing-tokens': () => import('./content/storing-tokens'),
  'audience-and-issuer': () => import('./content/audience-and-issuer'),
  'key-discovery': () => import('./content/key-discovery'),
  revocation: () => import('./content/revocation'),
  'openid-connect': () => import('./content/openid-connect'),
}

export function findLesson(slug: string): LessonSummary | undefined {
  return lessonCatalog.find((lesson) => lesson.slug === slug)
}

/** The lesson that explains a finding, if one does. */
export function lessonForRule(rule: RuleId): LessonSummary | undefined {
  return lessonCatalog.find((lesson) => lesson.findings.includes(rule))
}

/** The lesson's content, loaded on demand; undefined for an unknown slug. */
export async function loadLessonContent(slug: string): Promise<LessonContent | undefined> {
  return Object.hasOwn(loaders, slug) ? (await loaders[slug]!()).content : undefined
}

/** A lesson's summary and content, for its pages; undefined for an unknown slug. */
export async function loadLesson(slug: string): Promise<{ lesson: LessonSummary; content: LessonContent } | undefined> {
  const lesson = findLesson(slug)
  const content = await loadLessonContent(slug)
  return lesson && content ? { lesson, content } : undefined
}
