// Text in, DecodedToken out: every part decoded as far as it goes, every failure named. Never throws.
// The decoder reports what the token is and what is odd about its encoding; the lint rules judge it.
import { decodeUtf8 } from '../encoding/utf8'
import { detectProfile } from '../claims/token-profile'
import { normalizeInput, type NormalizedInput } from './normalize-input'
import { splitParts } from './split-parts'
import { DecodeLog, decodePart, decodePayload, isCompactToken, parseHeader, parsePayloadText } from './decode-parts'
import { decodeJsonSerialization } from './decode-json-serialization'
import type { DecodedToken, HeaderContent, JsonSerializationHeaders, PartName, PayloadContent, Serialization, TokenPart } from './decoded-token'
import type { JsonObject } from '../json/scan-json'

const JWS_PARTS: PartName[] = ['header', 'payload', 'signature']
const JWE_PARTS: PartName[] = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']
const MAX_NESTING = 4
/** A JWE has the most parts, 5; past that only the count matters (and a few more parts for the colours). */
const MAX_READ_PARTS = 6

/** Decodes pasted text; returns null for blank input. */
export function decodeToken(text: string): DecodedToken | null {
  if (text.trim() === '') return null
  return decodeAtDepth(text, 0)
}

/** A decrypted JWE: the token as before, with the plaintext as its payload, decoded like any payload. */
export function openDecrypted(decoded: DecodedToken, plaintext: Uint8Array): DecodedToken {
  const log = new DecodeLog()
  log.notices.push(...decoded.notices)
  const utf8 = decodeUtf8(plaintext)
  let payload: PayloadContent
  if (utf8.ok) payload = parsePayloadText(utf8.text, log)
  else {
    log.note('payload', 'warning', `The plaintext is not valid UTF-8 (byte ${utf8.byteOffset + 1} starts an invalid sequence), so it is binary data; it is shown with replacement characters.`)
    payload = { type: 'text', text: utf8.text }
  }
  return assemble({ ...decoded, log, payload, isJwe: true, depth: 0 })
}

function decodeAtDepth(text: string, depth: number): DecodedToken {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) {
    const log = new DecodeLog()
    return assemble({ input: normalizeInput(text), parts: [], log, depth, ...decodeJsonSerialization(trimmed, log) })
  }
  return decodeCompact(normalizeInput(text), depth)
}

function decodeCompact(input: NormalizedInput, depth: number): DecodedToken {
  const log = new DecodeLog()
  const { pieces: texts, count } = splitParts(input.token, '.', MAX_READ_PARTS)
  const isJwe = count === 5
  const names = isJwe ? JWE_PARTS : JWS_PARTS
  if (count !== 3 && count !== 5) {
    const opaqueHint =
      count === 1 && /^[A-Za-z0-9_\-+/=]+$/.test(input.token)
        ? ' With no dots at all, this may be an opaque token that only its issuer can look up.'
        : ''
    log.fail({
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
  const headerBytes = decodePart(headerPart, headerPart.offset, log)
  const header = headerBytes ? parseHeader(headerBytes, log) : ({ type: 'unavailable' } as const)
  const headerObject = header.type === 'json' ? header.value : null

  let payload: PayloadContent = { type: 'unavailable' }
  let signature: Uint8Array | null = null
  if (isJwe) {
    for (const part of parts.slice(1)) decodePart(part, part.offset, log)
    payload = { type: 'encrypted' }
  } else if (count >= 2) {
    payload = decodePayload(parts[1]!, headerObject, log)
    const signaturePart = parts[2]
    if (signaturePart) signature = decodePart(signaturePart, signaturePart.offset, log)
  }

  return assemble({
    input,
    serialization: 'compact',
    parts: parts.map(({ offset: _offset, ...part }) => part),
    header,
    payload,
    signature,
    log,
    isJwe,
    depth,
    signatureCount: signature ? 1 : 0,
    jsonHeaders: null,
  })
}

interface Assembly {
  input: NormalizedInput
  serialization: Serialization
  parts: TokenPart[]
  header: HeaderContent
  payload: PayloadContent
  signature: Uint8Array | null
  log: DecodeLog
  isJwe: boolean
  depth: number
  signatureCount: number
  jsonHeaders: JsonSerializationHeaders | null
}

function assemble({ input, serialization, parts, header, payload, signature, log, isJwe, depth, signatureCount, jsonHeaders }: Assembly): DecodedToken {
  const headerObject = header.type === 'json' ? header.value : null
  const claims = payload.type === 'json' ? payload.value : undefined

  let nested: DecodedToken | null = null
  // RFC 7516 §4.1.12 asks for "cty": "JWT" on a nested token, but encrypted ones often leave it out.
  if (headerObject && payload.type === 'text' && (isNestedJwt(headerObject) || (isJwe && isCompactToken(payload.text)))) {
    if (depth < MAX_NESTING) nested = decodeAtDepth(payload.text, depth + 1)
    else log.note('payload', 'warning', `Tokens are nested more than ${MAX_NESTING} deep; the inner ones are not decoded.`)
  }

  const kind = log.failures.length > 0 ? 'invalid' : isJwe ? 'jwe' : headerObject?.alg === 'none' ? 'unsecured' : 'jws'
  return {
    kind,
    serialization,
    input,
    parts,
    header,
    payload,
    signature,
    failures: log.failures,
    notices: log.notices,
    profile: detectProfile(headerObject, nested ? undefined : claims, isJwe),
    nested,
    signatureCount,
    jsonHeaders,
  }
}

function isNestedJwt(header: JsonObject): boolean {
  return typeof header.cty === 'string' && /^(application\/)?jwt$/i.test(header.cty)
}
