// The shape of a decoded token: what the decoder found, part by part, and what it noticed about
// their encoding. Whether the values are safe is for the lint rules to judge.
import type { JsonObject, JsonValue } from '../json/scan-json'
import type { NormalizedInput } from './normalize-input'
import type { TokenProfile } from '../claims/token-profile'

/** The contract's `token-kind` values. */
export type TokenKind = 'jws' | 'jwe' | 'unsecured' | 'invalid'

export type Serialization = 'compact' | 'json-flattened' | 'json-general'

export type PartName = 'header' | 'payload' | 'signature' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag'

export interface DecodeFailure {
  /** The part that failed, or `shape` when the token as a whole is malformed. */
  part: PartName | 'shape'
  message: string
  /** Offset in the normalized token of the offending character, when there is one. */
  offset?: number
}

export interface Notice {
  part: PartName | 'token'
  severity: 'warning' | 'info'
  message: string
}

export type HeaderContent =
  | { type: 'json'; value: JsonObject; pretty: string }
  | { type: 'text'; text: string }
  | { type: 'unavailable' }

export type PayloadContent =
  | { type: 'json'; value: JsonValue; pretty: string }
  | { type: 'text'; text: string }
  | { type: 'encrypted' }
  | { type: 'detached' }
  | { type: 'unavailable' }

/**
 * The headers of a JWS JSON serialization's first signature (RFC 7515 §7.2.1): the signature covers
 * only the protected one.
 */
export interface JsonSerializationHeaders {
  /** The decoded "protected" member; `unavailable` when there is none or it does not decode. */
  protected: HeaderContent
  /** The "header" member: the JWS Unprotected Header, empty when there is none. */
  unprotected: JsonObject
}

export interface TokenPart {
  name: PartName
  /** The part as it appears in the token (base64url, or raw text for an unencoded payload). */
  text: string
  /** Decoded size, or null when the part could not be decoded. */
  byteLength: number | null
  /** Where the part sits in the original input, for highlighting; absent for JSON serializations. */
  from?: number
  to?: number
}

export interface DecodedToken {
  kind: TokenKind
  serialization: Serialization
  input: NormalizedInput
  parts: TokenPart[]
  header: HeaderContent
  payload: PayloadContent
  signature: Uint8Array | null
  /** Everything that stopped part of the token from decoding; empty when it decoded. */
  failures: DecodeFailure[]
  notices: Notice[]
  profile: TokenProfile
  /** The inner token of a nested JWT (`cty: "JWT"`). */
  nested: DecodedToken | null
  /** For a JSON serialization with several signatures, how many there are. */
  signatureCount: number
  /** For a JWS JSON serialization, its first signature's headers apart; null otherwise. */
  jsonHeaders: JsonSerializationHeaders | null
}
