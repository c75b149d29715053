import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { EditorView } from '@codemirror/view'
import { jwtVerify } from 'jose'
import { renderApp, tokenLink, withExampleSecret } from './render-app'
import { makeToken, rfc7519Payload, rfc7519Token } from '../fixtures/tokens'
import { exampleSecret } from '../../src/features/token-input/example-token'
import './support/code-mirror-dom'

// The debugger page with CodeMirror itself in the token box and the JSON editors, typed and pasted
// into as a user does, rather than the light views the other page tests keep.
vi.unmock('../../src/editor/code-mirror-view')

const jsonOf = (testId: string) => JSON.parse(screen.getByTestId(testId).textContent ?? '') as unknown
const docOf = (testId: string) => EditorView.findFromDOM(screen.getByTestId(testId))!.state.doc.toString()
const partOf = (token: string, index: number) => JSON.parse(Buffer.from(token.split('.')[index]!, 'base64url').toString('utf8')) as unknown

/** Clicks the editor, which brings in CodeMirror, and returns its content element once it is in the page. */
async function realEditor(user: UserEvent, testId: string): Promise<HTMLElement> {
  await user.click(await screen.findByTestId(testId))
  await waitFor(() => expect(screen.getByTestId(testId)).toHaveClass('cm-content'))
  return screen.getByTestId(testId)
}

/**
 * Types text key by key at the caret, each key once CodeMirror has taken the one before. user-event
 * sends the next key straight away, and under happy-dom a key that arrives before CodeMirror has
 * read the last one from the page is lost; a browser hands over keys no faster than it handles them.
 * Keep typed text short and where the colours around the caret stay put: when CodeMirror redraws the
 * marks the caret sits in, happy-dom's selection can keep pointing into the replaced text, and the
 * next key lands there (pasting, and CodeMirror's own key bindings, work from its state instead).
 */
async function typeKeys(user: UserEvent, testId: string, text: string) {
  for (const key of text) {
    const before = docOf(testId).length
    await user.keyboard(key)
    await waitFor(() => expect(docOf(testId).length).toBe(before + 1))
  }
}

/** Selects the whole text with the keyboard and pastes over it. */
async function pasteOver(user: UserEvent, testId: string, text: string) {
  await user.click(await realEditor(user, testId))
  await user.keyboard('{Control>}a{/Control}')
  await user.paste(text)
}

describe('the token box as CodeMirror', () => {
  it('decodes a token pasted over the example, and colours its parts', async () => {
    const user = userEvent.setup()
    await renderApp('/')
    const token = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'pasted', exp: 4102444800 })
    await pasteOver(user, 'token-input', token)

    await waitFor(() => expect(jsonOf('payload-json')).toEqual({ sub: 'pasted', exp: 4102444800 }))
    expect(docOf('token-input')).toBe(token)
    expect(jsonOf('header-json')).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(screen.getByTestId('token-kind')).toHaveAttribute('data-kind', 'jws')
    expect(screen.getAllByTestId('claim-row').map((row) => row.getAttribute('data-claim'))).toEqual(['sub', 'exp'])
    expect(screen.getByTestId('expiry-status')).toHaveAttribute('data-state', 'active')
    expect(screen.queryByTestId('decode-error')).not.toBeInTheDocument()
    const content = screen.getByTestId('token-input')
    await waitFor(() => expect(content.querySelector('.token-part-payload')).toHaveTextContent(token.split('.')[1]!))
    expect(content.querySelector('.token-part-header')).toHaveTextContent(token.split('.')[0]!)
  })

  it('decodes a pasted Authorization header line without an error', async () => {
    const user = userEvent.setup()
    await renderApp('/')
    await pasteOver(user, 'token-input', `Authorization: Bearer ${rfc7519Token}`)
    await waitFor(() => expect(jsonOf('payload-json')).toEqual(rfc7519Payload))
    expect(screen.getByTestId('token-kind')).toHaveAttribute('data-kind', 'jws')
    expect(screen.queryByTestId('decode-error')).not.toBeInTheDocument()
  })

  it('follows the keys that finish and break a token', async () => {
    const user = userEvent.setup()
    await renderApp('/')
    await user.click(await realEditor(user, 'token-input'))
    await user.keyboard('{Control>}a{/Control}{Backspace}')
    await waitFor(() => expect(docOf('token-input')).toBe(''))
    expect(screen.queryByTestId('decode-error')).not.toBeInTheDocument()

    // An unsecured token ends with its empty signature's dot: typing it makes the token whole.
    const [header, payload] = makeToken({ alg: 'none' }, { n: 1 }, '').split('.')
    await user.paste(`${header}.${payload}`)
    await waitFor(() => expect(screen.getByTestId('token-kind')).toHaveAttribute('data-kind', 'invalid'))
    expect(screen.getByTestId('decode-error')).toHaveTextContent('this one has 2')

    await typeKeys(user, 'token-input', '.')
    await waitFor(() => expect(screen.getByTestId('token-kind')).toHaveAttribute('data-kind', 'unsecured'))
    expect(docOf('token-input')).toBe(`${header}.${payload}.`)
    expect(jsonOf('header-json')).toEqual({ alg: 'none' })
    expect(jsonOf('payload-json')).toEqual({ n: 1 })
    expect(screen.queryByTestId('decode-error')).not.toBeInTheDocument()
    expect(screen.getByTestId('signature-status')).not.toHaveAttribute('data-state', 'valid')

    await user.keyboard('{Backspace}')
    await waitFor(() => expect(screen.getByTestId('token-kind')).toHaveAttribute('data-kind', 'invalid'))
    expect(docOf('token-input')).toBe(`${header}.${payload}`)
  })

  it('undoes a paste with the keyboard, bringing the previous token back', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(rfc7519Token))
    await pasteOver(user, 'token-input', makeToken({ alg: 'none' }, { sub: 'x' }, ''))
    await waitFor(() => expect(screen.getByTestId('token-kind')).toHaveAttribute('data-kind', 'unsecured'))
    await user.keyboard('{Control>}z{/Control}')
    await waitFor(() => expect(docOf('token-input')).toBe(rfc7519Token))
    await waitFor(() => expect(jsonOf('payload-json')).toEqual(rfc7519Payload))
  })
})

