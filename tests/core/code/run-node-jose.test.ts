// Runs every generated jose program under Node, and the Next.js route handler with web Requests.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { expectCases, requireRuntime, runProcess, type Observed } from './program-runner'
import { describeProgramRuns, prepareNodePrograms, setupTimeoutMs } from './program-suite'

const context = describeProgramRuns({
  language: 'node-jose',
  check: () => requireRuntime({ path: 'node_modules/jose/package.json', packages: '(none: run npm ci)', what: 'jose in node_modules' }),
  prepare: prepareNodePrograms,
})

interface RouteAnswer {
  status: number
  body: unknown
}

describe('node-jose Next.js route handler', () => {
  it('answers 200 with the payload for a valid token and 401 otherwise, for every setup', async () => {
    const { workspace, generate } = context()
    // Tokens the library cannot verify are refused, as the command-line tests check.
    const setups = context().setups.filter((setup) => generate(setup, 'nextjs-route-handler').ok)
    // Next.js route files are ES modules; a package.json says so to Node.
    await workspace.write('next/package.json', '{ "type": "module" }')
    const jobs = await Promise.all(setups.map(async (setup) => {
      const route = generate(setup, 'nextjs-route-handler')
      if (!route.ok) throw new Error(`${setup.spec.name}: ${route.reason}`)
      expect(route.fileName).toBe('route.js')
      const file = await workspace.write(`next/${setup.spec.name}/route.js`, route.source)
      return { file, keyText: setup.keyText, tokens: setup.cases.map((each) => each.token) }
    }))
    const harness = fileURLToPath(new URL('harness/call-next-routes.js', import.meta.url))
    const result = await runProcess(process.execPath, [harness], { input: JSON.stringify(jobs) })
    expect(result).toMatchObject({ code: 0 })
    const answers = JSON.parse(result.stdout) as { missingHeader: RouteAnswer; tokens: RouteAnswer[] }[]
    for (const [index, setup] of setups.entries()) {
      const answer = answers[index]!
      expect(answer.missingHeader.status, setup.spec.name).toBe(401)
      await expectCases(setup, (tokenCase) => Promise.resolve(routeOutcome(tokenCase.name, answer.tokens[setup.cases.indexOf(tokenCase)]!)))
    }
  }, setupTimeoutMs)
})

function routeOutcome(name: string, answer: RouteAnswer): Observed {
  const detail = JSON.stringify(answer)
  if (answer.status === 200) return { outcome: { name, verified: true, payload: answer.body }, detail }
  return { outcome: answer.status === 401 ? { name, verified: false } : { name, verified: false, payload: `status ${answer.status}` }, detail }
}
