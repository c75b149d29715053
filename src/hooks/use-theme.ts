// Light, dark, or whatever the system prefers. Kept for the session only: nothing is stored.
import { useEffect, useState } from 'react'

export type ThemeChoice = 'system' | 'light' | 'dark'

export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>('system')
  useEffect(() => {
    const root = document.documentElement
    root.classList.toggle('light', choice === 'light')
    root.classList.toggle('dark', choice === 'dark')
  }, [choice])
  return [choice, setChoice]
}
