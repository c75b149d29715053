// Tries each candidate key in turn: the first that works wins; keys that merely do not match are told
// apart from keys that could not be used at all.
import type { UsableKey } from './import-key'

export type KeysOutcome<T> =
  | { outcome: 'matched'; key: UsableKey; value: T }
  /** `tried` names the key, or how many were tried, for a sentence: "does not match …". */
  | { outcome: 'mismatch'; tried: string }
  | { outcome: 'unusable'; reason: string }

/** `attempt` gives a value, 'mismatch', or a sentence saying why the key could not be used. */
export async function tryEachKey<T>(keys: UsableKey[], alg: string, attempt: (key: UsableKey) => Promise<{ value: T } | 'mismatch' | string>): Promise<KeysOutcome<T>> {
  const problems: string[] = []
  for (const key of keys) {
    const result = await attempt(key)
    if (typeof result === 'object') return { outcome: 'matched', key, value: result.value }
    if (result !== 'mismatch') problems.push(result)
  }
  if (problems.length === keys.length) return { outcome: 'unusable', reason: problems[0]! }
  return { outcome: 'mismatch', tried: keys.length === 1 ? keys[0]!.label : `any of the ${keys.length} keys that fit ${alg}` }
}
