// Tries the notorious secrets on an HMAC token, so a finding can say which one signed it.
import type { DecodedToken } from '../token/decoded-token'
import { crackTarget } from '../crack/crack-target'
import { createHmacEngine } from '../crack/hmac-engine'

/**
 * The first of `candidates` that signed this HMAC token, '' for an empty key, or undefined.
 * Meant for a short list of notorious secrets: the cracker is the tool for long ones.
 */
export async function findKnownSecret(decoded: DecodedToken, candidates: readonly string[]): Promise<string | undefined> {
  const target = crackTarget(decoded)
  if (!target.ok) return undefined
  // The plain JavaScript engine starts at once; a few hundred keys take it about a millisecond.
  const engine = await createHmacEngine(target.value.alg, target.value.signingInput, target.value.signature, { kind: 'js' })
  if (!engine.ok) return undefined
  const keys = ['', ...candidates]
  const encoder = new TextEncoder()
  for (let start = 0; start < keys.length; start += engine.value.batchSize) {
    const batch = keys.slice(start, start + engine.value.batchSize)
    batch.forEach((key, index) => engine.value.setKey(index, encoder.encode(key)))
    const found = engine.value.test(batch.length)
    if (found !== -1) return batch[found]
  }
  return undefined
}
