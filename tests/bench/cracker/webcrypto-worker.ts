// The baseline: one WebCrypto importKey + sign per candidate, awaited one at a time, as a simple
// cracker would be written. Counts candidates over a fixed time after a warm-up.
import type { WebCryptoRequest } from './crack-bench'

self.onmessage = async (event: MessageEvent<WebCryptoRequest>) => {
  const { hash, warmupMs, measureMs } = event.data
  const signingInput = new Uint8Array(event.data.signingInput)
  const signature = new Uint8Array(event.data.signature)
  const key = new Uint8Array(8)
  const view = new DataView(key.buffer)
  let tried = 0
  let startedAt = performance.now()
  const warmupEnds = startedAt + warmupMs
  let isWarm = false
  for (let candidate = 0; ; candidate++) {
    view.setFloat64(0, candidate)
    const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash }, false, ['sign'])
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, signingInput))
    if (mac.every((byte, i) => byte === signature[i])) throw new Error('The bench token was signed with a candidate.')
    tried++
    const now = performance.now()
    if (!isWarm && now >= warmupEnds) {
      isWarm = true
      tried = 0
      startedAt = now
    } else if (isWarm && now - startedAt >= measureMs) {
      postMessage({ tried, elapsedMs: now - startedAt })
      return
    }
  }
}
