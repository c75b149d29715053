// One line under the header editor saying what signs the user's edits: the one key box both
// verifies the token and signs it, so the page must say which role the key box's text can play.
import { decodeSecret, type SecretEncoding } from '../keys/decode-secret'
import type { KeyMaterial } from '../keys/parse-key-text'
import { describeAlgorithm } from '../token/algorithms'

export interface SigningKeyNote {
  /** Whether edits are signed: with the key box's key, or left with an old or empty signature. */
  isSigned: boolean
  text: string
}

const privatePemLabels = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'])

export function signingKeyNote(material: KeyMaterial, encoding: SecretEncoding, alg: string | null, fetchedFrom: string | null): SigningKeyNote {
  if (alg !== null && /^none$/i.test(alg)) return { isSigned: false, text: 'With alg "none", edits carry no signature.' }
  const family = alg === null ? undefined : describeAlgorithm(alg)?.family
  const wanted = family === 'hmac' ? 'the secret' : family === undefined ? 'a secret or private key' : 'the private key'
  const notSigned = (why: string): SigningKeyNote => ({ isSigned: false, text: `Edits are not signed: ${why} Put ${wanted} in the key box to sign them.` })
  switch (material.kind) {
    case 'empty':
      return notSigned('the key box is empty.')
    case 'unusable':
      return notSigned('the key box holds no usable key.')
    case 'secret': {
      const bytes = decodeSecret(material.text, encoding)
      if (!bytes.ok) return notSigned(`the key box's secret does not decode as ${encoding}.`)
      return { isSigned: true, text: `Edits are signed with the key box's ${bytes.value.length}-byte secret.` }
    }
    case 'jwks':
      return notSigned(fetchedFrom ? `the key box holds the public keys fetched from ${fetchedFrom}, which only verify.` : 'a JWK Set holds public keys, which only verify.')
    case 'jwk': {
      if (material.jwk.kty === 'oct') return { isSigned: true, text: "Edits are signed with the key box's symmetric JWK." }
      if (typeof material.jwk.d === 'string') return { isSigned: true, text: `Edits are signed with the key box's private ${typeof material.jwk.kty === 'string' ? material.jwk.kty : 'untyped'} JWK.` }
      return notSigned('the key box holds a public JWK, which only verifies.')
    }
    case 'pem': {
      const privateBlock = material.blocks.find((block) => privatePemLabels.has(block.label))
      if (privateBlock) return { isSigned: true, text: `Edits are signed with the key box's private key (${privateBlock.label} PEM).` }
      const label = material.blocks[0]?.label === 'CERTIFICATE' ? 'a certificate' : 'a public key'
      return notSigned(`the key box holds ${label}, which only verifies.`)
    }
  }
}
