import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { importJWK, jwtVerify } from 'jose'
import { openTool, renderApp, tokenLink, withExampleSecret } from './render-app'
import { exampleSecret, exampleToken } from '../../src/features/token-input/example-token'
import { rfc7519Token } from '../fixtures/tokens'

const tokenText = () => screen.getByTestId<HTMLTextAreaElement>('token-input').value
const payloadOf = (token: string) => JSON.parse(Buffer.from(token.trim().split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>
const headerOf = (token: string) => JSON.parse(Buffer.from(token.trim().split('.')[0]!, 'base64url').toString('utf8')) as Record<string, unknown>
const signStatus = () => screen.getByTestId('sign-status')
const fill = (testId: string, text: string) => fireEvent.change(screen.getByTestId(testId), { target: { value: text } })

describe('editing the header and payload', () => {
  it('re-encodes and re-signs the token as the payload is edited, so it still verifies', async () => {
    await withExampleSecret()
    fill('payload-editor', '{\n  "sub": "admin",\n  "id": 12345678901234567890\n}')
    await waitFor(() => expect(tokenText()).not.toBe(exampleToken()))
    expect(Buffer.from(tokenText().split('.')[1]!, 'base64url').toString('utf8')).toBe('{"sub":"admin","id":12345678901234567890}')
    expect(signStatus()).toHaveAttribute('data-state', 'signed')
    expect(signStatus()).toHaveTextContent('Signed here with the 41-byte secret.')
    await waitFor(() => expect(screen.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid'))
    // What the user typed stays as typed, not re-laid out.
    expect(screen.getByTestId('payload-editor')).toHaveValue('{\n  "sub": "admin",\n  "id": 12345678901234567890\n}')
    await jwtVerify(tokenText(), new TextEncoder().encode(exampleSecret))
  })

  it('keeps invalid JSON as typed, marks where it breaks, and leaves the token alone', async () => {
    await withExampleSecret()
    fill('header-editor', '{\n  "alg": "HS256",\n  "typ": "JWT",\n}')
    expect(await screen.findByTestId('header-error')).toHaveTextContent('The header is not valid JSON: at line 4, column 1, expected a member name in double quotes, found "}".')
    expect(screen.getByTestId('header-editor')).toHaveValue('{\n  "alg": "HS256",\n  "typ": "JWT",\n}')
    expect(tokenText()).toBe(exampleToken())
    expect(signStatus()).toHaveAttribute('data-state', 'error')
    // Editing the payload meanwhile keeps the broken header draft too.
    fill('payload-editor', '{"sub": "x"}')
    expect(screen.getByTestId('header-editor')).toHaveValue('{\n  "alg": "HS256",\n  "typ": "JWT",\n}')
    fill('header-editor', '{\n  "alg": "HS256"\n}')
    await waitFor(() => expect(headerOf(tokenText())).toEqual({ alg: 'HS256' }))
    expect(payloadOf(tokenText())).toEqual({ sub: 'x' })
    expect(screen.queryByTestId('header-error')).not.toBeInTheDocument()
  })

  it('shows a token typed into the token box in the editors, replacing the drafts', async () => {
    await withExampleSecret()
    fill('payload-editor', '{"sub": ')
    await screen.findByTestId('payload-error')
    fill('token-input', rfc7519Token)
    await waitFor(() => expect(JSON.parse(screen.getByTestId<HTMLTextAreaElement>('payload-editor').value)).toMatchObject({ iss: 'joe' }))
    expect(JSON.parse(screen.getByTestId<HTMLTextAreaElement>('header-editor').value)).toEqual({ typ: 'JWT', alg: 'HS256' })
    expect(screen.queryByTestId('sign-status')).not.toBeInTheDocument()
  })

  it('without a key, re-encodes around the old signature and says why it was not signed', async () => {
    await renderApp(tokenLink(rfc7519Token))
    const oldSignature = rfc7519Token.split('.')[2]
    fill('payload-editor', '{"iss": "mallory"}')
    await waitFor(() => expect(payloadOf(tokenText())).toEqual({ iss: 'mallory' }))
    expect(tokenText().split('.')[2]).toBe(oldSignature)
    expect(signStatus()).toHaveAttribute('data-state', 'unsigned')
    expect(signStatus()).toHaveTextContent('Not signed: No key to sign with: put the secret in the key box. The token keeps its previous signature')
  })

  it('signs a built token again when the key changes', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(rfc7519Token))
    fill('payload-editor', '{"iss": "joe"}')
    await waitFor(() => expect(signStatus()).toHaveAttribute('data-state', 'unsigned'))
    await user.type(screen.getByTestId('key-input'), 'a secret of at least thirty-two bytes!')
    await waitFor(() => expect(signStatus()).toHaveAttribute('data-state', 'signed'))
    await waitFor(() => expect(screen.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid'))
  })

  it('signs with the one key box, and says so in one line under the header', async () => {
    await renderApp('/')
    expect(await screen.findByTestId('signing-note')).toHaveTextContent('Edits are not signed: the key box is empty. Put the secret in the key box to sign them.')
    expect(screen.queryByTestId('sign-key')).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Verify it with its secret' }))
    expect(screen.getByTestId('signing-note')).toHaveTextContent("Edits are signed with the key box's 41-byte secret.")
    expect(screen.getByTestId('signing-note')).toHaveAttribute('data-signed', 'true')
  })

  it('never re-signs a pasted token just because a key was entered', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(rfc7519Token))
    await user.type(screen.getByTestId('key-input'), 'a wrong secret of thirty-two bytes!')
    await waitFor(() => expect(screen.getByTestId('signature-status')).toHaveAttribute('data-state', 'invalid'))
    expect(tokenText()).toBe(rfc7519Token)
  })
})

describe('the algorithm and the claim shortcuts', () => {
  it('builds an unsecured token only after the warning is accepted', async () => {
    await withExampleSecret()
    fireEvent.change(screen.getByTestId('sign-alg'), { target: { value: 'none' } })
    await waitFor(() => expect(signStatus()).toHaveAttribute('data-state', 'needs-consent'))
    expect(signStatus()).toHaveTextContent('whoever holds it can rewrite any claim')
    expect(tokenText()).toBe(exampleToken())
    fireEvent.click(screen.getByRole('button', { name: 'I understand: build the unsecured token' }))
    await waitFor(() => expect(screen.getByTestId('token-kind')).toHaveAttribute('data-kind', 'unsecured'))
    expect(tokenText().endsWith('.')).toBe(true)
    expect(signStatus()).toHaveAttribute('data-state', 'unsecured')
  })

  it('changes the algorithm in the header and signs with it', async () => {
    await withExampleSecret()
    fireEvent.change(screen.getByTestId('sign-alg'), { target: { value: 'HS512' } })
    await waitFor(() => expect(headerOf(tokenText())).toMatchObject({ alg: 'HS512', kid: 'example-2026' }))
    expect(signStatus()).toHaveAttribute('data-state', 'signed')
  })

  it('sets iat, exp, nbf and jti from the buttons', async () => {
    const user = await withExampleSecret()
    const before = Math.floor(Date.now() / 1000)
    await user.click(screen.getByText('Set claims ▾'))
    await user.click(await screen.findByRole('button', { name: 'Expire 1 h from now' }))
    await waitFor(() => expect(payloadOf(tokenText()).exp).toBeGreaterThanOrEqual(before + 3600))
    await user.click(screen.getByRole('button', { name: 'iat = now' }))
    await waitFor(() => expect(payloadOf(tokenText()).iat).toBeGreaterThanOrEqual(before))
    await user.click(screen.getByRole('button', { name: 'random jti' }))
    await waitFor(() => expect(payloadOf(tokenText()).jti).toMatch(/^[0-9a-f-]{36}$/))
    expect(payloadOf(tokenText())).toMatchObject({ iss: 'https://login.example.com', name: 'Ada Lovelace' })
  })

  it('sets any time claim from a date picker', async () => {
    const user = await withExampleSecret()
    await user.click(screen.getByText('Set claims ▾'))
    fireEvent.change(await screen.findByLabelText('Set'), { target: { value: 'auth_time' } })
    fireEvent.change(screen.getByLabelText('to (your local time)'), { target: { value: '2030-01-02T03:04:05' } })
    fireEvent.click(screen.getByRole('button', { name: 'Set time' }))
    const expected = Math.floor(new Date('2030-01-02T03:04:05').getTime() / 1000)
    await waitFor(() => expect(payloadOf(tokenText()).auth_time).toBe(expected))
  })
})

describe('building from nothing, with a generated key', () => {
  it('starts a new token, generates an ES256 key, signs with it, and verifies with the public JWK', async () => {
    const user = userEvent.setup()
    await renderApp('/')
    await user.click(await screen.findByRole('button', { name: 'New token' }))
    await waitFor(() => expect(payloadOf(tokenText())).toMatchObject({ sub: 'user-123' }))
    await openTool('keygen')
    fireEvent.change(await screen.findByTestId('keygen-alg'), { target: { value: 'ES256' } })
    await user.click(screen.getByTestId('keygen-run'))
    const publicJwk = JSON.parse((await screen.findByTestId('keygen-public-jwk')).textContent ?? '') as { kid: string }
    await user.click(screen.getByTestId('keygen-use'))
    await waitFor(() => expect(headerOf(tokenText())).toEqual({ alg: 'ES256', typ: 'JWT', kid: publicJwk.kid }))
    await waitFor(() => expect(screen.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid'))
    await jwtVerify(tokenText(), await importJWK(publicJwk, 'ES256'))
    expect(screen.getByTestId('token-loaded')).toHaveTextContent('Signed the token with the new ES256 key')
    expect(document.activeElement).toBe(screen.getByTestId('token-input'))
  })
})
