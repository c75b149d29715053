import { describe, expect, it } from 'vitest'
import { renderHook, waitFor } from '@testing-library/react'
import { CompactEncrypt, importJWK } from 'jose'
import { useDecryption } from '../../../src/features/debugger-session/use-decryption'
import { decodeToken } from '../../../src/core/token/decode-token'
import { parseKeyText, type KeyMaterial } from '../../../src/core/keys/parse-key-text'
import type { DecodedToken } from '../../../src/core/token/decoded-token'
import { rfc7520NestedJwt } from '../../fixtures/rfc-vectors'

const nested = decodeToken(rfc7520NestedJwt.compact)!
const rightKey = parseKeyText(JSON.stringify(rfc7520NestedJwt.decryptionKey))
const secret = parseKeyText('a-shared-secret')

const render = (decoded: DecodedToken, material: KeyMaterial) =>
  renderHook(({ decoded, material }) => useDecryption(decoded, material, 'utf8'), { initialProps: { decoded, material } })

describe('useDecryption', () => {
  it('never shows the verdict on an earlier key as the verdict on the current one', async () => {
    const { result, rerender } = render(nested, secret)
    await waitFor(() => expect(result.current.status.state).toBe('error'))

    rerender({ decoded: nested, material: rightKey })
    // The secret's error is about the secret: the right key is still being tried.
    expect(result.current).toEqual({ status: { state: 'encrypted', reason: 'Decrypting…' }, isDecrypting: true })
    await waitFor(() => expect(result.current.status.state).toBe('decrypted'))
  })

  it('never shows one token\'s plaintext as another\'s', async () => {
    const publicKey = await importJWK({ ...rfc7520NestedJwt.decryptionKey, d: undefined, p: undefined, q: undefined, dp: undefined, dq: undefined, qi: undefined }, 'RSA-OAEP')
    const other = await new CompactEncrypt(new TextEncoder().encode('another plaintext')).setProtectedHeader({ alg: 'RSA-OAEP', enc: 'A128GCM' }).encrypt(publicKey)
    const { result, rerender } = render(nested, rightKey)
    await waitFor(() => expect(result.current.status.state).toBe('decrypted'))

    rerender({ decoded: decodeToken(other)!, material: rightKey })
    expect(result.current.status.state).toBe('encrypted')
    await waitFor(() => expect(result.current.status.state).toBe('decrypted'))
    const status = result.current.status
    expect(status.state === 'decrypted' && new TextDecoder().decode(status.plaintext)).toBe('another plaintext')
  })
})
