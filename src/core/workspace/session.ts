// The debugger's state as one reducer: the token, the key boxes and the key fetches. Everything the
// user typed lives here, and every change to it is an action, so the rules that protect what the
// user typed (a late fetch never overwrites a newer edit) are plain code, tested without a page.
import type { SecretEncoding } from '../keys/decode-secret'
import type { JwksFailure, JwksResult } from '../jwks/fetch-jwks'

/** What the user typed to check or decrypt one token. */
export interface KeyInputs {
  keyText: string
  encoding: SecretEncoding
  jwksUrl: string
}

export const emptyKeyInputs: KeyInputs = { keyText: '', encoding: 'utf8', jwksUrl: '' }

export type KeyFetch =
  | { state: 'idle' }
  | { state: 'fetching'; url: string; request: number; keyRevision: number }
  | { state: 'fetched'; result: JwksResult }
  | { state: 'failed'; failure: JwksFailure }
  /** The keys arrived after the user had changed the key box, so they were not loaded. */
  | { state: 'superseded'; url: string }

/** One key box with its fetcher: the page has one per token it can check (the outer one, a JWE's inner token). */
export interface KeySlot {
  inputs: KeyInputs
  /** Where the key box's text came from: the user, or a key set fetched from a URL. */
  source: { kind: 'typed' } | { kind: 'fetched'; url: string }
  /** Counts changes to the key box made by the user; a fetch remembers the count it started at. */
  revision: number
  fetch: KeyFetch
}

export type SlotName = 'outer' | 'inner'

/** A token that replaced the one on the page by an action other than typing, to announce. */
export interface LoadedToken {
  message: string
  /** Increases with every load, so the page moves focus to the token even when the message repeats. */
  serial: number
}

/** Text that held several tokens, kept when one of them is opened so its list stays one click away. */
export interface SearchedText {
  text: string
  /** How many tokens were found in it. */
  count: number
}

export interface SessionState {
  token: string
  keys: Record<SlotName, KeySlot>
  loaded: LoadedToken | null
  /** The text the token in the box was picked from, when it was picked from a list of found tokens. */
  searchedText: SearchedText | null
  /** A change to the key box made by an action, to announce. */
  keyNotice: string | null
  /** The second token, compared with the one in the token box; kept while the compare tool is closed. */
  comparison: string
}

export type SessionAction =
  | { type: 'token-edited'; token: string }
  /** The second token of the comparison, typed or chosen. */
  | { type: 'comparison-edited'; token: string }
  /** Another part of the page put a token in the token box: say so and bring it into view. */
  | { type: 'token-loaded'; token: string; message: string }
  /** Another part of the page is building a new token (it arrives signed a moment later): say so and bring it into view. */
  | { type: 'token-announced'; message: string }
  /** A token picked from those found in the box's text: it replaces the text, which is kept to go back to. */
  | { type: 'found-token-opened'; token: string; message: string; searchedText: SearchedText }
  | { type: 'key-edited'; slot: SlotName; keyText: string }
  /** A key chosen by an action (a found secret, a generated key): the user asked for it, so it counts as theirs. */
  | { type: 'key-loaded'; slot: SlotName; keyText: string; encoding?: SecretEncoding; message: string }
  | { type: 'encoding-chosen'; slot: SlotName; encoding: SecretEncoding }
  | { type: 'jwks-url-edited'; slot: SlotName; url: string }
  | { type: 'jwks-fetch-started'; slot: SlotName; url: string; request: number }
  | { type: 'jwks-fetch-finished'; slot: SlotName; request: number; outcome: { ok: true; value: JwksResult } | { ok: false; error: JwksFailure } }

export const emptyKeySlot: KeySlot = { inputs: emptyKeyInputs, source: { kind: 'typed' }, revision: 0, fetch: { state: 'idle' } }

