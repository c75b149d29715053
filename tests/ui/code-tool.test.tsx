import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose'
import { openTool, renderApp, tokenLink } from './render-app'
import { generateProgram } from '../../src/core/code/generate-program'
import type { CodeLanguage, ProgramRequest } from '../../src/core/code/program-request'
import { makeToken } from '../fixtures/tokens'
import { mainSdJwt } from '../fixtures/sd-jwt-examples'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const fill = (testId: string, text: string) => fireEvent.change(screen.getByTestId(testId), { target: { value: text } })
const snippet = () => screen.getByTestId('code-snippet')
const keySource = () => screen.getByTestId('code-key-source')

/** The program the page should show: the generator's own text, so these tests follow any change to it. */
function expectedSource(request: Omit<ProgramRequest, 'form'> & { form?: ProgramRequest['form'] }): string {
  const program = generateProgram({ form: 'program', ...request })
  if (!program.ok) throw new Error(`No ${request.language} program: ${program.reason}`)
  return program.source
}

const hsToken = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'alice', iss: 'https://idp.example', aud: 'api', exp: 4102444800 })

async function openCodeTool(token: string, keyText = '') {
  const user = userEvent.setup()
  await renderApp(tokenLink(token))
  await screen.findByTestId('key-input')
  if (keyText) fill('key-input', keyText)
  await openTool('code')
  await screen.findByTestId('code-lang')
  return user
}

