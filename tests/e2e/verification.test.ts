// Verification in real Chromium: keys pasted, key sets fetched cross-origin, and no request made
// for anything the user pastes.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CompactEncrypt, SignJWT, exportJWK, exportPKCS8, exportSPKI, generateKeyPair } from 'jose'
import { closeApp, fillEditor, openApp, runAxe, type AppPage } from './page-fixture'
import { startStaticServer, type StaticServer } from './static-server'
import { exampleSecret } from '../../src/features/token-input/example-token'

let app: AppPage
let keyHost: StaticServer
let emptyRoot: string
let rsa: Awaited<ReturnType<typeof generateKeyPair>>
let issuer: string

const json = (body: unknown, cors = true) => ({
  headers: { 'Content-Type': 'application/json', ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) },
  body: JSON.stringify(body),
})

beforeAll(async () => {
  rsa = await generateKeyPair('RS256', { extractable: true })
  // A second origin, as an identity provider is: fetching from it crosses origins, so CORS applies.
  emptyRoot = await mkdtemp(join(tmpdir(), 'key-host-'))
  keyHost = await startStaticServer({ root: emptyRoot, basePath: '/unused/' })
  issuer = `${keyHost.origin}/realms/test`
  const jwks = { keys: [{ ...(await exportJWK((await generateKeyPair('RS256', { extractable: true })).publicKey)), kid: 'old' }, { ...(await exportJWK(rsa.publicKey)), kid: 'current' }] }
  Object.assign(keyHost.routes, {
    '/realms/test/.well-known/openid-configuration': json({ issuer, jwks_uri: `${issuer}/certs` }),
    '/realms/test/certs': json(jwks),
    '/no-cors/jwks.json': json(jwks, false),
  })
  app = await openApp()
})

afterAll(async () => {
  await closeApp()
  await keyHost?.close()
  await rm(emptyRoot, { recursive: true, force: true })
})

const state = (testId: string) => app.page.getByTestId(testId).getAttribute('data-state')
const signatureState = () => state('signature-status')

const fill = (testId: string, text: string) => fillEditor(app.page, testId, text)

const signRs256 = (claims: Record<string, unknown>, kid?: string) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', ...(kid ? { kid } : {}) }).setIssuedAt().setExpirationTime('1h').sign(rsa.privateKey)

