import { describe, expect, it } from 'vitest'
import { generateKeyPairSync } from 'node:crypto'
import { signingKeyNote } from '../../../src/core/sign/signing-key-note'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'

const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const publicPem = publicKey.export({ format: 'pem', type: 'spki' }) as string
const privatePem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string
const publicJwk = JSON.stringify(publicKey.export({ format: 'jwk' }))
const privateJwk = JSON.stringify(privateKey.export({ format: 'jwk' }))

describe('signingKeyNote', () => {
  it.each([
    { name: 'a 19-byte secret', key: 'nineteen-byte-secre', alg: 'HS256', isSigned: true, text: "Edits are signed with the key box's 19-byte secret." },
    { name: 'a hex secret', key: 'deadbeef', encoding: 'hex', alg: 'HS256', isSigned: true, text: "Edits are signed with the key box's 4-byte secret." },
    { name: 'a secret that is not hex', key: 'xyz', encoding: 'hex', alg: 'HS256', isSigned: false, text: "Edits are not signed: the key box's secret does not decode as hex. Put the secret in the key box to sign them." },
    { name: 'an empty box', key: '', alg: 'ES256', isSigned: false, text: 'Edits are not signed: the key box is empty. Put the private key in the key box to sign them.' },
    { name: 'a private PEM', key: privatePem, alg: 'ES256', isSigned: true, text: "Edits are signed with the key box's private key (PRIVATE KEY PEM)." },
    { name: 'a public PEM', key: publicPem, alg: 'ES256', isSigned: false, text: 'Edits are not signed: the key box holds a public key, which only verifies. Put the private key in the key box to sign them.' },
    { name: 'a private JWK', key: privateJwk, alg: 'ES256', isSigned: true, text: "Edits are signed with the key box's private EC JWK." },
    { name: 'a public JWK', key: publicJwk, alg: 'ES256', isSigned: false, text: 'Edits are not signed: the key box holds a public JWK, which only verifies. Put the private key in the key box to sign them.' },
    { name: 'a JWK Set', key: `{"keys":[${publicJwk}]}`, alg: 'ES256', isSigned: false, text: 'Edits are not signed: a JWK Set holds public keys, which only verify. Put the private key in the key box to sign them.' },
    { name: 'alg none', key: 'secret', alg: 'none', isSigned: false, text: 'With alg "none", edits carry no signature.' },
    { name: 'no alg', key: '', alg: null, isSigned: false, text: 'Edits are not signed: the key box is empty. Put a secret or private key in the key box to sign them.' },
  ] as const)('$name', ({ key, alg, isSigned, text, ...rest }) => {
    const encoding = 'encoding' in rest && rest.encoding !== undefined ? rest.encoding : 'utf8'
    expect(signingKeyNote(parseKeyText(key), encoding, alg, null)).toEqual({ isSigned, text })
  })

  it('never offers keys fetched from a URL for signing', () => {
    expect(signingKeyNote(parseKeyText(`{"keys":[${publicJwk}]}`), 'utf8', 'ES256', 'https://idp.example/jwks').text).toBe(
      'Edits are not signed: the key box holds the public keys fetched from https://idp.example/jwks, which only verify. Put the private key in the key box to sign them.',
    )
  })
})
