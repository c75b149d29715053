// What a verification program needs from the page: the token's alg and claims, and where the key
// comes from. Built from the decoded token and the key box, or a sentence saying why no program fits.
import type { DecodedToken } from '../token/decoded-token'
import type { KeyMaterial } from '../keys/parse-key-text'
import type { SecretEncoding } from '../keys/decode-secret'
import { isHmacAlg } from '../hash/hmac-alg'
import { isJsonObject } from '../json/json-value'
import { err, ok, type Result } from '../result'
import type { TokenView } from '../workspace/token-view'
import type { ProgramKey, ProgramRequest } from './program-request'

/** A request without the choices the reader makes in the tool: the language and the form. */
export type ProgramSubject = Omit<ProgramRequest, 'language' | 'form'>

export interface ProgramPlan {
  subject: ProgramSubject
  /** The key box was empty: the key source follows from the alg, and the reader supplies the key in `JWT_KEY`. */
  isKeyBoxEmpty: boolean
}

export interface NoProgram {
  code: 'no-token' | 'not-decoded' | 'encrypted' | 'unsecured' | 'no-alg' | 'json-serialization' | 'no-claims' | 'unusable-key' | 'key-mismatch'
  message: string
}

export interface ProgramInputs {
  /** The token as verified: for an SD-JWT, its issuer-signed JWT. */
  decoded: DecodedToken | null
  material: KeyMaterial
  encoding: SecretEncoding
  /** The JWK Set URL the key box's keys were fetched from (where discovery ended), when they were fetched. */
  fetchedJwksUrl?: string
}

/** What of a token decides whether a program can verify it; a TokenView has all of it. */
export type ProgramTokenFacts = Pick<TokenView, 'kind' | 'alg' | 'isCompact' | 'hasClaims'>

/** Why no program can verify this token, whatever the key; null when one can. */
export function tokenProblemFor(facts: ProgramTokenFacts): NoProgram | null {
  switch (facts.kind) {
    case 'empty':
      return { code: 'no-token', message: 'Paste a token first.' }
    case 'invalid':
      return { code: 'not-decoded', message: 'The token does not decode; fix it first.' }
    case 'jwe':
      return { code: 'encrypted', message: 'An encrypted token (JWE) is decrypted, not verified: the programs verify signed tokens.' }
    case 'unsecured':
      return { code: 'unsecured', message: 'The token is unsigned (alg "none"): there is no signature to verify, and a service should reject it.' }
  }
  if (facts.alg === null) return { code: 'no-alg', message: 'The header names no algorithm ("alg"), and a program accepts only the token\'s own.' }
  if (!facts.isCompact) return { code: 'json-serialization', message: 'JWT libraries read the compact form (header.payload.signature); this token is in JSON serialization.' }
  if (!facts.hasClaims) return { code: 'no-claims', message: 'The payload is not a set of JSON claims, which is all a JWT library verifies.' }
  return null
}

export function programRequestFor({ decoded, material, encoding, fetchedJwksUrl }: ProgramInputs): Result<ProgramPlan, NoProgram> {
  const facts = factsOf(decoded)
  const tokenProblem = tokenProblemFor(facts)
  if (tokenProblem || !decoded || facts.alg === null || decoded.payload.type !== 'json' || !isJsonObject(decoded.payload.value)) {
    return err(tokenProblem ?? { code: 'not-decoded', message: 'The token does not decode; fix it first.' })
  }
  const { alg } = facts
  const key = programKeyFor(alg, material, encoding, fetchedJwksUrl)
  if (!key.ok) return key

  const claims = decoded.payload.value
  const subject: ProgramSubject = { alg, key: key.value, hasExpiry: Object.hasOwn(claims, 'exp'), hasNotBefore: Object.hasOwn(claims, 'nbf') }
  if (typeof claims.iss === 'string') subject.issuer = claims.iss
  const { aud } = claims
  if (typeof aud === 'string') subject.audience = aud
  else if (Array.isArray(aud) && aud.length > 0 && aud.every((value) => typeof value === 'string')) subject.audience = aud
  return ok({ subject, isKeyBoxEmpty: material.kind === 'empty' })
}

function factsOf(decoded: DecodedToken | null): ProgramTokenFacts {
  if (!decoded) return { kind: 'empty', alg: null, isCompact: false, hasClaims: false }
  const alg = decoded.header.type === 'json' && typeof decoded.header.value.alg === 'string' ? decoded.header.value.alg : null
  return {
    kind: decoded.kind,
    alg,
    isCompact: decoded.serialization === 'compact',
    hasClaims: decoded.payload.type === 'json' && isJsonObject(decoded.payload.value),
  }
}

function programKeyFor(alg: string, material: KeyMaterial, encoding: SecretEncoding, fetchedJwksUrl: string | undefined): Result<ProgramKey, NoProgram> {
  const isHmac = isHmacAlg(alg)
  switch (material.kind) {
    case 'empty':
      return ok(isHmac ? { source: 'secret', encoding } : { source: 'pem', label: 'PUBLIC KEY' })
    case 'secret':
      return isHmac
        ? ok({ source: 'secret', encoding })
        : err({ code: 'key-mismatch', message: `The key box holds text that is not a key, and ${alg} needs a public key (PEM, JWK or JWK Set). Paste one, or empty the key box.` })
    case 'pem':
      return isHmac
        ? err({ code: 'key-mismatch', message: `The key box holds a PEM key, and ${alg} needs the shared secret. Paste the secret, or empty the key box.` })
        : ok({ source: 'pem', label: material.blocks[0]?.label ?? 'PUBLIC KEY' })
    case 'jwk':
      return ok({ source: 'jwk' })
    case 'jwks':
      return ok(fetchedJwksUrl === undefined ? { source: 'jwks' } : { source: 'jwks-url', url: fetchedJwksUrl })
    case 'unusable':
      return err({ code: 'unusable-key', message: `The key box does not hold a key: ${material.message} Fix it, or empty the key box for a program that reads the key from JWT_KEY.` })
  }
}
