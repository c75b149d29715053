// The debugger's tools beyond the everyday job, as data: each has the contract's name, a label, and
// a rule saying whether it applies to the token in front of the user, and if not, why not.
import { isHmacAlg } from '../hash/hmac-alg'
import type { TokenView } from './token-view'
import type { ToolId } from './tool-ids'

export type { ToolId } from './tool-ids'

export type ToolAvailability = { isAvailable: true } | { isAvailable: false; reason: string }

export interface Tool {
  id: ToolId
  label: string
  /** One line on what the tool is for, shown with its opener. */
  purpose: string
  availability: (view: TokenView) => ToolAvailability
}

const available: ToolAvailability = { isAvailable: true }
const unavailable = (reason: string): ToolAvailability => ({ isAvailable: false, reason })

const needsToken = (view: TokenView): ToolAvailability | null =>
  view.kind === 'empty' ? unavailable('Paste a token first.') : view.kind === 'invalid' ? unavailable('The token does not decode; fix it first.') : null

export const tools: readonly Tool[] = [
  {
    id: 'crack',
    label: 'Guess the secret',
    purpose: 'Try wordlists and brute force against an HMAC secret, on every core of this device.',
    availability: (view) =>
      needsToken(view) ??
      (view.kind === 'jws' && isHmacAlg(view.alg)
        ? view.isCompact
          ? available
          : unavailable('Guessing a secret needs the token in compact form (header.payload.signature).')
        : unavailable(
            view.kind === 'jwe'
              ? 'An encrypted token has no HMAC signature to guess a secret from.'
              : `Only HMAC tokens (HS256, HS384, HS512) have a shared secret to guess; this one is ${view.alg === null ? 'not signed with a named algorithm' : view.alg}.`,
          )),
  },
  {
    id: 'attacks',
    label: 'Attack lab',
    purpose: 'Forge the tokens attackers send (alg none, key confusion, jku, kid injection) to test a service.',
    availability: (view) =>
      needsToken(view) ??
      (view.kind === 'jws' || view.kind === 'unsecured'
        ? available
        : unavailable(view.kind === 'jwe' ? 'The attacks forge signed tokens; this one is encrypted.' : 'The attacks forge plain signed tokens; an SD-JWT would lose its disclosures.')),
  },
  {
    id: 'claims-check',
    label: 'Check the claims',
    purpose: 'Check iss, aud and the times as a service would, at a time and clock tolerance you choose.',
    availability: (view) =>
      needsToken(view) ??
      (view.hasClaims ? available : unavailable(view.kind === 'jwe' ? 'Decrypt the token first: its claims are encrypted.' : 'The payload is not a set of JSON claims.')),
  },
  {
    id: 'sd-jwt-build',
    label: 'Make it an SD-JWT',
    purpose: 'Turn claims into selective disclosures, with an optional holder key binding.',
    availability: (view) =>
      needsToken(view) ??
      (view.isEditable && view.kind === 'jws'
        ? available
        : unavailable(view.kind === 'sd-jwt' ? 'This token is already an SD-JWT.' : 'An SD-JWT is made from a signed token in compact form.')),
  },
  {
    id: 'keygen',
    label: 'Generate a key',
    purpose: 'Make an HMAC secret or an RSA, EC or EdDSA key pair in this browser, and sign with it.',
    availability: () => available,
  },
  {
    id: 'history',
    label: 'History',
    purpose: 'Keep the tokens you open on this device (off until you turn it on).',
    availability: () => available,
  },
  {
    id: 'compare',
    label: 'Compare',
    purpose: 'Put a second token beside this one: what changed, in words.',
    availability: (view) => needsToken(view) ?? available,
  },
]

export function findTool(id: unknown): Tool | undefined {
  return tools.find((tool) => tool.id === id)
}