describe('the code tool', () => {
  it('writes a node-jose program for the token and its secret, and follows the secret encoding', async () => {
    await openCodeTool(hsToken, 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA')
    fireEvent.change(screen.getByTestId('secret-encoding'), { target: { value: 'base64url' } })
    const common = { alg: 'HS256', issuer: 'https://idp.example', audience: 'api', hasExpiry: true, hasNotBefore: false } as const
    await waitFor(() => expect(snippet().textContent).toBe(expectedSource({ ...common, language: 'node-jose', key: { source: 'secret', encoding: 'base64url' } })))
    expect(screen.getByTestId('code-lang')).toHaveValue('node-jose')
    expect(keySource()).toHaveTextContent('Reads the secret from JWT_KEY, decoded as base64url.')
    expect(screen.getByText('The secret is never written into the program: pass it in JWT_KEY from your secrets store.')).toBeInTheDocument()
    expect(screen.getByTestId('code-checks')).toHaveTextContent('Accepts only HS256, requires iss "https://idp.example" and aud "api", checks exp.')

    fireEvent.change(screen.getByTestId('secret-encoding'), { target: { value: 'hex' } })
    await waitFor(() => expect(keySource()).toHaveTextContent('Reads the secret from JWT_KEY, decoded as hex.'))
    expect(snippet().textContent).toBe(expectedSource({ ...common, language: 'node-jose', key: { source: 'secret', encoding: 'hex' } }))
  })

  it('changes the program, its file name and its commands with the language', async () => {
    const user = await openCodeTool(hsToken, 'a secret')
    const shown = new Map<CodeLanguage, string>()
    for (const language of ['node-jose', 'node-jsonwebtoken', 'python-pyjwt', 'go-jwt'] as const) {
      await user.selectOptions(screen.getByTestId('code-lang'), language)
      const program = generateProgram({ language, form: 'program', alg: 'HS256', key: { source: 'secret', encoding: 'utf8' }, issuer: 'https://idp.example', audience: 'api', hasExpiry: true, hasNotBefore: false })
      if (!program.ok) throw new Error(program.reason)
      expect(snippet().textContent).toBe(program.source)
      expect(screen.getByTestId('code-file-name')).toHaveTextContent(program.fileName)
      expect(screen.getByTestId('code-install')).toHaveTextContent(program.installCommand)
      expect(screen.getByTestId('code-run')).toHaveTextContent(program.runCommand)
      shown.set(language, program.source)
    }
    expect(new Set(shown.values()).size).toBe(4)
  })

  it('offers the forms a language has besides a program', async () => {
    const user = await openCodeTool(hsToken, 'a secret')
    const { formsOf } = await import('../../src/core/code/generate-program')
    for (const language of ['node-jose', 'node-jsonwebtoken', 'python-pyjwt', 'go-jwt'] as const) {
      await user.selectOptions(screen.getByTestId('code-lang'), language)
      const forms = formsOf(language)
      if (forms.length === 1) {
        expect(screen.queryByTestId('code-form')).not.toBeInTheDocument()
        continue
      }
      expect(within(screen.getByTestId('code-form')).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual([...forms])
      const form = forms[1]!
      await user.selectOptions(screen.getByTestId('code-form'), form)
      expect(snippet().textContent).toBe(
        expectedSource({ language, form, alg: 'HS256', key: { source: 'secret', encoding: 'utf8' }, issuer: 'https://idp.example', audience: 'api', hasExpiry: true, hasNotBefore: false }),
      )
    }
  })

  it('disables jsonwebtoken for an EdDSA token, says why, and offers a language one click away', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true })
    const user = await openCodeTool(makeToken({ alg: 'ES256' }, { sub: 'alice' }), await exportSPKI(publicKey))
    await user.selectOptions(screen.getByTestId('code-lang'), 'node-jsonwebtoken')
    expect(snippet()).toBeInTheDocument()

    // The token changes under the open tool: jsonwebtoken cannot verify EdDSA.
    fill('token-input', makeToken({ alg: 'EdDSA' }, { sub: 'alice' }))
    const refusal = generateProgram({ language: 'node-jsonwebtoken', form: 'program', alg: 'EdDSA', key: { source: 'pem', label: 'PUBLIC KEY' }, hasExpiry: false, hasNotBefore: false })
    if (refusal.ok) throw new Error('jsonwebtoken should refuse EdDSA')
    const option = await waitFor(() => {
      const found = within(screen.getByTestId('code-lang')).getByRole('option', { name: /jsonwebtoken/ })
      expect(found).toBeDisabled()
      return found
    })
    expect(option.textContent).toBe('Node · jsonwebtoken — unavailable for EdDSA')
    const refusedLine = screen.getAllByTestId('code-lang-refused').find((line) => line.dataset.lang === 'node-jsonwebtoken')
    // The reason names the library once, with the language one click away.
    expect(refusedLine?.textContent).toBe(`${refusal.reason} Use Node · jose`)
    expect(screen.queryByTestId('code-snippet')).not.toBeInTheDocument()
    expect(screen.getAllByText(refusal.reason, { exact: false })).toHaveLength(1)
    expect(within(screen.getByRole('option', { name: /jose/ })).queryByText(/unavailable/)).toBeNull()

    const suggested = refusal.suggestion ?? 'node-jose'
    await user.click(screen.getByRole('button', { name: new RegExp(`^Use `) }))
    expect(screen.getByTestId('code-lang')).toHaveValue(suggested)
    expect(snippet().textContent).toBe(expectedSource({ language: suggested, alg: 'EdDSA', key: { source: 'pem', label: 'PUBLIC KEY' }, hasExpiry: false, hasNotBefore: false }))
  })

  it('reads a PEM from JWT_KEY, and expects one when the key box is empty', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true })
    const token = makeToken({ alg: 'ES256' }, { sub: 'alice', nbf: 1 })
    await openCodeTool(token)
    expect(keySource()).toHaveTextContent('The key box is empty: the program expects the public key in JWT_KEY, as PEM.')
    fill('key-input', await exportSPKI(publicKey))
    await waitFor(() => expect(keySource()).toHaveTextContent('Reads the public key (PEM) from JWT_KEY.'))
    expect(snippet().textContent).toBe(expectedSource({ language: 'node-jose', alg: 'ES256', key: { source: 'pem', label: 'PUBLIC KEY' }, hasExpiry: false, hasNotBefore: true }))
  })

  it("verifies an SD-JWT's issuer-signed JWT, and says so", async () => {
    await openCodeTool(mainSdJwt)
    expect(screen.getByText('Set JWT to the issuer-signed JWT: the SD-JWT up to its first ~.')).toBeInTheDocument()
    expect(screen.getByTestId('code-checks')).toHaveTextContent('Accepts only ES256, requires iss "https://issuer.example.com", checks exp.')
  })

  it('says why there is no program for a key that does not fit the token', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true })
    await renderApp(tokenLink(hsToken))
    fill('key-input', await exportSPKI(publicKey))
    await openTool('code')
    expect(await screen.findByTestId('code-unavailable')).toHaveTextContent('The key box holds a PEM key, and HS256 needs the shared secret.')
    expect(screen.queryByTestId('code-snippet')).not.toBeInTheDocument()
  })

  it('gives one reason when no library can verify the token with the key given', async () => {
    await renderApp(tokenLink(hsToken))
    fill('key-input', JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' }] }))
    await openTool('code')
    const refusal = generateProgram({ language: 'node-jose', form: 'program', alg: 'HS256', key: { source: 'jwks' }, hasExpiry: true, hasNotBefore: false })
    if (refusal.ok) throw new Error('An HS256 token with a JWK Set should have no program')
    expect(await screen.findByTestId('code-unavailable')).toHaveTextContent(refusal.reason)
    expect(screen.queryByTestId('code-lang')).not.toBeInTheDocument()
  })

  it('fetches the keys from the JWKS URL the page fetched them from', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true })
    const token = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).sign(privateKey)
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] }
    const requested: string[] = []
    vi.stubGlobal('fetch', (url: string) => {
      requested.push(String(url))
      return Promise.resolve(new Response(JSON.stringify(jwks), { status: 200, headers: { 'content-type': 'application/json' } }))
    })
    await openCodeTool(token)
    fill('jwks-url', 'https://idp.example/jwks.json')
    fireEvent.click(screen.getByTestId('jwks-fetch'))
    await waitFor(() => expect(keySource()).toHaveTextContent('Fetches the keys from https://idp.example/jwks.json.'))
    expect(requested).toEqual(['https://idp.example/jwks.json'])
    expect(snippet().textContent).toBe(
      expectedSource({ language: 'node-jose', alg: 'ES256', key: { source: 'jwks-url', url: 'https://idp.example/jwks.json' }, hasExpiry: false, hasNotBefore: false }),
    )

    // The same key set typed in by hand is read from JWT_KEY.
    fill('key-input', JSON.stringify(jwks))
    await waitFor(() => expect(keySource()).toHaveTextContent('Reads the JWK Set from JWT_KEY.'))
  })

  it.each([
    { name: 'an unsecured token', token: makeToken({ alg: 'none' }, { sub: 'x' }, ''), reason: 'The token is unsigned (alg "none")' },
    { name: 'a token that does not decode', token: 'abc.def', reason: 'The token does not decode; fix it first.' },
  ])('does not apply to $name', async ({ token, reason }) => {
    await renderApp(tokenLink(token))
    await openTool('code')
    expect(await screen.findByTestId('tool-unavailable')).toHaveTextContent(`Code does not apply here. ${reason}`)
    expect(screen.queryByTestId('code-lang')).not.toBeInTheDocument()
  })
})

