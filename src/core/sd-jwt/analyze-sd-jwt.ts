// Processes an Issuer-signed JWT's payload with the disclosures presented beside it (RFC 9901 §7.1):
// which disclosure fills which digest, the claims a verifier ends up with, and every rule broken on
// the way. Synchronous and total: whatever the input, it returns an analysis.
import type { JsonObject, JsonValue } from '../json/scan-json'
import { decodeDisclosure, type DisclosureShape } from './decode-disclosure'
import { readHashAlg, sdDigest, sdDigests } from './sd-digest'
import { quote } from '../text/quote'
import { describeJsonType } from '../json/json-value'

export type DisclosureState = 'matched' | 'unmatched'

export interface Disclosure {
  /** Position among the presented disclosures, from 0. */
  index: number
  encoded: string
  /** base64url of the hash; null when _sd_alg is unsupported. */
  digest: string | null
  salt?: string
  /** Undefined for an array element. */
  name?: string
  value?: JsonValue
  shape: DisclosureShape | null
  state: DisclosureState
  /** Where it was disclosed in `claims`, e.g. ['address', 'street_address'] or ['nationalities', 1]. */
  path?: Array<string | number>
  /** One sentence each. */
  problems: string[]
}

export interface SdJwtAnalysis {
  /** _sd_alg, or 'sha-256' when absent. */
  hashAlg: string
  /** sha-256, sha-384, sha-512 (IANA names). */
  isHashSupported: boolean
  disclosures: Disclosure[]
  /** The processed payload: matched disclosures inserted, _sd, _sd_alg and "..." entries removed, undisclosed array elements removed. */
  claims: JsonValue
  /** Each inserted claim or element, by its path in `claims` and the index of its disclosure. */
  disclosed: Array<{ path: Array<string | number>; disclosure: number }>
  /** Distinct digests in the payload (and in inserted values) with no disclosure; decoys included. */
  hiddenCount: number
  /** Sentences about the payload as a whole and about disclosures taken together. */
  problems: string[]
}

// Real payloads nest a few levels; a hostile one could nest deep enough to overflow the stack.
const MAX_DEPTH = 64

type Path = Array<string | number>

export function analyzeSdJwt(payload: JsonObject, disclosures: string[]): SdJwtAnalysis {
  const { hashAlg } = readHashAlg(payload)
  return analyzeRead(
    payload,
    disclosures.map((encoded, index) => readDisclosure(encoded, index, sdDigest(hashAlg, encoded))),
  )
}

/** Disclosures read between two pauses when analysing in slices. */
const disclosuresPerSlice = 500

/**
 * The same analysis for the page: the digests come from WebCrypto and the disclosures are read in
 * slices with `pause()` between them, so tens of thousands of disclosures never hold the page for long.
 */
export async function analyzeSdJwtInSlices(payload: JsonObject, disclosures: string[], pause: () => Promise<void>): Promise<SdJwtAnalysis> {
  const { hashAlg } = readHashAlg(payload)
  const digests: Array<string | null> = []
  for (let from = 0; from < disclosures.length; from += disclosuresPerSlice) {
    if (from > 0) await pause()
    digests.push(...(await sdDigests(hashAlg, disclosures.slice(from, from + disclosuresPerSlice))))
  }
  await pause()
  const entries: Disclosure[] = []
  for (const [index, encoded] of disclosures.entries()) {
    if (index > 0 && index % disclosuresPerSlice === 0) await pause()
    entries.push(readDisclosure(encoded, index, digests[index]!))
  }
  return analyzeRead(payload, entries)
}

function readDisclosure(encoded: string, index: number, digest: string | null): Disclosure {
  const { shape, problems, ...content } = decodeDisclosure(encoded, index)
  return { index, encoded, digest, ...content, shape, state: 'unmatched', problems }
}

/** Steps 2 to 5 of RFC 9901 §7.1, once every disclosure is read and hashed. */
function analyzeRead(payload: JsonObject, entries: Disclosure[]): SdJwtAnalysis {
  const { hashAlg, isHashSupported, problem } = readHashAlg(payload)
  const problems: string[] = problem ? [problem] : []

  const byDigest = new Map<string, number>()
  const repeats: Array<{ index: number; first: number }> = []
  for (const entry of entries) {
    if (entry.digest === null) continue
    const first = byDigest.get(entry.digest)
    if (first === undefined) byDigest.set(entry.digest, entry.index)
    else {
      repeats.push({ index: entry.index, first })
      problems.push(`Disclosure ${entry.index + 1} repeats disclosure ${first + 1}; a disclosure must be sent only once (RFC 9901 §4).`)
    }
  }

  const processor = new Processor(entries, byDigest, problems)
  const claims = processor.object(payload, [], 0)

  for (const { index, first } of repeats) {
    const original = entries[first]!
    entries[index]!.state = original.state
    if (original.path) entries[index]!.path = original.path
  }
  if (isHashSupported) {
    for (const entry of entries) {
      if (entry.state === 'unmatched') {
        entry.problems.push(
          `Disclosure ${entry.index + 1} matches no digest in the payload or in the other disclosures, so a verifier must reject this SD-JWT (RFC 9901 §7.1).`,
        )
      }
    }
  }
  return { hashAlg, isHashSupported, disclosures: entries, claims, disclosed: processor.disclosed, hiddenCount: processor.hidden.size, problems }
}

