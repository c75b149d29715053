// Runs generated programs for real: a temporary folder to write them in, child processes with a
// clean environment, a small pool so two cores are not flooded, and a local JWK Set server.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { expect } from 'vitest'
import type { KeySetup, TokenCase } from './token-cases'

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd?: string
  env?: Record<string, string | undefined>
  input?: string
  timeoutMs?: number
}

/** Debian's interpreter, which has the python3-* packages; the python3 on PATH may be another one. */
export const debianPython = '/usr/bin/python3'
export const debianGo = '/usr/bin/go'

/** The environment a program sees: nothing from this process but what finding programs needs. */
export function childEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    // The JWK Set server is local: no proxy may stand in between.
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    ...extra,
  }
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined))
}

export function runProcess(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { cwd: options.cwd, env: childEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolvePromise({ code, stdout, stderr })
    })
    // A program that exits before reading its input closes the pipe; its exit code tells the story.
    child.stdin.on('error', () => {})
    child.stdin.end(options.input ?? '')
  })
}

/** Runs at most `limit` tasks at once; the others wait their turn. */
export function limitConcurrency(limit = Math.max(2, availableParallelism())): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0
  const waiting: (() => void)[] = []
  return async (task) => {
    if (running >= limit) await new Promise<void>((wake) => waiting.push(wake))
    running++
    try {
      return await task()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}

/** A temporary folder for programs, with the project's node_modules beside them (NODE_PATH does not serve `import`). */
export async function createProgramRoot(name: string): Promise<{ root: string; write: (path: string, text: string) => Promise<string>; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), `${name}-`))
  await symlink(resolve('node_modules'), join(root, 'node_modules'), 'dir')
  return {
    root,
    write: async (path, text) => {
      const file = join(root, path)
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, text)
      return file
    },
    remove: () => rm(root, { recursive: true, force: true }),
  }
}

/** Fails, naming the Debian package to install, when a runtime the programs need is missing. */
export function requireRuntime(check: { path: string; args?: string[]; packages: string; what: string }): void {
  const missing = !existsSync(check.path) || (check.args !== undefined && spawnSync(check.path, check.args, { env: childEnv(), stdio: 'ignore' }).status !== 0)
  if (missing) throw new Error(`${check.what} is missing: install the Debian package(s) ${check.packages} (apt-get install ${check.packages}).`)
}

/** Serves each setup's key set as JSON at /<name>.json on 127.0.0.1. */
export async function startJwksServer(): Promise<{ urlFor: (name: string) => string; serve: (setup: KeySetup) => void; close: () => Promise<void> }> {
  const sets = new Map<string, unknown>()
  const server = createServer((request, response) => {
    const body = sets.get(request.url ?? '')
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body ?? { error: 'no such key set' }))
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  return {
    urlFor: (name) => `http://127.0.0.1:${port}/${name}.json`,
    serve: (setup) => {
      if (setup.served) sets.set(`/${setup.spec.name}.json`, setup.served)
    },
    close: () => new Promise((done) => server.close(() => done())),
  }
}

/** What a run must show: a valid token's payload printed with exit 0, anything else a non-zero exit and a reason. */
export interface Outcome {
  name: string
  verified: boolean
  payload?: unknown
}

/** An outcome, and what to show beside it when it is not the one expected. */
export interface Observed {
  outcome: Outcome
  detail: string
}

export function expectedOutcomes(cases: readonly TokenCase[]): Outcome[] {
  return cases.map((each) => (each.payload ? { name: each.name, verified: true, payload: each.payload } : { name: each.name, verified: false }))
}

/** A program run as an outcome; a failing run without a message on stderr is not a proper refusal. */
export function programOutcome(name: string, result: RunResult): Observed {
  const detail = `exit ${result.code}; stdout: ${result.stdout.trim().slice(0, 400)}; stderr: ${result.stderr.trim().slice(0, 600)}`
  if (result.code === 0) {
    try {
      return { outcome: { name, verified: true, payload: JSON.parse(result.stdout) }, detail }
    } catch {
      return { outcome: { name, verified: true, payload: 'stdout is not JSON' }, detail }
    }
  }
  if (result.stderr.trim() === '') return { outcome: { name, verified: false, payload: 'nothing on stderr' }, detail }
  return { outcome: { name, verified: false }, detail }
}

/** Runs one setup's cases through `run` and compares every outcome at once, so a failure shows them all. */
export async function expectCases(setup: KeySetup, run: (token: TokenCase) => Promise<Observed>): Promise<void> {
  const observed = await Promise.all(setup.cases.map(run))
  const expected = expectedOutcomes(setup.cases)
  const shown = observed.map(({ outcome, detail }, index) => (isDeepStrictEqual(outcome, expected[index]) ? outcome : { ...outcome, detail }))
  expect(shown).toEqual(expected)
}
