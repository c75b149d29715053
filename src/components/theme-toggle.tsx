import { useTheme, type ThemeChoice } from '../hooks/use-theme'

const next: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' }
const labels: Record<ThemeChoice, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' }
const icons: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' }

export function ThemeToggle() {
  const [theme, setTheme] = useTheme()
  return (
    <button
      type="button"
      onClick={() => setTheme(next[theme])}
      title={`${labels[theme]} (click for ${next[theme]})`}
      className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      <span aria-hidden="true">{icons[theme]}</span>
      <span className="sr-only sm:not-sr-only">{labels[theme]}</span>
    </button>
  )
}
