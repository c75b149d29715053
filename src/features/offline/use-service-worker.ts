// The page's one service worker registration, and what it reports, read through a hook.
import { useSyncExternalStore } from 'react'
import { registerSW } from 'virtual:pwa-register'

export interface ServiceWorkerNews {
  /** A new version is installed and waits for the user's Reload. */
  isUpdateWaiting: boolean
  /** The first install has finished: the app now opens without a network. */
  isOfflineReady: boolean
}

let news: ServiceWorkerNews = { isUpdateWaiting: false, isOfflineReady: false }
const listeners = new Set<() => void>()

function report(change: Partial<ServiceWorkerNews>) {
  news = { ...news, ...change }
  for (const listener of listeners) listener()
}

// Registered once, when this module loads, outside React: the plugin's useRegisterSW registers in a
// useState initializer, so each render React throws away (while a route suspends) adds a Workbox
// instance, and the one that stays may have missed the install.
const activateWaitingVersion = registerSW({
  immediate: true,
  onNeedRefresh: () => report({ isUpdateWaiting: true }),
  onOfflineReady: () => report({ isOfflineReady: true }),
  // By default every open tab reloads when the new version takes over, losing what was pasted
  // there; only the tab whose user chose Reload does (reloadToUpdate).
  onNeedReload: () => {},
})

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useServiceWorker(): ServiceWorkerNews {
  return useSyncExternalStore(subscribe, () => news)
}

export function dismissUpdate() {
  report({ isUpdateWaiting: false })
}

export function dismissOfflineReady() {
  report({ isOfflineReady: false })
}

/** Lets the waiting version take over, then reloads this tab into it. */
export async function reloadToUpdate() {
  const registration = await navigator.serviceWorker.getRegistration()
  // Another tab has already switched to the new version: a plain reload picks it up.
  if (!registration?.waiting) return window.location.reload()
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true })
  await activateWaitingVersion()
}