describe('a selection of all the drawn content', () => {
  // Selecting the contents of the element is how a test's fill, or a script, selects everything.
  // The input can arrive before CodeMirror has read that selection, and of a long text it draws only
  // a part: either way the whole text is what was selected.
  it.each([
    ['a short token, the input arriving before the selection is read', 'x'],
    ['a token of 100 KB, of which only a part is drawn', 'x'.repeat(100_000)],
  ])('is replaced whole by what is typed over it: %s', async (_name, blob) => {
    const user = userEvent.setup()
    await renderApp(tokenLink(makeToken({ alg: 'HS256' }, { sub: 'before', blob })))
    const content = await realEditor(user, 'token-input')
    const replacement = makeToken({ alg: 'HS256' }, { sub: 'after' })
    const selection = document.getSelection()!
    selection.removeAllRanges()
    const range = document.createRange()
    range.selectNodeContents(content)
    selection.addRange(range)
    content.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: replacement, bubbles: true, cancelable: true }))
    await waitFor(() => expect(docOf('token-input')).toBe(replacement))
  })
})

describe('the JSON editors as CodeMirror', () => {

  it('re-encodes and re-signs the token from JSON pasted into the payload editor', async () => {
    const user = await withExampleSecret()
    await pasteOver(user, 'payload-editor', '{\n  "sub": "admin"\n}')
    await waitFor(() => expect(partOf(docOf('token-input'), 1)).toEqual({ sub: 'admin' }))
    expect(jsonOf('payload-json')).toEqual({ sub: 'admin' })
    await waitFor(() => expect(screen.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid'))
    await jwtVerify(docOf('token-input'), new TextEncoder().encode(exampleSecret))
    // The editor keeps the text as pasted, with its JSON colours.
    expect(docOf('payload-editor')).toBe('{\n  "sub": "admin"\n}')
    expect(screen.getByTestId('payload-editor').querySelector('.cm-json-string')).toHaveTextContent('"admin"')
  })

  it('follows keys typed into a value, and marks the place where typed JSON breaks', async () => {
    const user = await withExampleSecret()
    const tokenBefore = docOf('token-input')
    await pasteOver(user, 'payload-editor', '{"sub": "ad')
    expect(await screen.findByTestId('payload-error')).toHaveTextContent(/^The payload is not valid JSON/)
    expect(docOf('token-input')).toBe(tokenBefore)

    await typeKeys(user, 'payload-editor', 'min"}')
    await waitFor(() => expect(partOf(docOf('token-input'), 1)).toEqual({ sub: 'admin' }))
    expect(screen.queryByTestId('payload-error')).not.toBeInTheDocument()
    await waitFor(() => expect(screen.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid'))

    const tokenWhole = docOf('token-input')
    await user.keyboard('{Backspace}')
    expect(await screen.findByTestId('payload-error')).toHaveTextContent(/^The payload is not valid JSON/)
    expect(docOf('payload-editor')).toBe('{"sub": "admin"')
    expect(docOf('token-input')).toBe(tokenWhole)
    await waitFor(() => expect(screen.getByTestId('payload-editor').querySelector('.cm-json-error')).not.toBeNull())
  })

  it('signs with the algorithm pasted into the header editor', async () => {
    const user = await withExampleSecret()
    await pasteOver(user, 'header-editor', '{"alg": "HS384", "typ": "JWT"}')
    await waitFor(() => expect(partOf(docOf('token-input'), 0)).toEqual({ alg: 'HS384', typ: 'JWT' }))
    expect(jsonOf('header-json')).toEqual({ alg: 'HS384', typ: 'JWT' })
    await jwtVerify(docOf('token-input'), new TextEncoder().encode(exampleSecret), { algorithms: ['HS384'] })
  })
})
