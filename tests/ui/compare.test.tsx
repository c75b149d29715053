import { afterEach, describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { SignJWT } from 'jose'
import { openTool, renderApp, tokenLink } from './render-app'
import { makeToken } from '../fixtures/tokens'

afterEach(() => localStorage.clear())

const iat = 1_800_000_000
const first = makeToken({ alg: 'HS256', typ: 'JWT', kid: 'old' }, { iss: 'https://idp.example', sub: 'alice', iat, exp: iat + 900, jti: 'a', email: 'a@example.com' })
const second = makeToken({ alg: 'HS256', typ: 'JWT' }, { iss: 'https://idp.example', sub: 'alice', iat: iat + 60, exp: iat + 1860, jti: 'b', scope: 'read' })

const fill = (testId: string, text: string) => fireEvent.change(screen.getByTestId(testId), { target: { value: text } })
const rows = () => screen.queryAllByTestId('diff-row').map((row) => `${row.dataset.part}:${row.dataset.name}:${row.dataset.change}`)

async function openCompare(token: string) {
  await renderApp(tokenLink(token))
  await openTool('compare')
  return screen.findByTestId('compare-input')
}

describe('the compare tool', () => {
  it('lists each difference from the token in the token box to the second one, and says what they mean', async () => {
    await openCompare(first)
    fill('compare-input', `Bearer ${second}\n`)
    await waitFor(() => expect(rows()).toEqual(['header:kid:removed', 'payload:iat:changed', 'payload:exp:changed', 'payload:jti:changed', 'payload:email:removed', 'payload:scope:added']))
    expect(screen.getByTestId('compare-summary')).toHaveTextContent('3 claims changed, 1 added, 1 removed · 1 header parameter removed · same subject · exp 16 minutes later')
    const exp = screen.getAllByTestId('diff-row').find((row) => row.dataset.name === 'exp')!
    expect(exp).toHaveTextContent(`~Changedexp${iat + 900}→becomes${iat + 1860}exp is 16 minutes later`)
    expect(screen.getAllByTestId('compare-identity').map((item) => item.textContent)).toContain('≠Different jti: a new token, as a rotation should give')
    expect(screen.getByTestId('compare-expiry')).toHaveAttribute('data-expires-first', 'first')
  })

  it('shows no rows for the same token, and names the side that does not decode', async () => {
    await openCompare(first)
    fill('compare-input', first)
    expect(await screen.findByTestId('compare-summary')).toHaveTextContent('The same token on both sides: nothing differs.')
    expect(rows()).toEqual([])
    fill('compare-input', 'eyJhbGciOiJIUzI1NiJ9.e30')
    expect(await screen.findByRole('alert')).toHaveTextContent('The second token does not decode. A token has 3 parts (JWS) or 5 parts (JWE) separated by dots; this one has 2.')
  })

  it('keeps the second token while the tool is closed, and swaps the two tokens', async () => {
    await openCompare(first)
    fill('compare-input', second)
    const opener = await openTool('compare')
    expect(opener).toHaveAttribute('aria-expanded', 'true')
    fireEvent.click(opener)
    await waitFor(() => expect(screen.queryByTestId('compare-input')).toBeNull())
    await openTool('compare')
    expect(await screen.findByTestId('compare-input')).toHaveValue(second)

    fireEvent.click(screen.getByRole('button', { name: 'Swap' }))
    await waitFor(() => expect(screen.getByTestId('compare-input')).toHaveValue(first))
    expect(screen.getByTestId('token-input')).toHaveValue(second)
    await waitFor(() => expect(rows()).toContain('header:kid:added'))
    expect(rows()).toContain('payload:scope:removed')
  })

  it('offers typical uses and the tokens of the history while there is no second token', async () => {
    localStorage.setItem('jwt-workbench.token-history', JSON.stringify([{ token: second, savedAtMs: iat * 1000 }, { token: first, savedAtMs: iat * 1000 - 1 }]))
    await openCompare(first)
    const empty = await screen.findByTestId('compare-empty')
    expect(empty).toHaveTextContent('A refresh rotation')
    expect(empty).toHaveTextContent('An ID token and its access token')
    expect(empty).toHaveTextContent('Staging and production')
    const history = within(screen.getByTestId('compare-history'))
    // The token already in the token box is not offered.
    expect(history.getAllByRole('listitem')).toHaveLength(1)
    fireEvent.click(history.getByRole('button', { name: 'Compare with this' }))
    expect(screen.getByTestId('compare-input')).toHaveValue(second)
    await waitFor(() => expect(rows().length).toBeGreaterThan(0))
  })

  it('says the history is off when it is', async () => {
    await openCompare(first)
    expect(await screen.findByTestId('compare-empty')).toHaveTextContent('Turn on the History tool to pick the second token from the tokens you open.')
  })

  it('gives both signature verdicts with the key in use', async () => {
    const secret = 'a-shared-secret-that-is-long-enough-for-hs256'
    const key = new TextEncoder().encode(secret)
    const signed = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'HS256' }).sign(key)
    const other = await new SignJWT({ sub: 'bob' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('another-secret-that-is-long-enough-for-hs256'))
    await openCompare(signed)
    fill('key-input', secret)
    fill('compare-input', other)
    const line = await screen.findByTestId('compare-signatures')
    await waitFor(() => expect(line).toHaveAttribute('data-second', 'invalid'))
    expect(line).toHaveAttribute('data-first', 'valid')
    expect(line).toHaveTextContent("First: signature verified with the key box's secret; second: invalid signature for the key box's secret.")
    expect(screen.getByTestId('compare-summary')).toHaveTextContent('1 claim changed · different subject')
  })

  it('draws the first 200 rows of a long list, and all of them on request', async () => {
    const many = (offset: number) => Object.fromEntries(Array.from({ length: 250 }, (_, index) => [`c${index}`, index + offset]))
    await openCompare(makeToken({ alg: 'HS256' }, many(0)))
    fill('compare-input', makeToken({ alg: 'HS256' }, many(1)))
    await waitFor(() => expect(rows()).toHaveLength(200))
    fireEvent.click(screen.getByRole('button', { name: 'Show all 250' }))
    expect(rows()).toHaveLength(250)
  })

  it('reads a second token of megabytes after the keystroke has been drawn', async () => {
    await openCompare(first)
    const huge = makeToken({ alg: 'HS256' }, { sub: 'alice', blob: 'x'.repeat(2_000_000) })
    fill('compare-input', huge)
    expect(screen.getByTestId('compare-input')).toHaveValue(huge)
    expect(screen.queryAllByTestId('diff-row')).toEqual([])
    await waitFor(() => expect(rows()).toContain('payload:blob:added'))
    const blob = screen.getAllByTestId('diff-row').find((row) => row.dataset.name === 'blob')!
    expect(blob.textContent.length).toBeLessThan(300)
  })
})
