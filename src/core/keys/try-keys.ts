// Tries each candidate key in turn: the first that works wins; keys that merely do not match are told
// apart from keys that could not be used at all.
import type { UsableKey } from './import-key'

/** What one key did: produced the value, did not match, or could not be used (and why, as `E`). */
export type KeyAttempt<T, E> = { outcome: 'matched'; value: T } | { outcome: 'mismatch' } | { outcome: 'unusable'; error: E }

export type KeysOutcome<T, E> =
  | { outcome: 'matched'; key: UsableKey; value: T }
  /** `tried` names the key, or how many were tried, for a sentence: "does not match …". */
  | { outcome: 'mismatch'; tried: string }
  /** Every key was unusable: the first one's error. */
  | { outcome: 'unusable'; error: E }

export async function tryEachKey<T, E>(keys: UsableKey[], alg: string, attempt: (key: UsableKey) => Promise<KeyAttempt<T, E>>): Promise<KeysOutcome<T, E>> {
  const problems: E[] = []
  for (const key of keys) {
    const result = await attempt(key)
    if (result.outcome === 'matched') return { outcome: 'matched', key, value: result.value }
    if (result.outcome === 'unusable') problems.push(result.error)
  }
  if (problems.length === keys.length) return { outcome: 'unusable', error: problems[0]! }
  return { outcome: 'mismatch', tried: keys.length === 1 ? keys[0]!.label : `any of the ${keys.length} keys that fit ${alg}` }
}
