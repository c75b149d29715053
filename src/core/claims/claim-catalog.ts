// Plain-language descriptions of JWT claims and JOSE header parameters, with where each is defined.

export type ClaimCategory = 'time' | 'identity' | 'audience' | 'authorization' | 'session' | 'profile' | 'key' | 'token'

export interface ClaimInfo {
  name: string
  label: string
  description: string
  source: string
  category: ClaimCategory
  isTime?: true
}

type Entry = [name: string, label: string, description: string, source: string, category: ClaimCategory]

function catalog(entries: Entry[], timeNames: readonly string[] = []): Map<string, ClaimInfo> {
  return new Map(
    entries.map(([name, label, description, source, category]) => [
      name,
      { name, label, description, source, category, ...(timeNames.includes(name) ? { isTime: true as const } : {}) },
    ]),
  )
}

export const timeClaimNames: readonly string[] = ['exp', 'nbf', 'iat', 'auth_time', 'updated_at', 'toe']

const claims = catalog(
  [
    ['iss', 'Issuer', 'Who created and signed the token, usually the URL of an identity provider. A verifier must compare it with the issuer it trusts.', 'RFC 7519 §4.1.1', 'identity'],
    ['sub', 'Subject', 'Whom the token is about: usually a stable user or client id, unique within the issuer.', 'RFC 7519 §4.1.2', 'identity'],
    ['aud', 'Audience', 'Who the token is meant for. A recipient must reject a token that does not name it, or a token for one service can be replayed at another.', 'RFC 7519 §4.1.3', 'audience'],
    ['exp', 'Expiration time', 'The moment from which the token must no longer be accepted, in seconds since 1970.', 'RFC 7519 §4.1.4', 'time'],
    ['nbf', 'Not before', 'The moment before which the token must not be accepted, in seconds since 1970.', 'RFC 7519 §4.1.5', 'time'],
    ['iat', 'Issued at', 'When the token was created, in seconds since 1970. Useful to judge its age; it does not limit validity by itself.', 'RFC 7519 §4.1.6', 'time'],
    ['jti', 'JWT ID', 'A unique id for this token, so a recipient can detect replays or put the token on a deny-list.', 'RFC 7519 §4.1.7', 'token'],
    ['azp', 'Authorized party', 'The client the ID token was issued to, when it differs from or is one of several audiences.', 'OpenID Connect Core §2', 'audience'],
    ['nonce', 'Nonce', 'The random value the client sent with the login request, echoed back so the client can reject replayed ID tokens.', 'OpenID Connect Core §2', 'session'],
    ['auth_time', 'Authentication time', 'When the user last actively signed in, in seconds since 1970.', 'OpenID Connect Core §2', 'time'],
    ['acr', 'Authentication context class', 'How strongly the user was authenticated, as a value the client and provider agreed on.', 'OpenID Connect Core §2', 'session'],
    ['amr', 'Authentication methods', 'How the user signed in, such as pwd, otp, mfa or hwk (the values are listed in RFC 8176).', 'OpenID Connect Core §2', 'session'],
    ['at_hash', 'Access token hash', 'The left half of a hash of the access token issued alongside, binding the two so one cannot be swapped.', 'OpenID Connect Core §3.1.3.6', 'token'],
    ['c_hash', 'Code hash', 'The left half of a hash of the authorization code issued alongside, binding it to this ID token.', 'OpenID Connect Core §3.3.2.11', 'token'],
    ['s_hash', 'State hash', 'The left half of a hash of the state parameter, binding the ID token to the request.', 'FAPI 1.0 Advanced §5.1', 'token'],
    ['sid', 'Session ID', 'The identity provider session this token belongs to, used to end it on logout.', 'OpenID Connect Front-Channel Logout §3', 'session'],
    ['name', 'Full name', "The user's full name for display.", 'OpenID Connect Core §5.1', 'profile'],
    ['given_name', 'Given name', "The user's given or first name.", 'OpenID Connect Core §5.1', 'profile'],
    ['family_name', 'Family name', "The user's surname or last name.", 'OpenID Connect Core §5.1', 'profile'],
    ['middle_name', 'Middle name', "The user's middle name or names.", 'OpenID Connect Core §5.1', 'profile'],
    ['nickname', 'Nickname', 'A casual name the user goes by.', 'OpenID Connect Core §5.1', 'profile'],
    ['preferred_username', 'Preferred username', 'The name the user likes to be called by. It can change and is not unique: never use it as a key.', 'OpenID Connect Core §5.1', 'profile'],
    ['profile', 'Profile page', "The URL of the user's profile page.", 'OpenID Connect Core §5.1', 'profile'],
    ['picture', 'Picture', "The URL of the user's picture.", 'OpenID Connect Core §5.1', 'profile'],
    ['website', 'Website', "The URL of the user's web page or blog.", 'OpenID Connect Core §5.1', 'profile'],
    ['email', 'Email address', "The user's email address. Trust it for identity only when email_verified is true.", 'OpenID Connect Core §5.1', 'profile'],
    ['email_verified', 'Email verified', 'Whether the provider checked that the user controls the email address.', 'OpenID Connect Core §5.1', 'profile'],
    ['gender', 'Gender', "The user's gender.", 'OpenID Connect Core §5.1', 'profile'],
    ['birthdate', 'Birth date', "The user's birthday, as YYYY-MM-DD or just the year.", 'OpenID Connect Core §5.1', 'profile'],
    ['zoneinfo', 'Time zone', "The user's time zone, such as Europe/Paris.", 'OpenID Connect Core §5.1', 'profile'],
    ['locale', 'Locale', "The user's language and region, such as en-GB.", 'OpenID Connect Core §5.1', 'profile'],
    ['phone_number', 'Phone number', "The user's phone number.", 'OpenID Connect Core §5.1', 'profile'],
    ['phone_number_verified', 'Phone number verified', 'Whether the provider checked that the user controls the phone number.', 'OpenID Connect Core §5.1', 'profile'],
    ['address', 'Postal address', "The user's postal address, as a JSON object.", 'OpenID Connect Core §5.1', 'profile'],
    ['updated_at', 'Profile updated', "When the user's profile information last changed, in seconds since 1970.", 'OpenID Connect Core §5.1', 'time'],
    ['scope', 'Scope', 'The permissions granted to the client, as space-separated values.', 'RFC 8693 §4.2, RFC 9068 §2.2.3', 'authorization'],
    ['scp', 'Scopes', 'The granted permissions, as a list or a space-separated string (Microsoft Entra and Okta use this name).', 'Microsoft Entra ID, Okta', 'authorization'],
    ['client_id', 'Client ID', 'The OAuth client the token was issued to.', 'RFC 8693 §4.3, RFC 9068 §2.2', 'audience'],
    ['cnf', 'Confirmation', 'The key the presenter must prove it holds (with DPoP, mutual TLS, or the key-binding JWT of an SD-JWT), which makes the token useless if stolen alone.', 'RFC 7800 §3.1, RFC 9901 (key binding)', 'key'],
    ['act', 'Actor', 'Who is acting on behalf of the subject, in delegation through token exchange.', 'RFC 8693 §4.1', 'identity'],
    ['may_act', 'May act', 'Who is allowed to act on behalf of the subject.', 'RFC 8693 §4.4', 'authorization'],
    ['roles', 'Roles', 'Roles granted to the subject, used for access decisions.', 'RFC 9068 §2.2.3.1 (RFC 7643)', 'authorization'],
    ['groups', 'Groups', 'Groups the subject belongs to, used for access decisions.', 'RFC 9068 §2.2.3.1 (RFC 7643)', 'authorization'],
    ['entitlements', 'Entitlements', 'Entitlements granted to the subject, used for access decisions.', 'RFC 9068 §2.2.3.1 (RFC 7643)', 'authorization'],
    ['events', 'Events', 'The security events this token reports, keyed by event type URI.', 'RFC 8417 §2.2', 'token'],
    ['toe', 'Time of event', 'When the reported event happened, in seconds since 1970.', 'RFC 8417 §2.2', 'time'],
    ['txn', 'Transaction ID', 'An id that ties together tokens and events from the same transaction.', 'RFC 8417 §2.2', 'token'],
    ['htm', 'HTTP method', 'The HTTP method of the request this DPoP proof covers.', 'RFC 9449 §4.2', 'token'],
    ['htu', 'HTTP URL', 'The URL (without query or fragment) of the request this DPoP proof covers.', 'RFC 9449 §4.2', 'token'],
    ['ath', 'Access token hash', 'The base64url SHA-256 hash of the access token sent with this DPoP proof.', 'RFC 9449 §4.2', 'token'],
    ['oid', 'Object ID', 'The immutable id of the user or service principal in the directory; use it, not the name, as the key.', 'Microsoft Entra ID', 'identity'],
    ['tid', 'Tenant ID', 'The directory (tenant) the user signed in to.', 'Microsoft Entra ID', 'identity'],
    ['upn', 'User principal name', 'The sign-in name of the user. It can change: do not use it as a key.', 'Microsoft Entra ID', 'profile'],
    ['appid', 'Application ID', 'The client application that requested the token (version 1 tokens; version 2 uses azp).', 'Microsoft Entra ID', 'audience'],
    ['ver', 'Token version', 'The version of the token format, such as 1.0 or 2.0.', 'Microsoft Entra ID', 'token'],
    ['realm_access', 'Realm roles', 'Roles the user has across the whole realm.', 'Keycloak', 'authorization'],
    ['resource_access', 'Client roles', 'Roles the user has per client application.', 'Keycloak', 'authorization'],
    ['typ', 'Token type', 'What the token is for, such as Bearer, ID or Refresh.', 'Keycloak', 'token'],
    ['session_state', 'Session state', 'The Keycloak session this token belongs to.', 'Keycloak', 'session'],
    ['permissions', 'Permissions', 'The API permissions granted to the user or client.', 'Auth0 (RBAC)', 'authorization'],
    ['org_id', 'Organization ID', 'The organization the user signed in through.', 'Auth0 Organizations', 'identity'],
    ['vc', 'Verifiable credential', 'A W3C verifiable credential carried in the token: claims about the subject made by the issuer.', 'W3C VC Data Model 1.1 §6.3', 'identity'],
    ['vp', 'Verifiable presentation', 'A W3C verifiable presentation: credentials shown by their holder.', 'W3C VC Data Model 1.1 §6.3', 'identity'],
    ['_sd', 'Selective disclosure digests', 'Digests of claims that are hidden until their disclosures are presented.', 'RFC 9901 (SD-JWT)', 'token'],
    ['_sd_alg', 'Disclosure hash algorithm', 'The hash algorithm used for the disclosure digests; sha-256 when absent.', 'RFC 9901 (SD-JWT)', 'token'],
    ['status', 'Status', 'Where to check whether the token has been revoked or suspended, such as an entry in a Token Status List; an SD-JWT VC carries it so a verifier can check the credential still holds.', 'OAuth Token Status List, SD-JWT VC', 'token'],
    ['vct', 'Credential type', 'The type of an SD-JWT verifiable credential, as a URI or a string: it says which claims to expect and how to show them. A verifier must accept only the types it knows.', 'SD-JWT VC (IETF OAuth draft)', 'token'],
    ['vct#integrity', 'Credential type integrity', 'A hash of the type metadata that "vct" points to, so a verifier can tell the metadata it fetched has not been changed.', 'SD-JWT VC (IETF OAuth draft)', 'token'],
  ],
  timeClaimNames,
)

