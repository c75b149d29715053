// Turns WebCrypto's or jose's refusal of a key into a sentence. Browsers often refuse with an empty
// message, which once showed as "The key cannot be used: ."; then the key is named in our own words.

/** `lead: reason.`, or, when the engine gives no reason, a sentence that names `key` ("an RSA 2048-bit public key from the JWK"). */
export function describeRefusal(error: Error, lead: string, key: string): string {
  const message = error.message.trim().replace(/\.$/, '')
  if (message !== '') return `${lead}: ${message}.`
  const name = error.name && error.name !== 'Error' ? ` (${error.name})` : ''
  return `This browser's WebCrypto refused ${key} without giving a reason${name}. Its numbers are probably out of range for this browser: an RSA exponent or modulus size it does not accept, or an EC point that is not on its curve.`
}
