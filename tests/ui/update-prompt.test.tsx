import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { RegisterSWOptions } from 'virtual:pwa-register'
import { UpdatePrompt, offlineNoticeMs } from '../../src/features/offline/update-prompt'
import { dismissOfflineReady, dismissUpdate } from '../../src/features/offline/use-service-worker'
import { renderApp } from './render-app'

// vite-plugin-pwa's registration, as the service worker's events reach it.
const sw = vi.hoisted(() => ({
  activateWaitingVersion: vi.fn(async () => {}),
  options: {} as RegisterSWOptions,
}))

vi.mock('virtual:pwa-register', () => ({
  registerSW(options: RegisterSWOptions) {
    sw.options = options
    return sw.activateWaitingVersion
  },
}))
vi.mock('../../src/editor/code-mirror-view', () => new Promise(() => {}))

/** navigator.serviceWorker with a registration that has, or has not, a new version waiting. */
class FakeServiceWorkerContainer extends EventTarget {
  hasWaiting = true
  getRegistration = async () => ({ waiting: this.hasWaiting ? {} : null })
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

const prompt = 'A new version of JWT Workbench is ready. Reload to use it.'
const newVersionWaits = () => act(() => sw.options.onNeedRefresh?.())

it('shows nothing while there is no news', () => {
  render(<UpdatePrompt />)
  expect(screen.getByRole('status')).toBeEmptyDOMElement()
})

it('announces a waiting version, and Later puts it off', async () => {
  render(<UpdatePrompt />)
  newVersionWaits()
  expect(screen.getByRole('status')).toHaveTextContent(prompt)
  await userEvent.click(screen.getByRole('button', { name: 'Later' }))
  expect(screen.getByRole('status')).toBeEmptyDOMElement()
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
  expect(screen.getByRole('status')).toHaveTextContent(prompt)
})

it('says the app works offline, until dismissed', async () => {
  render(<UpdatePrompt />)
  act(() => sw.options.onOfflineReady?.())
  expect(screen.getByRole('status')).toHaveTextContent('Ready to work offline')
  await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
  expect(screen.getByRole('status')).toBeEmptyDOMElement()
})

it('lets the offline notice go by itself', () => {
  vi.useFakeTimers()
  render(<UpdatePrompt />)
  act(() => sw.options.onOfflineReady?.())
  act(() => vi.advanceTimersByTime(offlineNoticeMs - 1))
  expect(screen.getByRole('status')).toHaveTextContent('Ready to work offline')
  act(() => vi.advanceTimersByTime(1))
  expect(screen.getByRole('status')).toBeEmptyDOMElement()
})

it('prefers the update to the offline notice when both have news', () => {
  render(<UpdatePrompt />)
  act(() => sw.options.onOfflineReady?.())
  newVersionWaits()
  expect(screen.getByRole('status')).toHaveTextContent(prompt)
  expect(screen.queryByText(/Ready to work offline/)).not.toBeInTheDocument()
})

it('shows the prompt on every page of the app, from the root layout', async () => {
  await renderApp('/about')
  await screen.findByRole('heading', { name: 'About JWT Workbench' })
  newVersionWaits()
  expect(await screen.findByText(prompt)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
})
