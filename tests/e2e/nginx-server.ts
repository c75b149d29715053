// Runs Debian's nginx for a test, unprivileged and self-contained: its own prefix in a temp folder
// with the config, pid file and temp paths, on a free port of 127.0.0.1, in the foreground as one
// process that the test owns and stops. Nothing under /etc/nginx, /run or /var is written.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const nginxPath = '/usr/sbin/nginx'
/** Debian's type table, which its stock nginx.conf includes at the http level, as the config here does. */
export const mimeTypesPath = '/etc/nginx/mime.types'

export function hasNginx(): boolean {
  return existsSync(nginxPath) && existsSync(mimeTypesPath)
}

export interface RunningNginx {
  /** e.g. http://127.0.0.1:34567 */
  origin: string
  /** What nginx wrote to stderr: startup problems and error-level log lines. */
  log(): string
  close(): Promise<void>
}

/**
 * Adapts a server block meant for a real host to the test: every `listen` becomes one on 127.0.0.1
 * and `port`, and its one `root` becomes `root`. Throws when the block has no such lines, so the
 * test notices when the shipped file changes shape.
 */
export function localServerBlock(serverBlock: string, { port, root }: { port: number; root: string }): string {
  const listen = /^([ \t]*)listen[ \t][^;]*;[^\n]*\n/gm
  const listens = serverBlock.match(listen) ?? []
  const roots = serverBlock.match(/^[ \t]*root[ \t][^;]*;/gm) ?? []
  if (listens.length === 0 || roots.length !== 1) {
    throw new Error(`The server block needs a "listen" line and exactly one "root" line; it has ${listens.length} and ${roots.length}`)
  }
  let first = true
  return serverBlock
    .replace(listen, (_line, indent: string) => {
      if (!first) return ''
      first = false
      return `${indent}listen 127.0.0.1:${port};\n`
    })
    .replace(/^([ \t]*)root[ \t][^;]*;/m, (_line, indent: string) => `${indent}root ${root};`)
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolvePort(port))
    })
  })
}

function mainConfig(prefix: string, serverBlockPath: string): string {
  const temp = (name: string) => join(prefix, 'temp', name)
  return `# Generated for one test run.
# One foreground process: stopping it leaves no workers behind, and run as root it does not hand
# requests to workers running as nobody, who may not read the checkout.
daemon off;
master_process off;
pid ${join(prefix, 'nginx.pid')};
error_log stderr error;
events { worker_connections 64; }
http {
    include ${mimeTypesPath};
    default_type application/octet-stream;
    access_log off;
    # The compiled-in defaults are under /var/lib/nginx, which an unprivileged user cannot write.
    client_body_temp_path ${temp('client-body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    include ${serverBlockPath};
}
`
}

/** Resolves once nginx answers HTTP, rejects with its output if it exits first. */
async function waitUntilServing(child: ChildProcess, origin: string, output: () => string): Promise<void> {
  let exit: Error | undefined
  const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
    exit = new Error(`nginx exited (${signal ?? code}) before serving:\n${output()}`)
  }
  const onError = (error: Error) => {
    exit = error
  }
  // 'close' rather than 'exit': by then all of stderr has arrived.
  child.once('close', onExit).once('error', onError)
  try {
    const deadline = Date.now() + 15_000
    for (;;) {
      try {
        await fetch(`${origin}/`, { signal: AbortSignal.timeout(1_000) })
        return
      } catch {
        if (exit) throw exit
        if (Date.now() > deadline) throw new Error(`nginx did not answer at ${origin} within 15 s:\n${output()}`)
        await new Promise((resolveWait) => setTimeout(resolveWait, 50))
      }
    }
  } finally {
    child.off('close', onExit).off('error', onError)
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolveStop) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolveStop()
    })
    child.kill('SIGTERM')
  })
}

/**
 * Starts nginx with `serverBlock(port)` as its only server. A port taken between choosing it and
 * nginx binding it is retried on another.
 */
export async function startNginx(serverBlock: (port: number) => string): Promise<RunningNginx> {
  const prefix = await mkdtemp(join(tmpdir(), 'nginx-'))
  try {
    await mkdir(join(prefix, 'temp'))
    for (let attempt = 1; ; attempt++) {
      const port = await freePort()
      const serverBlockPath = join(prefix, 'server.conf')
      const configPath = join(prefix, 'nginx.conf')
      await writeFile(serverBlockPath, serverBlock(port))
      await writeFile(configPath, mainConfig(prefix, serverBlockPath))

      let output = ''
      // -e: the log nginx writes before it has read error_log from the config.
      const child = spawn(nginxPath, ['-p', `${prefix}/`, '-c', configPath, '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] })
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
      // Should the test process end without afterAll, nginx must not outlive it.
      const killOnExit = () => child.kill('SIGKILL')
      process.once('exit', killOnExit)

      const origin = `http://127.0.0.1:${port}`
      try {
        await waitUntilServing(child, origin, () => output)
      } catch (error) {
        process.off('exit', killOnExit)
        await stop(child)
        if (attempt < 3 && output.includes('Address already in use')) continue
        throw error
      }
      return {
        origin,
        log: () => output,
        close: async () => {
          process.off('exit', killOnExit)
          await stop(child)
          await rm(prefix, { recursive: true, force: true })
        },
      }
    }
  } catch (error) {
    await rm(prefix, { recursive: true, force: true })
    throw error
  }
}
