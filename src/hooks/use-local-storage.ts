// The browser's localStorage, or null where the browser blocks site data.
import { useMemo } from 'react'

export function useLocalStorage(): Storage | null {
  return useMemo(() => openLocalStorage(), [])
}

// Reading window.localStorage throws a SecurityError where the browser blocks site data.
function openLocalStorage(): Storage | null {
  try {
    return window.localStorage
  } catch (error) {
    if (error instanceof DOMException) return null
    throw error
  }
}
