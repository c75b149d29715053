import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { SignJWT, exportSPKI, generateKeyPair } from 'jose'
import { openTool, renderApp, tokenLink } from './render-app'
import { makeToken } from '../fixtures/tokens'

const findingRules = () => screen.queryAllByTestId('finding').map((finding) => `${finding.getAttribute('data-rule')}:${finding.getAttribute('data-severity')}`)
const fill = (testId: string, text: string) => fireEvent.change(screen.getByTestId(testId), { target: { value: text } })

describe('the findings panel', () => {
  it('finds nothing wrong with the example token, and says what was checked', async () => {
    await renderApp('/')
    const summary = await screen.findByTestId('findings')
    await waitFor(() => expect(summary).toHaveTextContent('no known pitfall'))
    expect(findingRules()).toEqual([])
    expect(summary).toHaveTextContent('Nothing here matches a known pitfall')
  })

  it('says what is wrong with a token, with the why, the fix and the RFC, and sums it up in one line', async () => {
    await renderApp(tokenLink(makeToken({ alg: 'HS256', typ: 'JWT' }, { iss: 'a', aud: 'b', iat: 1767225600, exp: 4102444800 })))
    await waitFor(() => expect(findingRules()).toEqual(['long-lifetime:warning']))
    expect(screen.getByTestId('findings').querySelector('summary')).toHaveTextContent('Findings1 warningLong lifetime')
    const finding = screen.getByTestId('finding')
    expect(finding).toHaveTextContent(/The token is valid for 74 years, from "iat" to "exp"/)
    expect(await within(finding).findByRole('link', { name: 'RFC 7519 §4.1.4' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4')
    expect(finding).toHaveTextContent('How to fix it')
  })

  it('flags an unsigned token and a kid injection', async () => {
    await renderApp(tokenLink(makeToken({ alg: 'None', kid: '../../dev/null' }, { iss: 'a', aud: 'b', exp: 1 }, '')))
    await waitFor(() => expect(findingRules()).toEqual(expect.arrayContaining(['alg-none:critical', 'kid-injection:critical'])))
  })

  it('checks a large token in a task of its own, saying so meanwhile, never with an all-clear', async () => {
    await renderApp(tokenLink(makeToken({ alg: 'HS256', typ: 'JWT' }, { iss: 'a', aud: 'b', iat: 1767225600, exp: 4102444800, data: 'x'.repeat(40_000) })))
    await waitFor(() => expect(findingRules()).toEqual(expect.arrayContaining(['long-lifetime:warning', 'large-token:warning'])))
    expect(screen.queryByText('Nothing here matches a known pitfall', { exact: false })).not.toBeInTheDocument()
  })

  it('never gives a token that does not decode an all-clear', async () => {
    await renderApp(tokenLink(`eyJhbGciOiJIUzI1NiJ9.eyJ!.${'A'.repeat(43)}`))
    const summary = await screen.findByTestId('findings')
    expect(summary.querySelector('summary')).toHaveTextContent('Some checks could not run: the payload does not decode.')
    expect(screen.getByTestId('findings-incomplete')).toHaveTextContent('Some checks could not run: the payload does not decode. Fix the token to check everything.')
    expect(summary).not.toHaveTextContent('Nothing here matches a known pitfall')
  })

  it('offers the notorious secret that signed the token for the key box', async () => {
    const token = await new SignJWT({ iss: 'a', aud: 'b' }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setExpirationTime('5m').sign(new TextEncoder().encode('secret'))
    await renderApp(tokenLink(token))
    const use = await screen.findByRole('button', { name: 'Use this secret to verify and sign' }, { timeout: 5000 })
    fireEvent.click(use)
    expect(screen.getByTestId('key-input')).toHaveValue('secret')
    await waitFor(() => expect(screen.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid'))
    expect(screen.queryByRole('button', { name: 'Use this secret to verify and sign' })).not.toBeInTheDocument()
  })

  it('finds a notorious secret by itself, and a weak one typed in the key box', async () => {
    const token = await new SignJWT({ iss: 'a', aud: 'b' }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setExpirationTime('5m').sign(new TextEncoder().encode('secret'))
    await renderApp(tokenLink(token))
    await waitFor(() => expect(findingRules()).toEqual(['weak-secret:critical']))
    expect(screen.getByTestId('finding')).toHaveTextContent('The signature was made with the well-known secret "secret"')
    fill('token-input', await new SignJWT({ iss: 'a', aud: 'b' }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setExpirationTime('5m').sign(new TextEncoder().encode('short but not on any list')))
    fill('key-input', 'zq8-Xv')
    await waitFor(() => expect(findingRules()).toEqual(['weak-secret:warning']))
  })

  it('names the algorithm confusion when an HMAC token meets a public key', async () => {
    const { publicKey } = await generateKeyPair('RS256', { extractable: true })
    await renderApp(tokenLink(makeToken({ alg: 'HS256', typ: 'JWT' }, { iss: 'a', aud: 'b', exp: 4102444800, iat: 4102444000 })))
    fill('key-input', await exportSPKI(publicKey))
    await waitFor(() => expect(findingRules()).toContain('alg-confusion:critical'))
  })
})

describe('the attack lab', () => {
  it('forges the attacks from the current token, and a forged token opened here is flagged', async () => {
    await renderApp('/')
    await openTool('attacks')
    fireEvent.click(await screen.findByRole('button', { name: 'Forge attack tokens' }))
    await waitFor(() => expect(screen.getAllByTestId('attack').map((attack) => attack.getAttribute('data-attack'))).toEqual(['alg-none', 'null-signature', 'embedded-jwk', 'jku', 'x5u', 'kid-injection', 'psychic-signature', 'empty-key']))
    expect(screen.getAllByText(/Serve this at/)[0]!.textContent).toContain('https://attacker.example/jwks.json')
    fireEvent.click(screen.getByRole('button', { name: 'Open in the debugger: nOnE, signature dropped' }))
    await waitFor(() => expect(findingRules()).toContain('alg-none:critical'))
    // The token that replaced the old one is announced, and the caret is in it.
    expect(screen.getByTestId('token-loaded')).toHaveTextContent('Opened a forged token from the attack lab.')
    expect(document.activeElement).toBe(screen.getByTestId('token-input'))
    expect(screen.getByText('These were forged from an earlier token; forge again to start from the one above.')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Open in the debugger: ES256' }))
    await waitFor(() => expect(findingRules()).toContain('psychic-signature:critical'))
  })
})
