import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose'
import { openTool, renderApp, tokenLink } from './render-app'
import { PanelBoundary } from '../../src/components/panel-boundary'
import { makeToken } from '../fixtures/tokens'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const status = () => screen.getByTestId('signature-status')
const fill = (testId: string, text: string) => fireEvent.change(screen.getByTestId(testId), { target: { value: text } })

async function signedWithKeySet() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true })
  const token = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).sign(privateKey)
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] }
  return { token, jwks, publicPem: await exportSPKI(publicKey) }
}

/** A fetch whose answers the test releases one by one, in the order the page asked. */
function controlledFetch() {
  const pending: Array<{ url: string; answer: (response: Response) => void }> = []
  const fetchStub = vi.fn((url: string) => new Promise<Response>((answer) => pending.push({ url, answer })))
  vi.stubGlobal('fetch', fetchStub)
  const jsonResponse = (body: unknown, statusCode = 200) => new Response(JSON.stringify(body), { status: statusCode, headers: { 'content-type': 'application/json' } })
  return {
    pending,
    answer: async (body: unknown, statusCode = 200) => {
      await waitFor(() => expect(pending.length).toBeGreaterThan(0))
      pending.shift()!.answer(jsonResponse(body, statusCode))
    },
  }
}

describe('one key box', () => {
  it('shows the secret encoding only while the key box is empty or holds a secret', async () => {
    const { token, publicPem } = await signedWithKeySet()
    await renderApp(tokenLink(token))
    expect(await screen.findByTestId('secret-encoding')).toBeInTheDocument()
    fill('key-input', publicPem)
    expect(screen.queryByTestId('secret-encoding')).not.toBeInTheDocument()
    expect(screen.getByTestId('key-input-recognised')).toHaveTextContent('Recognised: a public key (SPKI PEM).')
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'valid'))
    fill('key-input', 'a secret')
    expect(screen.getByTestId('secret-encoding')).toBeInTheDocument()
  })

  it('puts fetched keys in the key box to verify, never to sign', async () => {
    const { token, jwks } = await signedWithKeySet()
    const server = controlledFetch()
    await renderApp(tokenLink(token))
    fill('jwks-url', 'https://idp.example/jwks.json')
    fireEvent.click(screen.getByTestId('jwks-fetch'))
    await server.answer(jwks)
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'valid'))
    expect(screen.getByTestId('key-input-recognised')).toHaveTextContent('a JWK Set with 1 key, fetched from https://idp.example/jwks.json')
    expect(screen.getByTestId('signing-note')).toHaveTextContent(
      'Edits are not signed: the key box holds the public keys fetched from https://idp.example/jwks.json, which only verify.',
    )
  })

  it('never replaces a key typed while a fetch was on its way', async () => {
    const { token, jwks, publicPem } = await signedWithKeySet()
    const server = controlledFetch()
    await renderApp(tokenLink(token))
    fill('jwks-url', 'https://idp.example/jwks.json')
    fireEvent.click(screen.getByTestId('jwks-fetch'))
    fill('key-input', publicPem)
    await server.answer(jwks)
    expect(await screen.findByTestId('jwks-outcome')).toHaveTextContent('The keys from https://idp.example/jwks.json arrived after you changed the key box, so your key was kept.')
    expect(screen.getByTestId('key-input')).toHaveValue(publicPem)
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'valid'))
  })

  it('clears the verdict of earlier fetched keys when the next fetch fails', async () => {
    const { token, jwks } = await signedWithKeySet()
    const server = controlledFetch()
    await renderApp(tokenLink(token))
    fill('jwks-url', 'https://idp.example/jwks.json')
    fireEvent.click(screen.getByTestId('jwks-fetch'))
    await server.answer(jwks)
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'valid'))
    fill('jwks-url', 'https://idp.example/missing.json')
    // From now on every URL the fetcher tries answers 404.
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"error":"not found"}', { status: 404, headers: { 'content-type': 'application/json' } })))
    fireEvent.click(screen.getByTestId('jwks-fetch'))
    await waitFor(() => expect(screen.getByTestId('jwks-outcome')).toHaveTextContent('404'))
    expect(status()).toHaveAttribute('data-state', 'unverified')
    expect(screen.getByTestId('key-input')).toHaveValue('')
  })
})

