// SD-JWT in Chromium: a presentation with a key-binding JWT pasted and read, and one issued in the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportJWK, exportSPKI, generateKeyPair } from 'jose'
import { closeApp, fillEditor, openApp, openTool, runAxeInBothSchemes, type AppPage } from './page-fixture'
import { issueSdJwt, presentSdJwt } from '../../src/core/sd-jwt/issue-sd-jwt'
import type { JsonObject } from '../../src/core/json/scan-json'
import { exampleSecret } from '../../src/features/token-input/example-token'

let app: AppPage

beforeAll(async () => {
  app = await openApp()
})

afterAll(async () => {
  await closeApp()
})

const state = (testId: string) => app.page.getByTestId(testId).getAttribute('data-state')
const disclosures = () => app.page.getByTestId('disclosure').evaluateAll((elements) => elements.map((element) => `${element.getAttribute('data-name')}:${element.getAttribute('data-state')}`))

describe('SD-JWT', () => {
  it('reads a presentation: the disclosures, the claims as disclosed, the issuer signature and the key binding', async () => {
    const issuer = await generateKeyPair('ES256', { extractable: true })
    const holder = await generateKeyPair('ES256', { extractable: true })
    const claims: JsonObject = {
      iss: 'https://issuer.example',
      iat: 1700000000,
      exp: 4102444800,
      vct: 'https://credentials.example/identity',
      given_name: 'Erika',
      birthdate: '1963-08-12',
      address: { locality: 'Berlin', country: 'DE' },
      cnf: { jwk: (await exportJWK(holder.publicKey)) as JsonObject },
    }
    const issued = await issueSdJwt({ claims, disclose: ['given_name', 'birthdate', 'address'], header: { alg: 'ES256' }, key: issuer.privateKey, decoys: 1 })
    if (!issued.ok) throw new Error(issued.error)
    const presented = await presentSdJwt(issued.value.sdJwt, [issued.value.disclosures[0]!, issued.value.disclosures[2]!], {
      key: holder.privateKey,
      alg: 'ES256',
      nonce: 'nonce-from-the-verifier',
      aud: 'https://verifier.example',
      iat: 1700000100,
    })

    await fillEditor(app.page, 'token-input', presented)
    await expect.poll(() => app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('sd-jwt')
    await expect.poll(disclosures).toEqual(['given_name:matched', 'address:matched'])
    await expect.poll(() => state('key-binding-status')).toBe('valid')
    expect(await app.page.getByTestId('key-binding-status').textContent()).toContain('"nonce-from-the-verifier"')
    const shown = JSON.parse((await app.page.getByTestId('sd-jwt-claims').textContent()) ?? '') as JsonObject
    expect(shown).toMatchObject({ given_name: 'Erika', address: { locality: 'Berlin', country: 'DE' } })
    expect(shown).not.toHaveProperty('birthdate')
    expect(await app.page.locator('.token-part-disclosure').count()).toBeGreaterThanOrEqual(2)

    await fillEditor(app.page, 'key-input', await exportSPKI(issuer.publicKey))
    await expect.poll(() => state('signature-status')).toBe('valid')
  })

  it('issues an SD-JWT with a key binding from the example token, in the page', async () => {
    await app.page.goto(app.baseUrl)
    await fillEditor(app.page, 'key-input', exampleSecret)
    await openTool(app.page, 'sd-jwt-build')
    await app.page.getByTestId('sd-jwt-issue').click()
    await expect.poll(() => app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('sd-jwt')
    await expect.poll(() => state('key-binding-status')).toBe('valid')
    await expect.poll(() => state('signature-status')).toBe('valid')
    expect((await disclosures()).every((entry) => entry.endsWith(':matched'))).toBe(true)
  })

  it('has no serious accessibility violations, and logged no errors', async () => {
    expect(await runAxeInBothSchemes(app.page)).toEqual({ light: [], dark: [] })
    expect(app.pageErrors).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })
})
