// Plain-language descriptions of JWT claims and JOSE header parameters, with where each is defined.
// The words load after the page has shown the token; the kinds that colour it are in claim-kinds.ts.
import { headerParameterKind, claimKind, type ClaimCategory } from './claim-kinds'

export type { ClaimCategory } from './claim-kinds'
export { timeClaimNames } from './claim-kinds'

export interface ClaimInfo {
  name: string
  label: string
  description: string
  source: string
  category: ClaimCategory
  isTime?: true
}

type Entry = [name: string, label: string, description: string, source: string]

function catalog(entries: Entry[], kindOf: typeof claimKind): Map<string, ClaimInfo> {
  return new Map(
    entries.map(([name, label, description, source]) => {
      const kind = kindOf(name)
      if (!kind) throw new Error(`claim-kinds.ts has no kind for "${name}"`)
      return [name, { name, label, description, source, category: kind.category, ...(kind.isTime ? { isTime: true as const } : {}) }]
    }),
  )
}

const claims = catalog(
  [
    [
      'iss',
      'Issuer',
      'Who created and signed the token, usually the URL of an identity provider. A verifier must compare it with the issuer it trusts.',
      'RFC 7519 §4.1.1',
    ],
    ['sub', 'Subject', 'Whom the token is about: usually a stable user or client id, unique within the issuer.', 'RFC 7519 §4.1.2'],
    [
      'aud',
      'Audience',
      'Who the token is meant for. A recipient must reject a token that does not name it, or a token for one service can be replayed at another.',
      'RFC 7519 §4.1.3',
    ],
    ['exp', 'Expiration time', 'The moment from which the token must no longer be accepted, in seconds since 1970.', 'RFC 7519 §4.1.4'],
    ['nbf', 'Not before', 'The moment before which the token must not be accepted, in seconds since 1970.', 'RFC 7519 §4.1.5'],
    [
      'iat',
      'Issued at',
      'When the token was created, in seconds since 1970. Useful to judge its age; it does not limit validity by itself.',
      'RFC 7519 §4.1.6',
    ],
    ['jti', 'JWT ID', 'A unique id for this token, so a recipient can detect replays or put the token on a deny-list.', 'RFC 7519 §4.1.7'],
    ['azp', 'Authorized party', 'The client the ID token was issued to, when it differs from or is one of several audiences.', 'OpenID Connect Core §2'],
    [
      'nonce',
      'Nonce',
      'The random value the client sent with the login request, echoed back so the client can reject replayed ID tokens.',
      'OpenID Connect Core §2',
    ],
    ['auth_time', 'Authentication time', 'When the user last actively signed in, in seconds since 1970.', 'OpenID Connect Core §2'],
    ['acr', 'Authentication context class', 'How strongly the user was authenticated, as a value the client and provider agreed on.', 'OpenID Connect Core §2'],
    ['amr', 'Authentication methods', 'How the user signed in, such as pwd, otp, mfa or hwk (the values are listed in RFC 8176).', 'OpenID Connect Core §2'],
    [
      'at_hash',
      'Access token hash',
      'The left half of a hash of the access token issued alongside, binding the two so one cannot be swapped.',
      'OpenID Connect Core §3.1.3.6',
    ],
    [
      'c_hash',
      'Code hash',
      'The left half of a hash of the authorization code issued alongside, binding it to this ID token.',
      'OpenID Connect Core §3.3.2.11',
    ],
    ['s_hash', 'State hash', 'The left half of a hash of the state parameter, binding the ID token to the request.', 'FAPI 1.0 Advanced §5.1'],
    ['sid', 'Session ID', 'The identity provider session this token belongs to, used to end it on logout.', 'OpenID Connect Front-Channel Logout §3'],
    ['name', 'Full name', "The user's full name for display.", 'OpenID Connect Core §5.1'],
    ['given_name', 'Given name', "The user's given or first name.", 'OpenID Connect Core §5.1'],
    ['family_name', 'Family name', "The user's surname or last name.", 'OpenID Connect Core §5.1'],
    ['middle_name', 'Middle name', "The user's middle name or names.", 'OpenID Connect Core §5.1'],
    ['nickname', 'Nickname', 'A casual name the user goes by.', 'OpenID Connect Core §5.1'],
    [
      'preferred_username',
      'Preferred username',
      'The name the user likes to be called by. It can change and is not unique: never use it as a key.',
      'OpenID Connect Core §5.1',
    ],
    ['profile', 'Profile page', "The URL of the user's profile page.", 'OpenID Connect Core §5.1'],
    ['picture', 'Picture', "The URL of the user's picture.", 'OpenID Connect Core §5.1'],
    ['website', 'Website', "The URL of the user's web page or blog.", 'OpenID Connect Core §5.1'],
    ['email', 'Email address', "The user's email address. Trust it for identity only when email_verified is true.", 'OpenID Connect Core §5.1'],
    ['email_verified', 'Email verified', 'Whether the provider checked that the user controls the email address.', 'OpenID Connect Core §5.1'],
    ['gender', 'Gender', "The user's gender.", 'OpenID Connect Core §5.1'],
    ['birthdate', 'Birth date', "The user's birthday, as YYYY-MM-DD or just the year.", 'OpenID Connect Core §5.1'],
    ['zoneinfo', 'Time zone', "The user's time zone, such as Europe/Paris.", 'OpenID Connect Core §5.1'],
    ['locale', 'Locale', "The user's language and region, such as en-GB.", 'OpenID Connect Core §5.1'],
    ['phone_number', 'Phone number', "The user's phone number.", 'OpenID Connect Core §5.1'],
    ['phone_number_verified', 'Phone number verified', 'Whether the provider checked that the user controls the phone number.', 'OpenID Connect Core §5.1'],
    ['address', 'Postal address', "The user's postal address, as a JSON object.", 'OpenID Connect Core §5.1'],
    ['updated_at', 'Profile updated', "When the user's profile information last changed, in seconds since 1970.", 'OpenID Connect Core §5.1'],
    ['scope', 'Scope', 'The permissions granted to the client, as space-separated values.', 'RFC 8693 §4.2, RFC 9068 §2.2.3'],
    ['scp', 'Scopes', 'The granted permissions, as a list or a space-separated string (Microsoft Entra and Okta use this name).', 'Microsoft Entra ID, Okta'],
    ['client_id', 'Client ID', 'The OAuth client the token was issued to.', 'RFC 8693 §4.3, RFC 9068 §2.2'],
    [
      'cnf',
      'Confirmation',
      'The key the presenter must prove it holds (with DPoP, mutual TLS, or the key-binding JWT of an SD-JWT), which makes the token useless if stolen alone.',
      'RFC 7800 §3.1, RFC 9901 (key binding)',
    ],
    ['act', 'Actor', 'Who is acting on behalf of the subject, in delegation through token exchange.', 'RFC 8693 §4.1'],
    ['may_act', 'May act', 'Who is allowed to act on behalf of the subject.', 'RFC 8693 §4.4'],
    ['roles', 'Roles', 'Roles granted to the subject, used for access decisions.', 'RFC 9068 §2.2.3.1 (RFC 7643)'],
    ['groups', 'Groups', 'Groups the subject belongs to, used for access decisions.', 'RFC 9068 §2.2.3.1 (RFC 7643)'],
    ['entitlements', 'Entitlements', 'Entitlements granted to the subject, used for access decisions.', 'RFC 9068 §2.2.3.1 (RFC 7643)'],
    ['events', 'Events', 'The security events this token reports, keyed by event type URI.', 'RFC 8417 §2.2'],
    ['toe', 'Time of event', 'When the reported event happened, in seconds since 1970.', 'RFC 8417 §2.2'],
    ['txn', 'Transaction ID', 'An id that ties together tokens and events from the same transaction.', 'RFC 8417 §2.2'],
    ['htm', 'HTTP method', 'The HTTP method of the request this DPoP proof covers.', 'RFC 9449 §4.2'],
    ['htu', 'HTTP URL', 'The URL (without query or fragment) of the request this DPoP proof covers.', 'RFC 9449 §4.2'],
    ['ath', 'Access token hash', 'The base64url SHA-256 hash of the access token sent with this DPoP proof.', 'RFC 9449 §4.2'],
    ['oid', 'Object ID', 'The immutable id of the user or service principal in the directory; use it, not the name, as the key.', 'Microsoft Entra ID'],
    ['tid', 'Tenant ID', 'The directory (tenant) the user signed in to.', 'Microsoft Entra ID'],
    ['upn', 'User principal name', 'The sign-in name of the user. It can change: do not use it as a key.', 'Microsoft Entra ID'],
    ['appid', 'Application ID', 'The client application that requested the token (version 1 tokens; version 2 uses azp).', 'Microsoft Entra ID'],
    ['ver', 'Token version', 'The version of the token format, such as 1.0 or 2.0.', 'Microsoft Entra ID'],
    ['realm_access', 'Realm roles', 'Roles the user has across the whole realm.', 'Keycloak'],
    ['resource_access', 'Client roles', 'Roles the user has per client application.', 'Keycloak'],
    ['typ', 'Token type', 'What the token is for, such as Bearer, ID or Refresh.', 'Keycloak'],
    ['session_state', 'Session state', 'The Keycloak session this token belongs to.', 'Keycloak'],
    ['permissions', 'Permissions', 'The API permissions granted to the user or client.', 'Auth0 (RBAC)'],
    ['org_id', 'Organization ID', 'The organization the user signed in through.', 'Auth0 Organizations'],
    [
      'vc',
      'Verifiable credential',
      'A W3C verifiable credential carried in the token: claims about the subject made by the issuer.',
      'W3C VC Data Model 1.1 §6.3',
    ],
    ['vp', 'Verifiable presentation', 'A W3C verifiable presentation: credentials shown by their holder.', 'W3C VC Data Model 1.1 §6.3'],
    ['_sd', 'Selective disclosure digests', 'Digests of claims that are hidden until their disclosures are presented.', 'RFC 9901 (SD-JWT)'],
    ['_sd_alg', 'Disclosure hash algorithm', 'The hash algorithm used for the disclosure digests; sha-256 when absent.', 'RFC 9901 (SD-JWT)'],
    [
      'status',
      'Status',
      'Where to check whether the token has been revoked or suspended, such as an entry in a Token Status List; an SD-JWT VC carries it so a verifier can check the credential still holds.',
      'OAuth Token Status List, SD-JWT VC',
    ],
    [
      'vct',
      'Credential type',
      'The type of an SD-JWT verifiable credential, as a URI or a string: it says which claims to expect and how to show them. A verifier must accept only the types it knows.',
      'SD-JWT VC (IETF OAuth draft)',
    ],
    [
      'vct#integrity',
      'Credential type integrity',
      'A hash of the type metadata that "vct" points to, so a verifier can tell the metadata it fetched has not been changed.',
      'SD-JWT VC (IETF OAuth draft)',
    ],
  ],
  claimKind,
)

