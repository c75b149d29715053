import { describe, expect, it } from 'vitest'
import { initialSession, sessionReducer, type SessionAction, type SessionState } from '../../../src/core/workspace/session'
import type { JwksFailure, JwksResult } from '../../../src/core/jwks/fetch-jwks'

const keySet: JwksResult = { jwks: { keys: [{ kty: 'oct', k: 'AAAA' }] }, jwksUrl: 'https://idp.example/jwks', fetched: [] }
const failure: JwksFailure = { code: 'network', message: 'The request to https://idp.example/jwks failed.', fetched: [] }

function run(...actions: SessionAction[]): SessionState {
  return actions.reduce(sessionReducer, initialSession('a.b.c'))
}

const started = (request: number): SessionAction => ({ type: 'jwks-fetch-started', slot: 'outer', url: 'https://idp.example/jwks', request })
const finished = (request: number, ok = true): SessionAction => ({
  type: 'jwks-fetch-finished',
  slot: 'outer',
  request,
  outcome: ok ? { ok: true, value: keySet } : { ok: false, error: failure },
})
const typed = (keyText: string): SessionAction => ({ type: 'key-edited', slot: 'outer', keyText })

describe('sessionReducer', () => {
  it('puts a fetched key set in the key box and remembers where it came from', () => {
    const state = run(started(1), finished(1))
    expect(JSON.parse(state.keys.outer.inputs.keyText)).toEqual(keySet.jwks)
    expect(state.keys.outer.source).toEqual({ kind: 'fetched', url: 'https://idp.example/jwks' })
    expect(state.keys.outer.fetch.state).toBe('fetched')
  })

  it('never replaces a key typed while the fetch was running', () => {
    const state = run(typed('before'), started(1), typed('my own key'), finished(1))
    expect(state.keys.outer.inputs.keyText).toBe('my own key')
    expect(state.keys.outer.source).toEqual({ kind: 'typed' })
    expect(state.keys.outer.fetch).toEqual({ state: 'superseded', url: 'https://idp.example/jwks' })
  })

  it('replaces a key typed before the fetch started: the user asked for the keys', () => {
    expect(run(typed('before'), started(1), finished(1)).keys.outer.source.kind).toBe('fetched')
  })

  it('lets only the newest fetch finish', () => {
    const state = run(started(1), started(2), finished(2, false), finished(1))
    expect(state.keys.outer.fetch.state).toBe('failed')
    expect(state.keys.outer.inputs.keyText).toBe('')
  })

  it('takes the keys of an earlier fetch out of the box when a new one starts, so a failure leaves no old verdict', () => {
    const state = run(started(1), finished(1), started(2), finished(2, false))
    expect(state.keys.outer.inputs.keyText).toBe('')
    expect(state.keys.outer.fetch).toEqual({ state: 'failed', failure })
  })

  it('keeps a typed key through a failed fetch', () => {
    const state = run(typed('secret'), started(1), finished(1, false))
    expect(state.keys.outer.inputs.keyText).toBe('secret')
    expect(state.keys.outer.fetch.state).toBe('failed')
  })

  it('forgets the outcome of a fetch once the user edits the keys it loaded', () => {
    const state = run(started(1), finished(1), typed('{}'))
    expect(state.keys.outer.fetch).toEqual({ state: 'idle' })
    expect(state.keys.outer.source).toEqual({ kind: 'typed' })
  })

  it('counts a key loaded by an action as the user’s own, and says what happened', () => {
    const state = run(started(1), { type: 'key-loaded', slot: 'outer', keyText: 'found', encoding: 'utf8', message: 'The secret found is in the key box.' }, finished(1))
    expect(state.keys.outer.inputs.keyText).toBe('found')
    expect(state.keyNotice).toBe('The secret found is in the key box.')
  })

  it('announces every loaded token, even the same one twice', () => {
    const once = run({ type: 'token-loaded', token: 'x.y.z', message: 'Opened the forged token.' })
    const twice = sessionReducer(once, { type: 'token-loaded', token: 'x.y.z', message: 'Opened the forged token.' })
    expect(once.token).toBe('x.y.z')
    expect(once.loaded).toEqual({ message: 'Opened the forged token.', serial: 1 })
    expect(twice.loaded?.serial).toBe(2)
  })

  it('keeps the inner and outer key boxes apart', () => {
    const state = run({ type: 'key-edited', slot: 'inner', keyText: 'inner key' }, { type: 'encoding-chosen', slot: 'outer', encoding: 'hex' })
    expect(state.keys.inner.inputs.keyText).toBe('inner key')
    expect(state.keys.outer.inputs).toEqual({ keyText: '', encoding: 'hex', jwksUrl: '' })
  })

  it('returns the same state for a change that changes nothing', () => {
    const state = run(typed('k'))
    expect(sessionReducer(state, typed('k'))).toBe(state)
    expect(sessionReducer(state, { type: 'token-edited', token: state.token })).toBe(state)
  })
})

describe('sessionReducer: announcements', () => {
  it('announces a token being built without changing the token yet', () => {
    const state = run({ type: 'token-announced', message: 'Signing the token with the new ES256 key.' })
    expect(state.token).toBe('a.b.c')
    expect(state.loaded).toEqual({ message: 'Signing the token with the new ES256 key.', serial: 1 })
  })

  it('keeps the text a found token was opened from through later edits, until another one is opened', () => {
    const pasted = 'Cookie: a=x.y.z; b=p.q.r'
    const opened = run({ type: 'found-token-opened', token: 'x.y.z', message: 'Opened the token from cookie a', searchedText: { text: pasted, count: 2 } })
    expect(opened.token).toBe('x.y.z')
    expect(opened.loaded).toEqual({ message: 'Opened the token from cookie a', serial: 1 })
    const edited = sessionReducer(opened, { type: 'token-edited', token: 'x.y.zz' })
    expect(edited.searchedText).toEqual({ text: pasted, count: 2 })
    const other = sessionReducer(edited, { type: 'found-token-opened', token: 'm.n.o', message: 'Opened the token from text', searchedText: { text: 'log m.n.o', count: 1 } })
    expect(other.searchedText).toEqual({ text: 'log m.n.o', count: 1 })
  })
})

describe('the comparison', () => {
  it('starts empty and keeps the second token as typed', () => {
    expect(initialSession('a.b.c').comparison).toBe('')
    expect(run({ type: 'comparison-edited', token: 'x.y.z' }).comparison).toBe('x.y.z')
  })

  it('returns the same state when the second token does not change', () => {
    const state = run({ type: 'comparison-edited', token: 'x.y.z' })
    expect(sessionReducer(state, { type: 'comparison-edited', token: 'x.y.z' })).toBe(state)
  })

  it('outlives changes to the first token and the keys', () => {
    const state = run({ type: 'comparison-edited', token: 'x.y.z' }, { type: 'token-edited', token: 'd.e.f' }, typed('secret'))
    expect(state.comparison).toBe('x.y.z')
    expect(state.token).toBe('d.e.f')
  })

  it('swaps with the first token as two actions: the token loaded, the comparison edited', () => {
    const state = run({ type: 'comparison-edited', token: 'x.y.z' }, { type: 'token-loaded', token: 'x.y.z', message: 'Swapped.' }, { type: 'comparison-edited', token: 'a.b.c' })
    expect([state.token, state.comparison]).toEqual(['x.y.z', 'a.b.c'])
    expect(state.loaded).toEqual({ message: 'Swapped.', serial: 1 })
  })
})
