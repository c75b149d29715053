// Findings and the attack lab in Chromium: every forged token, opened in the debugger, is flagged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SignJWT, exportSPKI, generateKeyPair } from 'jose'
import { closeApp, fillEditor, openApp, openTool, runAxeInBothSchemes, type AppPage } from './page-fixture'

let app: AppPage

beforeAll(async () => {
  app = await openApp()
})

afterAll(async () => {
  await closeApp()
})

const findingRules = () => app.page.getByTestId('finding').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-rule')))

const fill = (testId: string, text: string) => fillEditor(app.page, testId, text)

describe('findings', () => {
  it('finds nothing wrong with the example token, and says so in one line', async () => {
    await expect.poll(() => app.page.locator('[data-testid="findings"] summary').textContent()).toContain('no known pitfall')
    expect(await findingRules()).toEqual([])
  })

  it('flags a 74-year lifetime', async () => {
    await fill('token-input', await new SignJWT({ iss: 'a', aud: 'b' }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt(1767225600).setExpirationTime(4102444800).sign(new TextEncoder().encode('a long and unguessable workshop secret')))
    await expect.poll(findingRules).toEqual(['long-lifetime'])
    expect(await app.page.getByTestId('finding').getAttribute('data-severity')).toBe('warning')
  })

  it('finds the well-known secret that signed a token', async () => {
    await fill('token-input', await new SignJWT({ iss: 'a', aud: 'b' }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setExpirationTime('10m').sign(new TextEncoder().encode('your-256-bit-secret')))
    await expect.poll(findingRules).toEqual(['weak-secret'])
    expect(await app.page.getByTestId('finding').textContent()).toContain('"your-256-bit-secret"')
  })
})

describe('the attack lab', () => {
  it('forges every attack from an RS256 token and its public key, and each opened token is flagged by its finding', async () => {
    const rsa = await generateKeyPair('RS256', { extractable: true })
    await fill('token-input', await new SignJWT({ sub: 'alice', iss: 'https://issuer.example', aud: 'api' }).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).setExpirationTime('10m').sign(rsa.privateKey))
    await fill('key-input', await exportSPKI(rsa.publicKey))
    await expect.poll(() => app.page.getByTestId('signature-status').getAttribute('data-state')).toBe('valid')
    await openTool(app.page, 'attacks')
    await app.page.getByTestId('attack-forge').click()
    await app.page.getByTestId('attack').first().waitFor()
    const attacks = await app.page.getByTestId('attack').evaluateAll((elements) =>
      elements.map((element) => ({ id: element.getAttribute('data-attack')!, caughtBy: element.querySelector('code')!.textContent, count: element.querySelectorAll('[data-testid="forged-token"]').length })),
    )
    expect(attacks.map((attack) => attack.id)).toEqual(['alg-none', 'null-signature', 'key-confusion', 'embedded-jwk', 'jku', 'x5u', 'kid-injection', 'psychic-signature', 'empty-key'])
    for (const attack of attacks) {
      for (let index = 0; index < attack.count; index++) {
        await app.page.locator(`[data-testid="forged-token"][data-attack="${attack.id}"]`).nth(index).getByRole('button', { name: /^Open in the debugger/ }).click()
        await expect.poll(findingRules, { message: `${attack.id} #${index + 1}` }).toContain(attack.caughtBy)
      }
    }
  })

  it('has no serious accessibility violations with findings and forged tokens on screen, in light and dark', async () => {
    expect(await runAxeInBothSchemes(app.page)).toEqual({ light: [], dark: [] })
  })

  it('logged no errors', () => {
    expect(app.pageErrors).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })
})
