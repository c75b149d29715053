import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { exportJWK, exportSPKI, generateKeyPair } from 'jose'
import { openTool, renderApp, tokenLink } from './render-app'
import { issueSdJwt, presentSdJwt } from '../../src/core/sd-jwt/issue-sd-jwt'
import { analyzeSdJwt } from '../../src/core/sd-jwt/analyze-sd-jwt'
import { splitSdJwt } from '../../src/core/sd-jwt/split-sd-jwt'
import type { JsonObject } from '../../src/core/json/scan-json'
import { decodeToken } from '../../src/core/token/decode-token'
import { sdJwtHighlightRanges } from '../../src/features/token-input/token-highlight-ranges'
import { sdDigest } from '../../src/core/sd-jwt/sd-digest'
import { SdJwtPanel } from '../../src/features/sd-jwt/sd-jwt-panel'
import { makeToken } from '../fixtures/tokens'

async function presentedSdJwt(options: { dropName?: string; nonce?: string } = {}) {
  const issuer = await generateKeyPair('ES256', { extractable: true })
  const holder = await generateKeyPair('ES256', { extractable: true })
  const claims: JsonObject = { iss: 'https://issuer.example', iat: 1700000000, exp: 4102444800, given_name: 'Erika', family_name: 'Mustermann', nationality: 'DE', cnf: { jwk: (await exportJWK(holder.publicKey)) as JsonObject } }
  const issued = await issueSdJwt({ claims, disclose: ['given_name', 'family_name', 'nationality'], header: { alg: 'ES256' }, key: issuer.privateKey, decoys: 2 })
  if (!issued.ok) throw new Error(issued.error)
  const kept = issued.value.disclosures.filter((_, index) => ['given_name', 'family_name', 'nationality'][index] !== options.dropName)
  const token = await presentSdJwt(issued.value.sdJwt, kept, { key: holder.privateKey, alg: 'ES256', nonce: options.nonce ?? 'n-42', aud: 'https://verifier.example', iat: 1700000100 })
  return { token, issuerPublicPem: await exportSPKI(issuer.publicKey) }
}

const disclosures = () => screen.getAllByTestId('disclosure').map((element) => `${element.getAttribute('data-name')}:${element.getAttribute('data-state')}`)

