import { describe, expect, it } from 'vitest'
import { detectProfile, type TokenProfileId } from '../../../src/core/claims/token-profile'
import type { JsonObject } from '../../../src/core/json/scan-json'
import { decodeToken } from '../../../src/core/token/decode-token'
import { makeToken } from '../../fixtures/tokens'

const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout'
const RISC_EVENT = 'https://schemas.openid.net/secevent/risc/event-type/account-disabled'
const core = { iss: 'https://issuer.example', sub: '248289761001', aud: 's6BhdRkqt3', exp: 1311281970, iat: 1311280970 }

describe('detectProfile', () => {
  it.each<[string, JsonObject, JsonObject, TokenProfileId, string[]]>([
    ['an ID token with a nonce', { alg: 'RS256' }, { ...core, nonce: 'n-0S6_WzA2Mj' }, 'id-token', ['iss', 'sub', 'aud', 'nonce']],
    ['an ID token with at_hash', { alg: 'RS256' }, { ...core, at_hash: 'MTIzNDU2Nzg5MDEyMzQ1Ng' }, 'id-token', ['iss', 'sub', 'aud', 'at_hash']],
    ['an ID token with azp', { alg: 'RS256' }, { ...core, azp: 'client-1' }, 'id-token', ['iss', 'sub', 'aud', 'azp']],
    [
      'an ID token with several OpenID claims',
      { alg: 'RS256', typ: 'JWT' },
      { ...core, nonce: 'n', azp: 'c', auth_time: 1311280969, acr: '1', amr: ['pwd'], sid: 's' },
      'id-token',
      ['iss', 'sub', 'aud', 'nonce', 'azp', 'auth_time', 'acr', 'amr', 'sid'],
    ],
    ['an ID token with a scope claim too', { alg: 'RS256' }, { ...core, nonce: 'n', scope: 'openid' }, 'id-token', ['iss', 'sub', 'aud', 'nonce']],
    ['nonce without iss, sub and aud', { alg: 'RS256' }, { sub: 'x', nonce: 'n' }, 'jwt', []],
    ['an RFC 9068 access token (typ at+jwt)', { alg: 'RS256', typ: 'at+jwt' }, { ...core, client_id: 'c', scope: 'read' }, 'access-token', ['typ: at+jwt', 'scope', 'client_id']],
    ['an RFC 9068 access token (typ application/at+jwt)', { alg: 'RS256', typ: 'application/at+jwt' }, { ...core }, 'access-token', ['typ: at+jwt']],
    ['an RFC 9068 access token (typ AT+JWT)', { alg: 'RS256', typ: 'AT+JWT' }, { ...core, nonce: 'n' }, 'access-token', ['typ: at+jwt']],
    ['a lone scope is not enough', { alg: 'RS256' }, { iss: 'i', sub: 's', scope: 'read write' }, 'jwt', []],
    ['a lone client_id is not enough', { alg: 'RS256' }, { sub: 's', client_id: 'c' }, 'jwt', []],
    ['scope and client_id without an audience are not enough', { alg: 'RS256' }, { iss: 'i', scope: 'read', client_id: 'c' }, 'jwt', []],
    ['an access token by issuer, audience, scope and client (RFC 9068 claims)', { alg: 'RS256' }, { ...core, scope: 'read', client_id: 'c' }, 'access-token', ['iss', 'aud', 'scope', 'client_id']],
    ['an access token by scp and cid (Okta)', { alg: 'RS256' }, { iss: 'i', aud: 'api://default', scp: ['read'], cid: 'c', roles: ['admin'] }, 'access-token', ['iss', 'aud', 'scp', 'cid']],
    ['an access token by scope and azp (Auth0)', { alg: 'RS256' }, { iss: 'i', sub: 's', aud: ['api', 'userinfo'], scope: 'openid read', azp: 'c' }, 'access-token', ['iss', 'aud', 'scope', 'azp']],
    [
      'an SD-JWT VC (typ dc+sd-jwt)',
      { alg: 'ES256', typ: 'dc+sd-jwt' },
      { iss: 'https://issuer.example', vct: 'https://credentials.example/identity', _sd: ['x'], cnf: { jwk: {} }, status: { status_list: { idx: 0, uri: 'https://issuer.example/status' } } },
      'sd-jwt-vc',
      ['typ: dc+sd-jwt', 'vct', 'cnf', 'status'],
    ],
    ['an SD-JWT VC (typ vc+sd-jwt, before the rename)', { alg: 'ES256', typ: 'vc+sd-jwt' }, { iss: 'i', vct: 'IdentityCredential' }, 'sd-jwt-vc', ['typ: vc+sd-jwt', 'vct']],
    ['an SD-JWT VC with a scope in it is no access token', { alg: 'ES256' }, { ...core, vct: 'Membership', scope: 'gym', client_id: 'c' }, 'sd-jwt-vc', ['vct']],
    ['roles alone are not enough', { alg: 'RS256' }, { sub: 's', roles: ['admin'], permissions: ['x'] }, 'jwt', []],
    [
      'a logout token',
      { alg: 'RS256', typ: 'logout+jwt' },
      { ...core, jti: 'j', sid: 's', events: { [BACKCHANNEL_LOGOUT_EVENT]: {} } },
      'logout-token',
      ['typ: logout+jwt', 'the back-channel logout event'],
    ],
    ['a logout token without typ', { alg: 'RS256' }, { ...core, sid: 's', events: { [BACKCHANNEL_LOGOUT_EVENT]: {} } }, 'logout-token', ['the back-channel logout event']],
    ['a security event token', { alg: 'RS256', typ: 'secevent+jwt' }, { iss: 'i', jti: 'j', iat: 1, events: { [RISC_EVENT]: {} }, toe: 1 }, 'security-event', ['typ: secevent+jwt', 'events', 'toe']],
    ['a security event token without typ', { alg: 'RS256' }, { iss: 'i', events: { [RISC_EVENT]: {} }, txn: 't' }, 'security-event', ['events', 'txn']],
    [
      'a DPoP proof',
      { alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' } },
      { jti: 'j', htm: 'POST', htu: 'https://server.example/token', iat: 1562262616 },
      'dpop-proof',
      ['typ: dpop+jwt', 'jwk', 'htm', 'htu'],
    ],
    ['a DPoP proof with ath', { alg: 'ES256', typ: 'dpop+jwt' }, { htm: 'GET', htu: 'https://rs.example', ath: 'fUHy' }, 'dpop-proof', ['typ: dpop+jwt', 'htm', 'htu', 'ath']],
    [
      'an authorization request object',
      { alg: 'RS256', typ: 'oauth-authz-req+jwt' },
      { iss: 'c', aud: 'as', response_type: 'code', client_id: 'c', redirect_uri: 'https://client.example/cb' },
      'authorization-request',
      ['typ: oauth-authz-req+jwt', 'response_type', 'client_id', 'redirect_uri'],
    ],
    [
      'a client assertion',
      { alg: 'RS256' },
      { iss: 'client-1', sub: 'client-1', aud: 'https://as.example/token', jti: 'j', exp: 1311281970 },
      'client-assertion',
      ['iss equals sub', 'aud', 'jti', 'exp'],
    ],
    ['iss equal to sub without jti', { alg: 'RS256' }, { iss: 'c', sub: 'c', aud: 'a', exp: 1 }, 'jwt', []],
    ['a verifiable credential', { alg: 'ES256', typ: 'JWT' }, { iss: 'did:example:1', sub: 'did:example:2', vc: { type: ['VerifiableCredential'] } }, 'verifiable-credential', ['vc']],
    ['a verifiable presentation with typ vp+jwt', { alg: 'ES256', typ: 'vp+jwt' }, { iss: 'did:example:2', vp: { type: ['VerifiablePresentation'] } }, 'verifiable-credential', ['vp', 'typ: vp+jwt']],
    ['a verifiable credential by typ alone', { alg: 'ES256', typ: 'vc+jwt' }, { iss: 'did:example:1' }, 'verifiable-credential', ['typ: vc+jwt']],
    ['a generic JWT', { alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'John Doe', iat: 1516239022 }, 'jwt', []],
    ['an empty claims set', { alg: 'HS256' }, {}, 'jwt', []],
  ])('%s', (_name, header, claims, id, evidence) => {
    const profile = detectProfile(header, claims, false)
    expect(profile.id).toBe(id)
    expect(profile.evidence).toEqual(evidence)
    expect(profile.title).not.toBe('')
    expect(profile.description).toMatch(/\.$/)
  })

  it('names a generic JWT', () => {
    expect(detectProfile({ alg: 'HS256' }, { sub: 'x' }, false)).toEqual({
      id: 'jwt',
      title: 'JSON Web Token',
      description: 'A signed set of claims with no more specific profile recognised. What it grants depends on the system that issued it.',
      evidence: [],
    })
  })

  it('calls a JWE encrypted, whatever the payload', () => {
    expect(detectProfile({ alg: 'RSA-OAEP', enc: 'A256GCM' }, undefined, true)).toMatchObject({
      id: 'encrypted',
      title: 'Encrypted token (JWE)',
      evidence: ['enc: A256GCM'],
    })
    expect(detectProfile({ alg: 'dir' }, undefined, true)).toMatchObject({ id: 'encrypted', evidence: [] })
    expect(detectProfile(null, undefined, true)).toMatchObject({ id: 'encrypted', evidence: [] })
  })

  it.each([
    ['an array', [1, 2]],
    ['a string', 'hello'],
    ['a number', 42],
    ['null', null],
    ['nothing', undefined],
  ])('calls a token whose payload is %s unknown', (_name, payload) => {
    expect(detectProfile({ alg: 'HS256' }, payload, false)).toEqual({
      id: 'unknown',
      title: 'Unrecognised token',
      description: 'The token does not carry a JSON claims set, so its profile cannot be told.',
      evidence: [],
    })
  })

  it('calls a token with no readable header unknown', () => {
    expect(detectProfile(null, { sub: 'x', scope: 'read' }, false).id).toBe('unknown')
  })
})

describe('decodeToken fills in the profile', () => {
  it.each<[string, string, TokenProfileId]>([
    ['an ID token', makeToken({ alg: 'RS256' }, { ...core, nonce: 'n' }), 'id-token'],
    ['an access token', makeToken({ alg: 'RS256', typ: 'at+jwt' }, core), 'access-token'],
    ['a text payload', makeToken({ alg: 'HS256' }, 'hello'), 'unknown'],
    ['a JWE', `${makeToken({ alg: 'dir', enc: 'A256GCM' }, '').split('.')[0]}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`, 'encrypted'],
  ])('%s', (_name, token, id) => {
    expect(decodeToken(token)?.profile.id).toBe(id)
  })
})
