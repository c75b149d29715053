// SD-JWT digests: the hash named by _sd_alg over the ASCII of a disclosure or a presentation,
// base64url-encoded (RFC 9901 §4.2.3, §4.3.1). Synchronous, so analysis needs no await.
import { sha2Digest } from '../hash/sha2-digest'
import { digestBytes, type Sha2Name } from '../hash/sha2-params'
import { encodeBase64url } from '../encoding/base64url'
import type { JsonObject } from '../json/scan-json'
import { quote, quoteJson, shorten } from '../text/quote'
import { describeJsonType } from '../json/json-value'

// IANA "Named Information Hash Algorithm" names this app can compute, and the SHA-2 behind each.
const SHA2_BY_NAME: Record<string, Sha2Name> = { 'sha-256': 'SHA-256', 'sha-384': 'SHA-384', 'sha-512': 'SHA-512' }

export interface HashAlgChoice {
  /** _sd_alg as written (JSON text when it is not a string), or 'sha-256' when absent. */
  hashAlg: string
  isHashSupported: boolean
  /** Why the digests cannot be computed; absent when they can. */
  problem?: string
}

/** The hash algorithm a payload's _sd_alg names (RFC 9901 §4.1.1: sha-256 when absent). */
export function readHashAlg(payload: JsonObject): HashAlgChoice {
  if (!Object.hasOwn(payload, '_sd_alg')) return { hashAlg: 'sha-256', isHashSupported: true }
  const value = payload._sd_alg
  if (typeof value !== 'string') {
    return {
      hashAlg: quoteJson(value),
      isHashSupported: false,
      problem: `"_sd_alg" must be a string naming the hash algorithm, but it is ${describeJsonType(value)}.`,
    }
  }
  if (Object.hasOwn(SHA2_BY_NAME, value)) return { hashAlg: value, isHashSupported: true }
  return {
    hashAlg: shorten(value),
    isHashSupported: false,
    problem: `The payload names _sd_alg ${quote(value)}, which this app cannot compute; only sha-256, sha-384 and sha-512.`,
  }
}

/** Digests worked out lately: an SD-JWT edited at one end hashes only the disclosures that changed. */
const recentDigests = new Map<string, string>()
/** The texts kept are bounded by their characters, so a few huge disclosures are not kept either. */
const maxRecentChars = 8 * 1024 * 1024
let recentChars = 0

/**
 * The digests of many texts from WebCrypto, which hashes away from the page's own thread: tens of
 * thousands of disclosures then cost the page almost nothing. null each when `hashAlg` is unknown.
 */
export async function sdDigests(hashAlg: string, texts: readonly string[], subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<Array<string | null>> {
  const name = Object.hasOwn(SHA2_BY_NAME, hashAlg) ? SHA2_BY_NAME[hashAlg]! : null
  if (name === null) return texts.map(() => null)
  const keyOf = (text: string) => `${name} ${text}`
  const found = new Map<string, string>()
  const missing = new Set<string>()
  for (const text of texts) {
    const recent = recentDigests.get(keyOf(text))
    if (recent === undefined) missing.add(text)
    else found.set(text, recent)
  }
  const encoder = new TextEncoder()
  const toHash = [...missing]
  const digests = await Promise.all(toHash.map((text) => subtle.digest(name, encoder.encode(text))))
  const addedChars = toHash.reduce((sum, text) => sum + text.length, 0)
  if (recentChars + addedChars > maxRecentChars) {
    recentDigests.clear()
    recentChars = 0
  }
  // A slice too large to keep is hashed and given back, not kept.
  const keeps = addedChars <= maxRecentChars
  if (keeps) recentChars += addedChars
  toHash.forEach((text, index) => {
    const digest = encodeBase64url(new Uint8Array(digests[index]!))
    found.set(text, digest)
    if (keeps) recentDigests.set(keyOf(text), digest)
  })
  return texts.map((text) => found.get(text) ?? null)
}

/** base64url(hash(ASCII(text))), or null when `hashAlg` is not one this app computes. */
export function sdDigest(hashAlg: string, text: string): string | null {
  const hash = Object.hasOwn(SHA2_BY_NAME, hashAlg) ? SHA2_BY_NAME[hashAlg]! : null
  if (hash === null) return null
  const out = new Uint8Array(digestBytes(hash))
  sha2Digest(hash, new TextEncoder().encode(text), out)
  return encodeBase64url(out)
}
