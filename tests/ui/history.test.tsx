import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { openTool, renderApp } from './render-app'
import { makeToken, rfc7519Token } from '../fixtures/tokens'
import { exampleToken } from '../../src/features/token-input/example-token'
import { HistoryPanel } from '../../src/features/history/history-panel'
import { summarizeToken } from '../../src/core/history/summarize-token'

const storageKey = 'jwt-workbench.token-history'
const nowSeconds = 1_800_000_000
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const jwe = `${b64({ alg: 'dir', enc: 'A256GCM' })}..${'A'.repeat(16)}.${'A'.repeat(20)}.${'A'.repeat(22)}`
const expired = makeToken({ alg: 'HS256', typ: 'JWT' }, { iss: 'https://login.example.com', sub: 'user-1', exp: nowSeconds - 60 })
const active = makeToken({ alg: 'ES256' }, { sub: 'user-2', exp: nowSeconds + 3600 })

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
  localStorage.clear()
})

/**
 * localStorage as a browser has it: values up to `roomChars` long fit, longer ones throw the
 * browser's QuotaExceededError, as they do once this site's quota is used up.
 */
class StorageStub implements Storage {
  readonly items = new Map<string, string>()
  readonly setItem = vi.fn((key: string, value: string) => {
    if (value.length > this.roomChars) throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError')
    this.items.set(key, String(value))
  })
  constructor(public roomChars = Number.POSITIVE_INFINITY) {}
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
}

/** The panel alone, on a fake clock at `nowSeconds`, with a stub localStorage holding the history as `entries` (or off). */
function renderPanel(token: string | null, entries?: string[]) {
  vi.useFakeTimers({ now: nowSeconds * 1000 })
  const storage = new StorageStub()
  if (entries) storage.items.set(storageKey, JSON.stringify(entries.map((kept, index) => ({ token: kept, savedAtMs: nowSeconds * 1000 - index }))))
  vi.spyOn(window, 'localStorage', 'get').mockReturnValue(storage)
  const onOpenToken = vi.fn()
  const result = render(<HistoryPanel token={token} onOpenToken={onOpenToken} />)
  return { ...result, storage, onOpenToken, settle: () => act(() => { vi.advanceTimersByTime(1500) }) }
}

const entriesShown = () => within(screen.getByTestId('history-list')).queryAllByTestId('history-entry')

describe('summarizeToken', () => {
  it.each([
    { name: 'an expired token', token: expired, summary: { alg: 'HS256', iss: 'https://login.example.com', sub: 'user-1', expiry: 'expired' } },
    { name: 'a token that has not expired', token: active, summary: { alg: 'ES256', iss: null, sub: 'user-2', expiry: 'active' } },
    { name: 'a token not valid yet', token: makeToken({ alg: 'RS256' }, { nbf: nowSeconds + 5 }), summary: { alg: 'RS256', iss: null, sub: null, expiry: 'not-yet-valid' } },
    { name: 'a token without exp', token: rfc7519Token.replace(/^[^.]+/, b64({ alg: 'HS256' })), summary: { alg: 'HS256', iss: 'joe', sub: null, expiry: 'expired' } },
    { name: 'a token with no claims to read', token: makeToken({ alg: 'HS256' }, 'not claims'), summary: { alg: 'HS256', iss: null, sub: null, expiry: 'unreadable' } },
    { name: 'a numeric sub', token: makeToken({ alg: 'none' }, { sub: 42 }, ''), summary: { alg: 'none', iss: null, sub: '42', expiry: 'no-expiry' } },
    { name: 'a JWE', token: jwe, summary: { alg: 'dir', iss: null, sub: null, expiry: 'encrypted' } },
    { name: 'an SD-JWT', token: `${active}~${b64(['salt', 'email', 'a@example.com'])}~`, summary: { alg: 'ES256', iss: null, sub: 'user-2', expiry: 'active' } },
    { name: 'a header without alg', token: makeToken({ typ: 'JWT' }, {}), summary: { alg: null, iss: null, sub: null, expiry: 'no-expiry' } },
  ])('reads $name', ({ token, summary }) => expect(summarizeToken(token, nowSeconds)).toEqual(summary))
})

