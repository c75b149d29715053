// Text in, DecodedToken out: every part decoded as far as it goes, every failure named. Never throws.
import { decodeBase64url, type Base64Irregularity } from '../encoding/base64url'
import { decodeUtf8 } from '../encoding/utf8'
import { scanJson, type JsonObject, type JsonValue } from '../json/scan-json'
import { formatJson } from '../json/format-json'
import { inspectClaims } from '../claims/inspect-claims'
import { detectProfile } from '../claims/token-profile'
import { normalizeInput, type NormalizedInput } from './normalize-input'
import { splitParts } from './split-parts'
import { quote, shorten } from '../text/quote'
import type {
  DecodeFailure,
  DecodedToken,
  HeaderContent,
  Notice,
  PartName,
  PayloadContent,
  Serialization,
  TokenPart,
} from './decoded-token'
import { describeJsonType, isJsonObject } from '../json/json-value'

const JWS_PARTS: PartName[] = ['header', 'payload', 'signature']
const JWE_PARTS: PartName[] = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']
const MAX_NESTING = 4
/** A JWE has the most parts, 5; past that only the count matters (and a few more parts for the colours). */
const MAX_READ_PARTS = 6

export const partLabels: Record<PartName, string> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  'encrypted-key': 'encrypted key',
  iv: 'initialization vector',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
}

/** Decodes pasted text; returns null for blank input. */
export function decodeToken(text: string): DecodedToken | null {
  if (text.trim() === '') return null
  return decodeAtDepth(text, 0)
}

/** A decrypted JWE: the token as before, with the plaintext as its payload, decoded like any payload. */
export function openDecrypted(decoded: DecodedToken, plaintext: Uint8Array): DecodedToken {
  const findings = new Findings()
  findings.notices.push(...decoded.notices)
  const utf8 = decodeUtf8(plaintext)
  let payload: PayloadContent
  if (utf8.ok) payload = parsePayloadText(utf8.text, findings)
  else {
    findings.note('payload', 'warning', `The plaintext is not valid UTF-8 (byte ${utf8.byteOffset + 1} starts an invalid sequence), so it is binary data; it is shown with replacement characters.`)
    payload = { type: 'text', text: utf8.text }
  }
  return assemble({ ...decoded, findings, payload, isJwe: true, depth: 0 })
}

function decodeAtDepth(text: string, depth: number): DecodedToken {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) return decodeJsonSerialization(trimmed, depth)
  return decodeCompact(normalizeInput(text), depth)
}

/** Collects failures and notices while the parts are decoded. */
class Findings {
  readonly failures: DecodeFailure[] = []
  readonly notices: Notice[] = []
  fail(failure: DecodeFailure) {
    this.failures.push(failure)
  }
  note(part: Notice['part'], severity: Notice['severity'], message: string) {
    this.notices.push({ part, severity, message })
  }
}

function decodeCompact(input: NormalizedInput, depth: number): DecodedToken {
  const findings = new Findings()
  const { pieces: texts, count } = splitParts(input.token, '.', MAX_READ_PARTS)
  const isJwe = count === 5
  const names = isJwe ? JWE_PARTS : JWS_PARTS
  if (count !== 3 && count !== 5) {
    const opaqueHint =
      count === 1 && /^[A-Za-z0-9_\-+/=]+$/.test(input.token)
        ? ' With no dots at all, this may be an opaque token that only its issuer can look up.'
        : ''
    findings.fail({
      part: 'shape',
      message: `A token has 3 parts (JWS) or 5 parts (JWE) separated by dots; this one has ${count.toLocaleString('en-US')}.${opaqueHint}`,
    })
  }

  let offset = 0
  const parts: Array<TokenPart & { offset: number }> = texts.map((partText, index) => {
    const from = input.toRawOffset(offset)
    const to = partText.length === 0 ? from : input.toRawOffset(offset + partText.length - 1) + 1
    const part = { name: names[index] ?? ('signature' as const), text: partText, byteLength: null, from, to, offset }
    offset += partText.length + 1
    return part
  })

  // Decode as far as the parts go, even when their number is wrong.
  const headerPart = parts[0]!
  const headerBytes = decodePart(headerPart, headerPart.offset, findings)
  const header = headerBytes ? parseHeader(headerBytes, findings) : ({ type: 'unavailable' } as const)
  const headerObject = header.type === 'json' ? header.value : null

  let payload: PayloadContent = { type: 'unavailable' }
  let signature: Uint8Array | null = null
  if (isJwe) {
    for (const part of parts.slice(1)) decodePart(part, part.offset, findings)
    payload = { type: 'encrypted' }
    if (headerObject) inspectJweHeader(headerObject, parts, findings)
  } else if (count >= 2) {
    const payloadPart = parts[1]!
    payload = decodePayload(payloadPart, headerObject, findings)
    const signaturePart = parts[2]
    if (signaturePart) {
      signature = decodePart(signaturePart, signaturePart.offset, findings)
      if (headerObject && signature) inspectSignature(headerObject, signature, findings)
    }
    if (headerObject) inspectJwsHeader(headerObject, findings)
  }

  return assemble({
    input,
    serialization: 'compact',
    parts: parts.map(({ offset: _offset, ...part }) => part),
    header,
    payload,
    signature,
    findings,
    isJwe,
    depth,
    signatureCount: signature ? 1 : 0,
  })
}

