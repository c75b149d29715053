// The wordlist that ships with the app: secrets from JWT docs and defaults first, then zxcvbn's list
// of common passwords. Both load on first use, as chunks of their own.

let wordlist: Promise<string[]> | undefined

/** The list, without repeats, the JWT-specific secrets first. */
export async function loadBundledWordlist(): Promise<string[]> {
  wordlist ??= Promise.all([import('./common-jwt-secrets'), import('@zxcvbn-ts/language-common')]).then(
    ([{ commonJwtSecrets }, { dictionary }]) => [...new Set([...commonJwtSecrets, ...dictionary['passwords-common']])],
    (error: unknown) => {
      // A chunk that failed to load (offline, a new deploy) may load on the next try.
      wordlist = undefined
      throw error
    },
  )
  return wordlist
}
