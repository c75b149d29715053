import { describe, expect, it } from 'vitest'
import { describeRefusal } from '../../../src/core/keys/describe-refusal'

describe('describeRefusal', () => {
  it('passes on the reason the engine gives', () => {
    expect(describeRefusal(new TypeError('Invalid key size.'), 'The key cannot be used', 'an RSA public key')).toBe('The key cannot be used: Invalid key size.')
  })

  it.each([
    [new DOMException('', 'DataError'), ' (DataError)'],
    [new DOMException('   ', 'OperationError'), ' (OperationError)'],
    [new TypeError(''), ' (TypeError)'],
    [new Error(''), ''],
  ])('names the key when the engine says nothing: %s', (error, name) => {
    expect(describeRefusal(error, 'The key cannot be used', 'an EC P-256 public key from the JWK')).toBe(
      `This browser's WebCrypto refused an EC P-256 public key from the JWK without giving a reason${name}. Its numbers are probably out of range for this browser: an RSA exponent or modulus size it does not accept, or an EC point that is not on its curve.`,
    )
  })
})
