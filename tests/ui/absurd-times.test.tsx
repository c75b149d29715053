import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import { renderApp, tokenLink } from './render-app'
import { makeTokenFromText } from '../fixtures/tokens'

// Time claims come from tokens anyone can write; Date and Intl throw on the absurd ones.
describe('a token with absurd times', () => {
  it.each([
    ['{"exp":1e999}', 'no-expiry'],
    ['{"iat":1e999}', 'no-expiry'],
    ['{"nbf":-1e999,"exp":1e999}', 'no-expiry'],
    ['{"exp":1.7e308,"iat":-1.7e308}', 'active'],
    ['{"exp":1e20,"iat":-1e20,"nbf":1e20}', 'not-yet-valid'],
    ['{"exp":-1e20}', 'expired'],
    ['{"exp":1.5,"iat":-0.5}', 'expired'],
    ['{"exp":"NaN","iat":"1e999","nbf":"-Infinity"}', 'no-expiry'],
  ])('%s still shows the payload, the expiry and the findings in words', async (payload, state) => {
    await renderApp(tokenLink(makeTokenFromText('{"alg":"HS256"}', payload)))
    expect(await screen.findByTestId('payload-json')).toBeInTheDocument()
    expect(screen.getByTestId('expiry-status')).toHaveAttribute('data-state', state)
    expect(screen.queryByTestId('decode-error')).not.toBeInTheDocument()
    const verdicts = [screen.getByTestId('expiry-status'), ...screen.queryAllByTestId('finding')].map((element) => element.textContent)
    for (const text of verdicts) expect(text).not.toMatch(/NaN|Infinity|Invalid Date/)
  })

  it('names a time past the calendar in the claims table', async () => {
    await renderApp(tokenLink(makeTokenFromText('{"alg":"HS256"}', '{"exp":1e20,"iat":1e999}')))
    const rows = await screen.findAllByTestId('claim-row')
    expect(rows.find((row) => row.getAttribute('data-claim') === 'exp')).toHaveTextContent('a time beyond the range of dates a computer can show')
    expect(rows.find((row) => row.getAttribute('data-claim') === 'iat')).toHaveTextContent('not a finite time')
  })
})
