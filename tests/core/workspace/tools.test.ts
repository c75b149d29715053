import { describe, expect, it } from 'vitest'
import { findTool, tools, type ToolId } from '../../../src/core/workspace/tools'
import { isToolId, toolIds } from '../../../src/core/workspace/tool-ids'
import { tokenViewOf } from '../../../src/core/workspace/token-view'
import { decodeToken } from '../../../src/core/token/decode-token'
import { splitSdJwt } from '../../../src/core/sd-jwt/split-sd-jwt'
import { makeToken, rfc7515Es256Token, rfc7515Flattened, rfc7519Token, rfc7519Unsecured } from '../../fixtures/tokens'

function viewOf(text: string) {
  const sdJwt = splitSdJwt(text)
  const decoded = decodeToken(sdJwt ? sdJwt.issuerJwt : text)
  return tokenViewOf({ decoded, isSdJwt: sdJwt !== null, hasClaims: decoded?.payload.type === 'json' && typeof decoded.payload.value === 'object' })
}

function availability(id: ToolId, text: string) {
  return findTool(id)!.availability(viewOf(text))
}

const jwe = 'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGeipsEdY3mx_etLbbWSrFr05kLzcSr4qKAq7YN7e9jwQRb23nfa6c9d-StnImGyFDbSv04uVuxIp5Zms1gNxKKK2Da14B8S4rzVRltdYwam_lDp5XnZAYpQdb76FdIKLaVmqgfwX7XWRxv2322i-vDxRfqNzo_tETKzpVLzfiwQyeyPGLBIO56YJ7eObdv0je81860ppamavo35UgoRdbYaBcoh9QcfylQr66oc6vFWXRcZ_ZT2LawVCWTIy3brGPi6UklfCpIMfIjf7iGdXKHzg.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A.XFBoMYUZodetZdvTiFvSkQ'

describe('tools', () => {
  it('has the contract ids, each once', () => {
    expect(tools.map((tool) => tool.id)).toEqual(['crack', 'attacks', 'claims-check', 'sd-jwt-build', 'keygen', 'history', 'compare'])
  })

  it.each([
    { name: 'an HS256 token', id: 'crack', text: rfc7519Token, reason: undefined },
    { name: 'an ES256 token', id: 'crack', text: rfc7515Es256Token, reason: 'Only HMAC tokens (HS256, HS384, HS512) have a shared secret to guess; this one is ES256.' },
    { name: 'an HS256 token in JSON form', id: 'crack', text: JSON.stringify({ payload: 'e30', protected: 'eyJhbGciOiJIUzI1NiJ9', signature: 'A'.repeat(43) }), reason: 'Guessing a secret needs the token in compact form (header.payload.signature).' },
    { name: 'a JWE', id: 'crack', text: jwe, reason: 'An encrypted token has no HMAC signature to guess a secret from.' },
    { name: 'an unsecured token', id: 'attacks', text: rfc7519Unsecured, reason: undefined },
    { name: 'a JWE', id: 'attacks', text: jwe, reason: 'The attacks forge signed tokens; this one is encrypted.' },
    { name: 'a JWE', id: 'claims-check', text: jwe, reason: 'Decrypt the token first: its claims are encrypted.' },
    { name: 'a text payload', id: 'claims-check', text: makeToken({ alg: 'HS256' }, 'hello'), reason: 'The payload is not a set of JSON claims.' },
    { name: 'a flattened JWS', id: 'sd-jwt-build', text: rfc7515Flattened, reason: 'An SD-JWT is made from a signed token in compact form.' },
    { name: 'an SD-JWT', id: 'sd-jwt-build', text: `${rfc7519Token}~WyJzYWx0IiwibmFtZSIsIkFkYSJd~`, reason: 'This token is already an SD-JWT.' },
    { name: 'an empty box', id: 'attacks', text: '', reason: 'Paste a token first.' },
    { name: 'a malformed token', id: 'crack', text: 'abc.def', reason: 'The token does not decode; fix it first.' },
    { name: 'an empty box', id: 'keygen', text: '', reason: undefined },
    { name: 'an empty box', id: 'history', text: '', reason: undefined },
    { name: 'a JWE', id: 'compare', text: jwe, reason: undefined },
    { name: 'an SD-JWT', id: 'compare', text: `${rfc7519Token}~WyJzYWx0IiwibmFtZSIsIkFkYSJd~`, reason: undefined },
    { name: 'an empty box', id: 'compare', text: '', reason: 'Paste a token first.' },
    { name: 'a malformed token', id: 'compare', text: 'abc.def', reason: 'The token does not decode; fix it first.' },
  ] as const)('$id for $name', ({ id, text, reason }) => {
    expect(availability(id, text)).toEqual(reason === undefined ? { isAvailable: true } : { isAvailable: false, reason })
  })

  it('finds tools by id and nothing else', () => {
    expect(findTool('crack')?.label).toBe('Guess the secret')
    expect(findTool('nope')).toBeUndefined()
    expect(findTool(undefined)).toBeUndefined()
  })
})

describe('isToolId', () => {
  it('accepts the tools and nothing else', () => {
    expect(tools.every((tool) => isToolId(tool.id))).toBe(true)
    expect(toolIds).toEqual(tools.map((tool) => tool.id))
    expect([isToolId('code'), isToolId(''), isToolId(undefined), isToolId(['crack'])]).toEqual([false, false, false, false])
  })
})
