// The workspace as a visitor meets it: the everyday job on the first screen, on a desktop and on a
// phone, and every other tool one click (or a few keys) away, loading nothing until it is opened.
import { afterAll, describe, expect, it } from 'vitest'
import { SignJWT, exportSPKI, generateKeyPair } from 'jose'
import type { Page } from 'playwright-core'
import { closeApp, fillEditor, openApp, openTool, recordRequests } from './page-fixture'

afterAll(async () => {
  await closeApp()
})

const desktop = { width: 1440, height: 900 }
const phone = { width: 360, height: 740 }

/** Where the first screen ends: the window's bottom, or the top of the tool bar that stays over it. */
async function firstScreenBottom(page: Page, viewportHeight: number) {
  const toolBar = await page.locator('[role="toolbar"]').evaluate((element) => element.parentElement!.parentElement!.getBoundingClientRect().top)
  return Math.min(viewportHeight, toolBar)
}

/** The element's box in page coordinates (as if scrolled to the top). */
async function boxOf(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((element) => {
    const rect = element.getBoundingClientRect()
    return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY, left: rect.left, right: rect.right }
  })
}

const atAGlance = [
  '[data-testid="token-input"]',
  '[data-testid="token-kind"]',
  // The hooks hold the whole JSON in a hidden copy; the editor beside them is what is seen.
  ':has(> [data-testid="header-json"])',
  ':has(> [data-testid="payload-json"])',
  '[data-testid="signature-status"]',
  '[data-testid="key-input"]',
  '[data-testid="jwks-url"]',
  '[data-testid="jwks-fetch"]',
  '[data-testid="expiry-status"]',
  '[data-testid="findings"] summary',
]

/** An OpenID Connect ID token with twenty claims, as an identity provider issues it, and its public key. */
async function idTokenWithKey() {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const now = Math.floor(Date.now() / 1000)
  const token = await new SignJWT({
    iss: 'https://accounts.example.com/realms/staff',
    sub: '248289761001',
    aud: 's6BhdRkqt3',
    exp: now + 3600,
    iat: now,
    auth_time: now - 120,
    nonce: 'n-0S6_WzA2Mj',
    acr: 'urn:mace:incommon:iap:silver',
    amr: ['pwd', 'mfa'],
    azp: 's6BhdRkqt3',
    at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
    sid: '08a5019c-17e1-4977-8f42-65a12843ea02',
    name: 'Jane Doe',
    given_name: 'Jane',
    family_name: 'Doe',
    email: 'janedoe@example.com',
    email_verified: true,
    picture: 'https://accounts.example.com/avatars/janedoe.jpg',
    locale: 'en-GB',
    preferred_username: 'j.doe',
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'rsa-2026-12' })
    .sign(privateKey)
  return { token, publicPem: await exportSPKI(publicKey) }
}

describe('at a glance on a desktop (1440x900)', () => {
  it('shows the example token, header, payload, verdict, key box, JWKS URL, expiry and findings without scrolling', async () => {
    const app = await openApp(undefined, { context: { viewport: desktop } })
    // As a visitor first sees it, before any interaction brings CodeMirror in.
    await app.page.getByTestId('payload-editor').waitFor()
    const bottom = await firstScreenBottom(app.page, desktop.height)
    for (const selector of atAGlance) expect((await boxOf(app.page, selector)).bottom, selector).toBeLessThanOrEqual(bottom)
    expect(await app.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1350)
    await app.close()
  })

  it('does the same for a 20-claim ID token with its public key in the key box, and verifies it', async () => {
    const app = await openApp(undefined, { context: { viewport: desktop } })
    const { token, publicPem } = await idTokenWithKey()
    await fillEditor(app.page, 'token-input', token)
    await fillEditor(app.page, 'key-input', publicPem)
    await expect.poll(() => app.page.getByTestId('signature-status').getAttribute('data-state')).toBe('valid')
    await app.page.evaluate(() => window.scrollTo(0, 0))
    const bottom = await firstScreenBottom(app.page, desktop.height)
    for (const selector of atAGlance) expect((await boxOf(app.page, selector)).bottom, selector).toBeLessThanOrEqual(bottom)
    // The payload editor grows with its claims: no scrollbar inside it.
    const scroller = app.page.locator(':has(> [data-testid="payload-json"]) .cm-scroller')
    expect(await scroller.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1)
    await app.close()
  })

  it('keeps the tool bar in view at the bottom of the window while the page scrolls', async () => {
    const app = await openApp(undefined, { context: { viewport: desktop } })
    const { token } = await idTokenWithKey()
    await fillEditor(app.page, 'token-input', token)
    const opener = app.page.locator('[data-testid="tool-open"]').first()
    const box = await opener.boundingBox()
    expect(box!.y + box!.height).toBeLessThanOrEqual(desktop.height)
    await app.close()
  })
})