describe('an SD-JWT in the debugger', () => {
  it('names it, lists each disclosure, rebuilds the claims and checks the key binding', async () => {
    const { token } = await presentedSdJwt({ dropName: 'nationality' })
    await renderApp(tokenLink(token))
    expect(await screen.findByTestId('token-kind')).toHaveAttribute('data-kind', 'sd-jwt')
    await waitFor(() => expect(disclosures()).toEqual(['given_name:matched', 'family_name:matched']))
    const claims = JSON.parse(screen.getByTestId('sd-jwt-claims').textContent ?? '') as JsonObject
    expect(claims).toMatchObject({ given_name: 'Erika', family_name: 'Mustermann' })
    expect(claims).not.toHaveProperty('nationality')
    expect(claims).not.toHaveProperty('_sd')
    expect(screen.getByText('3 hidden')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByTestId('key-binding-status')).toHaveAttribute('data-state', 'valid'))
    expect(screen.getByTestId('key-binding-status')).toHaveTextContent('"n-42"')
  })

  it('verifies the issuer signature with the key box, as for any token', async () => {
    const { token, issuerPublicPem } = await presentedSdJwt()
    await renderApp(tokenLink(token))
    fireEvent.change(await screen.findByTestId('key-input'), { target: { value: issuerPublicPem } })
    await waitFor(() => expect(screen.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid'))
  })

  it('says the key binding fails when a disclosure was added after the holder signed', async () => {
    const { token } = await presentedSdJwt({ dropName: 'nationality' })
    const other = await presentedSdJwt()
    const parts = splitSdJwt(token)!
    const stray = splitSdJwt(other.token)!.disclosures[2]!
    const tampered = `${parts.issuerJwt}~${parts.disclosures.join('~')}~${stray}~${parts.keyBindingJwt}`
    await renderApp(tokenLink(tampered))
    await waitFor(() => expect(screen.getByTestId('key-binding-status')).toHaveAttribute('data-state', 'invalid'))
    expect(disclosures()).toEqual(['given_name:matched', 'family_name:matched', 'nationality:unmatched'])
    const unmatched = screen.getAllByTestId('disclosure')[2]!
    expect(unmatched).toHaveTextContent('Disclosure 3 matches no digest in the payload or in the other disclosures, so a verifier must reject this SD-JWT (RFC 9901 §7.1).')
  })
})

describe('issuing an SD-JWT from a token', () => {
  it('turns the example token into an SD-JWT bound to a new holder key', async () => {
    await renderApp('/')
    fireEvent.click(await screen.findByRole('button', { name: 'Verify it with its secret' }))
    await openTool('sd-jwt-build')
    const builder = (await screen.findByTestId('sd-jwt-issue')).closest('form')!
    fireEvent.click(within(builder).getByLabelText('email'))
    fireEvent.click(screen.getByTestId('sd-jwt-issue'))
    await waitFor(() => expect(screen.getByTestId('token-kind')).toHaveAttribute('data-kind', 'sd-jwt'))
    await waitFor(() => expect(screen.getByTestId('key-binding-status')).toHaveAttribute('data-state', 'valid'))
    expect(disclosures()).not.toContain('email:matched')
    expect(disclosures()).toContain('name:matched')
    await waitFor(() => expect(screen.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid'))
  })
})

/** An SD-JWT whose payload has a digest for each of `count` disclosures (the signature is not real). */
function manyDisclosures(count: number): string {
  const disclosures = Array.from({ length: count }, (_, index) => Buffer.from(JSON.stringify([`salt-${index}`, `claim_${index}`, index])).toString('base64url'))
  const issuerJwt = makeToken({ alg: 'HS256', typ: 'dc+sd-jwt' }, { iss: 'https://issuer.example', _sd: disclosures.map((disclosure) => sdDigest('sha-256', disclosure)) })
  return `${issuerJwt}~${disclosures.join('~')}~`
}

describe('an SD-JWT VC', () => {
  it('is named as one, and not faulted for the audience its key-binding JWT carries', async () => {
    await renderApp(tokenLink(manyDisclosures(3)))
    expect(await screen.findByTestId('token-profile')).toHaveAttribute('data-profile', 'sd-jwt-vc')
    await waitFor(() => expect(screen.getAllByTestId('finding').length).toBeGreaterThan(0))
    const rules = screen.getAllByTestId('finding').map((finding) => finding.getAttribute('data-rule'))
    expect(rules).toContain('missing-exp')
    expect(rules).not.toContain('missing-aud')
  })
})

describe('an SD-JWT with thousands of disclosures', () => {
  it('lists the first 200, says the rest are hidden, and shows all on request', () => {
    const parts = splitSdJwt(manyDisclosures(1000))!
    const decoded = decodeToken(parts.issuerJwt)!
    const payload = decoded.payload.type === 'json' ? (decoded.payload.value as JsonObject) : {}
    render(<SdJwtPanel decoded={decoded} parts={parts} analysis={analyzeSdJwt(payload, parts.disclosures)} />)
    expect(screen.getAllByTestId('disclosure')).toHaveLength(200)
    expect(screen.getAllByTestId('disclosure').every((element) => element.getAttribute('data-state') === 'matched')).toBe(true)
    expect(screen.getByText('1000 of 1000 disclosed')).toBeInTheDocument()
    expect(screen.getByTestId('disclosures-hidden')).toHaveTextContent(
      'The first 200 of 1,000 disclosures are listed; the other 800 are hidden here, so that the page stays quick. They are all counted and matched above.',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Show all 1,000' }))
    expect(screen.getAllByTestId('disclosure')).toHaveLength(1000)
    expect(screen.queryByTestId('disclosures-hidden')).not.toBeInTheDocument()
  })
})

describe('sdJwtHighlightRanges', () => {
  it('numbers each disclosure in order, in one pass', () => {
    const parts = splitSdJwt(manyDisclosures(5))!
    const titles = sdJwtHighlightRanges(parts, decodeToken(parts.issuerJwt)).filter((range) => range.className === 'token-part-disclosure').map((range) => range.title)
    expect(titles).toEqual(['Disclosure 1', 'Disclosure 2', 'Disclosure 3', 'Disclosure 4', 'Disclosure 5'])
  })

  it('colours the disclosures past the first 500 as one stretch, so the editor draws few marks', () => {
    const parts = splitSdJwt(manyDisclosures(1200))!
    const disclosures = sdJwtHighlightRanges(parts, decodeToken(parts.issuerJwt)).filter((range) => range.className === 'token-part-disclosure')
    expect(disclosures).toHaveLength(501)
    expect(disclosures[499]!.title).toBe('Disclosure 500')
    const rest = disclosures[500]!
    expect(rest.title).toBe('Disclosures 501 to 1200')
    expect(rest.from).toBe(parts.parts.find((part) => part.kind === 'disclosure' && part.text === parts.disclosures[500])!.from)
    expect(rest.to).toBe(parts.parts.filter((part) => part.kind === 'disclosure').at(-1)!.to)
  })

  it('colours each part where it sits, also in a token wrapped over several lines', async () => {
    const { token } = await presentedSdJwt()
    const wrapped = token.replace(/(.{37})/g, '$1\n')
    const parts = splitSdJwt(wrapped)!
    const ranges = sdJwtHighlightRanges(parts, decodeToken(parts.issuerJwt))
    const textOf = (className: string) => ranges.filter((range) => range.className === className).map((range) => wrapped.slice(range.from, range.to).replace(/\n/g, ''))
    const [header, payload, signature] = parts.issuerJwt.split('.')
    expect(textOf('token-part-header')).toEqual([header])
    expect(textOf('token-part-payload')).toEqual([payload])
    expect(textOf('token-part-signature')).toEqual([signature])
    expect(textOf('token-part-disclosure')).toEqual(parts.disclosures)
    expect(textOf('token-part-key-binding')).toEqual([parts.keyBindingJwt])
  })
})
