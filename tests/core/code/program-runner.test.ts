import { describe, expect, it } from 'vitest'
import { limitConcurrency, requireRuntime, runProcess } from './program-runner'

describe('program runner', () => {
  it('fails with the Debian package to install when a runtime is missing', () => {
    expect(() => requireRuntime({ path: '/nonexistent/bin/go', packages: 'golang-go', what: 'Go (/usr/bin/go)' })).toThrow(
      'Go (/usr/bin/go) is missing: install the Debian package(s) golang-go (apt-get install golang-go).',
    )
    expect(() => requireRuntime({ path: process.execPath, args: ['-e', 'process.exit(3)'], packages: 'python3-jwt', what: 'PyJWT' })).toThrow('apt-get install python3-jwt')
    expect(() => requireRuntime({ path: process.execPath, args: ['-e', ''], packages: 'nodejs', what: 'Node' })).not.toThrow()
  })

  it('runs a process with input and a clean environment, and reports its exit code and output', async () => {
    const script = 'process.stdin.on("data", (d) => process.stdout.write(String(d).toUpperCase())); process.stdin.on("end", () => { console.error(process.env.SECRET_OF_THE_TEST ?? "clean"); process.exitCode = 4 })'
    process.env.SECRET_OF_THE_TEST = 'leaked'
    try {
      expect(await runProcess(process.execPath, ['-e', script], { input: 'abc' })).toEqual({ code: 4, stdout: 'ABC', stderr: 'clean\n' })
    } finally {
      delete process.env.SECRET_OF_THE_TEST
    }
  })

  it('runs no more tasks at once than its limit', async () => {
    const limit = limitConcurrency(2)
    let running = 0
    let most = 0
    await Promise.all(Array.from({ length: 6 }, () => limit(async () => {
      most = Math.max(most, ++running)
      await new Promise((wake) => setTimeout(wake, 5))
      running--
    })))
    expect(most).toBe(2)
  })
})