describe('at a glance on a phone (360x740)', () => {
  it('puts the token first, then the verdict and the payload within two screens, then the header, with no sideways scrolling', async () => {
    const app = await openApp(undefined, { context: { viewport: phone, isMobile: true, hasTouch: true } })
    await app.page.getByTestId('payload-editor').waitFor()
    const token = await boxOf(app.page, '[data-testid="token-input"]')
    const verdict = await boxOf(app.page, '[data-testid="signature-status"]')
    const payload = await boxOf(app.page, ':has(> [data-testid="payload-json"])')
    const header = await boxOf(app.page, ':has(> [data-testid="header-json"])')
    expect(token.top).toBeLessThan(verdict.top)
    expect(verdict.top).toBeLessThan(payload.top)
    expect(payload.bottom).toBeLessThanOrEqual(2 * phone.height)
    expect(header.top).toBeGreaterThan(payload.bottom)
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width)
    await app.close()
  })
})

describe('the tool bar', () => {
  it('opens and closes tools with the keyboard, keeps the open tool in the URL, and loads a tool only when opened', async () => {
    const app = await openApp(undefined, { context: { viewport: desktop } })
    const { page } = app
    const requested = recordRequests(page)
    await page.getByTestId('token-input').waitFor()
    const openers = page.locator('[data-testid="tool-open"]')
    await openers.first().waitFor()
    expect(await openers.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-tool')))).toEqual([
      'crack',
      'attacks',
      'claims-check',
      'sd-jwt-build',
      'keygen',
      'history',
      'compare',
    ])
    expect(await openers.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-expanded')))).toEqual(Array(7).fill('false'))
    // Nothing of a closed tool is on the page or downloaded.
    expect(await page.getByTestId('crack-start').count()).toBe(0)
    expect(requested.filter((url) => /crack-panel|keygen-panel|attack-lab|history-panel|compare-panel/.test(url))).toEqual([])

    // One Tab stop: arrows move between the tools, Enter opens one.
    await openers.first().focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tool'))).toBe('claims-check')
    await page.keyboard.press('End')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tool'))).toBe('compare')
    await page.keyboard.press('Home')
    await page.keyboard.press('Enter')
    await page.getByTestId('crack-start').waitFor()
    expect(await openers.first().getAttribute('aria-expanded')).toBe('true')
    expect(page.url()).toContain('tool=crack')
    expect(requested.some((url) => url.includes('crack-panel'))).toBe(true)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).not.toBe('tool-open')

    // A reload, or the link shared, opens the same tool.
    await page.reload()
    await page.getByTestId('crack-start').waitFor()
    await page.locator('[data-testid="tool-open"][data-tool="attacks"]').click()
    await page.getByTestId('attack-forge').waitFor()
    expect(await page.getByTestId('crack-start').count()).toBe(0)
    expect(page.url()).toContain('tool=attacks')
    await page.getByRole('button', { name: 'Close attack lab ✕' }).click()
    expect(page.url()).not.toContain('tool=')
    await app.close()
  })

  it('says why a tool does not apply to the token', async () => {
    const app = await openApp(undefined, { context: { viewport: desktop } })
    const { token } = await idTokenWithKey()
    await fillEditor(app.page, 'token-input', token)
    const crack = app.page.locator('[data-testid="tool-open"][data-tool="crack"]')
    await expect.poll(() => crack.getAttribute('aria-disabled')).toBe('true')
    expect(await crack.getAttribute('title')).toBe('Only HMAC tokens (HS256, HS384, HS512) have a shared secret to guess; this one is RS256.')
    // It is only marked disabled, so it stays focusable and its reason can be read.
    await crack.focus()
    await app.page.keyboard.press('Enter')
    expect(await app.page.getByTestId('tool-unavailable').textContent()).toContain('Only HMAC tokens (HS256, HS384, HS512) have a shared secret to guess')
    expect(await app.page.getByTestId('crack-start').count()).toBe(0)
    await app.close()
  })
})

describe('actions that replace the token', () => {
  it('bring the new token into view, put the caret in it and announce it', async () => {
    const app = await openApp(undefined, { context: { viewport: desktop } })
    const { page } = app
    await openTool(page, 'attacks')
    await page.getByTestId('attack-forge').click()
    await page.getByRole('button', { name: 'Open in the debugger: none, signature dropped', exact: true }).click()
    await expect.poll(() => page.getByTestId('token-kind').getAttribute('data-kind')).toBe('unsecured')
    expect(await page.getByTestId('token-loaded').textContent()).toBe('Opened a forged token from the attack lab.')
    expect(await page.locator('[role="status"]').filter({ hasText: 'Opened a forged token from the attack lab.' }).count()).toBe(1)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('token-input')
    await expect.poll(async () => (await page.locator('#token').boundingBox())!.y).toBeGreaterThanOrEqual(0)
    expect((await page.locator('#token').boundingBox())!.y).toBeLessThan(desktop.height / 2)

    await fillEditor(page, 'key-input', 'example-secret-for-the-jwt-workbench-demo')
    await page.getByRole('button', { name: 'Load example' }).click()
    await openTool(page, 'sd-jwt-build')
    await page.getByTestId('sd-jwt-issue').click()
    await expect.poll(() => page.getByTestId('token-kind').getAttribute('data-kind')).toBe('sd-jwt')
    expect(await page.getByTestId('token-loaded').textContent()).toBe('Opened the SD-JWT just issued.')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('token-input')
    await app.close()
  })
})
