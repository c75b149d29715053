import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp, tokenLink } from './render-app'
import { makeToken } from '../fixtures/tokens'
import { currentSeconds } from '../../src/core/claims/time'

const now = currentSeconds()
const active = makeToken({ alg: 'RS256', typ: 'JWT' }, { iss: 'https://login.example.com', sub: 'ada', exp: now + 2.5 * 3600 })
const expired = makeToken({ alg: 'HS256' }, { sub: 'bob', exp: now - 3 * 86400 })
const forever = makeToken({ alg: 'ES256' }, { iss: 'https://other.example' })

const logText = `2026-12-06T10:00:00Z INFO login ok access=${active}\n2026-12-06T10:00:01Z WARN refresh failed for ${expired}\n`
const rows = () => screen.queryAllByTestId('found-token')
/** Text shown on the page (also said in a live region, whose copy is not shown). */
const findShown = async (text: string) => (await screen.findAllByText(text)).find((element) => !element.classList.contains('sr-only'))
const editorText = () => screen.getByTestId<HTMLTextAreaElement>('token-input').value

describe('tokens found in the token box', () => {
  it('lists the tokens of a pasted log with what each is, instead of a decode error', async () => {
    await renderApp(tokenLink(logText))
    expect(await screen.findByRole('heading', { name: '2 tokens found in this text' })).toBeInTheDocument()
    expect(rows().map((row) => row.getAttribute('data-token'))).toEqual([active, expired])
    const [first, second] = rows()
    expect(first).toHaveTextContent('RS256')
    expect(first).toHaveTextContent('valid for 2 h')
    expect(first).toHaveTextContent('iss https://login.example.com · sub ada')
    expect(second).toHaveTextContent('expired 3 days ago')
    expect(second).toHaveTextContent('sub bob')
    // The decode error is still there for whoever wants it, folded away; the text is not shown as one token.
    expect(screen.getByText('The text as a whole is not one token')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Pick a token to take it apart' })).toBeInTheDocument()
    expect(screen.queryByTestId('payload-json')).not.toBeInTheDocument()
    expect(screen.queryByTestId('stripped-note')).not.toBeInTheDocument()
  })

  it('lists nothing for one token, or for one broken token', async () => {
    await renderApp(tokenLink(`  "${active}"  `))
    expect(await screen.findByTestId('token-kind')).toHaveAttribute('data-kind', 'jws')
    expect(rows()).toHaveLength(0)
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: `${active.slice(0, 30)}!${active.slice(31)}` } })
    await waitFor(() => expect(screen.getByTestId('decode-error')).toBeVisible())
    expect(rows()).toHaveLength(0)
  })

  it('names where each token stood, in words and in data-source', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(`GET /api HTTP/1.1\nAuthorization: Bearer ${active}\nCookie: theme=dark; session=${expired}\n`))
    await screen.findByRole('heading', { name: '2 tokens found in this text' })
    expect(rows().map((row) => row.getAttribute('data-source'))).toEqual(['authorization-header', 'cookie:session'])
    expect(rows()[0]).toHaveTextContent('from the Authorization header')
    expect(rows()[1]).toHaveTextContent('from cookie session')
    await user.click(rows()[1]!)
    expect(await screen.findByTestId('token-loaded')).toHaveTextContent('Opened the token from cookie session.')
  })

  it('says when a token has no expiry', async () => {
    await renderApp(tokenLink(`first ${forever} then ${active}`))
    expect(await screen.findByRole('heading', { name: '2 tokens found in this text' })).toBeInTheDocument()
    expect(rows()[0]).toHaveTextContent('no exp')
  })

  it('opens a token from the list, and goes back to the text it came from', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(logText))
    await user.click((await screen.findAllByTestId('found-token'))[1]!)
    await waitFor(() => expect(editorText()).toBe(expired))
    expect(screen.getByTestId('token-kind')).toHaveAttribute('data-kind', 'jws')
    expect(screen.getByTestId('token-loaded')).toHaveTextContent('Opened the token from the text.')
    expect(rows()).toHaveLength(0)

    await user.click(screen.getByRole('button', { name: '← Back to the 2 tokens found in the text' }))
    await waitFor(() => expect(editorText()).toBe(logText))
    expect(rows()).toHaveLength(2)
    expect(screen.getByTestId('token-loaded')).toHaveTextContent('Back to the text with 2 tokens in it.')
  })

  it('compares two found tokens: one chosen for Compare, the other opened', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(logText))
    await screen.findByRole('heading', { name: '2 tokens found in this text' })
    await user.click(screen.getAllByRole('button', { name: 'Compare the token from the text with another' })[1]!)
    expect(await findShown('The token from the text is in Compare: open the token to set beside it.')).toBeDefined()
    await user.click(rows()[0]!)
    await waitFor(() => expect(editorText()).toBe(active))
    expect(await screen.findByTestId('compare-input')).toHaveValue(expired)
    const changes = (await screen.findAllByTestId('diff-row')).map((row) => `${row.getAttribute('data-part')} ${row.getAttribute('data-name')} ${row.getAttribute('data-change')}`)
    expect(changes).toEqual(expect.arrayContaining(['header alg changed', 'payload iss removed', 'payload sub changed', 'payload exp changed']))
  })

  it('keeps the way back through an edit of the opened token', async () => {
    const user = userEvent.setup()
    await renderApp(tokenLink(logText))
    await user.click((await screen.findAllByTestId('found-token'))[0]!)
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: forever } })
    await user.click(await screen.findByRole('button', { name: '← Back to the 2 tokens found in the text' }))
    await waitFor(() => expect(rows()).toHaveLength(2))
  })

  it('draws the first 200 rows of a long list, and all of them on asking', async () => {
    const user = userEvent.setup()
    const many = Array.from({ length: 250 }, (_, index) => makeToken({ alg: 'HS256' }, { sub: `user-${index}` }))
    await renderApp(tokenLink(many.join('\n')))
    expect(await screen.findByRole('heading', { name: '250 tokens found in this text' })).toBeInTheDocument()
    // Drawn a batch at a time, up to 200.
    await waitFor(() => expect(rows()).toHaveLength(200))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(rows()).toHaveLength(200)
    await user.click(screen.getByRole('button', { name: 'Show all 250' }))
    await waitFor(() => expect(rows()).toHaveLength(250))
    expect(rows()[249]).toHaveAttribute('data-token', many[249])
    expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument()
  })

  it('searches a text too large for the page in the background, and lists its tokens', async () => {
    const filler = `${'log line without anything in it '.repeat(40)}\n`.repeat(60)
    const large = `${filler}token=${active}\n${filler}`
    expect(large.length).toBeGreaterThan(64 * 1024)
    await renderApp(tokenLink(large))
    expect(await screen.findByRole('heading', { name: '1 token found in this text' })).toBeInTheDocument()
    expect(rows().map((row) => row.getAttribute('data-token'))).toEqual([active])
  })
})

