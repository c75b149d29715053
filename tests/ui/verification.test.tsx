import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp, tokenLink } from './render-app'
import { exampleSecret } from '../../src/features/token-input/example-token'
import { SignJWT, exportJWK, generateKeyPair, importPKCS8 } from 'jose'
import { ecLeafCertificate, ecLeafCertificateDetails, ecLeafPrivateKey, rsaCaCertificate } from '../fixtures/certificates'
import { rfc7519Token } from '../fixtures/tokens'
import { rfc7520NestedJwt } from '../fixtures/rfc-vectors'

const status = () => screen.getByTestId('signature-status')

describe('verifying in the debugger', () => {
  it('asks for a key, then verifies the example with its secret', async () => {
    const user = userEvent.setup()
    await renderApp('/')
    expect(await screen.findByTestId('signature-status')).toHaveAttribute('data-state', 'unverified')
    expect(status()).toHaveTextContent('Paste the shared secret to check this HS256 signature.')
    await user.type(screen.getByTestId('key-input'), exampleSecret)
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'valid'))
    expect(screen.getByTestId('key-input-recognised')).toHaveTextContent('Recognised: a shared secret (HMAC).')
  })

  it('says invalid for the wrong secret and offers the encoding it looks like', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(rfc7519Token))
    const hexSecret = '03233533 2b0f a5bc 837e 0665 777ba68f 5ab328e6f054c928a90f84b2d2502ebf'.replace(/ /g, '')
    await user.type(screen.getByTestId('key-input'), hexSecret)
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'invalid'))
    await user.click(screen.getByRole('button', { name: 'Read it as hex' }))
    expect(screen.getByTestId('secret-encoding')).toHaveValue('hex')
  })

  it('names the algorithm confusion when an HMAC token meets a public key', async () => {
    const user = userEvent.setup()
    await renderApp('/')
    const jwk = JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uE8WN0q8', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' })
    await user.click(screen.getByTestId('key-input'))
    await user.paste(jwk)
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'error'))
    expect(status()).toHaveTextContent('Cannot verify: algorithm confusion')
  })

  it('checks issuer and audience against what the user expects', async () => {
    const user = userEvent.setup()
    await renderApp('/?tool=claims-check')
    await user.type(await screen.findByTestId('expected-issuer'), 'https://login.example.com')
    await user.type(screen.getByTestId('expected-audience'), 'another-service')
    const row = (claim: string) => screen.getAllByTestId('claim-check').find((element) => element.getAttribute('data-claim') === claim)!
    expect(row('iss')).toHaveAttribute('data-state', 'pass')
    expect(row('aud')).toHaveAttribute('data-state', 'fail')
    expect(row('exp')).toHaveAttribute('data-state', 'pass')
  })
})

describe('keys the token carries', () => {
  it('uses the header\'s own JWK only after a warning, and says a match proves nothing', async () => {
    const user = userEvent.setup()
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true })
    const token = await new SignJWT({ sub: 'mallory' }).setProtectedHeader({ alg: 'ES256', jwk: await exportJWK(publicKey) }).sign(privateKey)
    await renderApp(tokenLink(token))
    expect(await screen.findByTestId('carried-keys')).toHaveTextContent('The token carries its own key in its "jwk" header')
    await user.click(screen.getByRole('button', { name: 'Check with the token\'s own JWK…' }))
    expect(screen.getByRole('alertdialog')).toHaveTextContent('CVE-2018-0114')
    await user.click(screen.getByRole('button', { name: 'Put the token\'s JWK in the key box' }))
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'valid'))
    expect(status()).toHaveTextContent('Signature matches the token\'s own key: not proof of origin')
  })

  it('lists the x5c chain with names, dates and fingerprints, and checks with it only on request', async () => {
    const user = userEvent.setup()
    const der = (pem: string) => pem.replace(/-----[^-]+-----|\s/g, '')
    const token = await new SignJWT({ sub: 'device-42' })
      .setProtectedHeader({ alg: 'ES256', x5c: [der(ecLeafCertificate), der(rsaCaCertificate)] })
      .sign(await importPKCS8(ecLeafPrivateKey, 'ES256'))
    await renderApp(tokenLink(token))
    const certificates = await screen.findAllByTestId('x5c-certificate')
    expect(certificates).toHaveLength(2)
    expect(certificates[0]).toHaveTextContent('CN=api.example.com, OU=Signing, O=JWT Workbench Tests, C=GB')
    expect(certificates[0]).toHaveTextContent(ecLeafCertificateDetails.sha256Fingerprint)
    expect(certificates[1]).toHaveTextContent('itself (self-issued)')
    expect(status()).toHaveAttribute('data-state', 'unverified')

    await user.click(screen.getByRole('button', { name: 'Check with the token\'s own certificate…' }))
    await user.click(screen.getByRole('button', { name: 'Put the token\'s certificate in the key box' }))
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'valid'))
    expect(status()).toHaveTextContent('not proof of origin')
  })
})

describe('encrypted tokens', () => {
  it('decrypts, then verifies the inner token with its own key and its own verdict', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(rfc7520NestedJwt.compact))
    expect(await screen.findByTestId('decryption-status')).toHaveAttribute('data-state', 'encrypted')
    expect(status()).toHaveAttribute('data-state', 'unverified')

    await user.click(screen.getByTestId('key-input'))
    await user.paste(JSON.stringify(rfc7520NestedJwt.decryptionKey))
    await waitFor(() => expect(screen.getByTestId('decryption-status')).toHaveAttribute('data-state', 'decrypted'))
    expect(await screen.findByTestId('payload-json')).toHaveTextContent(rfc7520NestedJwt.jws)
    // Decrypting proves nothing about the signature: the inner token still waits for its key.
    expect(status()).toHaveAttribute('data-state', 'unverified')
    expect(status()).toHaveTextContent('Paste the public key, certificate or JWK Set to check this PS256 signature.')

    await user.click(screen.getByTestId('inner-key-input'))
    await user.paste(JSON.stringify(rfc7520NestedJwt.verificationKey))
    await waitFor(() => expect(status()).toHaveAttribute('data-state', 'valid'))
    expect(screen.getByTestId('decryption-status')).toHaveAttribute('data-state', 'decrypted')
  })

  it('names the problem when the key cannot decrypt', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(rfc7520NestedJwt.compact))
    await user.type(await screen.findByTestId('key-input'), 'a-shared-secret')
    await waitFor(() => expect(screen.getByTestId('decryption-status')).toHaveAttribute('data-state', 'error'))
    expect(screen.getByTestId('decryption-status')).toHaveTextContent('RSA-OAEP decrypts with the recipient\'s private key (PEM or JWK), but this is a shared secret.')
  })
})