describe('the token history', () => {
  it('keeps nothing unless it is turned on', () => {
    const { settle, storage } = renderPanel(rfc7519Token)
    expect(screen.getByTestId('history-toggle')).not.toBeChecked()
    settle()
    act(() => { vi.advanceTimersByTime(60_000) })
    expect(storage.length).toBe(0)
  })

  it('shows for each entry its alg, iss and sub, and whether it has expired', () => {
    renderPanel(null, [expired, active, jwe])
    expect(entriesShown().map((entry) => [within(entry).getByTestId('history-facts').textContent, within(entry).getByTestId('history-facts').dataset.expiry])).toEqual([
      ['HS256iss https://login.example.comsub user-1Expired', 'expired'],
      ['ES256sub user-2Not expired', 'active'],
      ['dirClaims encrypted', 'encrypted'],
    ])
  })

  it('marks an entry expired once its exp passes, on the clock it is given', () => {
    renderPanel(null, [makeToken({ alg: 'HS256' }, { exp: nowSeconds + 20 })])
    expect(screen.getByTestId('history-facts')).toHaveTextContent('Not expired')
    act(() => { vi.advanceTimersByTime(40_000) })
    expect(screen.getByTestId('history-facts')).toHaveTextContent('Expired')
  })

  it('keeps the newest 20 and shows no more than the start of a long token', () => {
    const long = makeToken({ alg: 'HS256' }, { data: 'x'.repeat(20_000) })
    renderPanel(null, [long, ...Array.from({ length: 24 }, (_, index) => makeToken({ alg: 'HS256' }, { n: index }))])
    expect(entriesShown()).toHaveLength(20)
    const shown = within(entriesShown()[0]!).getByText(/^eyJ/)
    expect(shown.textContent).toBe(`${long.slice(0, 64)}…`)
    expect(entriesShown()[0]!.textContent.length).toBeLessThan(300)
  })

  it('opens an entry', () => {
    const { onOpenToken } = renderPanel(null, [expired, active])
    fireEvent.click(within(entriesShown()[1]!).getByRole('button', { name: 'Open' }))
    expect(onOpenToken).toHaveBeenCalledWith(active)
  })

  it('says which token was not kept when the browser storage is full, and keeps the rest working', () => {
    const big = makeToken({ alg: 'HS512' }, { sub: 'big-one', blob: 'x'.repeat(5_000) })
    const { settle, rerender, storage } = renderPanel(big, [expired])
    storage.roomChars = 2_000
    settle()
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(
      `Not kept: this browser's storage for this site is full, so the token below (${big.length.toLocaleString('en-US')} characters) is not in the history. Clear the history to make room for it, or leave it unsaved: it stays on the page until you change or close it. The tokens already kept are unchanged.`,
    )
    expect(within(alert).getByTestId('history-facts')).toHaveTextContent('HS512sub big-oneNo expiry')
    expect(within(alert).getByText(`${big.slice(0, 64)}…`)).toBeInTheDocument()
    // Nothing was lost, and no retry loop: the token is tried once.
    expect(entriesShown()).toHaveLength(1)
    expect(JSON.parse(storage.getItem(storageKey)!)).toEqual([{ token: expired, savedAtMs: nowSeconds * 1000 }])
    act(() => { vi.advanceTimersByTime(60_000) })
    expect(storage.setItem).toHaveBeenCalledOnce()

    // A token that fits is kept as before, and the notice goes.
    rerender(<HistoryPanel token={active} onOpenToken={() => {}} />)
    settle()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(entriesShown().map((entry) => within(entry).getByTestId('history-facts').dataset.expiry)).toEqual(['active', 'expired'])
  })

  it('makes room by clearing the history, on request', () => {
    const token = makeToken({ alg: 'HS256' }, { sub: 'fits-alone', pad: 'x'.repeat(1_000) })
    const { settle, storage } = renderPanel(token, [expired, active])
    storage.roomChars = token.length + 100
    settle()
    expect(screen.getByRole('alert')).toHaveTextContent('Not kept')
    fireEvent.click(screen.getByRole('button', { name: 'Clear the history to make room' }))
    expect(screen.queryByRole('alert')).toBeNull()
    settle()
    expect(entriesShown().map((entry) => within(entry).getByTestId('history-facts').textContent)).toEqual(['HS256sub fits-aloneNo expiry'])
  })

  it('says so when it cannot be turned on for lack of storage', () => {
    const { storage } = renderPanel(null)
    storage.roomChars = 0
    fireEvent.click(screen.getByTestId('history-toggle'))
    expect(screen.getByTestId('history-toggle')).not.toBeChecked()
    expect(screen.getByRole('alert')).toHaveTextContent("The history could not be turned on: this browser's storage for this site is full.")
  })

  it('explains, rather than failing, when the browser blocks site data', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    render(<HistoryPanel token={rfc7519Token} onOpenToken={() => {}} />)
    expect(screen.getByTestId('history-toggle')).toBeDisabled()
    expect(screen.getByRole('alert')).toHaveTextContent('This browser does not let this page store anything (site data is blocked), so the history cannot be turned on.')
  })

  // On the whole page, in real time: the generous waits are ceilings for a busy machine, not expectations.
  it('keeps the tokens opened once it is on, across visits, and forgets them in one click', { timeout: 30_000 }, async () => {
    const { unmount } = await renderApp('/')
    await openTool('history')
    fireEvent.click(await screen.findByTestId('history-toggle', {}, { timeout: 10_000 }))
    await waitFor(() => expect(within(screen.getByTestId('history-list')).getByText(`${exampleToken().slice(0, 64)}…`)).toBeInTheDocument(), { timeout: 10_000 })
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: rfc7519Token } })
    await waitFor(() => expect(within(screen.getByTestId('history-list')).getAllByRole('listitem')).toHaveLength(2), { timeout: 10_000 })
    unmount()

    await renderApp('/?tool=history')
    const list = await screen.findByTestId('history-list', {}, { timeout: 10_000 })
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining(rfc7519Token.slice(0, 64)),
      expect.stringContaining(exampleToken().slice(0, 64)),
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }))
    expect(screen.queryByTestId('history-list')).not.toBeInTheDocument()
    fireEvent.click(screen.getByTestId('history-toggle'))
    expect(Object.keys(localStorage)).toEqual([])
  })
})
