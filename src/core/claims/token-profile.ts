// Names what kind of token this is, in words, from its header and claims.
import type { JsonObject } from '../json/scan-json'
import { isJsonObject } from '../json/json-value'

export type TokenProfileId =
  | 'id-token'
  | 'access-token'
  | 'logout-token'
  | 'security-event'
  | 'dpop-proof'
  | 'authorization-request'
  | 'client-assertion'
  | 'verifiable-credential'
  | 'sd-jwt-vc'
  | 'encrypted'
  | 'jwt'
  | 'unknown'

export interface TokenProfile {
  id: TokenProfileId
  title: string
  description: string
  /** The header parameters and claims that gave the profile away. */
  evidence: string[]
}

const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout'

interface ProfileRule {
  id: TokenProfileId
  title: string
  description: string
  /** Returns the evidence when the rule matches. */
  match: (header: JsonObject, claims: JsonObject) => string[] | undefined
}

const typIs = (header: JsonObject, ...values: string[]): header is JsonObject & { typ: string } =>
  typeof header.typ === 'string' && values.includes(header.typ.toLowerCase().replace(/^application\//, ''))

const present = (object: JsonObject, names: string[]): string[] => names.filter((name) => Object.hasOwn(object, name))

const rules: ProfileRule[] = [
  {
    id: 'sd-jwt-vc',
    title: 'SD-JWT verifiable credential',
    description:
      'A credential in SD-JWT form (SD-JWT VC): claims about its holder, signed by the issuer, each of which the holder can disclose or keep hidden. "vct" names the credential type, "cnf" holds the holder\'s key, "status" says where revocation is checked. The audience and nonce a verifier checks are in the key-binding JWT, not here.',
    match: (header, claims) => {
      const typ = typIs(header, 'dc+sd-jwt', 'vc+sd-jwt') ? [`typ: ${header.typ}`] : []
      const vct = typeof claims.vct === 'string' ? ['vct'] : []
      return typ.length + vct.length > 0 ? [...typ, ...vct, ...present(claims, ['cnf', 'status'])] : undefined
    },
  },
  {
    id: 'logout-token',
    title: 'OpenID Connect logout token',
    description:
      'Sent by an identity provider to a relying party, server to server, to end a user session (Back-Channel Logout 1.0). It must carry no nonce and must identify the session with sub or sid.',
    match: (header, claims) => {
      const events = claims.events
      const hasLogoutEvent = isJsonObject(events) && Object.hasOwn(events, BACKCHANNEL_LOGOUT_EVENT)
      if (hasLogoutEvent || typIs(header, 'logout+jwt')) {
        return [...(typIs(header, 'logout+jwt') ? ['typ: logout+jwt'] : []), ...(hasLogoutEvent ? ['the back-channel logout event'] : [])]
      }
      return undefined
    },
  },
  {
    id: 'security-event',
    title: 'Security event token',
    description:
      'Describes something that happened to a subject, such as a revoked credential or a changed account (RFC 8417). It is a statement of fact, not a credential: never accept it as an access token.',
    match: (header, claims) =>
      isJsonObject(claims.events) || typIs(header, 'secevent+jwt')
        ? [...(typIs(header, 'secevent+jwt') ? ['typ: secevent+jwt'] : []), ...present(claims, ['events', 'toe', 'txn'])]
        : undefined,
  },
  {
    id: 'dpop-proof',
    title: 'DPoP proof',
    description:
      'Proves that the client sending a request holds a private key, binding an access token to that key (RFC 9449). It covers one HTTP method and URL and should be used once.',
    match: (header, claims) =>
      typIs(header, 'dpop+jwt') ? ['typ: dpop+jwt', ...present(header, ['jwk']), ...present(claims, ['htm', 'htu', 'ath'])] : undefined,
  },
  {
    id: 'authorization-request',
    title: 'OAuth authorization request object',
    description:
      'Carries the parameters of an OAuth authorization request in a signed token, so they cannot be tampered with on the way (RFC 9101).',
    match: (header, claims) =>
      typIs(header, 'oauth-authz-req+jwt') || (typeof claims.response_type === 'string' && typeof claims.client_id === 'string')
        ? [...(typIs(header, 'oauth-authz-req+jwt') ? ['typ: oauth-authz-req+jwt'] : []), ...present(claims, ['response_type', 'client_id', 'redirect_uri'])]
        : undefined,
  },
  {
    id: 'access-token',
    title: 'OAuth 2.0 access token',
    description:
      'Lets a client call an API on behalf of a user or itself. Only the API (the audience) should read it; clients should treat it as opaque. RFC 9068 defines this JWT profile, marked typ at+jwt.',
    match: (header, claims) => {
      if (typIs(header, 'at+jwt')) return ['typ: at+jwt', ...present(claims, ['scope', 'client_id'])]
      // A scope alone says little: ID tokens, credentials and home-made tokens carry one too. Without typ
      // at+jwt, it takes what RFC 9068 §2.2 asks of an access token: an issuer, an audience, a scope and a client.
      if (present(claims, ['nonce', 'at_hash', 'c_hash']).length > 0) return undefined
      const scope = present(claims, ['scope', 'scp'])
      const client = present(claims, ['client_id', 'cid', 'azp', 'appid'])
      const hasIssuerAndAudience = Object.hasOwn(claims, 'iss') && Object.hasOwn(claims, 'aud')
      return scope.length > 0 && client.length > 0 && hasIssuerAndAudience ? ['iss', 'aud', ...scope, ...client] : undefined
    },
  },
  {
    id: 'id-token',
    title: 'OpenID Connect ID token',
    description:
      'Tells a client (the audience, aud) who signed in and how. The client checks it and must not send it to APIs as an access token.',
    match: (_header, claims) => {
      const evidence = present(claims, ['nonce', 'at_hash', 'c_hash', 'azp', 'auth_time', 'acr', 'amr', 'sid'])
      const hasCore = ['iss', 'sub', 'aud'].every((name) => Object.hasOwn(claims, name))
      return evidence.length > 0 && hasCore ? ['iss', 'sub', 'aud', ...evidence] : undefined
    },
  },
  {
    id: 'verifiable-credential',
    title: 'Verifiable credential',
    description:
      'A W3C verifiable credential or presentation in JWT form: claims about a subject made by an issuer, meant to be held and shown by the subject.',
    match: (header, claims) =>
      isJsonObject(claims.vc) || isJsonObject(claims.vp) || typIs(header, 'vc+jwt', 'vp+jwt')
        ? [...present(claims, ['vc', 'vp']), ...(typIs(header, 'vc+jwt', 'vp+jwt') ? [`typ: ${header.typ}`] : [])]
        : undefined,
  },
  {
    id: 'client-assertion',
    title: 'Client assertion',
    description:
      'A client authenticating itself to a token endpoint with a signed token instead of a secret (RFC 7523): issuer and subject are both the client id, and the audience is the authorization server.',
    match: (_header, claims) =>
      typeof claims.iss === 'string' && claims.iss === claims.sub && Object.hasOwn(claims, 'aud') && Object.hasOwn(claims, 'jti') &&
      Object.hasOwn(claims, 'exp') && !Object.hasOwn(claims, 'nonce')
        ? ['iss equals sub', 'aud', 'jti', 'exp']
        : undefined,
  },
]

const genericJwt: Omit<TokenProfile, 'evidence'> = {
  id: 'jwt',
  title: 'JSON Web Token',
  description: 'A signed set of claims with no more specific profile recognised. What it grants depends on the system that issued it.',
}

export function detectProfile(header: JsonObject | null, payload: unknown, isEncrypted: boolean): TokenProfile {
  if (isEncrypted) {
    return {
      id: 'encrypted',
      title: 'Encrypted token (JWE)',
      description:
        'The payload is encrypted: only the holder of the decryption key can read it. The protected header is readable and says how it was encrypted.',
      evidence: header && typeof header.enc === 'string' ? [`enc: ${header.enc}`] : [],
    }
  }
  if (header === null || !isJsonObject(payload)) {
    return { id: 'unknown', title: 'Unrecognised token', description: 'The token does not carry a JSON claims set, so its profile cannot be told.', evidence: [] }
  }
  for (const rule of rules) {
    const evidence = rule.match(header, payload)
    if (evidence) return { id: rule.id, title: rule.title, description: rule.description, evidence: [...new Set(evidence)] }
  }
  return { ...genericJwt, evidence: [] }
}

