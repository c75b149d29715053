// The Key Binding JWT of an SD-JWT+KB (RFC 9901 §4.3, §7.3): signed by the holder key the issuer put
// in "cnf", typed "kb+jwt", and bound to this presentation by "sd_hash". jose checks the signature,
// through verifySignature, as for any token.
import type { JsonObject, JsonValue } from '../json/scan-json'
import { decodeToken } from '../token/decode-token'
import { verifySignature } from '../verify/verify-signature'
import { needsSecret } from '../keys/key-requirements'
import { readHashAlg, sdDigest } from './sd-digest'
import type { SdJwtParts } from './split-sd-jwt'
import { quote, quoteJson } from '../text/quote'
import { describeJsonType, isJsonObject } from '../json/json-value'

export type KeyBindingStatus =
  | { state: 'valid'; reason: string; nonce?: JsonValue; aud?: JsonValue; iat?: number }
  | { state: 'invalid'; reason: string; nonce?: JsonValue; aud?: JsonValue; iat?: number }
  | { state: 'error'; reason: string }

// RFC 9901 §4.3: the claims every KB-JWT carries, and the type each must have.
const REQUIRED_CLAIMS: Array<{ name: string; type: 'string' | 'number'; described: string }> = [
  { name: 'iat', type: 'number', described: 'a number (seconds since 1970)' },
  { name: 'aud', type: 'string', described: 'a single string' },
  { name: 'nonce', type: 'string', described: 'a string' },
  { name: 'sd_hash', type: 'string', described: 'a string' },
]

/** Checks the KB-JWT: typ "kb+jwt", signature against the issuer payload's cnf.jwk, sd_hash over `presentation` with the issuer's _sd_alg, and reports nonce, aud, iat. */
export async function verifyKeyBinding(parts: SdJwtParts, issuerPayload: JsonObject): Promise<KeyBindingStatus> {
  const error = (reason: string): KeyBindingStatus => ({ state: 'error', reason })
  if (parts.keyBindingJwt === null) {
    return error('There is no Key Binding JWT: the SD-JWT ends with "~", so nothing shows that the presenter holds the key.')
  }
  const decoded = decodeToken(parts.keyBindingJwt)
  if (!decoded || decoded.kind === 'invalid') {
    return error(`The Key Binding JWT cannot be decoded. ${decoded?.failures[0]?.message ?? 'It is empty.'}`)
  }
  if (decoded.kind === 'jwe') return error('The Key Binding JWT is encrypted (JWE); it must be a JWT signed by the holder (RFC 9901 §4.3).')
  if (decoded.kind === 'unsecured') return error('The Key Binding JWT is unsecured ("alg": "none"); it must be signed by the holder (RFC 9901 §4.3).')
  const header = decoded.header.type === 'json' ? decoded.header.value : {}
  const claims = decoded.payload.type === 'json' ? decoded.payload.value : null
  if (!isJsonObject(claims)) return error('The payload of the Key Binding JWT must be a JSON object of claims (RFC 9901 §4.3).')

  const shapeProblems = [...typProblems(header.typ), ...claimProblems(claims)]
  if (shapeProblems.length > 0) return error(shapeProblems.join(' '))

  const { hashAlg, isHashSupported, problem } = readHashAlg(issuerPayload)
  if (!isHashSupported) return error(`"sd_hash" cannot be checked. ${problem}`)
  const holderKey = readHolderKey(issuerPayload)
  if (typeof holderKey === 'string') return error(holderKey)
  const alg = header.alg
  if (typeof alg === 'string' && needsSecret(alg)) {
    return error(`The Key Binding JWT uses ${alg}, a shared-secret MAC; key binding needs a signature made with the holder's private key (RFC 9901 §4.3).`)
  }

  const signature = await verifySignature(decoded, { kind: 'jwk', jwk: holderKey }, 'utf8')
  if (signature.state === 'error' || signature.state === 'unverified') {
    return error(`The holder key in "cnf.jwk" cannot check the Key Binding JWT. ${signature.reason}`)
  }
  const mismatches: string[] = []
  if (signature.state === 'invalid') {
    mismatches.push('The signature does not match the holder key in "cnf.jwk": the Key Binding JWT was not signed by the holder this SD-JWT was issued to.')
  }
  const expected = sdDigest(hashAlg, parts.presentation)!
  if (claims.sd_hash !== expected) {
    mismatches.push(
      `"sd_hash" is ${quote(claims.sd_hash as string)}, but this presentation hashes to "${expected}" (${hashAlg} over the Issuer-signed JWT and the disclosures, each followed by "~"): the holder signed a different presentation.`,
    )
  }

  const facts = { nonce: claims.nonce!, aud: claims.aud!, iat: claims.iat as number }
  if (mismatches.length > 0) return { state: 'invalid', reason: mismatches.join(' '), ...facts }
  return {
    state: 'valid',
    reason: `The Key Binding JWT is signed by the holder key in "cnf.jwk", and its "sd_hash" matches this presentation (${hashAlg}). A verifier must still check that "nonce" and "aud" are the ones it expects and that "iat" is recent.`,
    ...facts,
  }
}

function typProblems(typ: JsonValue | undefined): string[] {
  if (typ === 'kb+jwt') return []
  if (typ === undefined) return ['The Key Binding JWT has no "typ"; it must be "kb+jwt" (RFC 9901 §4.3).']
  return [`The Key Binding JWT's "typ" is ${quoteJson(typ)}; it must be "kb+jwt" (RFC 9901 §4.3).`]
}

function claimProblems(claims: JsonObject): string[] {
  return REQUIRED_CLAIMS.flatMap(({ name, type, described }) => {
    if (!Object.hasOwn(claims, name)) return [`The Key Binding JWT has no "${name}" claim, which RFC 9901 §4.3 requires.`]
    const value = claims[name]
    return typeof value === type ? [] : [`"${name}" in the Key Binding JWT must be ${described}, but it is ${describeJsonType(value)}.`]
  })
}

/** The holder's public JWK from "cnf" (RFC 7800 §3.2), or why there is none to use. */
function readHolderKey(payload: JsonObject): JsonObject | string {
  if (!Object.hasOwn(payload, 'cnf')) {
    return 'The Issuer-signed JWT has no "cnf" claim, so there is no holder key to check the Key Binding JWT with (RFC 9901 §4.1.2).'
  }
  const cnf = payload.cnf
  if (!isJsonObject(cnf)) return `"cnf" must be an object holding the holder's key, but it is ${describeJsonType(cnf)}.`
  if (!Object.hasOwn(cnf, 'jwk')) {
    if (Object.hasOwn(cnf, 'jkt')) return '"cnf" names the holder key only by its thumbprint ("jkt"), which cannot be resolved here; only a key given in "cnf.jwk" can be checked.'
    if (Object.hasOwn(cnf, 'kid')) return '"cnf" names the holder key only by "kid", which cannot be resolved here; only a key given in "cnf.jwk" can be checked.'
    return '"cnf" has no "jwk" member carrying the holder\'s public key; only a key given in "cnf.jwk" can be checked.'
  }
  return isJsonObject(cnf.jwk) ? cnf.jwk : `"cnf.jwk" must be a JWK object, but it is ${describeJsonType(cnf.jwk)}.`
}

