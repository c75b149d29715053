import { describe, expect, it } from 'vitest'
import { tokenViewOf } from '../../../src/core/workspace/token-view'
import { decodeToken } from '../../../src/core/token/decode-token'
import { rfc7515Es256Token, rfc7515Flattened, rfc7519Token, rfc7519Unsecured } from '../../fixtures/tokens'

describe('tokenViewOf', () => {
  it('describes an empty box', () => {
    expect(tokenViewOf({ decoded: decodeToken(''), isSdJwt: false, hasClaims: false })).toEqual({
      kind: 'empty',
      alg: null,
      isCompact: false,
      isEditable: false,
      hasClaims: false,
      keyRole: 'verify',
    })
  })

  it.each([
    { name: 'HS256 compact', text: rfc7519Token, kind: 'jws', alg: 'HS256', isEditable: true, keyRole: 'verify' },
    { name: 'ES256 compact', text: rfc7515Es256Token, kind: 'jws', alg: 'ES256', isEditable: true, keyRole: 'verify' },
    { name: 'unsecured', text: rfc7519Unsecured, kind: 'unsecured', alg: 'none', isEditable: true, keyRole: 'verify' },
    { name: 'flattened JSON', text: rfc7515Flattened, kind: 'jws', alg: 'ES256', isEditable: false, keyRole: 'verify' },
    { name: 'two parts, still editable to fix it', text: 'abc.def', kind: 'invalid', alg: null, isEditable: true, keyRole: 'verify' },
  ] as const)('$name', ({ text, kind, alg, isEditable, keyRole }) => {
    const view = tokenViewOf({ decoded: decodeToken(text), isSdJwt: false, hasClaims: true })
    expect(view).toMatchObject({ kind, alg, isEditable, keyRole })
  })

  it('keeps an SD-JWT read-only', () => {
    expect(tokenViewOf({ decoded: decodeToken(rfc7519Token), isSdJwt: true, hasClaims: true })).toMatchObject({ kind: 'sd-jwt', isEditable: false, isCompact: true })
  })
})
