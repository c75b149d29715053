// A shared link as messengers and trackers pass it on: with a query of their own in front of the fragment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeApp, openApp, type AppPage } from './page-fixture'
import { rfc7519Payload, rfc7519Token } from '../fixtures/tokens'

let app: AppPage

beforeAll(async () => {
  app = await openApp(`?utm_source=chat&utm=1#/?token=${encodeURIComponent(rfc7519Token)}`)
})
afterAll(async () => {
  await closeApp()
})

const text = (testId: string) => app.page.getByTestId(testId).textContent()

describe('a share link with a query before the fragment', () => {
  it('opens the token in the fragment, without the query glued onto it', async () => {
    await expect.poll(async () => JSON.parse((await text('payload-json')) ?? 'null')).toEqual(rfc7519Payload)
    expect(await app.page.getByTestId('token-kind').getAttribute('data-kind')).toBe('jws')
    expect(await app.page.getByTestId('decode-error').count()).toBe(0)
    expect(await app.page.getByTestId('token-input').textContent()).toBe(rfc7519Token)
  })

  it('keeps the route in the address, and drops the query the app never reads', () => {
    const address = new URL(app.page.url())
    expect(address.search).toBe('')
    expect(address.hash).toBe(`#/?token=${encodeURIComponent(rfc7519Token)}`)
  })

  it('logged no errors in the console', () => {
    expect(app.pageErrors).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })
})
