import { describe, expect, it } from 'vitest'
import { isSdJwtIssuerJwt } from '../../../src/core/sd-jwt/is-sd-jwt-issuer-jwt'
import { decodeToken } from '../../../src/core/token/decode-token'
import { makeToken } from '../../fixtures/tokens'

describe('isSdJwtIssuerJwt', () => {
  it.each([
    ['typ dc+sd-jwt', { alg: 'ES256', typ: 'dc+sd-jwt' }, { iss: 'i' }, true],
    ['typ application/example+sd-jwt', { alg: 'ES256', typ: 'application/example+SD-JWT' }, { iss: 'i' }, true],
    ['a vct', { alg: 'ES256' }, { vct: 'Identity' }, true],
    ['_sd_alg', { alg: 'ES256' }, { _sd_alg: 'sha-256' }, true],
    ['an _sd array', { alg: 'ES256' }, { _sd: ['digest'] }, true],
    ['an ordinary JWT', { alg: 'ES256', typ: 'JWT' }, { iss: 'i', aud: 'a' }, false],
    ['an _sd that is not an array', { alg: 'ES256' }, { _sd: 'x' }, false],
    ['a payload that is not an object', { alg: 'ES256' }, 'text', false],
  ])('%s: %s', (_name, header, payload, expected) => {
    expect(isSdJwtIssuerJwt(decodeToken(makeToken(header, payload))!)).toBe(expected)
  })
})
