// Decoding one part of a token, for every serialization: base64url, UTF-8, JSON. What stops a part
// from decoding is a failure; what is odd about its encoding is a notice. Judging the values the
// parts hold is left to the lint rules.
import { decodeBase64url, type Base64Irregularity } from '../encoding/base64url'
import { decodeUtf8 } from '../encoding/utf8'
import { scanJson, type JsonObject } from '../json/scan-json'
import { formatJson } from '../json/format-json'
import { describeJsonType, isJsonObject } from '../json/json-value'
import { quote, shorten } from '../text/quote'
import { partLabels } from './part-labels'
import type { DecodeFailure, HeaderContent, Notice, PartName, PayloadContent, TokenPart } from './decoded-token'

/** Collects failures and notices while the parts are decoded. */
export class DecodeLog {
  readonly failures: DecodeFailure[] = []
  readonly notices: Notice[] = []
  fail(failure: DecodeFailure) {
    this.failures.push(failure)
  }
  note(part: Notice['part'], severity: Notice['severity'], message: string) {
    this.notices.push({ part, severity, message })
  }
}

/** Decodes a part's base64url, recording its size; `offset` places a bad character in the whole token. */
export function decodePart(part: { name: PartName; text: string; byteLength: number | null }, offset: number, log: DecodeLog): Uint8Array | null {
  const label = partLabels[part.name]
  const decoded = decodeBase64url(part.text)
  if (!decoded.ok) {
    log.fail({
      part: part.name,
      message: `The ${label} is not valid base64url: ${decoded.error.message}.`,
      offset: offset + decoded.error.position,
    })
    return null
  }
  part.byteLength = decoded.value.bytes.length
  for (const irregularity of decoded.value.irregularities) {
    log.note(part.name, 'warning', `The ${label} ${irregularityMessages[irregularity]}`)
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

export function parseHeader(bytes: Uint8Array, log: DecodeLog): HeaderContent {
  const utf8 = decodeUtf8(bytes)
  if (!utf8.ok) {
    log.fail({ part: 'header', message: `The header is not valid UTF-8: byte ${utf8.byteOffset + 1} starts an invalid sequence.` })
    return { type: 'text', text: utf8.text }
  }
  if (utf8.hasBom) log.note('header', 'warning', 'The header starts with a byte order mark (BOM), which JSON forbids here; strict parsers reject it.')
  const scan = scanJson(utf8.text)
  if (!scan.ok) {
    const { line, column, message } = scan.error
    log.fail({ part: 'header', message: `The header is not valid JSON: at line ${line}, column ${column}, ${message}.` })
    return { type: 'text', text: utf8.text }
  }
  noteJsonQuirks('header', scan, log)
  if (!isJsonObject(scan.value)) {
    log.fail({ part: 'header', message: `The header must be a JSON object, but it is ${describeJsonType(scan.value)}.` })
    return { type: 'text', text: utf8.text }
  }
  return { type: 'json', value: scan.value, pretty: formatJson(utf8.text) }
}

/** Decodes a JWS payload, base64url or (with "b64": false in `header`) as it stands. */
export function decodePayload(part: TokenPart & { offset: number }, header: JsonObject | null, log: DecodeLog): PayloadContent {
  // RFC 7797: with "b64": false the payload is carried as is, not base64url-encoded.
  if (header?.b64 === false) {
    if (part.text === '') {
      log.note('payload', 'info', 'The payload is detached (empty in the token), as RFC 7797 allows; the verifier must supply it.')
      return { type: 'detached' }
    }
    log.note('payload', 'info', 'The header sets "b64": false, so the payload is the text between the dots, not base64url (RFC 7797).')
    part.byteLength = new TextEncoder().encode(part.text).length
    return parsePayloadText(part.text, log)
  }
  if (part.text === '') {
    log.note('payload', 'info', 'The payload is empty: it is either detached (sent separately, RFC 7515 Appendix F) or truly empty.')
    return { type: 'detached' }
  }
  const bytes = decodePart(part, part.offset, log)
  if (!bytes) return { type: 'unavailable' }
  const utf8 = decodeUtf8(bytes)
  if (!utf8.ok) {
    log.note(
      'payload',
      'warning',
      `The payload is not valid UTF-8 (byte ${utf8.byteOffset + 1} starts an invalid sequence), so it is binary data, not a claims set; it is shown with replacement characters.`,
    )
    return { type: 'text', text: utf8.text }
  }
  if (utf8.hasBom) log.note('payload', 'warning', 'The payload starts with a byte order mark (BOM), which JSON forbids here; strict parsers reject it.')
  return parsePayloadText(utf8.text, log)
}

export function parsePayloadText(text: string, log: DecodeLog): PayloadContent {
  const scan = scanJson(text)
  if (!scan.ok) {
    const looksLikeJson = /^\s*[[{"]/.test(text)
    if (looksLikeJson) {
      const { line, column, message } = scan.error
      log.note('payload', 'warning', `The payload looks like JSON but is not valid: at line ${line}, column ${column}, ${message}. It is shown as text.`)
    } else if (isCompactToken(text)) {
      log.note('payload', 'info', 'The payload is itself a token (a nested JWT), not a JSON claims set.')
    } else {
      log.note('payload', 'info', 'The payload is not JSON, so it is shown as text. JWS allows any payload, but a JWT needs a JSON claims set.')
    }
    return { type: 'text', text }
  }
  noteJsonQuirks('payload', scan, log)
  if (!isJsonObject(scan.value)) {
    log.note(
      'payload',
      'warning',
      `The payload is JSON but not an object (it is ${describeJsonType(scan.value)}); a JWT claims set must be a JSON object (RFC 7519 §7.2).`,
    )
  }
  return { type: 'json', value: scan.value, pretty: formatJson(text) }
}

/** Notices of one kind a part gets before the rest are summed up in one more. */
const MAX_NOTICES_OF_A_KIND = 10

/** What JSON.parse hides: members named twice, and integers a double cannot hold. */
export function noteJsonQuirks(part: 'header' | 'payload', scan: Extract<ReturnType<typeof scanJson>, { ok: true }>, log: DecodeLog) {
  for (const duplicate of scan.duplicates.slice(0, MAX_NOTICES_OF_A_KIND)) {
    const where = duplicate.path.length > 0 ? ` inside ${quote(duplicate.path.join('.'))}` : ''
    log.note(
      part,
      'warning',
      `The ${part} has the member ${quote(duplicate.name)} more than once${where}. JSON.parse keeps the last value but some libraries keep the first, so two systems can read different values from this token.`,
    )
  }
  const moreDuplicates = scan.duplicates.length - MAX_NOTICES_OF_A_KIND
  if (moreDuplicates > 0) log.note(part, 'warning', `${moreDuplicates.toLocaleString('en-US')} more members of the ${part} appear more than once in their object.`)
  for (const unsafe of scan.unsafeIntegers.slice(0, MAX_NOTICES_OF_A_KIND)) {
    log.note(
      part,
      'warning',
      `The number ${shorten(unsafe.literal)}${unsafe.path.length > 0 ? ` in ${quote(unsafe.path.join('.'))}` : ''} is too large to be exact in JavaScript; it reads as ${Number(unsafe.literal)}.`,
    )
  }
  const moreUnsafe = scan.unsafeIntegers.length - MAX_NOTICES_OF_A_KIND
  if (moreUnsafe > 0) log.note(part, 'warning', `${moreUnsafe.toLocaleString('en-US')} more numbers in the ${part} are too large to be exact in JavaScript.`)
}

export function isCompactToken(text: string): boolean {
  return /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2}$|^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){4}$/.test(text.trim())
}

