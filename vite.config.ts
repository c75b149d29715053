/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa'
import { availableParallelism, loadavg } from 'node:os'

// No inline script and no eval: scripts come only from this site. WebAssembly (the secret cracker)
// needs 'wasm-unsafe-eval', which allows compiling WebAssembly and nothing else. Styles allow inline
// because the editor writes its own. connect-src is for the JWKS and discovery fetches a user asks
// for: any https origin, and local development servers. public/_headers repeats it for hosts that
// send headers, with what only a header can say (frame-ancestors).
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/** The policy as a meta tag in the built page only: the dev server's hot reload runs an inline script. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }],
  }
}

/** The service worker precaches the build so the app works offline, and the manifest makes it installable. */
const pwaOptions: Partial<VitePWAOptions> = {
  // A new version waits for the user's Reload (src/features/offline/update-prompt.tsx), never mid-session.
  registerType: 'prompt',
  // The update prompt registers through virtual:pwa-register/react once the page has loaded.
  injectRegister: false,
  includeAssets: ['favicon.svg'],
  manifest: {
    // Relative to the manifest's own URL, so installing works from whatever sub-path serves the build.
    id: './',
    start_url: './',
    scope: './',
    name: 'JWT Workbench',
    short_name: 'JWT Bench',
    description: 'Decode, inspect and debug JSON Web Tokens in your browser. Nothing you paste leaves your device.',
    display: 'standalone',
    theme_color: '#0f172a',
    background_color: '#ffffff',
    icons: [
      { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
      { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
      { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Every chunk, the lazy ones and the ~430 KB zxcvbn wordlist included (all under the 2 MiB default
    // limit), so every page, lesson and the cracker work offline. screenshot.png is for the README only.
    globPatterns: ['**/*.{js,css,html}'],
    // Precache only, no runtime caching: JWKS and discovery fetches always go to the network, and
    // nothing a user pastes is ever stored. Routes live in the hash, so the only page is index.html;
    // a query string in front of the hash is ignored instead of falling back to another response.
    navigateFallback: null,
    ignoreURLParametersMatching: [/./],
    // The first install takes over the open tab, so it works offline without a reload. Updates still
    // wait: a waiting worker only activates when the user chooses Reload.
    clientsClaim: true,
  },
}

/**
 * How much longer tests may take on this machine. A passing test takes as long as its work; the
 * timeouts only decide how long a stuck one hangs before it is reported, so they can be generous.
 * TEST_TIMEOUT_SCALE multiplies them (e.g. 3 on a slow runner); without it CI doubles them, and a
 * machine already busier than its cores when the run starts stretches them by its load (up to 4).
 */
function timeoutScale(): number {
  const chosen = Number(process.env.TEST_TIMEOUT_SCALE)
  if (Number.isFinite(chosen) && chosen > 0) return chosen
  const load = loadavg()[0]! / availableParallelism()
  return Math.max(process.env.CI ? 2 : 1, Math.min(4, load))
}
// Worked out once, here, and handed to the test workers, which apply it to Testing Library's waits (tests/setup-ui.ts).
const scale = timeoutScale()
// Per test in the Node and happy-dom projects: crypto such as RSA key generation, and whole-page renders.
const unitTestTimeoutMs = 20_000

export default defineConfig({
  // Relative asset URLs: the build works unchanged from any sub-path of any static host.
  base: './',
  plugins: [tailwindcss(), tanstackRouter({ target: 'react', autoCodeSplitting: true }), react(), contentSecurityPolicyMeta(), VitePWA(pwaOptions)],
  build: { target: 'es2022' },
  test: {
    // A busy machine slows every test: generous timeouts keep a slow pass from being reported as a failure.
    testTimeout: unitTestTimeoutMs * scale,
    hookTimeout: unitTestTimeoutMs * scale,
    env: { TEST_TIMEOUT_SCALE: String(scale) },
    projects: [
      {
        extends: true,
        // tests/editor mirrors src/editor as tests/core mirrors src/core: editor states built and updated
        // without a DOM, as CodeMirror's own packages test them, so Node runs them with the core.
        test: { name: 'core', include: ['tests/core/**/*.test.ts', 'tests/editor/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ['tests/ui/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup-ui.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000 * scale,
          hookTimeout: 60_000 * scale,
          fileParallelism: false,
        },
      },
    ],
  },
})
