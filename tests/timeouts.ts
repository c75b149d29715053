// How long tests wait, scaled for the machine they run on. A test that passes takes as long as its
// work and no longer; these only decide how long a stuck test hangs before it is reported. Shared by
// vite.config.ts (test and hook timeouts) and tests/setup-ui.ts (Testing Library's waits).
import { availableParallelism, loadavg } from 'node:os'

/**
 * TEST_TIMEOUT_SCALE multiplies every timeout (e.g. 3 on a slow CI runner). Without it, CI doubles
 * them, and a machine already busier than its cores when the run starts stretches them by its load.
 */
export function timeoutScale(env: Record<string, string | undefined> = process.env): number {
  const chosen = Number(env.TEST_TIMEOUT_SCALE)
  if (Number.isFinite(chosen) && chosen > 0) return chosen
  const load = loadavg()[0]! / availableParallelism()
  return Math.max(env.CI ? 2 : 1, Math.min(4, load))
}

/** Per test, in the Node and happy-dom projects: crypto (RSA key generation) and whole-page renders. */
export const unitTestTimeoutMs = 20_000
/** How long findBy* and waitFor wait for the page, in the happy-dom project. */
export const asyncUtilTimeoutMs = 10_000
