import { describe, expect, it } from 'vitest'
import { isFramedByAnotherSite, refuseFraming } from '../../src/frame-guard'

const origin = { origin: 'https://jwt.example' }

describe('isFramedByAnotherSite', () => {
  it('lets the page run in its own tab and in a frame of its own site', () => {
    const own = { location: origin } as unknown as Window
    expect(isFramedByAnotherSite({ top: own, self: own, location: origin } as unknown as Window)).toBe(false)
    expect(isFramedByAnotherSite({ top: { location: origin }, self: {}, location: origin } as unknown as Window)).toBe(false)
  })

  it('refuses a frame of another site, whether or not its address can be read', () => {
    expect(isFramedByAnotherSite({ top: { location: { origin: 'https://evil.example' } }, self: {}, location: origin } as unknown as Window)).toBe(true)
    const unreadable = {
      get location(): Location {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError')
      },
    }
    expect(isFramedByAnotherSite({ top: unreadable, self: {}, location: origin } as unknown as Window)).toBe(true)
  })
})

describe('refuseFraming', () => {
  it('puts a sentence and a link that opens the page in its own tab in place of the page', () => {
    const root = document.createElement('div')
    root.innerHTML = '<main>the shell</main>'
    refuseFraming(root, 'https://jwt.example/app/#/?token=x')
    expect(root.textContent).toContain('does not run inside another site’s frame')
    const link = root.querySelector('a')!
    expect(link).toHaveAttribute('href', 'https://jwt.example/app/#/?token=x')
    expect(link).toHaveAttribute('target', '_top')
    expect(root.querySelector('main')?.textContent).not.toContain('the shell')
  })
})
