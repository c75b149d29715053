// index.html paints a static copy of the debugger's first screen before any script runs, and React
// replaces it. These tests keep the copy true to the page: the same token and the same classes, so
// nothing moves or changes when React takes over, and nothing that would clash with the page's own.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { renderApp } from './render-app'
import { exampleToken, makeExampleToken } from '../../src/features/token-input/example-token'

const indexHtml = readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8')
const page = new DOMParser().parseFromString(indexHtml, 'text/html')
const shell = page.getElementById('root')!

/**
 * The classes that shape the layout. Hover, focus and disabled styles do not apply to the shell's
 * inert copies, and the router's `active` marker has no style.
 */
function layoutClasses(element: Element | null): string[] {
  if (!element) throw new Error('element not found')
  return [...element.classList].filter((name) => name !== 'active' && !/(^|:)(hover|focus|focus-visible|disabled):/.test(name)).sort()
}

function shellElement(selector: string): Element {
  const element = shell.querySelector(selector)
  if (!element) throw new Error(`The shell has no ${selector}`)
  return element
}

describe('the static shell in index.html', () => {
  it('shows the example token as issued once, coloured by part: same header, claims and length as the page issues', () => {
    const shellToken = shellElement('.token-part-header').parentElement!.textContent
    const [header, payload, signature] = shellToken.split('.')
    expect(shellElement('.token-part-header').textContent).toBe(header)
    expect(shellElement('.token-part-payload').textContent).toBe(payload)
    expect(shellElement('.token-part-signature').textContent).toBe(signature)
    const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>
    const shellClaims = claimsOf(shellToken)
    expect(shellToken).toBe(makeExampleToken(shellClaims.iat as number))
    expect(Object.keys(shellClaims)).toEqual(Object.keys(claimsOf(exampleToken())))
    expect(shellToken.split('.').map((part) => part.length)).toEqual(exampleToken().split('.').map((part) => part.length))
  })

  it('carries no ids, test hooks or scripts of its own', () => {
    expect(shell.querySelectorAll('[id], [data-testid], script, style, [style]')).toHaveLength(0)
    const handlers = [...shell.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')))
    expect(handlers).toEqual([])
    // A Content-Security-Policy without 'unsafe-inline' refuses inline scripts.
    expect(page.body.querySelectorAll('script:not([src])')).toHaveLength(0)
  })

  it('has one main landmark and one h1, as the page does', () => {
    expect(shell.querySelectorAll('main')).toHaveLength(1)
    expect([...shell.querySelectorAll('h1')].map((heading) => heading.textContent)).toEqual(['JWT debugger'])
  })

  it('has the classes of the elements React renders in their place', async () => {
    const { container } = await renderApp('/')
    const heading = await screen.findByRole('heading', { name: 'Encoded token' })
    const panel = heading.closest('section')!
    const pairs: Array<[string, Element | null, Element]> = [
      ['layout', container.querySelector('header')?.parentElement ?? null, shellElement('header').parentElement!],
      ['header', container.querySelector('header'), shellElement('header')],
      ['header row', container.querySelector('header > div'), shellElement('header > div')],
      ['logo link', container.querySelector('header > div > a'), shellElement('header > div > a')],
      ['nav', container.querySelector('nav'), shellElement('nav')],
      ['main', container.querySelector('main'), shellElement('main')],
      ['columns', container.querySelector('main > div'), shellElement('main > div')],
      ['left column', container.querySelector('main > div > div'), shellElement('main > div > div')],
      ['token column', container.querySelector('main > div > div > div'), shellElement('main > div > div > div')],
      ['token panel', panel, shellElement('section')],
      ['title bar', heading.parentElement, shellElement('section h2').parentElement!],
      ['panel title', heading, shellElement('section h2')],
      ['actions', panel.querySelector(':scope > div.border-t'), shellElement('section > div[aria-hidden]')],
    ]
    for (const [name, rendered, copy] of pairs) expect(layoutClasses(copy), name).toEqual(layoutClasses(rendered))
    // The title bar holds the title alone: the actions sit under the token, after it in the tab order.
    expect(heading.nextElementSibling).toBeNull()

    const nav = within(container.querySelector('nav')!)
    for (const link of shell.querySelectorAll('nav a')) {
      expect(layoutClasses(link), link.textContent).toEqual(layoutClasses(nav.getByRole('link', { name: link.textContent })))
    }
    expect(layoutClasses(shellElement('nav > span'))).toEqual(layoutClasses(nav.getByRole('button')))

    const actions = within(panel.querySelector<HTMLElement>(':scope > div.border-t')!).getAllByRole('button')
    const copies = [...shellElement('section > div[aria-hidden]').querySelectorAll('span')].filter((copy) => copy.children.length === 0)
    expect(copies.map((copy) => copy.textContent)).toEqual(actions.map((button) => button.textContent))
    for (const [index, copy] of copies.entries()) expect(layoutClasses(copy), copy.textContent).toEqual(layoutClasses(actions[index]!))
  })
})