interface Assembly {
  input: NormalizedInput
  serialization: Serialization
  parts: TokenPart[]
  header: HeaderContent
  payload: PayloadContent
  signature: Uint8Array | null
  findings: Findings
  isJwe: boolean
  depth: number
  signatureCount: number
}

function assemble({ input, serialization, parts, header, payload, signature, findings, isJwe, depth, signatureCount }: Assembly): DecodedToken {
  const headerObject = header.type === 'json' ? header.value : null
  const claims = payload.type === 'json' ? payload.value : undefined
  if (isJsonObject(claims)) findings.notices.push(...inspectClaims(claims))

  let nested: DecodedToken | null = null
  // RFC 7516 §4.1.12 asks for "cty": "JWT" on a nested token, but encrypted ones often leave it out.
  if (headerObject && payload.type === 'text' && (isNestedJwt(headerObject) || (isJwe && isCompactToken(payload.text)))) {
    if (depth < MAX_NESTING) nested = decodeAtDepth(payload.text, depth + 1)
    else findings.note('payload', 'warning', `Tokens are nested more than ${MAX_NESTING} deep; the inner ones are not decoded.`)
  }

  const kind = findings.failures.length > 0 ? 'invalid' : isJwe ? 'jwe' : headerObject?.alg === 'none' ? 'unsecured' : 'jws'
  return {
    kind,
    serialization,
    input,
    parts,
    header,
    payload,
    signature,
    failures: findings.failures,
    notices: findings.notices,
    profile: detectProfile(headerObject, nested ? undefined : claims, isJwe),
    nested,
    signatureCount,
  }
}

function decodePart(part: { name: PartName; text: string; byteLength: number | null }, offset: number, findings: Findings): Uint8Array | null {
  const label = partLabels[part.name]
  const decoded = decodeBase64url(part.text)
  if (!decoded.ok) {
    findings.fail({
      part: part.name,
      message: `The ${label} is not valid base64url: ${decoded.error.message}.`,
      offset: offset + decoded.error.position,
    })
    return null
  }
  part.byteLength = decoded.value.bytes.length
  for (const irregularity of decoded.value.irregularities) {
    findings.note(part.name, 'warning', `The ${label} ${irregularityMessages[irregularity]}`)
  }
  return decoded.value.bytes
}

const irregularityMessages: Record<Base64Irregularity, string> = {
  padding: 'ends with "=" padding, which JWS and JWE leave out (RFC 7515 §2); strict libraries reject it.',
  'standard-alphabet':
    'uses "+" or "/" from standard base64 where base64url has "-" and "_"; strict libraries reject it, lenient ones decode it.',
  'stray-bits':
    'has non-zero unused bits in its last character, so other spellings decode to the same bytes; libraries disagree on whether to accept it.',
}

function parseHeader(bytes: Uint8Array, findings: Findings): HeaderContent {
  const utf8 = decodeUtf8(bytes)
  if (!utf8.ok) {
    findings.fail({ part: 'header', message: `The header is not valid UTF-8: byte ${utf8.byteOffset + 1} starts an invalid sequence.` })
    return { type: 'text', text: utf8.text }
  }
  if (utf8.hasBom) findings.note('header', 'warning', 'The header starts with a byte order mark (BOM), which JSON forbids here; strict parsers reject it.')
  const scan = scanJson(utf8.text)
  if (!scan.ok) {
    const { line, column, message } = scan.error
    findings.fail({ part: 'header', message: `The header is not valid JSON: at line ${line}, column ${column}, ${message}.` })
    return { type: 'text', text: utf8.text }
  }
  noteJsonQuirks('header', scan, findings)
  if (!isJsonObject(scan.value)) {
    findings.fail({ part: 'header', message: `The header must be a JSON object, but it is ${describeJsonType(scan.value)}.` })
    return { type: 'text', text: utf8.text }
  }
  return { type: 'json', value: scan.value, pretty: formatJson(utf8.text) }
}

