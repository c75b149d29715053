import { describe, expect, it } from 'vitest'
import { describeSignatures } from '../../../src/core/compare/describe-signatures'
import { parseKeyText } from '../../../src/core/keys/parse-key-text'
import type { SignatureStatus } from '../../../src/core/verify/signature-status'

const valid: SignatureStatus = { state: 'valid', reason: 'ok', key: { label: 'the secret' } }
const invalid: SignatureStatus = { state: 'invalid', reason: 'no' }

describe('describeSignatures', () => {
  it('names both verdicts and the key in use', () => {
    expect(describeSignatures({ status: valid, kind: 'jws' }, { status: invalid, kind: 'jws' }, parseKeyText('my secret'))).toBe(
      "First: signature verified with the key box's secret; second: invalid signature for the key box's secret.",
    )
  })

  it('gives one verdict when both tokens have the same', () => {
    expect(describeSignatures({ status: valid, kind: 'jws' }, { status: valid, kind: 'jws' }, parseKeyText('my secret'))).toBe("Both tokens: signature verified with the key box's secret.")
    expect(describeSignatures({ status: invalid, kind: 'jws' }, { status: invalid, kind: 'jws' }, parseKeyText('my secret'))).toBe("Both tokens: invalid signature for the key box's secret.")
  })

  it('says when there is nothing to check', () => {
    const unverified: SignatureStatus = { state: 'unverified', reason: 'Paste a key' }
    expect(describeSignatures({ status: unverified, kind: 'jws' }, { status: unverified, kind: 'jws' }, parseKeyText(''))).toBe('Signatures not checked: the key box is empty.')
    expect(describeSignatures({ status: unverified, kind: 'jws' }, { status: unverified, kind: 'jwe' }, parseKeyText(''))).toBe(
      'First: not checked: the key box is empty; second: encrypted, with no signature to check.',
    )
    expect(describeSignatures({ status: unverified, kind: 'unsecured' }, { status: valid, kind: 'jws' }, parseKeyText('{"keys":[{"kty":"oct","k":"AA"}]}'))).toBe(
      "First: unsecured (alg none): no signature at all; second: signature verified with the key box's key set.",
    )
  })
})