describe('copying and saving the program', () => {
  it('copies the program and says so, or says how to copy when the clipboard is refused', async () => {
    const user = await openCodeTool(hsToken, 'a secret')
    // After user-event's setup, which puts a clipboard of its own on the page.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await user.click(screen.getByRole('button', { name: 'Copy the program' }))
    expect(writeText).toHaveBeenCalledWith(snippet().textContent)
    expect(screen.getByRole('button', { name: 'Copy the program' })).toHaveTextContent('Copied')

    writeText.mockRejectedValueOnce(new DOMException('Denied', 'NotAllowedError'))
    await user.click(screen.getByRole('button', { name: 'Copy the install command' }))
    expect(await screen.findByText(/The browser blocked the clipboard/)).toBeInTheDocument()
  })

  it('downloads the program under its file name', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:program'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    const user = await openCodeTool(hsToken, 'a secret')
    const fileName = screen.getByTestId('code-file-name').textContent ?? ''
    await user.click(screen.getByRole('button', { name: `Download the program as ${fileName}` }))
    expect(clicked.map((link) => [link.download, link.href])).toEqual([[fileName, 'blob:program']])
    const source = snippet().textContent ?? ''
    expect(await blobs[0]!.text()).toBe(source.endsWith('\n') ? source : `${source}\n`)
  })
})
