import { beforeAll, describe, expect, it } from 'vitest'
import { compactVerify, CompactSign, generateKeyPair } from 'jose'
import { tryEachKey, type KeyAttempt } from '../../../src/core/keys/try-keys'
import type { UsableKey } from '../../../src/core/keys/import-key'

const secret = (label: string, text: string): UsableKey => ({ key: new TextEncoder().encode(text), label })
const alice = secret('the secret "alice"', 'alice')
const bob = secret('the secret "bob"', 'bob')
const carol = secret('the secret "carol"', 'carol')

/** An attempt scripted per key label; keys not named do not match. */
function scripted(outcomes: Record<string, KeyAttempt<string, string>>) {
  const tried: string[] = []
  const attempt = (key: UsableKey): Promise<KeyAttempt<string, string>> => {
    tried.push(key.label)
    return Promise.resolve(outcomes[key.label] ?? { outcome: 'mismatch' })
  }
  return { attempt, tried }
}

describe('tryEachKey: the first key that works wins', () => {
  it('returns the first matching key and its value, and tries no key after it', async () => {
    const { attempt, tried } = scripted({ [bob.label]: { outcome: 'matched', value: 'by bob' }, [carol.label]: { outcome: 'matched', value: 'by carol' } })
    expect(await tryEachKey([alice, bob, carol], 'HS256', attempt)).toEqual({ outcome: 'matched', key: bob, value: 'by bob' })
    expect(tried).toEqual([alice.label, bob.label])
  })

  it('lets a later key match after an unusable one', async () => {
    const { attempt } = scripted({ [alice.label]: { outcome: 'unusable', error: 'too short' }, [bob.label]: { outcome: 'matched', value: 'ok' } })
    expect(await tryEachKey([alice, bob], 'HS256', attempt)).toEqual({ outcome: 'matched', key: bob, value: 'ok' })
  })
})

describe('tryEachKey: when no key works, says whether the keys did not match or could not be used', () => {
  it('names the one key tried when it does not match', async () => {
    const { attempt } = scripted({})
    expect(await tryEachKey([alice], 'HS256', attempt)).toEqual({ outcome: 'mismatch', tried: 'the secret "alice"' })
  })

  it('counts the keys tried when several do not match', async () => {
    const { attempt } = scripted({})
    expect(await tryEachKey([alice, bob, carol], 'HS384', attempt)).toEqual({ outcome: 'mismatch', tried: 'any of the 3 keys that fit HS384' })
  })

  it('calls it a mismatch when some keys are unusable and the rest do not match', async () => {
    const { attempt } = scripted({ [alice.label]: { outcome: 'unusable', error: 'too short' } })
    expect(await tryEachKey([alice, bob], 'HS256', attempt)).toEqual({ outcome: 'mismatch', tried: 'any of the 2 keys that fit HS256' })
  })

  it('gives the first error when every key is unusable', async () => {
    const { attempt } = scripted({ [alice.label]: { outcome: 'unusable', error: 'first' }, [bob.label]: { outcome: 'unusable', error: 'second' } })
    expect(await tryEachKey([alice, bob], 'HS256', attempt)).toEqual({ outcome: 'unusable', error: 'first' })
  })
})

describe('tryEachKey with real signatures', () => {
  let token: string
  let keys: UsableKey[]

  beforeAll(async () => {
    const pairs = await Promise.all([generateKeyPair('ES256'), generateKeyPair('ES256'), generateKeyPair('ES256')])
    keys = pairs.map((pair, index) => ({ key: pair.publicKey, label: `EC key ${index + 1}` }))
    token = await new CompactSign(new TextEncoder().encode('{"sub":"alice"}')).setProtectedHeader({ alg: 'ES256' }).sign(pairs[1].privateKey)
  })

  const verifyWith = async (key: UsableKey): Promise<KeyAttempt<string, string>> => {
    try {
      const { payload } = await compactVerify(token, key.key)
      return { outcome: 'matched', value: new TextDecoder().decode(payload) }
    } catch {
      return { outcome: 'mismatch' }
    }
  }

  it('finds the key that signed the token among keys that did not', async () => {
    expect(await tryEachKey(keys, 'ES256', verifyWith)).toMatchObject({ outcome: 'matched', key: { label: 'EC key 2' }, value: '{"sub":"alice"}' })
  })

  it('reports a mismatch when the signing key is not among them', async () => {
    expect(await tryEachKey([keys[0]!, keys[2]!], 'ES256', verifyWith)).toEqual({ outcome: 'mismatch', tried: 'any of the 2 keys that fit ES256' })
  })
})
