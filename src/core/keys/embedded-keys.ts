// Keys a token carries in its own header ("jwk", RFC 7515 §4.1.3; "x5c", §4.1.6). They are shown,
// and used only when the user explicitly chooses to: trusting a key the token brings is the attack.
import type { JsonObject } from '../json/scan-json'
import { decodeBase64url } from '../encoding/base64url'
import { certificateFingerprint, describeCertificate, type CertificateInfo } from './key-der'
import { toPem } from './parse-pem'
import { isJsonObject } from '../json/json-value'

export type CarriedKeyTexts = Partial<Record<'jwk' | 'x5c', string>>

/** The header's own keys as key-box text: the JWK as JSON, the x5c chain as PEM certificates. */
export function embeddedKeyTexts(header: JsonObject): CarriedKeyTexts {
  const texts: CarriedKeyTexts = {}
  const { jwk, x5c } = header
  if (isJsonObject(jwk)) texts.jwk = JSON.stringify(jwk, null, 2)
  const chain = Array.isArray(x5c) && x5c.length > 0 ? certificatePems(x5c) : undefined
  if (chain) texts.x5c = chain
  return texts
}

function certificatePems(entries: unknown[]): string | undefined {
  const pems: string[] = []
  for (const entry of entries) {
    const der = typeof entry === 'string' ? decodeBase64url(entry) : undefined
    if (!der?.ok || der.value.bytes.length === 0) return undefined
    pems.push(toPem('CERTIFICATE', der.value.bytes))
  }
  return pems.join('\n')
}

export type ChainEntry = { ok: true; certificate: CertificateInfo; fingerprint: string } | { ok: false; problem: string }

/** Each certificate of an "x5c" chain, described, or what is wrong with it. */
export async function describeCertificateChain(x5c: unknown): Promise<ChainEntry[]> {
  if (!Array.isArray(x5c)) return [{ ok: false, problem: '"x5c" must be an array of base64-encoded certificates.' }]
  return Promise.all(
    x5c.map(async (entry, index): Promise<ChainEntry> => {
      const position = `Certificate ${index + 1}`
      if (typeof entry !== 'string') return { ok: false, problem: `${position} is not a string.` }
      const der = decodeBase64url(entry)
      if (!der.ok) return { ok: false, problem: `${position} is not base64: ${der.error.message}.` }
      const certificate = describeCertificate(der.value.bytes)
      if (!certificate.ok) return { ok: false, problem: `${position}: ${certificate.error.message}` }
      return { ok: true, certificate: certificate.value, fingerprint: await certificateFingerprint(der.value.bytes) }
    }),
  )
}

export interface CarriedKeys {
  texts: CarriedKeyTexts
  /** The "x5c" chain described, or null when the header has none. */
  chain: ChainEntry[] | null
}

/** Everything the UI shows about the header's own keys. */
export async function readCarriedKeys(header: JsonObject): Promise<CarriedKeys> {
  return { texts: embeddedKeyTexts(header), chain: header.x5c === undefined ? null : await describeCertificateChain(header.x5c) }
}