const headerParameters = catalog([
  ['alg', 'Algorithm', 'How the token is signed or its key encrypted. A verifier must accept only the algorithms it expects, never whatever the token names: that is how "none" and key-confusion attacks work.', 'RFC 7515 §4.1.1', 'key'],
  ['jku', 'JWK Set URL', 'A URL from which to fetch the signing key. Trusting it blindly lets an attacker point at their own keys: allow only known URLs.', 'RFC 7515 §4.1.2', 'key'],
  ['jwk', 'JSON Web Key', 'The public key, embedded in the token itself. A token that brings its own key proves nothing unless that key is already trusted.', 'RFC 7515 §4.1.3', 'key'],
  ['kid', 'Key ID', 'Which key signed the token, to pick it from a key set. It is attacker-controlled text: never use it in a file path or query unescaped.', 'RFC 7515 §4.1.4', 'key'],
  ['x5u', 'X.509 URL', 'A URL from which to fetch the signing certificate chain. Like jku, it must not be followed blindly.', 'RFC 7515 §4.1.5', 'key'],
  ['x5c', 'X.509 chain', 'The signing certificate chain, embedded in the token. It must be validated against a trusted root before its key is used.', 'RFC 7515 §4.1.6', 'key'],
  ['x5t', 'X.509 SHA-1 thumbprint', 'The SHA-1 thumbprint of the signing certificate, to find it among known ones.', 'RFC 7515 §4.1.7', 'key'],
  ['x5t#S256', 'X.509 SHA-256 thumbprint', 'The SHA-256 thumbprint of the signing certificate, to find it among known ones.', 'RFC 7515 §4.1.8', 'key'],
  ['typ', 'Type', 'The media type of the whole token, such as JWT, at+jwt or dpop+jwt. Checking it stops one kind of token from being accepted as another.', 'RFC 7515 §4.1.9, RFC 8725 §3.11', 'token'],
  ['cty', 'Content type', 'The media type of the payload; JWT means the payload is itself a token (a nested JWT).', 'RFC 7515 §4.1.10', 'token'],
  ['crit', 'Critical', 'Header parameters the recipient must understand; a recipient that does not must reject the token.', 'RFC 7515 §4.1.11', 'token'],
  ['b64', 'Base64url-encode payload', 'When false, the payload is used as is instead of base64url-encoded. It must be listed in crit.', 'RFC 7797 §3', 'token'],
  ['enc', 'Encryption', 'The content encryption algorithm of a JWE, such as A256GCM.', 'RFC 7516 §4.1.2', 'key'],
  ['zip', 'Compression', 'The payload was compressed (DEF) before encryption. Decompressing without a size limit invites decompression bombs.', 'RFC 7516 §4.1.3', 'token'],
  ['epk', 'Ephemeral public key', 'The sender\'s one-time public key for ECDH-ES key agreement.', 'RFC 7518 §4.6.1.1', 'key'],
  ['apu', 'Agreement PartyUInfo', 'Information about the sender, mixed into the ECDH-ES key derivation.', 'RFC 7518 §4.6.1.2', 'key'],
  ['apv', 'Agreement PartyVInfo', 'Information about the recipient, mixed into the ECDH-ES key derivation.', 'RFC 7518 §4.6.1.3', 'key'],
  ['iv', 'Initialization vector', 'The IV used to wrap the content key with AES-GCM key wrapping.', 'RFC 7518 §4.7.1.1', 'key'],
  ['tag', 'Authentication tag', 'The tag from wrapping the content key with AES-GCM key wrapping.', 'RFC 7518 §4.7.1.2', 'key'],
  ['p2s', 'PBES2 salt', 'The salt input for deriving the key-wrapping key from a password.', 'RFC 7518 §4.8.1.1', 'key'],
  ['p2c', 'PBES2 count', 'The PBKDF2 iteration count. A huge value can be used to make the recipient burn CPU.', 'RFC 7518 §4.8.1.2', 'key'],
  ['url', 'URL', 'The URL of the ACME request this signature covers.', 'RFC 8555 §6.4.1', 'token'],
  ['nonce', 'Nonce', 'A server-issued value that makes the signed ACME request single-use.', 'RFC 8555 §6.5.2', 'token'],
  ['ppt', 'PASSporT extension', 'The PASSporT extension the token uses, for signed telephone caller identity.', 'RFC 8225 §8.1', 'token'],
  ['trust_chain', 'Trust chain', 'Entity statements that chain the signer to a trust anchor in an OpenID Federation.', 'OpenID Federation 1.0', 'key'],
])

export function describeClaim(name: string): ClaimInfo | undefined {
  return claims.get(name)
}

export function describeHeaderParameter(name: string): ClaimInfo | undefined {
  return headerParameters.get(name)
}