function decodePayload(part: TokenPart & { offset: number }, header: JsonObject | null, findings: Findings): PayloadContent {
  // RFC 7797: with "b64": false the payload is carried as is, not base64url-encoded.
  if (header?.b64 === false) {
    if (part.text === '') {
      findings.note('payload', 'info', 'The payload is detached (empty in the token), as RFC 7797 allows; the verifier must supply it.')
      return { type: 'detached' }
    }
    findings.note('payload', 'info', 'The header sets "b64": false, so the payload is the text between the dots, not base64url (RFC 7797).')
    part.byteLength = new TextEncoder().encode(part.text).length
    return parsePayloadText(part.text, findings)
  }
  if (part.text === '') {
    findings.note('payload', 'info', 'The payload is empty: it is either detached (sent separately, RFC 7515 Appendix F) or truly empty.')
    return { type: 'detached' }
  }
  const bytes = decodePart(part, part.offset, findings)
  if (!bytes) return { type: 'unavailable' }
  const utf8 = decodeUtf8(bytes)
  if (!utf8.ok) {
    findings.note(
      'payload',
      'warning',
      `The payload is not valid UTF-8 (byte ${utf8.byteOffset + 1} starts an invalid sequence), so it is binary data, not a claims set; it is shown with replacement characters.`,
    )
    return { type: 'text', text: utf8.text }
  }
  if (utf8.hasBom) findings.note('payload', 'warning', 'The payload starts with a byte order mark (BOM), which JSON forbids here; strict parsers reject it.')
  return parsePayloadText(utf8.text, findings)
}

