// The debugger session: what the user typed (kept for the rest of the visit), and everything the
// page reads from it, derived once: the decoded token, the parsed keys, the decrypted plaintext,
// the disclosed claims and the builder that signs edits. The route lays this out; panels get slices.
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef } from 'react'
import { decodeToken, openDecrypted } from '../../core/token/decode-token'
import type { DecodedToken } from '../../core/token/decoded-token'
import { splitSdJwt, type SdJwtParts } from '../../core/sd-jwt/split-sd-jwt'
import { parseKeyText, type KeyMaterial } from '../../core/keys/parse-key-text'
import { scanJson, type JsonObject } from '../../core/json/scan-json'
import { setMember } from '../../core/json/set-member'
import { newTokenTexts } from '../../core/sign/new-token'
import type { GeneratedKey } from '../../core/keys/generate-key'
import type { DecryptionCheck } from '../../core/decrypt/decryption-status'
import type { SdJwtAnalysis } from '../../core/sd-jwt/analyze-sd-jwt'
import { err, thrownMessage, type Result } from '../../core/result'
import type { JwksFailure, JwksResult } from '../../core/jwks/fetch-jwks'
import { initialSession, sessionReducer, type SessionAction, type SessionState, type SlotName } from '../../core/workspace/session'
import { tokenViewOf, type TokenView } from '../../core/workspace/token-view'
import { useKeptState, type SessionMemory } from '../../hooks/use-kept-state'
import { useFollowingValue } from '../../hooks/use-following-value'
import { useDecryption } from './use-decryption'
import { useSdJwtAnalysis } from './use-sd-jwt-analysis'
import { useTokenBuilder, type TokenBuilder } from './use-token-builder'
import { currentSeconds } from '../../core/claims/time'
import { isJsonObject } from '../../core/json/json-value'


export interface DebuggerSession {
  state: SessionState
  dispatch: (action: SessionAction) => void
  /** The token text as decoded; it trails `state.token` while a huge token is typed. */
  decodedText: string
  sdJwt: SdJwtParts | null
  /** An SD-JWT's disclosures matched with their digests: null for other tokens, undefined while it is worked out. */
  sdJwtAnalysis: SdJwtAnalysis | null | undefined
  /** The token as pasted (for an SD-JWT, its issuer-signed JWT). */
  decoded: DecodedToken | null
  /** The token as read: a decrypted JWE shows its plaintext. */
  opened: DecodedToken | null
  /** A signed token inside a decrypted JWE, checked with its own key. */
  innerToken: DecodedToken | null
  /** The claims the page judges: disclosed ones for an SD-JWT, decrypted ones for a JWE. */
  claims: JsonObject | null
  /** The key box's text, parsed; for a huge text, once typing pauses. */
  keyMaterial: KeyMaterial
  innerKeyMaterial: KeyMaterial
  decryption: DecryptionCheck
  builder: TokenBuilder
  view: TokenView
  /** Fetches the key set named by a key slot's URL. */
  fetchKeys: (slot: SlotName) => void
  /** Puts a generated key in the key box and signs the token with it (a new token when this one cannot be edited). */
  signWithKey: (key: GeneratedKey) => void
  /** Replaces the token with a new one to edit, signed with the key box. */
  startNewToken: () => void
}

export interface DebuggerSessionOptions {
  memory: SessionMemory
  /** A token from the page's link, which replaces the current one when it is new. */
  linkedToken: string | undefined
  /** The token of a first visit. */
  initialToken: () => string
}

