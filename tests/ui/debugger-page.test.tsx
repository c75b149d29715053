import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp, tokenLink } from './render-app'
import { exampleToken } from '../../src/features/token-input/example-token'
import { makeToken, rfc7519Token } from '../fixtures/tokens'
import { formatUtc } from '../../src/core/claims/time'

const jsonOf = (testId: string) => JSON.parse(screen.getByTestId(testId).textContent ?? '') as unknown

describe('the debugger page', () => {
  it('shows the example token, decoded and explained, on a first visit', async () => {
    await renderApp('/')
    expect(await screen.findByTestId('token-kind')).toHaveAttribute('data-kind', 'jws')
    expect(screen.getByText(/An example ID token, valid for an hour/)).toBeInTheDocument()
    expect(jsonOf('header-json')).toEqual({ alg: 'HS256', typ: 'JWT', kid: 'example-2026' })
    expect(jsonOf('payload-json')).toMatchObject({ iss: 'https://login.example.com', name: 'Ada Lovelace' })
    expect(screen.getByTestId('token-profile')).toHaveAttribute('data-profile', 'id-token')
    expect(screen.getByTestId('expiry-status')).toHaveAttribute('data-state', 'active')
    expect(screen.queryByTestId('decode-error')).not.toBeInTheDocument()
  })

  it('lists every claim with a description, and every header parameter', async () => {
    await renderApp('/')
    const rows = await screen.findAllByTestId('claim-row')
    expect(rows.map((row) => row.getAttribute('data-claim'))).toEqual([
      'iss', 'sub', 'aud', 'iat', 'nbf', 'exp', 'auth_time', 'nonce', 'name', 'email', 'email_verified', 'amr',
    ])
    const exp = rows.find((row) => row.getAttribute('data-claim') === 'exp')!
    const expSeconds = (jsonOf('payload-json') as { exp: number }).exp
    expect(within(exp).getByText(formatUtc(expSeconds))).toBeInTheDocument()
    expect(within(exp).getByText(/^in (59 minutes( \d+ seconds?)?|1 hour)$/)).toBeInTheDocument()
    expect(within(exp).getByText(/RFC 7519 §4\.1\.4/)).toBeInTheDocument()
    // The header's table loads on its own, and may come a moment after the payload's.
    expect((await screen.findAllByTestId('header-row')).map((row) => row.getAttribute('data-param'))).toEqual(['alg', 'typ', 'kid'])
  })

  it('opens a token carried in the link instead of the example', async () => {
    await renderApp(tokenLink(rfc7519Token))
    expect(await screen.findByTestId('token-kind')).toHaveAttribute('data-kind', 'jws')
    expect(jsonOf('header-json')).toEqual({ typ: 'JWT', alg: 'HS256' })
    expect(screen.getByTestId('expiry-status')).toHaveAttribute('data-state', 'expired')
    expect(screen.getByTestId('expiry-status')).toHaveTextContent(/expired \d+ years? \d+ days? \d\dh \d\dm \d\ds ago/)
    expect(screen.queryByText(/An example ID token/)).not.toBeInTheDocument()
  })

  it('names the failing part of a broken token and still shows the good header', async () => {
    const [header, , signature] = rfc7519Token.split('.')
    await renderApp(tokenLink(`${header}.eyJ!.${signature}`))
    expect(await screen.findByTestId('token-kind')).toHaveAttribute('data-kind', 'invalid')
    expect(screen.getByTestId('decode-error')).toHaveTextContent(
      'The payload is not valid base64url: character 4 is "!", which is not a base64url character',
    )
    expect(jsonOf('header-json')).toEqual({ typ: 'JWT', alg: 'HS256' })
  })

  it('shows a non-JSON payload as text without an error', async () => {
    await renderApp(tokenLink(makeToken({ alg: 'HS256' }, 'plain words')))
    expect(await screen.findByTestId('token-kind')).toHaveAttribute('data-kind', 'jws')
    expect(screen.getByTestId('payload-json')).toHaveTextContent('plain words')
    expect(screen.getByTestId('expiry-status')).toHaveAttribute('data-state', 'no-expiry')
    expect(screen.queryByTestId('decode-error')).not.toBeInTheDocument()
  })

  it('says what it stripped from a pasted Authorization header', async () => {
    await renderApp(tokenLink(`Authorization: Bearer ${rfc7519Token}`))
    expect(await screen.findByTestId('stripped-note')).toHaveTextContent(
      'Removed before decoding: the "Authorization:" header name and the "Bearer " prefix.',
    )
  })

  it('clears the token to an inviting empty state, and loads the example back', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(rfc7519Token))
    await user.click(await screen.findByRole('button', { name: 'Clear' }))
    expect(await screen.findByText('Paste a token to take it apart')).toBeInTheDocument()
    expect(screen.queryByTestId('token-kind')).not.toBeInTheDocument()
    expect(screen.queryByTestId('decode-error')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Load an example token' }))
    expect(await screen.findByText(/An example ID token/)).toBeInTheDocument()
  })

  it('builds a share link that carries the token after the #', async () => {
    const user = userEvent.setup()
    await renderApp('/')
    await user.click(await screen.findByRole('button', { name: 'Share link' }))
    const link = await screen.findByLabelText<HTMLInputElement>(/Share link/)
    expect(link.value).toMatch(new RegExp(`#/\\?token=${exampleToken().replace(/[.]/g, '\\.')}$`))
  })

  it('marks the unsecured kind and names a JWE', async () => {
    const { unmount } = await renderApp(tokenLink(makeToken({ alg: 'none' }, { sub: 'x' }, '')))
    expect(await screen.findByTestId('token-kind')).toHaveAttribute('data-kind', 'unsecured')
    unmount()
    await renderApp(tokenLink(`${makeToken({ alg: 'dir', enc: 'A256GCM' }, 'x', 'AAAA').split('.')[0]}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`))
    expect(await screen.findByTestId('token-kind')).toHaveAttribute('data-kind', 'jwe')
    expect(screen.getByText(/the protected header above says how it was encrypted/)).toBeInTheDocument()
  })
})

