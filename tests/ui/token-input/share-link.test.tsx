import { describe, expect, it } from 'vitest'
import { createHashHistory } from '@tanstack/react-router'
import { addressForRoute, buildShareLink } from '../../../src/features/token-input/share-link'
import { rfc7519Token } from '../../fixtures/tokens'

describe('addressForRoute', () => {
  it.each([
    [{ pathname: '/app/', search: '', hash: '#/?token=T' }, null],
    [{ pathname: '/app/', search: '?utm=1', hash: '#/?token=T' }, '/app/#/?token=T'],
    [{ pathname: '/app/', search: '?fbclid=x&utm_source=chat', hash: '#/lessons/expiry' }, '/app/#/lessons/expiry'],
    [{ pathname: '/', search: '?utm=1', hash: '' }, '/'],
  ])('%j becomes %j', (location, address) => {
    expect(addressForRoute(location)).toBe(address)
  })

  it('leaves the router only the fragment to read the token from', () => {
    const link = new URL(buildShareLink(rfc7519Token, { origin: 'https://host', pathname: '/app/' }))
    link.search = '?utm=1'
    // The page as a messenger's link opens it, then as the app leaves it before the router starts.
    window.history.replaceState(null, '', `${link.pathname}${link.search}${link.hash}`)
    expect(createHashHistory().location.search).toContain('?utm=1')
    window.history.replaceState(null, '', addressForRoute(window.location))
    const route = createHashHistory().location
    expect(new URLSearchParams(route.search).get('token')).toBe(rfc7519Token)
    window.history.replaceState(null, '', '/')
  })
})