function parsePayloadText(text: string, findings: Findings): PayloadContent {
  const scan = scanJson(text)
  if (!scan.ok) {
    const looksLikeJson = /^\s*[[{"]/.test(text)
    if (looksLikeJson) {
      const { line, column, message } = scan.error
      findings.note('payload', 'warning', `The payload looks like JSON but is not valid: at line ${line}, column ${column}, ${message}. It is shown as text.`)
    } else if (isCompactToken(text)) {
      findings.note('payload', 'info', 'The payload is itself a token (a nested JWT), not a JSON claims set.')
    } else {
      findings.note('payload', 'info', 'The payload is not JSON, so it is shown as text. JWS allows any payload, but a JWT needs a JSON claims set.')
    }
    return { type: 'text', text }
  }
  noteJsonQuirks('payload', scan, findings)
  if (!isJsonObject(scan.value)) {
    findings.note(
      'payload',
      'warning',
      `The payload is JSON but not an object (it is ${describeJsonType(scan.value)}); a JWT claims set must be a JSON object (RFC 7519 §7.2).`,
    )
  }
  return { type: 'json', value: scan.value, pretty: formatJson(text) }
}

/** Notices of one kind a part gets before the rest are summed up in one more. */
const MAX_NOTICES_OF_A_KIND = 10

function noteJsonQuirks(part: 'header' | 'payload', scan: Extract<ReturnType<typeof scanJson>, { ok: true }>, findings: Findings) {
  for (const duplicate of scan.duplicates.slice(0, MAX_NOTICES_OF_A_KIND)) {
    const where = duplicate.path.length > 0 ? ` inside ${quote(duplicate.path.join('.'))}` : ''
    findings.note(
      part,
      'warning',
      `The ${part} has the member ${quote(duplicate.name)} more than once${where}. JSON.parse keeps the last value but some libraries keep the first, so two systems can read different values from this token.`,
    )
  }
  const moreDuplicates = scan.duplicates.length - MAX_NOTICES_OF_A_KIND
  if (moreDuplicates > 0) findings.note(part, 'warning', `${moreDuplicates.toLocaleString('en-US')} more members of the ${part} appear more than once in their object.`)
  for (const unsafe of scan.unsafeIntegers.slice(0, MAX_NOTICES_OF_A_KIND)) {
    findings.note(
      part,
      'warning',
      `The number ${shorten(unsafe.literal)}${unsafe.path.length > 0 ? ` in ${quote(unsafe.path.join('.'))}` : ''} is too large to be exact in JavaScript; it reads as ${Number(unsafe.literal)}.`,
    )
  }
  const moreUnsafe = scan.unsafeIntegers.length - MAX_NOTICES_OF_A_KIND
  if (moreUnsafe > 0) findings.note(part, 'warning', `${moreUnsafe.toLocaleString('en-US')} more numbers in the ${part} are too large to be exact in JavaScript.`)
}

function inspectJwsHeader(header: JsonObject, findings: Findings) {
  if (!Object.hasOwn(header, 'alg')) {
    findings.note('header', 'warning', 'The header has no "alg", which RFC 7515 requires; every verifier will reject this token.')
  } else if (typeof header.alg !== 'string') {
    findings.note('header', 'warning', `"alg" must be a string, but it is ${describeJsonType(header.alg)}.`)
  }
  if (header.b64 === false && !(Array.isArray(header.crit) && header.crit.includes('b64'))) {
    findings.note('header', 'warning', '"b64": false must be listed in "crit" (RFC 7797 §6); without it, verifiers that do not know b64 misread the payload.')
  }
}

function inspectJweHeader(header: JsonObject, parts: TokenPart[], findings: Findings) {
  if (typeof header.enc !== 'string') {
    findings.note('header', 'warning', 'The header has no "enc" naming the content encryption, which RFC 7516 requires for a JWE.')
  }
  if (header.alg === 'dir' && (parts[1]?.text.length ?? 0) > 0) {
    findings.note('encrypted-key', 'warning', 'With "alg": "dir" the encrypted key must be empty (RFC 7516 §5.1), but it is not.')
  }
}

// Signature sizes fixed by the algorithm (RFC 7518 §3.2, §3.4; RFC 8037 §3.1).
const SIGNATURE_BYTES: Record<string, number> = {
  HS256: 32,
  HS384: 48,
  HS512: 64,
  ES256: 64,
  ES256K: 64,
  ES384: 96,
  ES512: 132,
  EdDSA: 64,
  Ed25519: 64,
  Ed448: 114,
}

function inspectSignature(header: JsonObject, signature: Uint8Array, findings: Findings) {
  const alg = header.alg
  if (typeof alg !== 'string') return
  if (alg.toLowerCase() === 'none') {
    if (signature.length > 0) findings.note('signature', 'warning', 'The token says "alg": "none" yet carries a signature; an unsecured token must have an empty signature.')
    return
  }
  if (signature.length === 0) {
    findings.note('signature', 'warning', `The signature is empty, but ${quote(alg)} needs one: no verifier should accept this token.`)
    return
  }
  const expected = Object.hasOwn(SIGNATURE_BYTES, alg) ? SIGNATURE_BYTES[alg] : undefined
  if (expected !== undefined && signature.length !== expected) {
    const isDer = alg.startsWith('ES') && signature[0] === 0x30 && signature[1] === signature.length - 2
    findings.note(
      'signature',
      'warning',
      isDer
        ? `The signature is DER-encoded (${signature.length} bytes), but JWS needs the raw r and s values side by side (${expected} bytes for ${alg}, RFC 7518 §3.4).`
        : `A ${alg} signature has ${expected} bytes, but this one has ${signature.length}.`,
    )
  }
  if (/^(RS|PS)\d+$/.test(alg) && signature.length < 256) {
    findings.note('signature', 'warning', `This ${shorten(alg)} signature has ${signature.length} bytes, so the RSA key is shorter than 2048 bits, which RFC 7518 §3.3 forbids.`)
  }
}

function decodeJsonSerialization(text: string, depth: number): DecodedToken {
  const findings = new Findings()
  const input = normalizeInput(text)
  const base = { input, serialization: 'json-flattened' as Serialization, parts: [], signature: null, findings, depth, signatureCount: 0 }
  const scan = scanJson(text)
  if (!scan.ok || !isJsonObject(scan.value)) {
    findings.fail({
      part: 'shape',
      message: scan.ok
        ? 'This is JSON but not an object, so it is neither a token nor a JWS or JWE JSON serialization.'
        : `This looks like JSON but is not valid: at line ${scan.error.line}, column ${scan.error.column}, ${scan.error.message}.`,
    })
    return assemble({ ...base, header: { type: 'unavailable' }, payload: { type: 'unavailable' }, isJwe: false })
  }
  const json = scan.value
  noteJsonQuirks('header', scan, findings)

  if (Object.hasOwn(json, 'ciphertext')) {
    const header = decodeJsonMember(json, 'protected', 'header', findings)
    for (const member of ['iv', 'ciphertext', 'tag', 'encrypted_key'] as const) {
      if (typeof json[member] === 'string') decodeJsonMember(json, member, member === 'encrypted_key' ? 'encrypted-key' : member, findings)
    }
    const recipients = Array.isArray(json.recipients) ? json.recipients.length : 1
    findings.note('token', 'info', `This is a JWE in JSON serialization for ${recipients} recipient${recipients === 1 ? '' : 's'}.`)
    return assemble({ ...base, header: header ?? { type: 'unavailable' }, payload: { type: 'encrypted' }, isJwe: true })
  }

  if (!Object.hasOwn(json, 'payload')) {
    const hint = typeof json.kty === 'string' || Array.isArray(json.keys) ? ' It looks like a key (JWK or JWKS): paste it in the key box instead.' : ''
    findings.fail({ part: 'shape', message: `This JSON is not a JWS or JWE JSON serialization: it has no "payload" or "ciphertext" member.${hint}` })
    return assemble({ ...base, header: { type: 'unavailable' }, payload: { type: 'unavailable' }, isJwe: false })
  }

  const signatures = Array.isArray(json.signatures) ? json.signatures.filter(isJsonObject) : [json]
  const isGeneral = Array.isArray(json.signatures)
  if (signatures.length === 0) findings.fail({ part: 'signature', message: 'The "signatures" array is empty: there is no signature to show.' })
  const first = signatures[0] ?? {}
  const header = decodeJsonMember(first, 'protected', 'header', findings) ?? { type: 'unavailable' as const }
  const unprotected = isJsonObject(first.header) ? first.header : {}
  const effectiveHeader = header.type === 'json' ? { ...unprotected, ...header.value } : unprotected
  if (header.type !== 'json' && Object.keys(unprotected).length > 0) {
    findings.note('header', 'warning', 'Everything in this signature\'s header is unprotected: the signature does not cover it, so anyone can change it.')
  }

  let payload: PayloadContent
  if (typeof json.payload !== 'string') {
    findings.fail({ part: 'payload', message: `"payload" must be a base64url string, but it is ${describeJsonType(json.payload)}.` })
    payload = { type: 'unavailable' }
  } else {
    payload = decodePayload({ name: 'payload', text: json.payload, byteLength: null, offset: 0 }, effectiveHeader, findings)
  }
  const signatureBytes = typeof first.signature === 'string' ? decodeMemberBytes(first.signature, 'signature', findings) : null
  if (typeof first.signature !== 'string' && signatures.length > 0) {
    findings.fail({ part: 'signature', message: '"signature" is missing or not a string.' })
  }
  if (signatureBytes) inspectSignature(effectiveHeader, signatureBytes, findings)
  inspectJwsHeader(effectiveHeader, findings)
  if (signatures.length > 1) findings.note('token', 'info', `This token carries ${signatures.length} signatures; the first one's header is shown.`)

  return assemble({
    ...base,
    serialization: isGeneral ? 'json-general' : 'json-flattened',
    header: header.type === 'unavailable' && Object.keys(unprotected).length > 0
      ? { type: 'json', value: unprotected, pretty: prettyJson(unprotected, text) }
      : header,
    payload,
    signature: signatureBytes,
    isJwe: false,
    signatureCount: signatures.length,
  })
}

function decodeJsonMember(json: JsonObject, member: string, part: PartName, findings: Findings): HeaderContent | null {
  const value = json[member]
  if (value === undefined) return null
  if (typeof value !== 'string') {
    findings.fail({ part, message: `"${member}" must be a base64url string, but it is ${describeJsonType(value)}.` })
    return null
  }
  const bytes = decodeMemberBytes(value, part, findings)
  return bytes && part === 'header' ? parseHeader(bytes, findings) : null
}

function decodeMemberBytes(text: string, part: PartName, findings: Findings): Uint8Array | null {
  return decodePart({ name: part, text, byteLength: null }, 0, findings)
}

function isCompactToken(text: string): boolean {
  return /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2}$|^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){4}$/.test(text.trim())
}

function isNestedJwt(header: JsonObject): boolean {
  return typeof header.cty === 'string' && /^(application\/)?jwt$/i.test(header.cty)
}

/** JSON.stringify recurses, so deeply nested JSON (which scanJson accepts) overflows the stack: show the text as it came. */
function prettyJson(value: JsonValue, fallback: string): string {
  try {
    return JSON.stringify(value, null, 2)
  } catch {
    return fallback
  }
}

