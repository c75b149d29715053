// The privacy promise, in Chromium under the app's own Content-Security-Policy: using every feature
// but the JWKS fetch sends no request beyond the site's own files, stores nothing, and token content
// never runs as code.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CompactEncrypt, SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose'
import { closeApp, fillEditor, openApp, openTool, recordRequests, type AppPage } from './page-fixture'
import { contentSecurityPolicy } from '../../vite.config'
import { encodeBase64url } from '../../src/core/encoding/base64url'

let app: AppPage
let requested: string[] = []

beforeAll(async () => {
  app = await openApp()
  await app.page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  requested = recordRequests(app.page)
  // Everything from the first byte on is recorded from here.
  await app.page.reload()
})

afterAll(async () => {
  await closeApp()
})

const fill = (testId: string, text: string) => fillEditor(app.page, testId, text)
const state = (testId: string) => app.page.getByTestId(testId).getAttribute('data-state')
const cspViolations = () => app.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)

describe('privacy', () => {
  it('uses every feature but the JWKS fetch without a request beyond the site\'s own files', { timeout: 90_000 }, async () => {
    const { page } = app
    // Verify, edit and sign.
    await fill('key-input', 'a secret that is at least thirty-two bytes')
    await fill('payload-editor', '{ "sub": "privacy", "iss": "https://issuer.example", "aud": "api" }')
    await expect.poll(() => state('signature-status')).toBe('valid')
    await page.getByText('Set claims ▾').click()
    await page.getByRole('button', { name: 'Expire 1 h from now' }).click()
    // Check the claims against what a verifier expects.
    await openTool(page, 'claims-check')
    await page.getByTestId('expected-issuer').fill('https://issuer.example')
    await page.getByTestId('expected-audience').fill('api')
    await expect.poll(() => page.locator('[data-testid="claim-check"][data-claim="aud"]').getAttribute('data-state')).toBe('pass')
    // Issue an SD-JWT with a key binding from this token.
    await openTool(page, 'sd-jwt-build')
    await page.getByTestId('sd-jwt-issue').click()
    await expect.poll(() => state('key-binding-status')).toBe('valid')
    // Generate a key and sign with it, check the findings, forge attacks and open one.
    await openTool(page, 'keygen')
    await page.getByTestId('keygen-alg').selectOption('ES256')
    await page.getByTestId('keygen-run').click()
    await page.getByTestId('keygen-use').click()
    await expect.poll(() => state('signature-status')).toBe('valid')
    await openTool(page, 'attacks')
    await page.getByTestId('attack-forge').click()
    await page.getByTestId('attack').first().waitFor()
    await page.getByRole('button', { name: 'Open in the debugger: none, signature dropped', exact: true }).click()
    await expect.poll(() => page.getByTestId('token-kind').getAttribute('data-kind')).toBe('unsecured')
    // Guess a weak secret in the workers.
    await fill('token-input', await new SignJWT({ sub: 'weak' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('abc')))
    await openTool(page, 'crack')
    await page.getByTestId('crack-mode').selectOption('brute-force')
    await page.getByTestId('crack-charset').fill('abc')
    await page.getByTestId('crack-max-length').fill('3')
    await page.getByTestId('crack-start').click()
    await expect.poll(() => state('crack-status')).toBe('found')
    await fill('token-input', await new SignJWT({ sub: 'weak' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('keyboard cat')))
    await page.getByTestId('crack-mode').selectOption('wordlist')
    await page.getByTestId('crack-start').click()
    await expect.poll(() => state('crack-status'), { timeout: 20_000 }).toBe('found')
    // Decrypt a JWE, and verify a public-key token.
    const key = crypto.getRandomValues(new Uint8Array(32))
    await fill('token-input', await new CompactEncrypt(new TextEncoder().encode('{"sub":"secret"}')).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(key))
    await fill('key-input', encodeBase64url(key))
    await page.getByTestId('secret-encoding').selectOption('base64url')
    await expect.poll(() => state('decryption-status')).toBe('decrypted')
    const rsa = await generateKeyPair('RS256', { extractable: true })
    await fill('token-input', await new SignJWT({ sub: 'rsa' }).setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey))
    await fill('key-input', await exportSPKI(rsa.publicKey))
    await expect.poll(() => state('signature-status')).toBe('valid')
    // A token that carries its own key, checked with it after the warning.
    const carrier = await generateKeyPair('ES256', { extractable: true })
    await fill('token-input', await new SignJWT({ sub: 'carried' }).setProtectedHeader({ alg: 'ES256', jwk: await exportJWK(carrier.publicKey) }).sign(carrier.privateKey))
    await page.getByRole('button', { name: "Check with the token's own JWK…" }).click()
    await page.getByRole('button', { name: "Put the token's JWK in the key box" }).click()
    await expect.poll(() => state('signature-status')).toBe('valid')
    // Share link, lessons and slides.
    await page.getByRole('button', { name: 'Share link' }).click()
    await page.getByTestId('nav-lessons').click()
    await page.getByTestId('lesson-link').first().click()
    await page.getByTestId('lesson-present').click()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Escape')
    await page.getByTestId('lesson-try').first().click()
    await expect.poll(() => page.getByTestId('token-kind').getAttribute('data-kind')).toBe('jws')

    expect(requested.length).toBeGreaterThan(0)
    expect(requested.filter((url) => !url.startsWith(app.baseUrl))).toEqual([])
  })

  it('wrote nothing to localStorage, sessionStorage, IndexedDB or cookies', async () => {
    const stored = await app.page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      indexedDb: (await indexedDB.databases()).map((database) => database.name),
      cookie: document.cookie,
    }))
    expect(stored).toEqual({ local: [], session: [], indexedDb: [], cookie: '' })
    expect(await app.context.cookies()).toEqual([])
  })

  it('shows HTML and script in a token as text, and nothing in it runs', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><svg onload="window.pwned=3">'
    const token = await new SignJWT({ name: hostile, [hostile]: 'claim name' }).setProtectedHeader({ alg: 'HS256', kid: hostile }).sign(new TextEncoder().encode('a secret that is at least thirty-two bytes'))
    await fill('token-input', token)
    await expect.poll(async () => JSON.parse((await app.page.getByTestId('payload-json').textContent()) ?? '{}').name).toBe(hostile)
    await app.page.getByTestId('finding').first().waitFor({ state: 'attached' })
    expect(await app.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
    expect(await app.page.locator('img[src="x"], svg[onload]').count()).toBe(0)
  })

  it('ran under the Content-Security-Policy with no violation', async () => {
    const html = readFileSync(join(inject('distRoot'), 'index.html'), 'utf8')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy.replace(/'/g, '&#39;')}"`)
    expect(await cspViolations()).toEqual([])
    expect(app.pageErrors).toEqual([])
  })

  it('documents the same policy for hosts that send headers', () => {
    const headers = readFileSync(join(inject('distRoot'), '_headers'), 'utf8')
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`)
  })
})
