import type { SecretEncoding } from '../../core/keys/decode-secret'

/** What the user typed to check or decrypt one token: kept together, so a page holds one per token. */
export interface KeyInputs {
  keyText: string
  encoding: SecretEncoding
  jwksUrl: string
}

export const emptyKeyInputs: KeyInputs = { keyText: '', encoding: 'utf8', jwksUrl: '' }
