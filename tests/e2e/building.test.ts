// Building and signing in real Chromium: edit the JSON, sign with a secret or a generated key, and
// verify the result both in the app and with jose outside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importJWK, jwtVerify, type JWK } from 'jose'
import { closeApp, fillEditor, openApp, openTool, recordRequests, runAxeInBothSchemes, type AppPage } from './page-fixture'

let app: AppPage
let requested: string[] = []

beforeAll(async () => {
  app = await openApp()
  requested = recordRequests(app.page)
})

afterAll(async () => {
  await closeApp()
})

const state = (testId: string) => app.page.getByTestId(testId).getAttribute('data-state')
const signatureState = () => state('signature-status')
const signState = () => state('sign-status')
const tokenText = () => app.page.getByTestId('token-input').innerText()
const textOf = async (testId: string) => (await app.page.getByTestId(testId).textContent()) ?? ''
const partOf = async (index: 0 | 1) => JSON.parse(Buffer.from((await tokenText()).trim().split('.')[index]!, 'base64url').toString('utf8')) as Record<string, unknown>

const fill = (testId: string, text: string) => fillEditor(app.page, testId, text)

describe('editing and signing with a secret', () => {
  const secret = 'a workshop secret that is long enough'

  it('re-signs the token as the payload is edited, and the app and jose both verify it', async () => {
    await fill('key-input', secret)
    await fill('payload-editor', '{\n  "sub": "workshop",\n  "role": "admin"\n}')
    await expect.poll(() => partOf(1)).toEqual({ sub: 'workshop', role: 'admin' })
    await expect.poll(signState).toBe('signed')
    await expect.poll(signatureState).toBe('valid')
    expect(JSON.parse(await textOf('payload-json'))).toEqual({ sub: 'workshop', role: 'admin' })
    await jwtVerify(await tokenText(), new TextEncoder().encode(secret))
  })

  it('signs with the key box, which is the sign-key of the contract, and says so under the header', async () => {
    const other = 'another workshop secret, also long enough'
    expect(await app.page.getByTestId('sign-key').count()).toBe(0)
    await fill('key-input', other)
    expect(await textOf('signing-note')).toContain("Edits are signed with the key box's 41-byte secret.")
    await fill('payload-editor', '{ "sub": "signed-via-sign-key" }')
    await expect.poll(() => partOf(1)).toEqual({ sub: 'signed-via-sign-key' })
    await expect.poll(signState).toBe('signed')
    await expect.poll(signatureState).toBe('valid')
    expect(await app.page.getByTestId('key-input').innerText()).toBe(other)
    await jwtVerify(await tokenText(), new TextEncoder().encode(other))
    await fill('key-input', secret)
    await expect.poll(signatureState).toBe('valid')
  })

  it('keeps broken header JSON as typed and says where it breaks', async () => {
    const before = await tokenText()
    await fill('header-editor', '{ "alg": "HS256", }')
    await expect.poll(() => textOf('header-error')).toBe('The header is not valid JSON: at line 1, column 19, expected a member name in double quotes, found "}".')
    expect(await app.page.getByTestId('header-editor').innerText()).toBe('{ "alg": "HS256", }')
    expect(await tokenText()).toBe(before)
    expect(await app.page.locator('.cm-json-error').count()).toBe(1)
    await fill('header-editor', '{ "alg": "HS384", "typ": "JWT" }')
    await expect.poll(() => partOf(0)).toEqual({ alg: 'HS384', typ: 'JWT' })
    await expect.poll(signatureState).toBe('valid')
  })

  it('shows a token typed into the token box in the editors', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0eXBlZCJ9.c2lnbmF0dXJl'
    await fill('token-input', token)
    await expect.poll(async () => JSON.parse(await textOf('payload-json'))).toEqual({ sub: 'typed' })
    expect(JSON.parse(await app.page.getByTestId('header-editor').innerText())).toEqual({ alg: 'HS256' })
    await expect.poll(signatureState).toBe('invalid')
  })

  it('builds alg none only after the warning', async () => {
    await app.page.getByTestId('sign-alg').selectOption('none')
    await expect.poll(signState).toBe('needs-consent')
    expect(await app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('jws')
    await app.page.getByRole('button', { name: 'I understand: build the unsecured token' }).click()
    await expect.poll(() => app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('unsecured')
    expect(await signatureState()).not.toBe('valid')
  })
})

describe('generated keys: every algorithm signs a token that verifies with its public JWK', () => {
  it.each(['HS256', 'HS384', 'HS512', 'RS256', 'PS256', 'ES256', 'ES384', 'ES512', 'EdDSA'])('%s', async (alg) => {
    await openTool(app.page, 'keygen')
    await app.page.getByTestId('keygen-alg').selectOption(alg)
    await app.page.getByTestId('keygen-run').click()
    await app.page.getByTestId('keygen-public-jwk').waitFor()
    await expect.poll(async () => JSON.parse(await textOf('keygen-public-jwk')).alg).toBe(alg)
    const publicJwk = JSON.parse(await textOf('keygen-public-jwk')) as JWK
    const signingKey = await textOf('keygen-private-pem')

    // The contract's path: the private key (or secret) into the key box, then the algorithm.
    await fill('key-input', signingKey)
    // The encoding choice is there only while the key box holds a secret.
    if (alg.startsWith('HS')) await app.page.getByTestId('secret-encoding').selectOption('base64url')
    else expect(await app.page.getByTestId('secret-encoding').count()).toBe(0)
    await app.page.getByTestId('sign-alg').selectOption(alg)
    await expect.poll(signState).toBe('signed')
    await expect.poll(async () => (await partOf(0)).alg).toBe(alg)
    await expect.poll(signatureState).toBe('valid')

    // The public half alone verifies it too, in the app and in jose.
    await fill('key-input', JSON.stringify(publicJwk))
    await expect.poll(signatureState).toBe('valid')
    await jwtVerify(await tokenText(), await importJWK(publicJwk, alg))
  })

  it('signs with a generated key in one click, naming it by kid', async () => {
    await openTool(app.page, 'keygen')
    await app.page.getByTestId('keygen-alg').selectOption('ES256')
    await app.page.getByTestId('keygen-run').click()
    await expect.poll(async () => JSON.parse(await textOf('keygen-public-jwk')).crv).toBe('P-256')
    const publicJwk = JSON.parse(await textOf('keygen-public-jwk')) as JWK & { kid: string }
    await app.page.getByTestId('keygen-use').click()
    await expect.poll(async () => (await partOf(0)).kid).toBe(publicJwk.kid)
    // The new token is announced, and the caret is in it.
    expect(await textOf('token-loaded')).toContain('Signed the token with the new ES256 key')
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('token-input')
    await expect.poll(signatureState).toBe('valid')
    await jwtVerify(await tokenText(), await importJWK(publicJwk, 'ES256'))
  })
})

describe('accessibility and privacy', () => {
  it('has no serious violations while editing, in light and dark', async () => {
    await fill('payload-editor', '{ "sub": ')
    await app.page.getByTestId('payload-error').waitFor()
    expect(await runAxeInBothSchemes(app.page)).toEqual({ light: [], dark: [] })
  })

  it('made no request beyond the app\'s own files, and logged no errors', () => {
    // Signing and key generation load their code on first use; nothing else goes out.
    expect(requested.length).toBeGreaterThan(0)
    expect(requested.filter((url) => !url.startsWith(app.baseUrl))).toEqual([])
    expect(app.pageErrors).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })
})
