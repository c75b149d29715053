// The JSON serializations, pasted as JSON: JWS general and flattened (RFC 7515 §7.2) and JWE
// (RFC 7516 §7.2). The first signature is the one shown; the others are counted.
import { scanJson, type JsonObject, type JsonValue } from '../json/scan-json'
import { topLevelMemberNames } from '../json/top-level-members'
import { describeJsonType, isJsonObject } from '../json/json-value'
import { DecodeLog, decodePart, decodePayload, noteJsonQuirks, parseHeader } from './decode-parts'
import type { HeaderContent, JsonSerializationHeaders, PartName, PayloadContent, Serialization } from './decoded-token'

/** What a JSON serialization holds, ready to be assembled into a DecodedToken. */
export interface JsonSerializationContent {
  serialization: Serialization
  header: HeaderContent
  payload: PayloadContent
  signature: Uint8Array | null
  isJwe: boolean
  signatureCount: number
  jsonHeaders: JsonSerializationHeaders | null
}

/** Past this many characters, JSON is first checked by its top-level names alone. */
const largeJsonLength = 64 * 1024

function notSerialization(looksLikeKey: boolean, log: DecodeLog, unavailable: JsonSerializationContent): JsonSerializationContent {
  const hint = looksLikeKey ? ' It looks like a key (JWK or JWKS): paste it in the key box instead.' : ''
  log.fail({ part: 'shape', message: `This JSON is not a JWS or JWE JSON serialization: it has no "payload" or "ciphertext" member.${hint}` })
  return unavailable
}

/** Decodes `text`, which starts with "{", recording in `log` what fails and what is odd about the encoding. */
export function decodeJsonSerialization(text: string, log: DecodeLog): JsonSerializationContent {
  const unavailable: JsonSerializationContent = {
    serialization: 'json-flattened',
    header: { type: 'unavailable' },
    payload: { type: 'unavailable' },
    signature: null,
    isJwe: false,
    signatureCount: 0,
    jsonHeaders: null,
  }
  // Large JSON is mostly a HAR file or an API response pasted to search for tokens: its top-level
  // names tell at once that it is no serialization, before a full read that would hold up the page.
  if (text.length > largeJsonLength) {
    const names = topLevelMemberNames(text)
    if (!names.includes('payload') && !names.includes('ciphertext')) return notSerialization(names.includes('kty') || names.includes('keys'), log, unavailable)
  }
  const scan = scanJson(text)
  if (!scan.ok || !isJsonObject(scan.value)) {
    log.fail({
      part: 'shape',
      message: scan.ok
        ? 'This is JSON but not an object, so it is neither a token nor a JWS or JWE JSON serialization.'
        : `This looks like JSON but is not valid: at line ${scan.error.line}, column ${scan.error.column}, ${scan.error.message}.`,
    })
    return unavailable
  }
  const json = scan.value
  noteJsonQuirks('header', scan, log)

  if (Object.hasOwn(json, 'ciphertext')) {
    const header = decodeMember(json, 'protected', 'header', log)
    for (const member of ['iv', 'ciphertext', 'tag', 'encrypted_key'] as const) {
      if (typeof json[member] === 'string') decodeMember(json, member, member === 'encrypted_key' ? 'encrypted-key' : member, log)
    }
    const recipients = Array.isArray(json.recipients) ? json.recipients.length : 1
    log.note('token', 'info', `This is a JWE in JSON serialization for ${recipients} recipient${recipients === 1 ? '' : 's'}.`)
    return { ...unavailable, header: header ?? { type: 'unavailable' }, payload: { type: 'encrypted' }, isJwe: true }
  }

  if (!Object.hasOwn(json, 'payload')) return notSerialization(typeof json.kty === 'string' || Array.isArray(json.keys), log, unavailable)

  const isGeneral = Array.isArray(json.signatures)
  const signatures = Array.isArray(json.signatures) ? json.signatures.filter(isJsonObject) : [json]
  if (signatures.length === 0) log.fail({ part: 'signature', message: 'The "signatures" array is empty: there is no signature to show.' })
  const first = signatures[0] ?? {}
  const header = decodeMember(first, 'protected', 'header', log) ?? { type: 'unavailable' as const }
  const unprotected = isJsonObject(first.header) ? first.header : {}
  const effectiveHeader = header.type === 'json' ? { ...unprotected, ...header.value } : unprotected

  let payload: PayloadContent
  if (typeof json.payload !== 'string') {
    log.fail({ part: 'payload', message: `"payload" must be a base64url string, but it is ${describeJsonType(json.payload)}.` })
    payload = { type: 'unavailable' }
  } else {
    payload = decodePayload({ name: 'payload', text: json.payload, byteLength: null, offset: 0 }, effectiveHeader, log)
  }
  const signature = typeof first.signature === 'string' ? decodeMemberBytes(first.signature, 'signature', log) : null
  if (typeof first.signature !== 'string' && signatures.length > 0) {
    log.fail({ part: 'signature', message: '"signature" is missing or not a string.' })
  }
  if (signatures.length > 1) log.note('token', 'info', `This token carries ${signatures.length} signatures; the first one's header is shown.`)

  return {
    serialization: isGeneral ? 'json-general' : 'json-flattened',
    // With no protected header, the unprotected one is all there is to show.
    header: header.type === 'unavailable' && Object.keys(unprotected).length > 0 ? { type: 'json', value: unprotected, pretty: prettyJson(unprotected, text) } : header,
    payload,
    signature,
    isJwe: false,
    signatureCount: signatures.length,
    jsonHeaders: { protected: header, unprotected },
  }
}

function decodeMember(json: JsonObject, member: string, part: PartName, log: DecodeLog): HeaderContent | null {
  const value = json[member]
  if (value === undefined) return null
  if (typeof value !== 'string') {
    log.fail({ part, message: `"${member}" must be a base64url string, but it is ${describeJsonType(value)}.` })
    return null
  }
  const bytes = decodeMemberBytes(value, part, log)
  return bytes && part === 'header' ? parseHeader(bytes, log) : null
}

function decodeMemberBytes(text: string, part: PartName, log: DecodeLog): Uint8Array | null {
  return decodePart({ name: part, text, byteLength: null }, 0, log)
}

/** JSON.stringify recurses, so deeply nested JSON (which scanJson accepts) overflows the stack: show the text as it came. */
function prettyJson(value: JsonValue, fallback: string): string {
  try {
    return JSON.stringify(value, null, 2)
  } catch {
    return fallback
  }
}
