// PEM text (RFC 7468): the blocks in pasted text, decoded to DER with precise errors, and back.
import { decodeBase64url, encodeBase64url } from '../encoding/base64url'
import { lineAndColumn } from '../json/scan-json'
import { err, ok, type Result } from '../result'
import { quote } from '../text/quote'
import { describeCharacter } from '../text/words'

export interface PemBlock {
  /** The word(s) between BEGIN and END: 'PUBLIC KEY', 'CERTIFICATE', 'RSA PRIVATE KEY'… */
  label: string
  der: Uint8Array
  /** RFC 1421 headers (Proc-Type: 4,ENCRYPTED / DEK-Info) mark an old-style passphrase-encrypted key. */
  isEncrypted?: true
}

/** Why pasted PEM text could not be read; the message names the block and where it broke. */
export type PemError = {
  code: 'pem-not-found' | 'pem-unpaired-boundary' | 'pem-label-mismatch' | 'pem-empty' | 'pem-invalid-base64'
  message: string
}

const BOUNDARY = /-----(BEGIN|END) ([^\r\n]*?)-----/g
const LINE_BREAK = /\r\n|\r|\n|\\r\\n|\\n|\\r/g
interface Line {
  from: number
  to: number
}

const NOT_BASE64_OR_SPACE = /[^A-Za-z0-9+/=\s]/
const WHITESPACE = /\s+/g

export function parsePem(text: string): Result<PemBlock[], PemError> {
  const blocks: PemBlock[] = []
  const boundary = new RegExp(BOUNDARY)
  for (let begin = boundary.exec(text); begin; begin = boundary.exec(text)) {
    const [beginLine, kind, label = ''] = [begin[0], begin[1], begin[2]]
    if (kind === 'END') return err({ code: 'pem-unpaired-boundary', message: `The line ${quote(beginLine)} has no BEGIN line before it.` })
    const end = boundary.exec(text)
    if (!end || end[1] === 'BEGIN') return err({ code: 'pem-unpaired-boundary', message: `The PEM block ${quote(beginLine)} has no matching END line.` })
    if (end[2] !== label) {
      return err({
        code: 'pem-label-mismatch',
        message: `The PEM block ${quote(beginLine)} ends with ${quote(end[0])}; its END line must repeat the label ${quote(label)}.`,
      })
    }
    const block = readPemBody(text, label, beginLine, begin.index + beginLine.length, end.index)
    if (!block.ok) return block
    blocks.push(block.value)
  }
  if (blocks.length === 0) return err({ code: 'pem-not-found', message: 'No PEM block was found: a block starts with a line like "-----BEGIN PUBLIC KEY-----".' })
  return ok(blocks)
}

/** Canonical PEM (RFC 7468 §2): standard base64 with padding, 64-character lines, a final line break. */
export function toPem(label: string, der: Uint8Array): string {
  const base64 = encodeBase64url(der).replace(/-/g, '+').replace(/_/g, '/')
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4)
  const lines = padded.match(/.{1,64}/g) ?? []
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`, ''].join('\n')
}

function readPemBody(text: string, label: string, beginLine: string, from: number, to: number): Result<PemBlock, PemError> {
  const block = `The PEM block ${quote(beginLine)}`
  const notBase64 = (why: string) => err({ code: 'pem-invalid-base64' as const, message: `${block} is not valid base64: ${why}.` })
  const where = (offset: number) => {
    const { line, column } = lineAndColumn(text, offset)
    return `line ${line}, column ${column}`
  }
  const chunks: string[] = []
  const bodyLines: Line[] = []
  let isEncrypted = false
  // RFC 1421 headers come first, may continue on indented lines, and end at a blank line.
  let phase: 'start' | 'headers' | 'base64' = 'start'
  let headerIndent = 0
  for (const line of splitLines(text, from, to)) {
    const content = text.slice(line.from, line.to)
    if (phase !== 'base64') {
      const indent = content.length - content.trimStart().length
      if (content.trim() === '') {
        if (phase === 'headers') phase = 'base64'
        continue
      }
      if (phase === 'headers' && indent > headerIndent) continue
      // "Name: value" with a space, so a corrupt base64 line holding a colon is not taken for a header.
      const header = /^\s*([A-Za-z][A-Za-z0-9-]*): (.*)$/.exec(content)
      if (header) {
        phase = 'headers'
        headerIndent = indent
        const [name = '', value = ''] = [header[1], header[2]]
        if (/^dek-info$/i.test(name) || (/^proc-type$/i.test(name) && /ENCRYPTED/i.test(value))) isEncrypted = true
        continue
      }
      phase = 'base64'
    }
    const stray = NOT_BASE64_OR_SPACE.exec(content)
    if (stray) {
      const offset = line.from + stray.index
      return notBase64(`it contains ${describeCharacter(String.fromCodePoint(text.codePointAt(offset) ?? 0))} at ${where(offset)}`)
    }
    chunks.push(content.replace(WHITESPACE, ''))
    bodyLines.push(line)
  }
  const base64 = chunks.join('')
  if (base64 === '') return err({ code: 'pem-empty', message: `${block} is empty: there is no base64 between its BEGIN and END lines.` })
  const data = base64.replace(/=+$/, '')
  const misplaced = data.indexOf('=')
  if (misplaced !== -1) return notBase64(`"=" appears before the end, at ${where(offsetOfBase64Character(text, bodyLines, misplaced))}`)
  if (data.length % 4 === 1) return notBase64(`${data.length} base64 characters cannot make whole bytes, so one is missing or extra`)
  const padding = base64.length - data.length
  const neededPadding = (4 - (data.length % 4)) % 4
  if (padding > 0 && padding !== neededPadding) {
    return notBase64(`it ends with ${padding} "=" but needs ${neededPadding === 0 ? 'none' : neededPadding}`)
  }
  const decoded = decodeBase64url(base64)
  if (!decoded.ok) return notBase64(decoded.error.message)
  const der = decoded.value.bytes
  return ok({ label, der, ...(isEncrypted ? { isEncrypted: true as const } : {}) })
}

/** Where the index-th base64 character of a block's body stands in the text, for an error message. */
function offsetOfBase64Character(text: string, bodyLines: readonly Line[], index: number): number {
  let seen = 0
  for (const line of bodyLines) {
    for (let i = line.from; i < line.to; i++) {
      if (/\s/.test(text[i]!)) continue
      if (seen === index) return i
      seen++
    }
  }
  return bodyLines.at(-1)?.to ?? 0
}

/** Lines between two offsets; a literal "\n" counts as a break, so PEM copied out of JSON still reads. */
function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = []
  const pattern = new RegExp(LINE_BREAK)
  const slice = text.slice(from, to)
  let start = 0
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    lines.push({ from: from + start, to: from + match.index })
    start = match.index + match[0].length
  }
  lines.push({ from: from + start, to })
  return lines
}