describe('the tool bar', () => {
  it('keeps every tool closed until asked for, then opens one at a time', async () => {
    const { router } = await renderApp('/')
    const openers = await screen.findAllByTestId('tool-open')
    expect(openers.map((opener) => opener.getAttribute('aria-expanded'))).toEqual(['false', 'false', 'false', 'false', 'false', 'false', 'false'])
    expect(screen.queryByTestId('crack-start')).not.toBeInTheDocument()
    await openTool('keygen')
    expect(await screen.findByTestId('keygen-run')).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ tool: 'keygen' })
    await openTool('claims-check')
    expect(await screen.findByTestId('expected-issuer')).toBeInTheDocument()
    expect(screen.queryByTestId('keygen-run')).not.toBeInTheDocument()
    expect(openers.filter((opener) => opener.getAttribute('aria-expanded') === 'true').map((opener) => opener.dataset.tool)).toEqual(['claims-check'])
  })

  it('marks a tool that does not apply, and says why when it is opened', async () => {
    await renderApp(tokenLink(makeToken({ alg: 'RS256' }, { sub: 'x' })))
    const crack = (await screen.findAllByTestId('tool-open')).find((opener) => opener.dataset.tool === 'crack')!
    expect(crack).toHaveAttribute('aria-disabled', 'true')
    expect(crack).toHaveAccessibleDescription('Only HMAC tokens (HS256, HS384, HS512) have a shared secret to guess; this one is RS256.')
    fireEvent.click(crack)
    expect(await screen.findByTestId('tool-unavailable')).toHaveTextContent('Guess the secret does not apply here. Only HMAC tokens')
  })
})

describe('a panel that fails', () => {
  function Broken(): React.ReactNode {
    throw new RangeError('Invalid time value')
  }

  it('says which panel stopped, keeps the rest, and can try again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <>
        <PanelBoundary name="expiry">
          <Broken />
        </PanelBoundary>
        <p>The rest of the page</p>
      </>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('The expiry panel hit a bug and stopped.Invalid time value. The rest of the page works, and what you typed is kept.')
    expect(screen.getByText('The rest of the page')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('keeps the token and the key typed before a token with absurd times', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await renderApp('/')
    fill('key-input', 'my key, typed first')
    const absurd = makeToken({ alg: 'HS256' }, { iat: -1.7e308, exp: 1.7e308 })
    fill('token-input', absurd)
    expect(await screen.findByTestId('token-kind')).toHaveAttribute('data-kind', 'jws')
    expect(screen.getByTestId('token-input')).toHaveValue(absurd)
    expect(screen.getByTestId('key-input')).toHaveValue('my key, typed first')
    expect(screen.getByTestId('payload-json')).toBeInTheDocument()
  })
})

describe('values that hide characters', () => {
  it('warns, names the character where it hides, and keeps the value from reordering the page', async () => {
    await renderApp(tokenLink(makeToken({ alg: 'HS256' }, { iss: 'https://login.example.com\u200B', name: 'admin\u202Egnp.exe' })))
    await waitFor(() => expect(screen.getAllByTestId('finding').map((element) => element.dataset.rule)).toContain('invisible-characters'))
    const warning = screen.getAllByTestId('finding').find((element) => element.dataset.rule === 'invisible-characters')!
    expect(warning).toHaveTextContent('U+200B ZERO WIDTH SPACE')
    expect(warning.textContent).not.toMatch(/[\u200B\u202E]/)
    // The claims table comes after the first paint, in a task of its own, not with the findings.
    const revealed = () => screen.getAllByTestId('revealed-text').map((element) => element.textContent)
    await waitFor(() => expect(revealed()).toEqual(expect.arrayContaining(['https://login.example.comU+200B', 'adminU+202Egnp.exe'])))
  })
})
