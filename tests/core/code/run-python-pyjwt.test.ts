// Runs every generated PyJWT program with Debian's Python, and the FastAPI app through TestClient.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { debianPython, expectCases, requireRuntime, runProcess, type Observed } from './program-runner'
import { describeProgramRuns, setupTimeoutMs, type RunProgram } from './program-suite'

const context = describeProgramRuns({
  language: 'python-pyjwt',
  check: () => {
    requireRuntime({ path: debianPython, packages: 'python3', what: "Debian's Python (/usr/bin/python3)" })
    requireRuntime({ path: debianPython, args: ['-c', 'import jwt, cryptography'], packages: 'python3-jwt python3-cryptography', what: 'PyJWT with cryptography' })
  },
  prepare: async (programs, workspace) => {
    const runners = new Map<string, RunProgram>()
    for (const { name, program } of programs) {
      const file = await workspace.write(`program/${name}/${program.fileName}`, program.source)
      runners.set(name, (env) => runProcess(debianPython, [file], { env }))
    }
    return runners
  },
})

interface AppAnswer {
  status: number
  body: unknown
}

describe('python-pyjwt FastAPI dependency', () => {
  it('answers 200 with the payload for a valid token and 401 otherwise, for every setup', async () => {
    requireRuntime({ path: debianPython, args: ['-c', 'import fastapi, httpx'], packages: 'python3-fastapi python3-httpx', what: 'FastAPI with its TestClient' })
    const { workspace, generate } = context()
    // Tokens the library cannot verify are refused, as the command-line tests check.
    const setups = context().setups.filter((setup) => generate(setup, 'fastapi-dependency').ok)
    const jobs = await Promise.all(setups.map(async (setup) => {
      const app = generate(setup, 'fastapi-dependency')
      if (!app.ok) throw new Error(`${setup.spec.name}: ${app.reason}`)
      expect(app.fileName).toBe('main.py')
      const file = await workspace.write(`fastapi/${setup.spec.name}/main.py`, app.source)
      return { file, keyText: setup.keyText ?? null, tokens: setup.cases.map((each) => each.token) }
    }))
    const harness = fileURLToPath(new URL('harness/call-fastapi-apps.py', import.meta.url))
    const result = await runProcess(debianPython, [harness], { input: JSON.stringify(jobs) })
    expect(result, result.stderr).toMatchObject({ code: 0 })
    const answers = JSON.parse(result.stdout) as { missingHeader: AppAnswer; tokens: AppAnswer[] }[]
    for (const [index, setup] of setups.entries()) {
      const answer = answers[index]!
      // FastAPI's HTTPBearer answers a request without credentials itself.
      expect(answer.missingHeader.status, setup.spec.name).toBe(403)
      await expectCases(setup, (tokenCase) => Promise.resolve(appOutcome(tokenCase.name, answer.tokens[setup.cases.indexOf(tokenCase)]!)))
    }
  }, setupTimeoutMs)
})

function appOutcome(name: string, answer: AppAnswer): Observed {
  const detail = JSON.stringify(answer)
  if (answer.status === 200) return { outcome: { name, verified: true, payload: answer.body }, detail }
  return { outcome: answer.status === 401 ? { name, verified: false } : { name, verified: false, payload: `status ${answer.status}` }, detail }
}