const headerParameters = catalog(
  [
    [
      'alg',
      'Algorithm',
      'How the token is signed or its key encrypted. A verifier must accept only the algorithms it expects, never whatever the token names: that is how "none" and key-confusion attacks work.',
      'RFC 7515 §4.1.1',
    ],
    [
      'jku',
      'JWK Set URL',
      'A URL from which to fetch the signing key. Trusting it blindly lets an attacker point at their own keys: allow only known URLs.',
      'RFC 7515 §4.1.2',
    ],
    [
      'jwk',
      'JSON Web Key',
      'The public key, embedded in the token itself. A token that brings its own key proves nothing unless that key is already trusted.',
      'RFC 7515 §4.1.3',
    ],
    [
      'kid',
      'Key ID',
      'Which key signed the token, to pick it from a key set. It is attacker-controlled text: never use it in a file path or query unescaped.',
      'RFC 7515 §4.1.4',
    ],
    ['x5u', 'X.509 URL', 'A URL from which to fetch the signing certificate chain. Like jku, it must not be followed blindly.', 'RFC 7515 §4.1.5'],
    [
      'x5c',
      'X.509 chain',
      'The signing certificate chain, embedded in the token. It must be validated against a trusted root before its key is used.',
      'RFC 7515 §4.1.6',
    ],
    ['x5t', 'X.509 SHA-1 thumbprint', 'The SHA-1 thumbprint of the signing certificate, to find it among known ones.', 'RFC 7515 §4.1.7'],
    ['x5t#S256', 'X.509 SHA-256 thumbprint', 'The SHA-256 thumbprint of the signing certificate, to find it among known ones.', 'RFC 7515 §4.1.8'],
    [
      'typ',
      'Type',
      'The media type of the whole token, such as JWT, at+jwt or dpop+jwt. Checking it stops one kind of token from being accepted as another.',
      'RFC 7515 §4.1.9, RFC 8725 §3.11',
    ],
    ['cty', 'Content type', 'The media type of the payload; JWT means the payload is itself a token (a nested JWT).', 'RFC 7515 §4.1.10'],
    ['crit', 'Critical', 'Header parameters the recipient must understand; a recipient that does not must reject the token.', 'RFC 7515 §4.1.11'],
    ['b64', 'Base64url-encode payload', 'When false, the payload is used as is instead of base64url-encoded. It must be listed in crit.', 'RFC 7797 §3'],
    ['enc', 'Encryption', 'The content encryption algorithm of a JWE, such as A256GCM.', 'RFC 7516 §4.1.2'],
    [
      'zip',
      'Compression',
      'The payload was compressed (DEF) before encryption. Decompressing without a size limit invites decompression bombs.',
      'RFC 7516 §4.1.3',
    ],
    ['epk', 'Ephemeral public key', "The sender's one-time public key for ECDH-ES key agreement.", 'RFC 7518 §4.6.1.1'],
    ['apu', 'Agreement PartyUInfo', 'Information about the sender, mixed into the ECDH-ES key derivation.', 'RFC 7518 §4.6.1.2'],
    ['apv', 'Agreement PartyVInfo', 'Information about the recipient, mixed into the ECDH-ES key derivation.', 'RFC 7518 §4.6.1.3'],
    ['iv', 'Initialization vector', 'The IV used to wrap the content key with AES-GCM key wrapping.', 'RFC 7518 §4.7.1.1'],
    ['tag', 'Authentication tag', 'The tag from wrapping the content key with AES-GCM key wrapping.', 'RFC 7518 §4.7.1.2'],
    ['p2s', 'PBES2 salt', 'The salt input for deriving the key-wrapping key from a password.', 'RFC 7518 §4.8.1.1'],
    ['p2c', 'PBES2 count', 'The PBKDF2 iteration count. A huge value can be used to make the recipient burn CPU.', 'RFC 7518 §4.8.1.2'],
    ['url', 'URL', 'The URL of the ACME request this signature covers.', 'RFC 8555 §6.4.1'],
    ['nonce', 'Nonce', 'A server-issued value that makes the signed ACME request single-use.', 'RFC 8555 §6.5.2'],
    ['ppt', 'PASSporT extension', 'The PASSporT extension the token uses, for signed telephone caller identity.', 'RFC 8225 §8.1'],
    ['trust_chain', 'Trust chain', 'Entity statements that chain the signer to a trust anchor in an OpenID Federation.', 'OpenID Federation 1.0'],
  ],
  headerParameterKind,
)

export function describeClaim(name: string): ClaimInfo | undefined {
  return claims.get(name)
}

export function describeHeaderParameter(name: string): ClaimInfo | undefined {
  return headerParameters.get(name)
}
