// index.html paints a static copy of the debugger's first screen before any script runs, and React
// replaces it. These tests keep the copy true to the page: the same token and the same classes, so
// nothing moves or changes when React takes over, and nothing that would clash with the page's own.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { renderApp } from './render-app'
import { exampleSecret, exampleToken } from '../../src/features/token-input/example-token'

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
  it('shows the example token, coloured by part', () => {
    const [header, payload, signature] = exampleToken.split('.')
    expect(shellElement('.token-part-header').textContent).toBe(header)
    expect(shellElement('.token-part-payload').textContent).toBe(payload)
    expect(shellElement('.token-part-signature').textContent).toBe(signature)
    expect(shellElement('.token-part-header').parentElement?.textContent).toBe(exampleToken)
    expect(shellElement('code').textContent).toBe(exampleSecret)
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
      ['left column', container.querySelector('main > div'), shellElement('main > div')],
      ['token panel', panel, shellElement('section')],
      ['title bar', heading.parentElement, shellElement('section h2').parentElement!],
      ['panel title', heading, shellElement('section h2')],
      ['actions', heading.nextElementSibling, shellElement('section h2').nextElementSibling!],
    ]
    for (const [name, rendered, copy] of pairs) expect(layoutClasses(copy), name).toEqual(layoutClasses(rendered))

    const nav = within(container.querySelector('nav')!)
    for (const link of shell.querySelectorAll('nav a')) {
      expect(layoutClasses(link), link.textContent!).toEqual(layoutClasses(nav.getByRole('link', { name: link.textContent! })))
    }
    expect(layoutClasses(shellElement('nav > span'))).toEqual(layoutClasses(nav.getByRole('button')))

    const actions = within(heading.nextElementSibling as HTMLElement).getAllByRole('button')
    const copies = [...shellElement('section h2').nextElementSibling!.children]
    expect(copies.map((copy) => copy.textContent)).toEqual(actions.map((button) => button.textContent))
    for (const [index, copy] of copies.entries()) expect(layoutClasses(copy), copy.textContent!).toEqual(layoutClasses(actions[index]!))

    const example = within(panel).getByText(/This is an example/)
    expect(layoutClasses(shellElement('section > div:last-child > p'))).toEqual(layoutClasses(example))
    expect(shellElement('section > div:last-child > p').textContent!.replace(/\s+/g, ' ').trim()).toBe(example.textContent)
  })
})
