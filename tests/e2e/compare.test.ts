// The compare tool in Chromium against the production build: a token in the token box, a second one
// in the compare box, and one row per member that differs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeApp, fillEditor, openApp, openTool, runAxeInBothSchemes, type AppPage } from './page-fixture'
import { makeToken } from '../fixtures/tokens'

let app: AppPage

beforeAll(async () => {
  app = await openApp()
})

afterAll(async () => {
  await closeApp()
})

const iat = 1_800_000_000
const tokenA = makeToken({ alg: 'HS256', typ: 'JWT', kid: 'k1' }, { iss: 'https://idp.example', sub: 'alice', iat, exp: iat + 900, jti: 'a', roles: ['read'], email: 'a@example.com' })
const tokenB = makeToken({ alg: 'HS256', kid: 'k2', cty: 'JWT' }, { iss: 'https://idp.example', sub: 'alice', iat: iat + 60, exp: iat + 1800, jti: 'b', roles: ['read'], scope: 'read write' })

const rows = () =>
  app.page.getByTestId('diff-row').evaluateAll((elements) => elements.map((element) => `${element.getAttribute('data-part')}:${element.getAttribute('data-name')}:${element.getAttribute('data-change')}`))

describe('compare', () => {
  it('lists the header parameters and claims added, removed and changed from the first token to the second', async () => {
    const { page } = app
    await fillEditor(page, 'token-input', tokenA)
    await openTool(page, 'compare')
    await page.getByTestId('compare-input').fill(tokenB)
    await expect.poll(rows).toEqual([
      'header:typ:removed',
      'header:kid:changed',
      'header:cty:added',
      'payload:iat:changed',
      'payload:exp:changed',
      'payload:jti:changed',
      'payload:email:removed',
      'payload:scope:added',
    ])
    await expect.poll(() => page.getByTestId('compare-summary').textContent()).toBe(
      '3 claims changed, 1 added, 1 removed · 1 header parameter changed, 1 added, 1 removed · same subject · exp 15 minutes later',
    )
    expect(app.pageErrors).toEqual([])
  })

  it('shows no rows for the same token on both sides', async () => {
    const { page } = app
    await page.getByTestId('compare-input').fill(`Bearer ${tokenA}`)
    await expect.poll(() => page.getByTestId('compare-summary').textContent()).toBe('The same token on both sides: nothing differs.')
    expect(await page.getByTestId('diff-row').count()).toBe(0)
  })

  it('passes the accessibility checks in light and dark', async () => {
    await app.page.getByTestId('compare-input').fill(tokenB)
    await expect.poll(() => app.page.getByTestId('diff-row').count()).toBeGreaterThan(0)
    expect(await runAxeInBothSchemes(app.page)).toEqual({ light: [], dark: [] })
  })
})
