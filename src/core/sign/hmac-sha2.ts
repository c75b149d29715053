// HMAC over SHA-2 (RFC 2104), computed synchronously for the rare token that must exist before any
// await: the example on the first screen. Everything else signs with jose.
import { sha2Digest } from '../hash/sha2-digest'
import { digestBytes, sha2Params } from '../hash/sha2-params'
import { hashOf, type HmacAlg } from '../hash/hmac-alg'

export function hmacSha2(alg: HmacAlg, key: Uint8Array, message: Uint8Array): Uint8Array {
  const hash = hashOf(alg)
  const { blockBytes } = sha2Params(hash)
  const size = digestBytes(hash)
  // RFC 2104 §2: a key longer than the block is hashed first; a shorter one is padded with zeros.
  const block = new Uint8Array(blockBytes)
  if (key.length > blockBytes) sha2Digest(hash, key, block)
  else block.set(key)

  const inner = new Uint8Array(blockBytes + message.length)
  for (let i = 0; i < blockBytes; i++) inner[i] = block[i]! ^ 0x36
  inner.set(message, blockBytes)
  const outer = new Uint8Array(blockBytes + size)
  for (let i = 0; i < blockBytes; i++) outer[i] = block[i]! ^ 0x5c
  sha2Digest(hash, inner, outer, blockBytes)

  const mac = new Uint8Array(size)
  sha2Digest(hash, outer, mac)
  return mac
}
