import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { base64url } from 'jose'
import { KeygenPanel } from '../../src/features/keygen/keygen-panel'

// Real keys from real jose; a test may hold an algorithm's result back to decide when it arrives.
const held = vi.hoisted(() => ({ gates: new Map<string, Promise<void>>(), finished: [] as string[] }))
vi.mock('../../src/core/keys/generate-key', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/keys/generate-key')>()
  const generateKey: typeof actual.generateKey = async (alg, options) => {
    const result = await actual.generateKey(alg, options)
    await held.gates.get(alg)
    held.finished.push(alg)
    return result
  }
  return { ...actual, generateKey }
})

function hold(alg: string): () => void {
  let release = () => {}
  held.gates.set(alg, new Promise<void>((resolve) => (release = resolve)))
  return release
}

afterEach(() => {
  held.gates.clear()
  held.finished.length = 0
})

function renderPanel() {
  const onUseKey = vi.fn()
  render(<KeygenPanel onUseKey={onUseKey} />)
  return { onUseKey, user: userEvent.setup() }
}

describe('generating a key', () => {
  it('makes an ES256 key pair and shows it as PEM and JWK', async () => {
    const { user } = renderPanel()
    await user.selectOptions(screen.getByLabelText('Algorithm'), 'ES256')
    await user.click(screen.getByTestId('keygen-run'))
    const jwk = JSON.parse((await screen.findByTestId('keygen-public-jwk')).textContent ?? '')
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: expect.stringMatching(/^[\w-]{43}$/) })
    expect(jwk).not.toHaveProperty('d')
    expect(screen.getByTestId('keygen-private-pem').textContent).toMatch(/^-----BEGIN PRIVATE KEY-----\n/)
    expect(screen.getByTestId('keygen-public-pem').textContent).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
    expect(JSON.parse(screen.getByTestId('keygen-jwks').textContent ?? '')).toEqual({ keys: [jwk] })
    expect(JSON.parse(screen.getByTestId('keygen-private-jwk').textContent ?? '')).toMatchObject({ ...jwk, d: expect.any(String) })
    expect(screen.getByText(`ES256 key pair: EC P-256.`, { exact: false })).toHaveTextContent(`kid ${jwk.kid}`)
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Private key (PKCS#8 PEM)',
      'Public key (SPKI PEM)',
      'Public JWK',
      'Private JWK',
      'JWK Set (kid = RFC 7638 thumbprint)',
    ])
    expect(screen.getByTestId('keygen-run')).toHaveTextContent('Generate key')
    expect(screen.getByTestId('keygen-run')).toBeEnabled()
  })

  it('says it is generating and disables the button meanwhile', async () => {
    const release = hold('ES256')
    const { user } = renderPanel()
    await user.click(screen.getByTestId('keygen-run'))
    expect(screen.getByTestId('keygen-run')).toHaveTextContent('Generating…')
    expect(screen.getByTestId('keygen-run')).toBeDisabled()
    release()
    await screen.findByTestId('keygen-public-jwk')
    expect(screen.getByTestId('keygen-run')).toHaveTextContent('Generate key')
    expect(screen.getByTestId('keygen-run')).toBeEnabled()
  })

  it.each([
    ['HS256', false],
    ['RS256', true],
    ['PS512', true],
    ['ES384', false],
    ['EdDSA', false],
  ])('%s: the RSA key size is offered: %s', async (alg, hasSize) => {
    const { user } = renderPanel()
    await user.selectOptions(screen.getByTestId('keygen-alg'), alg)
    if (hasSize) expect(screen.getByLabelText('RSA key size')).toHaveValue('2048')
    else expect(screen.queryByTestId('keygen-rsa-bits')).not.toBeInTheDocument()
  })

  it('offers all 13 algorithms with their key kinds', () => {
    renderPanel()
    const options = [...screen.getByTestId('keygen-alg').querySelectorAll('option')]
    expect(options.map((option) => option.value)).toEqual(['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'])
    expect(options.find((option) => option.value === 'ES256')).toHaveTextContent('ES256 — EC P-256')
  })

  it('makes a 64-byte HS512 secret, shown as base64url and as an oct JWK', async () => {
    const { user } = renderPanel()
    await user.selectOptions(screen.getByTestId('keygen-alg'), 'HS512')
    await user.click(screen.getByTestId('keygen-run'))
    const secret = (await screen.findByTestId('keygen-private-pem')).textContent ?? ''
    expect(base64url.decode(secret)).toHaveLength(64)
    expect(JSON.parse(screen.getByTestId('keygen-public-jwk').textContent ?? '')).toMatchObject({ kty: 'oct', k: secret, alg: 'HS512' })
    expect(screen.getByRole('heading', { name: 'Secret (base64url)' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Secret as a JWK (oct)' })).toBeInTheDocument()
    expect(screen.getByText('HS512 secret: 64 random bytes (512 bits).', { exact: false })).toBeInTheDocument()
  })

  it('hands the generated key to "Sign with this key"', async () => {
    const { user, onUseKey } = renderPanel()
    await user.click(screen.getByTestId('keygen-run'))
    const jwk = JSON.parse((await screen.findByTestId('keygen-public-jwk')).textContent ?? '')
    await user.click(screen.getByRole('button', { name: 'Sign with this key' }))
    expect(onUseKey).toHaveBeenCalledTimes(1)
    expect(onUseKey).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'pair', alg: 'ES256', publicJwk: jwk, privatePem: screen.getByTestId('keygen-private-pem').textContent }),
    )
  })

  it('shows a newer key, not an older one that finishes later', async () => {
    const releaseRsa = hold('RS256')
    const { user } = renderPanel()
    await user.selectOptions(screen.getByTestId('keygen-alg'), 'RS256')
    await user.click(screen.getByTestId('keygen-run'))
    expect(screen.getByTestId('keygen-run')).toBeDisabled()
    // Choosing again abandons the slow run and frees the button.
    await user.selectOptions(screen.getByTestId('keygen-alg'), 'ES256')
    expect(screen.getByTestId('keygen-run')).toHaveTextContent('Generate key')
    await user.click(screen.getByTestId('keygen-run'))
    expect(JSON.parse((await screen.findByTestId('keygen-public-jwk')).textContent ?? '')).toMatchObject({ kty: 'EC' })
    releaseRsa()
    await waitFor(() => expect(held.finished).toEqual(['ES256', 'RS256']))
    // The panel hears of the late run a few promise steps after it finishes: one task later, inside act.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(JSON.parse(screen.getByTestId('keygen-public-jwk').textContent ?? '')).toMatchObject({ kty: 'EC', crv: 'P-256' })
    expect(screen.getByTestId('keygen-run')).toBeEnabled()
  })
})