describe('verifying in the browser', () => {
  it('verifies the example with its secret, and follows the secret encoding', async () => {
    expect(await signatureState()).toBe('unverified')
    await fill('key-input', exampleSecret)
    await expect.poll(signatureState).toBe('valid')
    await app.page.getByTestId('secret-encoding').selectOption('base64')
    await expect.poll(signatureState).toBe('error')
    expect(await app.page.getByTestId('signature-status').textContent()).toContain('The secret contains "-", which base64 does not use')
    await app.page.getByTestId('secret-encoding').selectOption('utf8')
    await expect.poll(signatureState).toBe('valid')
  })

  it('tells valid, invalid and unusable keys apart, and names the algorithm confusion', async () => {
    await fill('token-input', await signRs256({ sub: 'alice' }))
    await fill('key-input', await exportSPKI(rsa.publicKey))
    await expect.poll(signatureState).toBe('valid')
    await fill('key-input', await exportPKCS8((await generateKeyPair('RS256', { extractable: true })).privateKey))
    await expect.poll(signatureState).toBe('invalid')
    await fill('key-input', await exportSPKI((await generateKeyPair('ES256', { extractable: true })).publicKey))
    await expect.poll(signatureState).toBe('error')

    await fill('token-input', await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(await exportSPKI(rsa.publicKey))))
    await fill('key-input', await exportSPKI(rsa.publicKey))
    await expect.poll(signatureState).toBe('error')
    expect(await app.page.getByTestId('signature-status').textContent()).toContain('algorithm confusion')
  })

  it('names what is wrong with keys Chromium refuses without a reason', async () => {
    await fill('token-input', await signRs256({ sub: 'alice' }))
    const jwk = await exportJWK(rsa.publicKey)
    await fill('key-input', JSON.stringify({ ...jwk, e: 'AQ' }))
    await expect.poll(signatureState).toBe('error')
    expect(await app.page.getByTestId('signature-status').textContent()).toContain('This RSA key\'s public exponent "e" is 1')
    await fill('key-input', JSON.stringify({ ...jwk, n: Buffer.alloc(8192, 0xff).toString('base64url') }))
    await expect.poll(() => app.page.getByTestId('signature-status').textContent()).toContain('modulus has 65,536 bits')

    const ec = await generateKeyPair('ES256', { extractable: true })
    await fill('token-input', await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'ES256' }).sign(ec.privateKey))
    const ecJwk = await exportJWK(ec.publicKey)
    const y = Buffer.from(ecJwk.y!, 'base64url')
    y[31]! ^= 1
    await fill('key-input', JSON.stringify({ ...ecJwk, y: y.toString('base64url') }))
    await expect.poll(() => app.page.getByTestId('signature-status').textContent()).toContain('point (x, y) is not on the P-256 curve')
    expect(await app.page.getByTestId('signature-status').textContent()).not.toContain('cannot be used: .')
  })

  it('fetches a JWK Set across origins and picks the key by kid', async () => {
    await fill('token-input', await signRs256({ sub: 'alice' }, 'current'))
    await fill('key-input', '')
    await expect.poll(signatureState).toBe('unverified')
    await app.page.getByTestId('jwks-url').fill(`${issuer}/certs`)
    await app.page.getByTestId('jwks-fetch').click()
    await expect.poll(() => app.page.getByTestId('signature-status').textContent()).toContain('kid "current"')
    expect(await signatureState()).toBe('valid')
    expect(await app.page.getByTestId('key-input').textContent()).toContain('"keys"')
  })

  it('finds the keys from the token\'s issuer through OpenID Connect discovery', async () => {
    await fill('token-input', await signRs256({ iss: issuer, sub: 'alice' }, 'current'))
    await fill('key-input', '')
    await app.page.getByRole('button', { name: "Use the token's iss" }).click()
    expect(await app.page.getByTestId('jwks-url').inputValue()).toBe(issuer)
    const errorsBefore = app.consoleErrors.length
    const requestsBefore = keyHost.requests.length
    await app.page.getByTestId('jwks-fetch').click()
    await expect.poll(() => app.page.getByTestId('jwks-outcome').textContent()).toContain('Fetched')
    await expect.poll(signatureState).toBe('valid')
    const outcome = await app.page.getByTestId('jwks-outcome').textContent()
    expect(outcome).toContain(`for the issuer ${issuer}`)
    // Discovery first: the issuer's own URL, a page that real providers serve without CORS, is never requested.
    expect(keyHost.requests.slice(requestsBefore)).toEqual(['/realms/test/.well-known/openid-configuration', '/realms/test/certs'])
    expect(app.consoleErrors.slice(errorsBefore)).toEqual([])
  })

  it('explains a key set the browser may not read (no CORS header)', async () => {
    await app.page.getByTestId('jwks-url').fill(`${keyHost.origin}/no-cors/jwks.json`)
    await app.page.getByTestId('jwks-fetch').click()
    await expect.poll(() => app.page.getByTestId('jwks-outcome').getByRole('alert').textContent()).toContain('CORS')
  })

  it('decrypts a JWE and verifies the token inside with its own verdict', async () => {
    const recipient = await generateKeyPair('RSA-OAEP-256', { extractable: true })
    const inner = await signRs256({ sub: 'alice' })
    const jwe = await new CompactEncrypt(new TextEncoder().encode(inner)).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' }).encrypt(recipient.publicKey)
    await fill('key-input', '')
    await fill('token-input', jwe)
    await expect.poll(() => app.page.getByTestId('decryption-status').textContent()).toContain('Paste the recipient\'s private key')
    await fill('key-input', await exportPKCS8(recipient.privateKey))
    await expect.poll(() => state('decryption-status')).toBe('decrypted')
    expect(await signatureState()).toBe('unverified')
    await fill('inner-key-input', await exportSPKI(rsa.publicKey))
    await expect.poll(signatureState).toBe('valid')
  })
})

describe('accessibility', () => {
  it('has no serious violations with a decrypted JWE, a verdict and a token that carries its key, in light and dark', async () => {
    const expectNoViolations = async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await app.page.emulateMedia({ colorScheme })
        expect(await runAxe(app.page)).toEqual([])
      }
    }
    await expect.poll(() => state('decryption-status')).toBe('decrypted')
    await expectNoViolations()

    const carrier = await generateKeyPair('ES256', { extractable: true })
    await fill('token-input', await new SignJWT({ sub: 'mallory' }).setProtectedHeader({ alg: 'ES256', jwk: await exportJWK(carrier.publicKey) }).sign(carrier.privateKey))
    await app.page.getByRole('button', { name: 'Check with the token\'s own JWK…' }).click()
    await expectNoViolations()
    await app.page.getByRole('button', { name: 'Put the token\'s JWK in the key box' }).click()
    await expect.poll(signatureState).toBe('valid')
    await expectNoViolations()
    await app.page.emulateMedia({ colorScheme: 'light' })
  })
})

describe('privacy', () => {
  it('sends no request at all when a token and a key are pasted and checked', async () => {
    // The crypto code loads once, on first use; after that, checking is entirely local.
    const requests: string[] = []
    app.page.on('request', (request) => requests.push(request.url()))
    await fill('token-input', await signRs256({ sub: 'bob' }))
    await fill('key-input', await exportSPKI(rsa.publicKey))
    await expect.poll(signatureState).toBe('valid')
    await fill('key-input', JSON.stringify(await exportJWK(rsa.publicKey)))
    await fill('token-input', await signRs256({ sub: 'carol' }))
    await expect.poll(signatureState).toBe('valid')
    expect(requests).toEqual([])
  })

  it('logged no errors in the console', () => {
    // The CORS failure above is the browser's own report of the blocked read, not the app's.
    expect(app.pageErrors).toEqual([])
    expect(app.consoleErrors.filter((message) => !/CORS policy|Failed to load resource|ERR_FAILED/.test(message))).toEqual([])
  })
})