describe('moving around the app', () => {
  it('keeps the token when the user visits another page and comes back', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(rfc7519Token))
    await user.click(await screen.findByRole('button', { name: 'Clear' }))
    await user.click(screen.getByRole('link', { name: 'About & privacy' }))
    expect(await screen.findByRole('heading', { name: 'About JWT Workbench' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Debugger' }))
    expect(await screen.findByText('Paste a token to take it apart')).toBeInTheDocument()
  })
})

describe('nested tokens', () => {
  it('decodes and shows the inner token of a cty: JWT token', async () => {
    const outer = makeToken({ alg: 'HS256', cty: 'JWT' }, rfc7519Token)
    await renderApp(tokenLink(outer))
    const inner = await screen.findByRole('region', { name: 'Inner token, level 1' })
    expect(within(inner).getByText(/the payload is itself a JWT/)).toBeInTheDocument()
    // Its claims table follows the first paint.
    expect(await within(inner).findByText('joe')).toBeInTheDocument()
    // The contract's hooks stay with the outer token.
    expect(screen.getAllByTestId('header-json')).toHaveLength(1)
    expect(jsonOf('header-json')).toEqual({ alg: 'HS256', cty: 'JWT' })
  })

  it("shows what the rules find in the inner token beside it, not in the page's findings", async () => {
    const inner = makeToken({ alg: 'ES256' }, { iss: 'joe', aud: 'api', exp: 4102444800 }, 'c2lnbmF0dXJl')
    await renderApp(tokenLink(makeToken({ alg: 'HS256', cty: 'JWT' }, inner)))
    const findings = await screen.findByRole('list', { name: 'Findings in the inner token' })
    expect(findings).toHaveTextContent('Signature of the wrong size. A ES256 signature has 64 bytes, but this one has 9.')
    await waitFor(() => expect(screen.getByTestId('findings').querySelector('summary')).not.toBeNull())
    expect(screen.queryAllByTestId('finding').map((finding) => finding.getAttribute('data-rule'))).not.toContain('signature-size')
  })
})
