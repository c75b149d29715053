// The name of each token part in words, as sentences about it say it.
import type { PartName } from './decoded-token'

export const partLabels: Record<PartName, string> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  'encrypted-key': 'encrypted key',
  iv: 'initialization vector',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
}
