// The prose behind each finding: why it matters, how to fix it, and the sources. Only the findings
// list reads it, through a dynamic import, so it stays out of the code that first shows a token.
import type { RuleId } from './rules'

export interface Reference {
  label: string
  url: string
}

export interface RuleText {
  why: string
  fix: string
  references: Reference[]
}

const rfc = (number: number, section?: string): Reference => ({
  label: `RFC ${number}${section ? ` §${section}` : ''}`,
  url: `https://www.rfc-editor.org/rfc/rfc${number}${section ? `#section-${section}` : ''}`,
})

export const ruleTexts: Record<RuleId, RuleText> = {
  'alg-none': {
    why: 'Anyone can write a token with alg "none" and any claims. A verifier that takes the algorithm from the token, instead of from its own configuration, accepts it as genuine.',
    fix: 'Configure every verifier with the exact algorithms it accepts (for example only RS256) and reject "none" in every spelling. Issue only signed tokens.',
    references: [rfc(8725, '3.1'), rfc(8725, '2.1')],
  },
  'missing-exp': {
    why: 'A token that leaks (through logs, browser history or a compromised client) works forever, and nothing short of changing the signing key takes it back.',
    fix: 'Give every token an "exp", as short as its use allows: minutes for access tokens, with refresh tokens for long sessions.',
    references: [rfc(7519, '4.1.4')],
  },
  'long-lifetime': {
    why: 'The longer a token lives, the longer a stolen copy works. Self-contained tokens are hard to revoke, so their lifetime is the main limit on the damage.',
    fix: 'Keep access tokens to minutes or an hour, and renew them with refresh tokens that the issuer can revoke.',
    references: [rfc(7519, '4.1.4')],
  },
  'iat-in-future': {
    why: 'Either the issuer\'s clock is wrong, or the time was written by hand. Verifiers that check "iat" reject the token; others accept a token that claims to be younger than it is.',
    fix: 'Check the issuer\'s clock (NTP) and set "iat" to the moment of issue.',
    references: [rfc(7519, '4.1.6')],
  },
  'time-order': {
    why: 'A token whose expiry comes before its start can never be valid; it usually means seconds and milliseconds were mixed up, or a clock or time zone is wrong.',
    fix: 'Write every time claim in seconds since 1970 (UTC), with "iat" ≤ "nbf" < "exp".',
    references: [rfc(7519, '2')],
  },
  'missing-iss': {
    why: 'Without "iss" a verifier cannot tell which issuer\'s keys and rules apply, so a token from one issuer may pass at a service that trusts another one sharing the same keys.',
    fix: 'Set "iss" to the issuer\'s URL, and have every verifier require that exact value.',
    references: [rfc(8725, '3.8')],
  },
  'missing-aud': {
    why: 'A token that does not say which service it is for can be replayed at any other service that trusts the same issuer (a substitution attack).',
    fix: 'Set "aud" to the recipient\'s identifier, and have each service reject tokens not addressed to it.',
    references: [rfc(8725, '3.9'), rfc(8725, '2.7')],
  },
  'missing-typ': {
    why: 'Without "typ", one kind of token (an ID token, a logout token) can be mistaken for another by a service that accepts several kinds from the same issuer.',
    fix: 'Set "typ" to the token\'s media type, such as "at+jwt" for access tokens (RFC 9068), and check it when verifying.',
    references: [rfc(8725, '3.11')],
  },
  'sensitive-claim': {
    why: 'A signed token is not encrypted: its payload is only base64url-encoded, so the browser, proxies, logs and anyone who sees the token can read every claim.',
    fix: 'Keep secrets and personal data out of tokens. Send an opaque reference and look the data up on the server, or encrypt the token (JWE) if the recipient needs the data itself.',
    references: [rfc(7519, '12'), rfc(8725, '3.10')],
  },
  'jku-header': {
    why: 'A verifier that fetches keys from a URL the token names lets the token\'s author choose the key that checks it, and can be made to send requests inside its own network (SSRF).',
    fix: 'Ignore "jku", or accept only URLs on an exact allow-list of your issuers\' JWKS endpoints. Configure the JWKS URL on the verifier instead.',
    references: [rfc(8725, '3.10'), rfc(7515, '4.1.2')],
  },
  'x5u-header': {
    why: 'A verifier that downloads the certificate a token points to lets the token\'s author supply the key, and can be made to send requests inside its own network (SSRF).',
    fix: 'Ignore "x5u", or accept only allow-listed URLs and validate the chain against your own trust anchors.',
    references: [rfc(8725, '3.10'), rfc(7515, '4.1.5')],
  },
  'embedded-jwk': {
    why: 'If a verifier checks the signature with the key the token carries, anyone can sign a token with their own key pair and attach the public half: the check always passes (CVE-2018-0114).',
    fix: 'Verify only with keys you configured or fetched from the issuer. At most, use the embedded key to look up a trusted key by its thumbprint.',
    references: [rfc(8725, '3.10'), rfc(7515, '4.1.3')],
  },
  'embedded-x5c': {
    why: 'A certificate chain proves nothing by itself: only a verifier that validates it up to a trust anchor of its choosing, and checks that the certificate belongs to the issuer, gains anything from it.',
    fix: 'Validate the chain against your own trust anchors and pin the expected subject, or verify with configured keys instead.',
    references: [rfc(7515, '4.1.6')],
  },
  'kid-injection': {
    why: 'Servers that put "kid" into a file path, an SQL query or a shell command can be made to use a file of known content (such as the empty /dev/null) or an attacker-chosen value as the key.',
    fix: 'Treat "kid" as an opaque label: look it up in a fixed map of keys, never in a path, a query or a command.',
    references: [rfc(8725, '3.10')],
  },
  'weak-secret': {
    why: 'An HMAC secret that can be guessed, or is shorter than the hash, can be found offline from a single token (with hashcat, jwt_tool or the cracker on this page). Whoever finds it can sign any token.',
    fix: 'Use a random secret at least as long as the hash output (32 bytes for HS256; generate one on this page), kept out of code and config repositories. Or switch to an asymmetric algorithm so that verifiers hold no signing key.',
    references: [rfc(8725, '3.5'), rfc(8725, '2.2'), rfc(7518, '3.2')],
  },
  'alg-confusion': {
    why: 'If a verifier lets the token choose HMAC and passes it the RSA or EC public key as the secret, anyone holding the public key (which is public) can sign tokens that pass.',
    fix: 'Pin the algorithm to the key: an RSA or EC key is only ever used with RS, PS or ES algorithms, and never reaches an HMAC check.',
    references: [rfc(8725, '3.1'), rfc(8725, '2.1')],
  },
  'psychic-signature': {
    why: 'Some Java versions (CVE-2022-21449) accepted an ECDSA signature with r = s = 0 for any message and any key, so this token is an attack on them.',
    fix: 'Reject it. Update Java (17.0.3, 18.0.1 or later) and use a verifier that checks 0 < r, s < n.',
    references: [rfc(8725, '3.4')],
  },
  'empty-signature': {
    why: 'The header names a signature algorithm but the signature part is empty. Some libraries skipped the check for an empty signature and accepted any claims (CVE-2020-28042).',
    fix: 'Reject tokens with an empty signature, and make sure your library does too.',
    references: [rfc(8725, '3.3')],
  },
  'large-token': {
    why: 'Browsers drop cookies over 4096 bytes, and many servers and proxies refuse request headers over 8 KB, so the token may be silently lost on the way.',
    fix: 'Carry less in the token: reference data by ID and look it up on the server.',
    references: [rfc(6265, '6.1')],
  },
  'crit-header': {
    why: 'Every verifier must understand each extension listed in "crit" or reject the token. Libraries that ignore "crit" accept tokens whose meaning they do not know.',
    fix: 'Make sure every verifier supports these extensions, or drop them.',
    references: [rfc(7515, '4.1.11')],
  },
  'unencoded-payload': {
    why: 'Verifiers that do not implement RFC 7797 read the payload differently from those that do; unless "crit" lists "b64", they may accept the token with another meaning.',
    fix: 'Use ordinary base64url payloads for JWTs. Where RFC 7797 is needed, list "b64" in "crit".',
    references: [rfc(7797, '3'), rfc(7797, '6')],
  },
  'weak-key-management': {
    why: 'RSAES-PKCS1-v1_5 is open to padding-oracle attacks (Bleichenbacher): a server that reveals decryption failures lets an attacker recover the content key.',
    fix: 'Use RSA-OAEP-256 or ECDH-ES instead.',
    references: [rfc(8725, '3.2')],
  },
  'compressed-plaintext': {
    why: 'Compressing before encrypting makes the ciphertext length depend on the content, which can leak secrets when attackers control part of the plaintext.',
    fix: 'Do not compress tokens that mix secret and attacker-influenced data; drop "zip".',
    references: [rfc(8725, '3.6')],
  },
  'invisible-characters': {
    why: 'Two strings that look the same on screen can differ by characters nobody sees. An issuer check against "https://login.example.com" then fails for a token whose "iss" hides a zero-width space, while an issuer that only looks like yours passes a check made by eye; direction controls make text read in another order than it is stored (Trojan Source).',
    fix: 'Remove these characters where the token is issued. Verifiers should compare identifiers (iss, aud, sub, kid, typ) byte for byte against configured values, and reject tokens whose identifiers hold format characters.',
    references: [
      { label: 'Unicode TR #36 (security considerations)', url: 'https://www.unicode.org/reports/tr36/' },
      { label: 'CVE-2021-42574 (Trojan Source)', url: 'https://www.cve.org/CVERecord?id=CVE-2021-42574' },
    ],
  },
  'missing-alg': {
    why: 'RFC 7515 makes "alg" the one header parameter every JWS must carry, as a string. Without it a verifier has no algorithm to hold the token to, and every conforming one rejects it; one that guesses is worse.',
    fix: 'Set "alg" to the algorithm that signed the token, as a string such as "RS256", and configure verifiers with the algorithms they accept.',
    references: [rfc(7515, '4.1.1')],
  },
  'signature-size': {
    why: 'Each algorithm fixes the size of its signature, so a signature of any other size cannot verify. A DER-encoded ECDSA signature comes from a library that signs for X.509 or TLS rather than for JWS; JWS verifiers reject it, and lenient ones that accept it disagree with strict ones.',
    fix: 'Produce signatures in the JWS form: for ECDSA, the raw r and s values side by side, each padded to the size of the curve (64 bytes in all for ES256).',
    references: [rfc(7518, '3.4'), rfc(7518, '3.2'), rfc(8037, '3.1')],
  },
  'short-rsa-key': {
    why: 'An RSA signature is as long as the key\'s modulus, so this one shows the key has fewer than 2048 bits. Keys of 1024 bits and less are within reach of well-funded attackers, and RFC 7518 requires at least 2048.',
    fix: 'Sign with an RSA key of 2048 bits or more, or switch to ES256 or EdDSA, whose keys are short and strong.',
    references: [rfc(7518, '3.3'), rfc(7518, '3.5')],
  },
  'unprotected-header': {
    why: 'In the JSON serialization only the "protected" member is covered by the signature. Whatever sits in the "header" member, "alg" and "kid" included, can be changed by anyone who holds the token without breaking the signature.',
    fix: 'Put every header parameter a verifier relies on, "alg" first, in the "protected" member.',
    references: [rfc(7515, '7.2.1'), rfc(7515, '4')],
  },
  'missing-enc': {
    why: 'A JWE names the algorithm that encrypts its content in "enc"; without it no recipient knows how to decrypt the token, and conforming libraries reject it.',
    fix: 'Set "enc" to the content encryption algorithm, such as "A256GCM".',
    references: [rfc(7516, '4.1.2')],
  },
  'dir-encrypted-key': {
    why: 'With "alg": "dir" the shared key encrypts the content itself, so there is no content key to carry and the encrypted key part must be empty. Libraries disagree on what to do with anything found there: some ignore it, others reject the token.',
    fix: 'Leave the encrypted key part empty with "dir", or name the key management algorithm that produced the encrypted key.',
    references: [rfc(7516, '5.1'), rfc(7518, '4.5')],
  },
  'claim-format': {
    why: 'Registered claims have fixed types: times are NumericDates (seconds since 1970, as numbers), "iss", "sub" and "jti" are strings, and "aud" is a string or an array of strings. Libraries treat other values differently: some reject the token, others skip the claim, so a check you rely on may silently not happen.',
    fix: 'Write times as numbers of seconds (not milliseconds, not strings) and identifiers as strings, where the token is issued.',
    references: [rfc(7519, '4.1'), rfc(7519, '2')],
  },
}
