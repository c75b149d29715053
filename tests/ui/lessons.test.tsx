import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from './render-app'
import { lessonCatalog, loadLessonContent } from '../../src/features/lessons/catalog'
import { PresenterView, slidesOf } from '../../src/features/lessons/presenter-view'
import { rfc7519Token } from '../fixtures/tokens'

describe('the lessons', () => {
  it('are linked from every page, and listed with a link each', async () => {
    for (const path of ['/', '/about']) {
      const { unmount } = await renderApp(path)
      expect(await screen.findByTestId('nav-lessons')).toHaveAttribute('href', '/lessons')
      unmount()
    }
    const { router } = await renderApp('/')
    fireEvent.click(await screen.findByTestId('nav-lessons'))
    await waitFor(() => expect(router.state.location.pathname).toBe('/lessons'))
    const links = await screen.findAllByTestId('lesson-link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual(lessonCatalog.map((lesson) => `/lessons/${lesson.slug}`))
  })

  it.each(lessonCatalog.map((lesson) => [lesson.slug, lesson.title]))('renders %s with its tokens to try and its self-check', async (slug, title) => {
    await renderApp(`/lessons/${slug}`)
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument()
    const tries = screen.getAllByTestId('lesson-try')
    expect(tries.length).toBeGreaterThan(0)
    for (const link of tries) expect(link.getAttribute('href')).toMatch(/^\/\?token=[\w.%-]+&lesson=/)
    expect(screen.getByTestId('self-check')).toHaveAttribute('data-state', 'unanswered')
  })

  it('gives feedback on each answer, and marks the lesson done in the index', async () => {
    const content = (await loadLessonContent('alg-none'))!
    const wrong = content.check.options.findIndex((option) => !option.isCorrect)
    const right = content.check.options.findIndex((option) => option.isCorrect)
    const { router } = await renderApp('/lessons/alg-none')
    const check = await screen.findByTestId('self-check')
    const choices = within(check).getAllByRole('radio')
    fireEvent.click(choices[wrong]!)
    fireEvent.click(within(check).getByRole('button', { name: 'Check my answer' }))
    expect(check).toHaveAttribute('data-state', 'incorrect')
    const plain = (index: number) => content.check.options[index]!.feedback.replace(/`/g, '')
    expect(screen.getByTestId('self-check-feedback').textContent).toBe(`Not quite. ${plain(wrong)}`)
    fireEvent.click(choices[right]!)
    fireEvent.click(within(check).getByRole('button', { name: 'Check my answer' }))
    expect(check).toHaveAttribute('data-state', 'correct')
    // The verdict is said once, by the page, not again by the lesson's text.
    const feedback = screen.getByTestId('self-check-feedback').textContent ?? ''
    expect(feedback).toBe(`Right. ${plain(right)}`)
    expect(feedback.match(/Right\./g)).toHaveLength(1)
    await router.navigate({ to: '/lessons' })
    const link = (await screen.findAllByTestId('lesson-link')).find((element) => element.getAttribute('href') === '/lessons/alg-none')!
    expect(link).toHaveTextContent('✓ done')
  })

  it('opens a lesson token in the debugger, with the way back to the lesson', async () => {
    const { router } = await renderApp('/lessons/anatomy')
    fireEvent.click((await screen.findAllByTestId('lesson-try'))[0]!)
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(await screen.findByTestId('lesson-banner')).toHaveTextContent('Opened from the lesson Anatomy of a JWT')
    expect(screen.getByTestId('token-kind')).toHaveAttribute('data-kind', 'jws')
  })

  it('shows a token a trainer put in the link', async () => {
    await renderApp(`/lessons/alg-none?token=${encodeURIComponent(rfc7519Token)}`)
    expect(await screen.findByRole('heading', { name: 'The token your trainer shared' })).toBeInTheDocument()
    expect(screen.getAllByTestId('lesson-try').some((link) => link.getAttribute('href')?.includes(encodeURIComponent(rfc7519Token)))).toBe(true)
  })

  it('decodes the hovered group of the live token in the anatomy lesson', async () => {
    await renderApp('/lessons/anatomy')
    const anatomy = await screen.findByTestId('token-anatomy')
    expect(within(anatomy).getByTestId('anatomy-decoded').textContent).toMatch(/"alg"/)
    fireEvent.mouseEnter(within(anatomy).getByText('eyJh'))
    expect(within(anatomy).getByTestId('anatomy-group')).toHaveTextContent('Characters 1–4 eyJh hold bytes 1–3: 7b 22 61, as text {"a')
  })

  it('shows the pointed part of the anatomy, with the others laid out unseen so that nothing moves', async () => {
    await renderApp('/lessons/anatomy')
    const anatomy = await screen.findByTestId('token-anatomy')
    const signature = anatomy.querySelector('.token-part-signature')!
    fireEvent.mouseEnter(signature.firstElementChild!)
    expect(within(anatomy).getByTestId('anatomy-decoded').textContent).toMatch(/^([0-9a-f]{2} )+[0-9a-f]{2}$/)
    expect(within(anatomy).getAllByText(/^(Header|Payload|Signature)$/).map((name) => [name.textContent, name.closest('[aria-hidden]') === null])).toEqual([
      ['Header', false],
      ['Payload', false],
      ['Signature', true],
    ])
  })

  it('says so for a lesson that does not exist', async () => {
    await renderApp('/lessons/no-such-lesson')
    expect(await screen.findByRole('heading', { name: 'This page does not exist' })).toBeInTheDocument()
  })
})

describe('presenting a lesson', () => {
  it('steps through the slides with the keyboard, and leaves with Escape', async () => {
    const content = (await loadLessonContent('expiry'))!
    const count = slidesOf(content).length
    const { router } = await renderApp('/present/expiry')
    const presenter = await screen.findByTestId('presenter')
    expect(presenter).toHaveAttribute('data-slide', '1')
    expect(presenter).toHaveAttribute('data-slides', String(count))
    fireEvent.keyDown(document, { key: 'ArrowRight' })
    await waitFor(() => expect(screen.getByTestId('presenter')).toHaveAttribute('data-slide', '2'))
    expect(screen.getByRole('heading', { level: 2, name: content.sections[0]!.heading })).toBeInTheDocument()
    fireEvent.keyDown(document, { key: 'End' })
    await waitFor(() => expect(screen.getByTestId('presenter')).toHaveAttribute('data-slide', String(count)))
    expect(screen.getByTestId('self-check')).toBeInTheDocument()
    fireEvent.keyDown(document, { key: 'ArrowRight' })
    expect(screen.getByTestId('presenter')).toHaveAttribute('data-slide', String(count))
    fireEvent.keyDown(document, { key: 'ArrowLeft' })
    await waitFor(() => expect(screen.getByTestId('presenter')).toHaveAttribute('data-slide', String(count - 1)))
    expect(router.state.location.search).toEqual({ slide: count - 1 })
    fireEvent.keyDown(document, { key: 'Escape' })
    await waitFor(() => expect(router.state.location.pathname).toBe('/lessons/expiry'))
  })

  it('lets Space press a focused button or link instead of turning the slide', async () => {
    const onSlideChange = vi.fn()
    const lesson = lessonCatalog.find((entry) => entry.slug === 'expiry')!
    render(<PresenterView lesson={lesson} content={(await loadLessonContent('expiry'))!} slide={1} onSlideChange={onSlideChange} onExit={() => {}} />)
    fireEvent.keyDown(screen.getByRole('button', { name: 'Leave (Esc)' }), { key: ' ' })
    expect(onSlideChange).not.toHaveBeenCalled()
    fireEvent.keyDown(document.body, { key: ' ' })
    expect(onSlideChange).toHaveBeenCalledWith(2)
  })

  it('shows code on a slide without a copy button, which nobody can use on a projector', async () => {
    const content = (await loadLessonContent('alg-none'))!
    const slide = content.sections.findIndex((section) => section.blocks.some((block) => block.type === 'code')) + 2
    await renderApp(`/present/alg-none?slide=${slide}`)
    const presenter = await screen.findByTestId('presenter')
    expect(within(presenter).getByRole('figure')).toBeInTheDocument()
    expect(within(presenter).queryByRole('button', { name: /^Copy/ })).toBeNull()
  })

  it('opens at the slide the link names', async () => {
    await renderApp('/present/revocation?slide=3')
    expect(await screen.findByTestId('presenter')).toHaveAttribute('data-slide', '3')
  })
})
