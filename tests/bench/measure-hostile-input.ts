// Hostile and oversized input, from an outside review: each once took seconds and hundreds of MB.
// Measured in Node on the core functions, and as a paste into the built page in Chromium.
import type { Page } from 'playwright-core'
import { decodeToken } from '../../src/core/token/decode-token'
import { splitSdJwt } from '../../src/core/sd-jwt/split-sd-jwt'
import { analyzeSdJwt } from '../../src/core/sd-jwt/analyze-sd-jwt'
import { sdDigest } from '../../src/core/sd-jwt/sd-digest'
import { describeSpki } from '../../src/core/keys/key-der'
import { encodeDer, TAG } from '../../src/core/keys/der'
import { sdJwtHighlightRanges } from '../../src/features/token-input/token-highlight-ranges'
import { makeToken } from '../fixtures/tokens'
import type { JsonObject } from '../../src/core/json/scan-json'

const budgetsMs = { dots: 200, oid: 100, sdJwtCore: 5000, sdJwtPaste: 8000 }

/** An SD-JWT whose payload holds a digest for each of `count` disclosures. */
export function sdJwtWithDisclosures(count: number, claimPrefix = 'claim'): string {
  const disclosures = Array.from({ length: count }, (_, index) => Buffer.from(JSON.stringify([`salt-${index}`, `${claimPrefix}_${index}`, index])).toString('base64url'))
  const issuerJwt = makeToken({ alg: 'HS256', typ: 'dc+sd-jwt' }, { iss: 'https://issuer.example', _sd: disclosures.map((disclosure) => sdDigest('sha-256', disclosure)) })
  return `${issuerJwt}~${disclosures.join('~')}~`
}

function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

const line = (label: string, ms: number, budget: number) => `  ${label.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms (budget ${budget} ms): ${ms <= budget ? 'within budget' : 'OVER BUDGET'}`

export function measureHostileCore(): string[] {
  const dots = 'a.'.repeat(2_500_000)
  const oid = encodeDer(TAG.OBJECT_IDENTIFIER, new Uint8Array([0x2a, ...new Uint8Array(150_000).fill(0x81), 0x01]))
  const spki = encodeDer(TAG.SEQUENCE, encodeDer(TAG.SEQUENCE, oid), encodeDer(0x03, new Uint8Array([0])))
  const sdJwt = sdJwtWithDisclosures(40_000)
  const sdJwtMs = time(() => {
    const parts = splitSdJwt(sdJwt)!
    const issuer = decodeToken(parts.issuerJwt)!
    if (issuer.payload.type === 'json') analyzeSdJwt(issuer.payload.value as JsonObject, parts.disclosures)
    sdJwtHighlightRanges(parts, issuer)
  })
  return [
    'Hostile input, core functions in Node',
    line('decode "a." x 2,500,000 (5 MB of dots)', time(() => decodeToken(dots)), budgetsMs.dots),
    line('describe a key whose algorithm OID is 150 KB', time(() => describeSpki(spki)), budgetsMs.oid),
    line('split, decode, analyze, colour an SD-JWT of 40,000 disclosures', sdJwtMs, budgetsMs.sdJwtCore),
  ]
}

/** Pastes the 40,000-disclosure SD-JWT into the page and times it until its disclosures are listed. */
export async function measureHostilePaste(page: Page): Promise<string[]> {
  // A fresh claim name each time, so the list of an earlier paste is not taken for this one.
  const prefix = `claim${Math.random().toString(36).slice(2)}`
  const token = sdJwtWithDisclosures(40_000, prefix)
  const ms = await page.evaluate(
    ({ token, prefix }) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLElement>('[data-testid="token-input"]')
        if (!input) return reject(new Error('no token input'))
        input.focus()
        document.execCommand('selectAll')
        const start = performance.now()
        const observer = new MutationObserver(() => {
          if (!document.querySelector(`[data-testid="disclosure"][data-name="${prefix}_0"]`) || !document.querySelector('[data-testid="disclosures-hidden"]')) return
          observer.disconnect()
          requestAnimationFrame(() => resolve(performance.now() - start))
        })
        observer.observe(document.body, { subtree: true, childList: true })
        const data = new DataTransfer()
        data.setData('text/plain', token)
        input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      }),
    { token, prefix },
  )
  return ['Hostile input, production build in Chromium', line('paste an SD-JWT of 40,000 disclosures -> first 200 listed', ms, budgetsMs.sdJwtPaste)]
}