export function initialSession(token: string): SessionState {
  return { token, keys: { outer: emptyKeySlot, inner: emptyKeySlot }, loaded: null, searchedText: null, keyNotice: null, comparison: '' }
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'token-edited':
      return action.token === state.token ? state : { ...state, token: action.token }
    case 'comparison-edited':
      return action.token === state.comparison ? state : { ...state, comparison: action.token }
    case 'token-loaded':
      return { ...state, token: action.token, loaded: { message: action.message, serial: (state.loaded?.serial ?? 0) + 1 } }
    case 'found-token-opened':
      return { ...state, token: action.token, loaded: { message: action.message, serial: (state.loaded?.serial ?? 0) + 1 }, searchedText: action.searchedText }
    case 'token-announced':
      return { ...state, loaded: { message: action.message, serial: (state.loaded?.serial ?? 0) + 1 } }
    case 'key-edited':
      return updateSlot(state, action.slot, (slot) => typedKey(slot, { ...slot.inputs, keyText: action.keyText }))
    case 'key-loaded':
      return {
        ...updateSlot(state, action.slot, (slot) => typedKey(slot, { ...slot.inputs, keyText: action.keyText, ...(action.encoding ? { encoding: action.encoding } : {}) })),
        keyNotice: action.message,
      }
    case 'encoding-chosen':
      return updateSlot(state, action.slot, (slot) => ({ ...slot, inputs: { ...slot.inputs, encoding: action.encoding } }))
    case 'jwks-url-edited':
      return updateSlot(state, action.slot, (slot) => ({ ...slot, inputs: { ...slot.inputs, jwksUrl: action.url } }))
    case 'jwks-fetch-started':
      return updateSlot(state, action.slot, (slot) => {
        const fetching: KeyFetch = { state: 'fetching', url: action.url, request: action.request, keyRevision: slot.revision }
        // Keys from an earlier fetch no longer answer the question asked: they leave the box, and their verdict with them.
        return slot.source.kind === 'fetched' ? { ...slot, inputs: { ...slot.inputs, keyText: '' }, source: { kind: 'typed' }, fetch: fetching } : { ...slot, fetch: fetching }
      })
    case 'jwks-fetch-finished':
      return updateSlot(state, action.slot, (slot) => finishFetch(slot, action.request, action.outcome))
  }
}

function updateSlot(state: SessionState, name: SlotName, change: (slot: KeySlot) => KeySlot): SessionState {
  const slot = state.keys[name]
  const next = change(slot)
  return next === slot ? state : { ...state, keys: { ...state.keys, [name]: next } }
}

/** The user's own change to the key box: it wins over any fetch still running. */
function typedKey(slot: KeySlot, inputs: KeyInputs): KeySlot {
  if (inputs.keyText === slot.inputs.keyText && inputs.encoding === slot.inputs.encoding) return slot
  // The outcome of a finished fetch described the keys it put in the box; they are gone now.
  const fetch = slot.fetch.state === 'fetched' || slot.fetch.state === 'superseded' ? { state: 'idle' as const } : slot.fetch
  return { inputs, source: { kind: 'typed' }, revision: slot.revision + 1, fetch }
}

function finishFetch(slot: KeySlot, request: number, outcome: { ok: true; value: JwksResult } | { ok: false; error: JwksFailure }): KeySlot {
  const { fetch } = slot
  // Only the newest fetch may finish; an older one that answers late is dropped.
  if (fetch.state !== 'fetching' || fetch.request !== request) return slot
  if (!outcome.ok) return { ...slot, fetch: { state: 'failed', failure: outcome.error } }
  if (slot.revision !== fetch.keyRevision) return { ...slot, fetch: { state: 'superseded', url: fetch.url } }
  return {
    ...slot,
    inputs: { ...slot.inputs, keyText: JSON.stringify(outcome.value.jwks, null, 2) },
    source: { kind: 'fetched', url: outcome.value.jwksUrl },
    fetch: { state: 'fetched', result: outcome.value },
  }
}
