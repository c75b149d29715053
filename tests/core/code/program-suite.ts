// The part of every language's run test that is the same: make the keys and tokens, generate a
// command-line program per setup, hand them to the language's runtime, and check every token's outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateProgram } from '../../../src/core/code/generate-program'
import type { CodeForm, CodeLanguage, GeneratedProgram } from '../../../src/core/code/program-request'
import { createProgramRoot, expectCases, limitConcurrency, programOutcome, runProcess, startJwksServer, type RunResult } from './program-runner'
import { makeSetup, setupSpecs, type KeySetup } from './token-cases'

export type ProgramSuccess = Extract<GeneratedProgram, { ok: true }>
export type Workspace = Awaited<ReturnType<typeof createProgramRoot>>

/** Runs a program with JWT and JWT_KEY in its environment. */
export type RunProgram = (env: { JWT: string; JWT_KEY?: string }) => Promise<RunResult>

export interface LanguageRuntime {
  language: CodeLanguage
  /** Throws, naming the Debian packages to install, when the runtime is missing. */
  check: () => void
  /** Writes the programs (built, where the language builds) and says how to run each. */
  prepare: (programs: readonly { name: string; program: ProgramSuccess }[], workspace: Workspace) => Promise<Map<string, RunProgram>>
}

/** Node's `prepare`: each program in a folder of its own below the workspace, whose node_modules it imports from. */
export const prepareNodePrograms: LanguageRuntime['prepare'] = async (programs, workspace) => {
  const runners = new Map<string, RunProgram>()
  for (const { name, program } of programs) {
    const file = await workspace.write(`program/${name}/${program.fileName}`, program.source)
    runners.set(name, (env) => runProcess(process.execPath, [file], { env }))
  }
  return runners
}

export interface SuiteContext {
  workspace: Workspace
  setups: readonly KeySetup[]
  /** Runs child processes a few at a time, shared by every test in the file. */
  pool: ReturnType<typeof limitConcurrency>
  generate: (setup: KeySetup, form: CodeForm) => GeneratedProgram
}

const scale = Number(process.env.TEST_TIMEOUT_SCALE) || 1
/** Making RSA keys, and building Go programs, before the first case runs. */
export const preparationTimeoutMs = 180_000 * scale
/** One setup's cases, waiting their turn in the pool behind the other setups'. */
export const setupTimeoutMs = 120_000 * scale

/** Registers the hooks and the command-line program tests; framework tests use the context it returns. */
export function describeProgramRuns(runtime: LanguageRuntime): () => SuiteContext {
  let context: SuiteContext | undefined
  let runners = new Map<string, RunProgram>()
  let closeServer = async () => {}
  const generate = (setup: KeySetup, form: CodeForm) => generateProgram({ language: runtime.language, form, ...setup.request })

  beforeAll(async () => {
    runtime.check()
    const workspace = await createProgramRoot(`jwt-${runtime.language}`)
    const server = await startJwksServer()
    closeServer = server.close
    const setups = await Promise.all(setupSpecs.map((spec) => makeSetup(spec, server.urlFor(spec.name))))
    setups.forEach(server.serve)
    const programs = setups.flatMap((setup) => {
      const program = generate(setup, 'program')
      return program.ok ? [{ name: setup.spec.name, program }] : []
    })
    runners = await runtime.prepare(programs, workspace)
    context = { workspace, setups, pool: limitConcurrency(), generate }
  }, preparationTimeoutMs)

  afterAll(async () => {
    await closeServer()
    await context?.workspace.remove()
  })

  const current = (): SuiteContext => {
    if (!context) throw new Error('The suite was not prepared.')
    return context
  }

  describe(`${runtime.language} command-line programs`, () => {
    it.concurrent.each(setupSpecs.map((spec) => spec.name))('%s', async (name) => {
      const { setups, pool } = current()
      const setup = setups.find((each) => each.spec.name === name)!
      const run = runners.get(name)
      if (!run) {
        // The language cannot verify this token: the generator says why and names one that can.
        const refusal = generate(setup, 'program')
        expect(refusal).toMatchObject({ ok: false, reason: expect.stringContaining(setup.spec.alg), suggestion: expect.any(String) })
        return
      }
      await expectCases(setup, (tokenCase) => pool(async () => programOutcome(tokenCase.name, await run({ JWT: tokenCase.token, JWT_KEY: setup.keyText }))))
    }, setupTimeoutMs)
  })

  return current
}
