import type { Config } from 'tailwindcss'

// Colours of the token's parts are shared by the token editor, the JSON views and the claims table.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  darkMode: ['variant', '&:where(.dark, .dark *)'],
  theme: {
    extend: {
      colors: {
        part: {
          header: 'var(--part-header)',
          payload: 'var(--part-payload)',
          signature: 'var(--part-signature)',
          key: 'var(--part-key)',
          iv: 'var(--part-iv)',
          ciphertext: 'var(--part-ciphertext)',
          tag: 'var(--part-tag)',
        },
      },
      fontFamily: {
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'Liberation Mono', 'monospace'],
      },
    },
  },
} satisfies Config
