import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { RegisterSWOptions } from 'virtual:pwa-register'
import { UpdatePrompt, offlineNoticeMs } from '../../src/features/offline/update-prompt'
import { dismissOfflineReady, dismissUpdate } from '../../src/features/offline/use-service-worker'
import { renderApp } from './render-app'

// vite-plugin-pwa's registration, as the service worker's events reach it.
const sw = vi.hoisted(() => {
  const options: RegisterSWOptions = {}
  return { activateWaitingVersion: vi.fn(() => Promise.resolve()), options }
})

vi.mock('virtual:pwa-register', () => ({
  registerSW(options: RegisterSWOptions) {
    sw.options = options
    return sw.activateWaitingVersion
  },
}))

/** navigator.serviceWorker with a registration that has, or has not, a new version waiting. */
class FakeServiceWorkerContainer extends EventTarget {
  hasWaiting = true
  getRegistration = () => Promise.resolve({ waiting: this.hasWaiting ? {} : null })
}
let container: FakeServiceWorkerContainer
let reload: ReturnType<typeof vi.fn>

beforeEach(() => {
  container = new FakeServiceWorkerContainer()
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: container })
  reload = vi.fn()
  vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as unknown as Location)
})

afterEach(() => {
  act(() => {
    dismissUpdate()
    dismissOfflineReady()
  })
  sw.activateWaitingVersion.mockClear()
  Reflect.deleteProperty(navigator, 'serviceWorker')
  vi.restoreAllMocks()
  vi.useRealTimers()
})

const prompt = 'A new version is ready.'
const newVersionWaits = () => act(() => { sw.options.onNeedRefresh?.() })
const offlineIsReady = () => act(() => { sw.options.onOfflineReady?.() })
/** The two live regions, in document order: the offline notice's, where the prompt is rendered, then the update's, in a corner. */
const regions = () => {
  const [offline, update, ...more] = screen.getAllByRole('status')
  expect(more).toEqual([])
  return { offline: offline!, update: update! }
}

it('shows nothing while there is no news', () => {
  render(<UpdatePrompt />)
  expect(regions().offline).toBeEmptyDOMElement()
  expect(regions().update).toBeEmptyDOMElement()
})

it('announces a waiting version, and Later puts it off', async () => {
  render(<UpdatePrompt />)
  newVersionWaits()
  expect(regions().update).toHaveTextContent(prompt)
  await userEvent.click(screen.getByRole('button', { name: 'Later' }))
  expect(regions().update).toBeEmptyDOMElement()
  expect(sw.activateWaitingVersion).not.toHaveBeenCalled()
  expect(reload).not.toHaveBeenCalled()
})

it('lets the waiting version take over on Reload, and reloads once it has', async () => {
  render(<UpdatePrompt />)
  newVersionWaits()
  await userEvent.click(screen.getByRole('button', { name: 'Reload' }))
  expect(sw.activateWaitingVersion).toHaveBeenCalledOnce()
  expect(reload).not.toHaveBeenCalled()
  container.dispatchEvent(new Event('controllerchange'))
  expect(reload).toHaveBeenCalledOnce()
})

it('reloads at once when another tab has already switched to the new version', async () => {
  container.hasWaiting = false
  render(<UpdatePrompt />)
  newVersionWaits()
  await userEvent.click(screen.getByRole('button', { name: 'Reload' }))
  expect(reload).toHaveBeenCalledOnce()
  expect(sw.activateWaitingVersion).not.toHaveBeenCalled()
})

it('never reloads a tab whose user did not ask, when another tab switches to the new version', () => {
  render(<UpdatePrompt />)
  newVersionWaits()
  sw.options.onNeedReload?.()
  container.dispatchEvent(new Event('controllerchange'))
  expect(reload).not.toHaveBeenCalled()
  expect(regions().update).toHaveTextContent(prompt)
})

it('keeps the update prompt until the user acts on it', () => {
  vi.useFakeTimers()
  render(<UpdatePrompt />)
  newVersionWaits()
  act(() => { vi.advanceTimersByTime(60 * 60 * 1000) })
  expect(regions().update).toHaveTextContent(prompt)
})

it('says the app works offline, until dismissed', async () => {
  render(<UpdatePrompt />)
  offlineIsReady()
  expect(regions().offline).toHaveTextContent('Ready to work offline: the app now opens without a network connection.')
  await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
  expect(regions().offline).toBeEmptyDOMElement()
})

it('lets the offline notice go by itself after a few seconds', () => {
  vi.useFakeTimers()
  render(<UpdatePrompt />)
  offlineIsReady()
  expect(offlineNoticeMs).toBeLessThanOrEqual(8000)
  act(() => { vi.advanceTimersByTime(offlineNoticeMs - 1) })
  expect(regions().offline).toHaveTextContent('Ready to work offline')
  act(() => { vi.advanceTimersByTime(1) })
  expect(regions().offline).toBeEmptyDOMElement()
})

it('keeps the offline notice while the pointer or focus is on it, then lets it go', () => {
  vi.useFakeTimers()
  render(<UpdatePrompt />)
  offlineIsReady()
  const notice = screen.getByTestId('offline-ready')
  fireEvent.pointerEnter(notice)
  act(() => { vi.advanceTimersByTime(offlineNoticeMs * 3) })
  expect(regions().offline).toHaveTextContent('Ready to work offline')
  fireEvent.pointerLeave(notice)
  act(() => { screen.getByRole('button', { name: 'Dismiss' }).focus() })
  act(() => { vi.advanceTimersByTime(offlineNoticeMs * 3) })
  expect(regions().offline).toHaveTextContent('Ready to work offline')
  act(() => { screen.getByRole('button', { name: 'Dismiss' }).blur() })
  act(() => { vi.advanceTimersByTime(offlineNoticeMs) })
  expect(regions().offline).toBeEmptyDOMElement()
})

it('shows the offline notice and the update prompt each in its own place when both have news', () => {
  render(<UpdatePrompt />)
  offlineIsReady()
  newVersionWaits()
  expect(regions().offline).toHaveTextContent('Ready to work offline')
  expect(regions().update).toHaveTextContent(prompt)
})

it('shows the offline notice in the header of every page, in the flow, where it covers nothing', async () => {
  await renderApp('/about')
  await screen.findByRole('heading', { name: 'About JWT Workbench' })
  offlineIsReady()
  newVersionWaits()
  const notice = await within(screen.getByRole('banner')).findByTestId('offline-ready')
  for (let element: HTMLElement | null = notice; element; element = element.parentElement) expect(element.className).not.toMatch(/\b(fixed|absolute|sticky)\b/)
  // The update prompt, which waits for an answer, is one line in a corner, outside the header.
  expect(within(screen.getByRole('banner')).queryByTestId('update-prompt')).toBeNull()
  expect(screen.getByTestId('update-prompt')).toHaveTextContent(prompt)
})