/** The recursive walk of §7.1 step 3, inserting disclosures where their digests stand. */
class Processor {
  readonly disclosed: SdJwtAnalysis['disclosed'] = []
  readonly hidden = new Set<string>()
  private readonly seen = new Set<string>()
  private readonly reportedTwice = new Set<string>()
  private isTooDeepReported = false

  constructor(
    private readonly entries: Disclosure[],
    private readonly byDigest: Map<string, number>,
    private readonly problems: string[],
  ) {}

  value(value: JsonValue, path: Path, depth: number): JsonValue {
    if (typeof value !== 'object' || value === null) return value
    if (depth >= MAX_DEPTH) {
      if (!this.isTooDeepReported) this.problems.push(`The claims nest more than ${MAX_DEPTH} levels deep; deeper levels are shown as they are, not processed.`)
      this.isTooDeepReported = true
      return value
    }
    return Array.isArray(value) ? this.array(value, path, depth) : this.object(value, path, depth)
  }

  object(object: JsonObject, path: Path, depth: number): JsonObject {
    const out: JsonObject = {}
    for (const [key, member] of Object.entries(object)) {
      if (key === '_sd') continue
      // RFC 9901 §4.1.1: _sd_alg sits at the top level and is removed there.
      if (key === '_sd_alg' && path.length === 0) continue
      if (key === '_sd_alg') this.problems.push(`"_sd_alg" appears ${where(path)}; it belongs only at the top level of the payload (RFC 9901 §4.1.1).`)
      if (key === '...') {
        this.problems.push(`The object ${where(path)} has a "..." member, which is reserved for array element digests written {"...": "<digest>"} alone in an array.`)
      }
      defineMember(out, key, this.value(member, [...path, key], depth + 1))
    }
    if (Object.hasOwn(object, '_sd')) this.insertProperties(object._sd!, out, path, depth)
    return out
  }

  private insertProperties(sd: JsonValue, out: JsonObject, path: Path, depth: number) {
    if (!Array.isArray(sd)) {
      this.problems.push(`"_sd" ${where(path)} must be an array of digests, but it is ${describeJsonType(sd)}.`)
      return
    }
    sd.forEach((digest, position) => {
      if (typeof digest !== 'string') {
        this.problems.push(`"_sd" ${where(path)} holds ${describeJsonType(digest)} at position ${position + 1}; it must hold only digest strings.`)
        return
      }
      const entry = this.match(digest)
      if (!entry) return
      if (entry.shape === 'element') {
        entry.problems.push(`Disclosure ${entry.index + 1} is an array element [salt, value], but its digest is in "_sd" ${where(path)}, where only [salt, name, value] disclosures belong (RFC 9901 §7.1).`)
        return
      }
      if (entry.problems.length > 0 || entry.name === undefined) return
      if (Object.hasOwn(out, entry.name)) {
        this.problems.push(`Disclosure ${entry.index + 1} discloses ${quote(entry.name)} ${where(path)}, where that claim already exists; a verifier must reject this (RFC 9901 §7.1).`)
        return
      }
      const at = [...path, entry.name]
      defineMember(out, entry.name, this.value(entry.value!, at, depth + 1))
      this.record(entry, at)
    })
  }

  private array(array: JsonValue[], path: Path, depth: number): JsonValue[] {
    const out: JsonValue[] = []
    for (const element of array) {
      const digest = digestEntry(element)
      if (digest === null) {
        out.push(this.value(element, [...path, out.length], depth + 1))
        continue
      }
      const entry = this.match(digest)
      // Elements whose digest has no disclosure are left out (RFC 9901 §7.1 step 3.4).
      if (!entry) continue
      if (entry.shape === 'property') {
        entry.problems.push(`Disclosure ${entry.index + 1} is an object property [salt, name, value], but its digest is an array element ${where(path)}, where only [salt, value] disclosures belong (RFC 9901 §7.1).`)
        continue
      }
      if (entry.problems.length > 0) continue
      const at = [...path, out.length]
      out.push(this.value(entry.value!, at, depth + 1))
      this.record(entry, at)
    }
    return out
  }

  /** The disclosure for a digest met in the claims, the first time it is met. */
  private match(digest: string): Disclosure | undefined {
    if (this.seen.has(digest)) {
      if (!this.reportedTwice.has(digest)) {
        this.problems.push(`The digest ${quote(digest)} appears more than once; a verifier must reject an SD-JWT that repeats a digest (RFC 9901 §7.1).`)
        this.reportedTwice.add(digest)
      }
      return undefined
    }
    this.seen.add(digest)
    const index = this.byDigest.get(digest)
    if (index === undefined) {
      this.hidden.add(digest)
      return undefined
    }
    const entry = this.entries[index]!
    entry.state = 'matched'
    return entry
  }

  private record(entry: Disclosure, path: Path) {
    entry.path = path
    this.disclosed.push({ path, disclosure: entry.index })
  }
}

/** The digest of a {"...": "<digest>"} array element, or null for any other element. */
function digestEntry(element: JsonValue): string | null {
  if (typeof element !== 'object' || element === null || Array.isArray(element)) return null
  const keys = Object.keys(element)
  const digest = element['...']
  return keys.length === 1 && typeof digest === 'string' ? digest : null
}

function where(path: Path): string {
  if (path.length === 0) return 'at the top level'
  const text = path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('')
  return `in ${quote(text)}`
}

/** Sets a member even when it is named "__proto__", which plain assignment would turn into a prototype change. */
function defineMember(object: JsonObject, name: string, value: JsonValue) {
  Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true })
}
