// The debugger in real Chromium, against the production build served from a nested sub-path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeApp, openApp, runAxe, type AppPage } from './page-fixture'
import { makeToken, rfc7519Token, rfc7515Flattened } from '../fixtures/tokens'
import { exampleToken } from '../../src/features/token-input/example-token'

let app: AppPage

beforeAll(async () => {
  app = await openApp()
})
afterAll(async () => {
  await closeApp()
})

const text = (testId: string) => app.page.getByTestId(testId).textContent()
const json = async (testId: string) => JSON.parse((await text(testId)) ?? '') as unknown

async function paste(token: string) {
  await app.page.getByTestId('token-input').fill(token)
}

describe('the debugger page', () => {
  it('loads with the example token decoded', async () => {
    await expect.poll(() => app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('jws')
    expect(await json('header-json')).toEqual({ alg: 'HS256', typ: 'JWT', kid: 'example-2026' })
    const payload = (await json('payload-json')) as { sub: string; iat: number; exp: number }
    expect(payload).toMatchObject({ sub: 'user-8f14e45f' })
    // Issued when the page opened, for an hour.
    expect(payload.exp - payload.iat).toBe(3600)
    expect(Math.abs(payload.iat - Date.now() / 1000)).toBeLessThan(600)
    expect(await app.page.getByTestId('expiry-status').getAttribute('data-state')).toBe('active')
    // The claims table, folded away, follows the first paint.
    await expect.poll(() => app.page.getByTestId('claim-row').count()).toBe(12)
  })

  it('decodes a pasted token, as typed, and reads every contract hook', async () => {
    await paste(rfc7519Token)
    await expect.poll(() => json('header-json')).toEqual({ typ: 'JWT', alg: 'HS256' })
    expect(await json('payload-json')).toEqual({ iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true })
    expect(await app.page.getByTestId('claim-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-claim')))).toEqual([
      'iss',
      'exp',
      'http://example.com/is_root',
    ])
    expect(await app.page.getByTestId('expiry-status').getAttribute('data-state')).toBe('expired')
    expect(await app.page.getByTestId('decode-error').count()).toBe(0)
  })

  it('ticks the expiry countdown every second', async () => {
    await paste(makeToken({ alg: 'HS256' }, { exp: Math.floor(Date.now() / 1000) + 3600 }))
    await expect.poll(() => app.page.getByTestId('expiry-status').getAttribute('data-state')).toBe('active')
    const first = await text('expiry-status')
    await expect.poll(() => text('expiry-status'), { timeout: 2500 }).not.toBe(first)
  })

  it.each([
    ['whitespace and line breaks', `\n  ${rfc7519Token.replace(/(.{50})/g, '$1\n')}  \n`],
    ['quotes', `"${rfc7519Token}"`],
    ['a Bearer prefix', `Bearer ${rfc7519Token}`],
    ['a whole Authorization line', `Authorization: Bearer ${rfc7519Token}`],
  ])('decodes a token wrapped in %s without an error', async (_name, wrapped) => {
    await paste(wrapped)
    // The previous token was a JWS too: wait for this one's header before reading the rest.
    await expect.poll(() => json('header-json')).toEqual({ typ: 'JWT', alg: 'HS256' })
    expect(await app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('jws')
    expect(await app.page.getByTestId('decode-error').count()).toBe(0)
  })

  it('names the part and position of a broken token', async () => {
    const [header, payload, signature] = rfc7519Token.split('.')
    await paste(`${header}.${payload!.slice(0, 5)}*${payload!.slice(6)}.${signature}`)
    await expect.poll(() => app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('invalid')
    expect(await text('decode-error')).toContain('The payload is not valid base64url: character 6 is "*"')
    expect(await json('header-json')).toEqual({ typ: 'JWT', alg: 'HS256' })
  })

  it('tells the shape of the token when parts are missing', async () => {
    await paste('abc.def')
    await expect.poll(() => text('decode-error')).toContain('A token has 3 parts (JWS) or 5 parts (JWE) separated by dots; this one has 2.')
  })

  it('shows a non-JSON payload as text, and a JWE and an unsecured token by kind', async () => {
    await paste(makeToken({ alg: 'HS256' }, 'just text'))
    await expect.poll(() => text('payload-json')).toBe('just text')
    expect(await app.page.getByTestId('decode-error').count()).toBe(0)

    await paste(`${makeToken({ alg: 'RSA-OAEP', enc: 'A256GCM' }, '').split('.')[0]}.${'A'.repeat(342)}.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`)
    await expect.poll(() => app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('jwe')
    expect(await json('header-json')).toEqual({ alg: 'RSA-OAEP', enc: 'A256GCM' })

    await paste(makeToken({ alg: 'none' }, { sub: 'x' }, ''))
    await expect.poll(() => app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('unsecured')
  })

  it('decodes a JWS JSON serialization pasted as JSON', async () => {
    await paste(rfc7515Flattened)
    await expect.poll(() => json('header-json')).toEqual({ alg: 'ES256' })
    expect(await app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('jws')
  })

  it('shows an inviting empty state, not an error, when cleared', async () => {
    await app.page.getByRole('button', { name: 'Clear' }).click()
    await expect.poll(() => app.page.getByText('Paste a token to take it apart').count()).toBe(1)
    expect(await app.page.getByTestId('decode-error').count()).toBe(0)
  })

  it('has no serious accessibility violations, in light and dark', async () => {
    await paste(exampleToken())
    await app.page.getByTestId('payload-json').waitFor()
    expect(await runAxe(app.page)).toEqual([])
    await app.page.emulateMedia({ colorScheme: 'dark' })
    expect(await runAxe(app.page)).toEqual([])
    await app.page.emulateMedia({ colorScheme: 'light' })
  })

  it('logged no errors in the console', () => {
    expect(app.pageErrors).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })
})

describe('links', () => {
  it('restores a shared token from the link, and shows the example again on a plain reload', async () => {
    await paste(rfc7519Token)
    await app.page.getByRole('button', { name: 'Share link' }).click()
    const link = await app.page.getByLabel(/Share link/).inputValue()
    expect(link).toContain(`#/?token=${rfc7519Token}`)
    expect(link.startsWith(app.baseUrl)).toBe(true)

    await app.page.goto(link)
    await app.page.reload()
    await expect.poll(() => json('payload-json')).toMatchObject({ iss: 'joe' })

    await app.page.goto(app.baseUrl)
    await app.page.reload()
    await expect.poll(() => json('payload-json')).toMatchObject({ sub: 'user-8f14e45f' })
  })

  it('keeps a deep link to another page through a reload', async () => {
    await app.page.goto(`${app.baseUrl}#/about`)
    await app.page.reload()
    await expect.poll(() => app.page.getByRole('heading', { name: 'About JWT Workbench' }).count()).toBe(1)
    expect(app.server.requests.every((path) => path.startsWith('/nested/jwt/'))).toBe(true)
  })
})

describe('before the editor arrives', () => {
  it('decodes typed text at once, and the editor takes it over without losing text or focus', async () => {
    let releaseEditor = () => {}
    const editorHeld = new Promise<void>((resolve) => (releaseEditor = resolve))
    const held = await openApp()
    await held.page.route(/code-mirror-view-[^/]*\.js$/, async (route) => {
      await editorHeld
      await route.continue()
    })
    await held.page.reload()
    const input = held.page.getByTestId('token-input')
    expect(await input.evaluate((element) => element.tagName)).toBe('TEXTAREA')
    await input.fill(rfc7519Token)
    await expect.poll(() => held.page.getByTestId('payload-json').textContent()).toContain('"iss": "joe"')

    releaseEditor()
    await held.page.locator('.cm-content[data-testid="token-input"]').waitFor()
    expect(await held.page.getByTestId('token-input').count()).toBe(1)
    expect(await held.page.getByTestId('token-input').textContent()).toBe(rfc7519Token)
    expect(await held.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('token-input')
    await held.close()
  })
})

describe('keyboard and themes', () => {
  it('reaches the token editor in six Tab presses, then its buttons, the key, the header and payload, and the tools', async () => {
    const keyboard = await openApp()
    const { page } = keyboard
    // The keys themselves bring CodeMirror in while focus travels: either editor holds the hook.
    await page.getByTestId('token-input').waitFor()
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.textContent ?? '')
    const visited: string[] = []
    for (let press = 0; press < 6 && !visited.includes('token-input'); press++) {
      await page.keyboard.press('Tab')
      visited.push(await focused())
    }
    expect(visited[0]).toBe('Skip to the token')
    expect(visited.at(-1)).toBe('token-input')
    // Then, in order of importance: the token's buttons, the key, the header and payload, the tools.
    for (let press = 0; press < 60 && !visited.includes('tool-open'); press++) {
      await page.keyboard.press('Tab')
      visited.push(await focused())
    }
    const firstAt = (id: string) => visited.indexOf(id)
    expect(firstAt('Share link')).toBeGreaterThan(firstAt('token-input'))
    expect(firstAt('key-input')).toBeGreaterThan(firstAt('Share link'))
    expect(firstAt('header-editor')).toBeGreaterThan(firstAt('key-input'))
    expect(firstAt('payload-editor')).toBeGreaterThan(firstAt('header-editor'))
    expect(firstAt('tool-open')).toBeGreaterThan(firstAt('payload-editor'))

    // The skip link leads straight into the token.
    await page.reload()
    await page.getByTestId('token-input').waitFor()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(await focused()).toBe('token-input')

    await page.getByRole('button', { name: 'Clear' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByText('Paste a token to take it apart').count()).toBe(1)
    await keyboard.close()
  })

  it('follows the system colour scheme and lets the user override it', async () => {
    const themed = await openApp(undefined, { context: { colorScheme: 'dark' } })
    const { page } = themed
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const dark = await background()
    const toggle = page.getByRole('button', { name: /Theme/ })
    await toggle.click() // system -> light
    await expect.poll(background).not.toBe(dark)
    expect(await page.evaluate(() => document.documentElement.className)).toBe('light')
    await toggle.click() // light -> dark
    await expect.poll(background).toBe(dark)
    await themed.close()
  })
})
