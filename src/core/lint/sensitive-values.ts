// Spots claims that should never travel in a readable token: secrets, private keys, payment card
// numbers, and personal identifiers whose format can be checked (a checksum or a strict pattern).
import type { JsonValue } from '../json/scan-json'

export interface SensitiveClaim {
  /** Where it sits: "password", "user.card". */
  path: string
  /** What it looks like, for a sentence: "a password". */
  kind: string
  isPrivateKey: boolean
}

const MAX_DEPTH = 8
// The longest of the identifiers below written with spaces: an IBAN of 34 characters in groups of four.
const maxIdentifierLength = 48

// Names compared without case, "_" or "-": "client_secret" and "clientSecret" alike. Only the end of
// a name counts, so "password_changed_at" is a time, not a password.
const SECRET_NAMES: Array<[RegExp, string]> = [
  [/(password|passwd|passphrase)$|^pwd$|^pass$/, 'a password'],
  [/(privatekey|secretkey|secret|apikey|accesskey)$/, 'a secret or API key'],
  [/(creditcard|cardnumber)$|^pan$|^cvv$|^cvc$/, 'payment card data'],
  [/^ssn$|socialsecurity/, 'a social security number'],
  [/^pin$/, 'a PIN'],
]

export function findSensitiveClaims(claims: JsonValue): SensitiveClaim[] {
  const found: SensitiveClaim[] = []
  visit(claims, '', 0, found)
  return found
}

function visit(value: JsonValue, path: string, depth: number, found: SensitiveClaim[]) {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return
  const entries: Array<[string, JsonValue]> = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value)
  if (!Array.isArray(value) && typeof value.kty === 'string' && typeof value.d === 'string') {
    found.push({ path: path || '(the payload)', kind: 'a private key (a JWK with "d")', isPrivateKey: true })
    return
  }
  for (const [name, member] of entries) {
    const memberPath = path ? `${path}.${name}` : name
    const byValue = describeValue(member)
    const byName = Array.isArray(value) ? undefined : describeName(name, member)
    const kind = byValue ?? byName
    if (kind) found.push({ path: memberPath, kind, isPrivateKey: kind.startsWith('a private key') })
    else visit(member, memberPath, depth + 1, found)
  }
}

function describeName(name: string, value: JsonValue): string | undefined {
  // A flag such as "has_password": true reveals nothing.
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  if (value === '') return undefined
  const normalized = name.toLowerCase().replace(/[_-]/g, '')
  return SECRET_NAMES.find(([pattern]) => pattern.test(normalized))?.[1]
}

function describeValue(value: JsonValue): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && isCardNumber(String(value)) ? 'a payment card number (it passes the Luhn check)' : undefined
  if (typeof value !== 'string') return undefined
  if (value.includes('-----BEGIN') && /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(value)) return 'a private key (PEM)'
  // Card, account and social security numbers and access key IDs are short: longer text is none of them.
  if (value.length > maxIdentifierLength) return undefined
  if (/^(AKIA|ASIA)[A-Z0-9]{16}$/.test(value)) return 'an AWS access key ID'
  // Each test below first asks what its number starts with, so the digests of an SD-JWT cost nothing.
  if (/^[\d -]+$/.test(value)) {
    const compact = value.replace(/[ -]/g, '')
    if (isCardNumber(compact)) return 'a payment card number (it passes the Luhn check)'
    if (isSocialSecurityNumber(value)) return 'a US social security number'
  }
  if (/^[A-Z]{2}\d{2}/.test(value) && isIban(value.replace(/ /g, ''))) return 'a bank account number (IBAN, checksum valid)'
  return undefined
}

/** 13 to 19 digits, an issuer prefix that card networks use, and a valid Luhn check digit. */
export function isCardNumber(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits) || /^(\d)\1+$/.test(digits)) return false
  if (!/^(4|5[1-5]|2[2-7]|3[47]|6)/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** The dashed form only: area 001-899 except 666, group and serial not all zeros. */
function isSocialSecurityNumber(text: string): boolean {
  const match = /^(\d{3})-(\d{2})-(\d{4})$/.exec(text)
  if (!match) return false
  const [, area, group, serial] = match
  return area !== '000' && area !== '666' && area![0] !== '9' && group !== '00' && serial !== '0000'
}

/** ISO 13616: country, check digits, account; valid when the number mod 97 is 1. */
function isIban(text: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(text)) return false
  const rearranged = text.slice(4) + text.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55)
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder === 1
}
