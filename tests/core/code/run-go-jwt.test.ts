// Builds every generated golang-jwt v4 program offline with Debian's Go and its packaged golang-jwt,
// then runs each binary once per token.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { debianGo, requireRuntime, runProcess } from './program-runner'
import { describeProgramRuns, setupTimeoutMs, type RunProgram, type Workspace } from './program-suite'

/** Where golang-github-golang-jwt-jwt-dev puts golang-jwt v4 (Debian's gocode tree has no v4 folder). */
const packagedJwt = '/usr/share/gocode/src/github.com/golang-jwt/jwt'

/** No network: the module is replaced by Debian's copy, and the local toolchain is the only one. */
const goEnv = { GOPROXY: 'off', GOFLAGS: '-mod=mod', GOSUMDB: 'off', GOTOOLCHAIN: 'local' }

let goFolder = ''

async function buildAll(programs: readonly { name: string; source: string }[], workspace: Workspace): Promise<string> {
  // A folder below the temporary root: Go ignores a go.mod in the system's temporary folder itself.
  const folder = join(workspace.root, 'go')
  await workspace.write(
    'go/go.mod',
    ['module generated.example/programs', '', 'go 1.19', '', 'require github.com/golang-jwt/jwt/v4 v4.4.3', '', `replace github.com/golang-jwt/jwt/v4 => ${packagedJwt}`, ''].join('\n'),
  )
  for (const { name, source } of programs) await workspace.write(`go/${name}/main.go`, source)
  // One go build for every program: the packages compile once, and the links run in parallel.
  const build = await runProcess(debianGo, ['build', '-o', 'bin/', ...programs.map(({ name }) => `./${name}`)], { cwd: folder, env: goEnv, timeoutMs: 170_000 })
  if (build.code !== 0) throw new Error(`go build failed:\n${build.stderr}`)
  return folder
}

describeProgramRuns({
  language: 'go-jwt',
  check: () => {
    requireRuntime({ path: debianGo, packages: 'golang-go', what: 'Go (/usr/bin/go)' })
    requireRuntime({ path: join(packagedJwt, 'parser.go'), packages: 'golang-github-golang-jwt-jwt-dev', what: "Debian's golang-jwt v4 source" })
  },
  prepare: async (programs, workspace) => {
    goFolder = await buildAll(programs.map(({ name, program }) => ({ name, source: program.source })), workspace)
    return new Map(programs.map(({ name }) => [name, ((env) => runProcess(join(goFolder, 'bin', name), [], { env })) satisfies RunProgram]))
  },
})

describe('go-jwt programs as text', () => {
  it('are laid out exactly as gofmt writes them', async () => {
    const gofmt = await runProcess('/usr/bin/gofmt', ['-l', goFolder])
    expect(gofmt).toMatchObject({ code: 0, stdout: '' })
  }, setupTimeoutMs)
})