export function useDebuggerSession({ memory, linkedToken, initialToken }: DebuggerSessionOptions): DebuggerSession {
  const [state, dispatch] = useReducer(sessionReducer, undefined, () => (memory.get(stateKey) as SessionState | undefined) ?? initialSession(linkedToken ?? initialToken()))
  // Kept for the rest of the visit, so leaving the page and coming back loses nothing.
  useLayoutEffect(() => void memory.set(stateKey, state), [memory, state])

  // A newly opened link brings its token; a link without one leaves the current token alone.
  const [seenLinkedToken, setSeenLinkedToken] = useKeptState(memory, 'debugger.linkedToken', () => linkedToken)
  if (linkedToken !== seenLinkedToken) {
    setSeenLinkedToken(linkedToken)
    if (linkedToken !== undefined) dispatch({ type: 'token-edited', token: linkedToken })
  }

  // Typing stays responsive on huge inputs: their work follows the text at the pace React can render.
  // Texts of usual size are read in the same render as the keystroke, so both paint in one frame.
  const decodedText = useFollowingValue(state.token)
  const outerKeyText = useFollowingValue(state.keys.outer.inputs.keyText)
  const innerKeyText = useFollowingValue(state.keys.inner.inputs.keyText)

  // An SD-JWT is its issuer-signed JWT, decoded and verified as any token, plus disclosures.
  const sdJwt = useMemo(() => splitSdJwt(decodedText), [decodedText])
  const decoded = useMemo(() => decodeToken(sdJwt ? sdJwt.issuerJwt : decodedText), [decodedText, sdJwt])
  const keyMaterial = useMemo(() => parseKeyText(outerKeyText), [outerKeyText])
  const innerKeyMaterial = useMemo(() => parseKeyText(innerKeyText), [innerKeyText])
  const { encoding } = state.keys.outer.inputs
  const decryption = useDecryption(decoded, keyMaterial, encoding)
  const plaintext = decryption.status.state === 'decrypted' ? decryption.status.plaintext : null
  // A decrypted JWE shows its plaintext as the payload; a signed token inside is checked on its own.
  const opened = useMemo(() => (decoded && plaintext ? openDecrypted(decoded, plaintext) : decoded), [decoded, plaintext])
  const innerToken = opened?.kind === 'jwe' && opened.nested && opened.nested.kind !== 'jwe' ? opened.nested : null
  const readable = innerToken ?? opened
  const sdJwtAnalysis = useSdJwtAnalysis(decoded, sdJwt)
  const claimsValue = sdJwtAnalysis?.claims ?? (readable?.payload.type === 'json' ? readable.payload.value : undefined)
  const claims = isJsonObject(claimsValue) ? claimsValue : null

  const onTokenChange = useCallback((token: string) => dispatch({ type: 'token-edited', token }), [dispatch])
  const builder = useTokenBuilder({ token: state.token, onTokenChange, decoded, material: keyMaterial, encoding, memory })
  const view = useMemo(() => tokenViewOf({ decoded, isSdJwt: sdJwt !== null, hasClaims: claims !== null }), [decoded, sdJwt, claims])

  const fetchRequests = useRef(0)
  const latestState = useRef(state)
  useLayoutEffect(() => {
    latestState.current = state
  })
  const fetchKeys = useCallback(
    (slot: SlotName) => {
      const url = latestState.current.keys[slot].inputs.jwksUrl
      const request = ++fetchRequests.current
      dispatch({ type: 'jwks-fetch-started', slot, url, request })
      // The fetcher and its explanations load with the first fetch.
      void import('../../core/jwks/fetch-jwks')
        .then(
          ({ fetchJwks }) => fetchJwks(url),
          (error: unknown): Result<JwksResult, JwksFailure> =>
            err({ code: 'network', message: `The key fetcher could not be loaded (${thrownMessage(error)}). Nothing was requested; reload the page and try again.`, fetched: [] }),
        )
        .then((outcome) => dispatch({ type: 'jwks-fetch-finished', slot, request, outcome }))
    },
    [dispatch],
  )

  const signWithKey = (key: GeneratedKey) => {
    const inputs = key.kind === 'secret' ? { keyText: key.secret, encoding: 'base64url' as const } : { keyText: key.privatePem, encoding: state.keys.outer.inputs.encoding }
    dispatch({ type: 'key-loaded', slot: 'outer', ...inputs, message: `The new ${key.alg} ${key.kind === 'secret' ? 'secret' : 'private key'} is in the key box.` })
    dispatch({ type: 'token-announced', message: `Signed the token with the new ${key.alg} key; its header names the key by its thumbprint.` })
    const newKey = { material: parseKeyText(inputs.keyText), encoding: inputs.encoding }
    const header = scanJson(builder.headerText)
    if (view.isEditable && header.ok && isJsonObject(header.value)) {
      builder.editHeader(setMember(setMember(builder.headerText, 'alg', JSON.stringify(key.alg)), 'kid', JSON.stringify(key.thumbprint)), newKey)
    } else {
      const texts = newTokenTexts(currentSeconds(), key.alg, key.thumbprint)
      builder.startToken(texts.header, texts.payload, newKey)
    }
  }

  const startNewToken = () => {
    const texts = newTokenTexts(currentSeconds())
    dispatch({ type: 'token-announced', message: 'Started a new token: edit its header and payload; the key box signs it.' })
    builder.startToken(texts.header, texts.payload)
  }

  return { state, dispatch, decodedText, sdJwt, sdJwtAnalysis, decoded, opened, innerToken, claims, keyMaterial, innerKeyMaterial, decryption, builder, view, fetchKeys, signWithKey, startNewToken }
}

const stateKey = 'debugger.session'
