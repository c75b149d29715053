// Tests candidate HMAC keys against one token's signature, in batches: WebAssembly SIMD where the
// platform has it, else plain JavaScript. Both reuse the token's message schedules for every key.
import { err, ok, type Result } from '../result'
import { createJsHmacEngine } from './js-hmac-engine'
import { createWasmHmacEngine, hasWasmSimd } from './wasm-hmac-engine'
import { digestBytes } from '../hash/sha2-params'
import { hashOf, type HmacAlg } from '../hash/hmac-alg'

export type EngineKind = 'wasm-simd' | 'js'

export interface HmacEngine {
  readonly alg: HmacAlg
  readonly kind: EngineKind
  /** How many candidates one call to `test` can take. */
  readonly batchSize: number
  /** Puts key[start..end) as candidate `index` of the next batch. */
  setKey(index: number, key: Uint8Array, start?: number, end?: number): void
  /** Tests candidates 0..count-1; returns the index of the first whose HMAC is the signature, or -1. */
  test(count: number): number
}

export interface EngineOptions {
  /** By default WebAssembly SIMD where the platform validates it, else JavaScript. */
  kind?: EngineKind
}

/**
 * An engine for the token whose JWS signing input (`header.payload`, RFC 7515 §5.1) and signature
 * are given; fails when the signature cannot be an `alg` HMAC.
 */
export async function createHmacEngine(alg: HmacAlg, signingInput: Uint8Array, signature: Uint8Array, options: EngineOptions = {}): Promise<Result<HmacEngine, string>> {
  const expected = digestBytes(hashOf(alg))
  if (signature.length !== expected) return err(`The signature is ${signature.length} bytes; an ${alg} signature is ${expected} bytes.`)
  const kind = options.kind ?? (hasWasmSimd() ? 'wasm-simd' : 'js')
  return ok(kind === 'wasm-simd' ? await createWasmHmacEngine(alg, signingInput, signature) : createJsHmacEngine(alg, signingInput, signature))
}