describe('tokens found in a file', () => {
  const chooseFile = (file: File) => fireEvent.change(screen.getByTestId('find-file'), { target: { files: [file] } })

  it('lists the tokens of a chosen file under its name, leaving the token box alone', async () => {
    const user = userEvent.setup()
    await renderApp('/')
    await screen.findByTestId('token-kind')
    const before = editorText()
    chooseFile(new File([logText], 'app.log', { type: 'text/plain' }))
    expect(await screen.findByRole('heading', { name: '2 tokens in app.log' })).toBeInTheDocument()
    expect(rows().map((row) => row.getAttribute('data-token'))).toEqual([active, expired])
    expect(editorText()).toBe(before)

    await user.click(rows()[0]!)
    await waitFor(() => expect(editorText()).toBe(active))
    expect(screen.getByTestId('token-loaded')).toHaveTextContent('Opened the token from the text in app.log.')
    expect(rows()).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: '← Back to the 2 tokens in app.log' }))
    expect(rows()).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Close the search of app.log' }))
    expect(rows()).toHaveLength(0)
    expect(screen.queryByRole('button', { name: /Back to/ })).not.toBeInTheDocument()
  })

  it('says when a file holds no token', async () => {
    await renderApp('/')
    chooseFile(new File(['nothing here'], 'empty.txt'))
    expect(await findShown('No tokens in empty.txt.')).toBeVisible()
  })

  it('refuses a file over 50 MB and says why', async () => {
    await renderApp('/')
    const huge = new File(['x'], 'huge.har')
    Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 })
    chooseFile(huge)
    expect(await findShown('huge.har is 60 MB; files up to 50 MB can be searched. Search a smaller part of it.')).toBeVisible()
  })

  it('takes a file dropped on the token panel', async () => {
    await renderApp('/')
    const panel = (await screen.findByRole('region', { name: 'Encoded token' })).parentElement!
    const file = new File([logText], 'dropped.har')
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' }
    fireEvent.dragOver(panel, { dataTransfer })
    fireEvent.drop(panel, { dataTransfer })
    expect(await screen.findByRole('heading', { name: '2 tokens in dropped.har' })).toBeInTheDocument()
    expect(within(panel).getAllByTestId('found-token')).toHaveLength(2)
  })
})
