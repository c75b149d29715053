// Edit mode: the header and payload editors and the token stay one source of truth. The token is
// the truth; an editor shows its part of the token, or what the user is typing into it, until the
// token changes for another reason. Every edit re-encodes the token and signs it with the key box.
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'
import type { DecodedToken } from '../../core/token/decoded-token'
import type { KeyMaterial } from '../../core/keys/parse-key-text'
import type { SecretEncoding } from '../../core/keys/decode-secret'
import type { BuildResult, SignOutcome } from '../../core/sign/sign-token'
import { useKeptState, type SessionMemory } from '../../hooks/use-kept-state'

export interface TokenBuilderOptions {
  token: string
  onTokenChange: (token: string) => void
  decoded: DecodedToken | null
  material: KeyMaterial
  encoding: SecretEncoding
  memory: SessionMemory
}

/** What the user typed into the editors, and the token it belongs to. */
interface Drafts {
  header?: string
  payload?: string
  token: string
}

/** A key the key box is about to hold, for a build that starts before the page shows it. */
export interface SigningKey {
  material: KeyMaterial
  encoding: SecretEncoding
}

export interface PartError {
  message: string
  position?: number
}

export interface TokenBuilder {
  /** Compact JWS and unsecured tokens can be edited; JWEs and JSON serializations cannot. */
  canEdit: boolean
  headerText: string
  payloadText: string
  headerError?: PartError
  payloadError?: PartError
  /** The last build, while its token is the one on the page. */
  result: BuildResult | null
  editHeader: (text: string, newKey?: SigningKey) => void
  editPayload: (text: string) => void
  /** Starts a token from the given header and payload, replacing the page's token. */
  startToken: (headerText: string, payloadText: string, newKey?: SigningKey) => void
  acceptUnsecured: () => void
}

let signModule: Promise<typeof import('../../core/sign/sign-token')> | undefined
const loadSigner = () => (signModule ??= import('../../core/sign/sign-token'))

export function useTokenBuilder({ token, onTokenChange, decoded, material, encoding, memory }: TokenBuilderOptions): TokenBuilder {
  const [keptDrafts, keepDrafts] = useKeptState<Drafts>(memory, 'builder.drafts', () => ({ token }))
  const [result, setResult] = useKeptState<BuildResult | null>(memory, 'builder.result', () => null)
  const [allowsUnsecured, setAllowsUnsecured] = useKeptState(memory, 'builder.allowsUnsecured', () => false)
  // Builds finish asynchronously: they read the latest values here, not the ones of the render that started them.
  const drafts = useRef(keptDrafts)
  const latest = useRef({ token, material, encoding, allowsUnsecured, decoded })
  const requests = useRef(0)

  const setDrafts = useCallback(
    (next: Drafts) => {
      drafts.current = next
      keepDrafts(next)
    },
    [keepDrafts],
  )

  const isCurrent = keptDrafts.token === token
  const headerText = (isCurrent ? keptDrafts.header : undefined) ?? partText(decoded, 'header')
  const payloadText = (isCurrent ? keptDrafts.payload : undefined) ?? partText(decoded, 'payload')
  const texts = useRef({ headerText, payloadText })
  // Committed before any event can start a build.
  useLayoutEffect(() => {
    latest.current = { token, material, encoding, allowsUnsecured, decoded }
    texts.current = { headerText, payloadText }
  })

  const build = useCallback(
    async (next: Drafts, fromToken: string) => {
      const request = ++requests.current
      const { signToken } = await loadSigner()
      const { material: key, encoding: keyEncoding, allowsUnsecured: mayBeUnsecured } = latest.current
      const outcome = await signToken({
        headerText: next.header ?? texts.current.headerText,
        payloadText: next.payload ?? texts.current.payloadText,
        material: key,
        encoding: keyEncoding,
        allowsUnsecured: mayBeUnsecured,
      })
      // A newer build, or the user changing the token meanwhile, makes this one obsolete.
      if (request !== requests.current || latest.current.token !== fromToken) return
      const built = builtToken(outcome, fromToken)
      setDrafts({ ...drafts.current, token: built })
      setResult({ outcome, token: built })
      if (built !== fromToken) {
        latest.current.token = built
        onTokenChange(built)
      }
    },
    [onTokenChange, setDrafts, setResult],
  )

  // The key box's new text reaches this hook on the next render; a build starting now must use it already.
  const previousKey = useRef<SigningKey>({ material, encoding })
  const takeKey = useCallback((newKey: SigningKey | undefined) => {
    if (!newKey) return
    latest.current.material = newKey.material
    latest.current.encoding = newKey.encoding
    previousKey.current = newKey
  }, [])

  const edit = useCallback(
    (part: 'header' | 'payload', text: string, newKey?: SigningKey) => {
      takeKey(newKey)
      const { token: current } = latest.current
      const base = drafts.current.token === current ? drafts.current : { token: current }
      const next = { ...base, [part]: text }
      setDrafts(next)
      void build(next, current)
    },
    [build, setDrafts, takeKey],
  )
  const editHeader = useCallback((text: string, newKey?: SigningKey) => edit('header', text, newKey), [edit])
  const editPayload = useCallback((text: string) => edit('payload', text), [edit])

  const startToken = useCallback(
    (header: string, payload: string, newKey?: SigningKey) => {
      takeKey(newKey)
      const next = { header, payload, token: latest.current.token }
      setDrafts(next)
      void build(next, latest.current.token)
    },
    [build, setDrafts, takeKey],
  )

  const acceptUnsecured = useCallback(() => {
    setAllowsUnsecured(true)
    latest.current.allowsUnsecured = true
    void build(drafts.current, latest.current.token)
  }, [build, setAllowsUnsecured])

  // A token built here follows the key box: a new key signs it again.
  useEffect(() => {
    const keyChanged = previousKey.current.material !== material || previousKey.current.encoding !== encoding
    previousKey.current = { material, encoding }
    if (keyChanged && result?.token === latest.current.token && result.outcome.state !== 'error') void build(drafts.current, latest.current.token)
  }, [material, encoding, result, build])

  const shown = result?.token === token ? result : null
  const error = shown?.outcome.state === 'error' ? shown.outcome : undefined
  const partError = (part: 'header' | 'payload'): PartError | undefined =>
    error?.part === part ? { message: error.message, ...(error.position !== undefined ? { position: error.position } : {}) } : undefined
  const headerError = partError('header')
  const payloadError = partError('payload')
  return {
    canEdit: decoded === null ? false : decoded.serialization === 'compact' && !decoded.parts.some((part) => part.name === 'ciphertext'),
    headerText,
    payloadText,
    ...(headerError ? { headerError } : {}),
    ...(payloadError ? { payloadError } : {}),
    result: shown,
    editHeader,
    editPayload,
    startToken,
    acceptUnsecured,
  }
}

/** The token a build leaves: a new one, or the old one re-encoded around its previous signature. */
function builtToken(outcome: SignOutcome, previous: string): string {
  switch (outcome.state) {
    case 'signed':
    case 'unsecured':
      return outcome.token
    case 'unsigned': {
      // The last part of a compact token, without any quote or spaces the user pasted around it.
      const previousSignature = /([\w-]*)[^\w-]*$/.exec(previous.split('.').length === 3 ? previous : '')?.[1] ?? ''
      return `${outcome.signingInput}.${previousSignature}`
    }
    case 'needs-consent':
    case 'error':
      return previous
  }
}

function partText(decoded: DecodedToken | null, part: 'header' | 'payload'): string {
  const content = decoded?.[part]
  if (content?.type === 'json') return content.pretty
  return content?.type === 'text' ? content.text : ''
}
