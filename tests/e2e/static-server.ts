// A dependency-free static host for the e2e tests. It serves the build under a nested sub-path and
// nothing else, with no rewrites, so a build that assumes the site root or a server-side router fails.
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'

export interface StaticRoute {
  status?: number
  headers?: Record<string, string>
  body: string
}

export interface StaticServerOptions {
  /** Folder to serve; relative paths resolve against the working directory. */
  root?: string
  /** Sub-path the folder is served under, e.g. '/nested/jwt/'. */
  basePath?: string
  /** Extra responses at exact paths (query ignored), inside or outside basePath, e.g. a JWKS with CORS headers. */
  routes?: Record<string, StaticRoute>
}

export interface StaticServer {
  /** Full URL of the sub-path, ending in '/'. */
  url: string
  origin: string
  /** Every request received, as method-less path plus query, in order (404s included). */
  requests: string[]
  /** Live: tests may add or replace routes while the server runs. */
  routes: Record<string, StaticRoute>
  close(): Promise<void>
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '/' : `/${trimmed}/`
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer, head: boolean) {
  // Lower-cased so a route's 'content-type' replaces the default instead of doubling it.
  const merged: Record<string, string> = { 'content-length': String(Buffer.byteLength(body)) }
  for (const [name, value] of Object.entries(headers)) merged[name.toLowerCase()] = value
  res.writeHead(status, merged)
  res.end(head ? undefined : body)
}

function notFound(res: ServerResponse, head: boolean) {
  send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found\n', head)
}

export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? 'dist')
  const basePath = normaliseBasePath(options.basePath ?? '/nested/jwt/')
  const routes = options.routes ?? {}
  const requests: string[] = []

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = req.url ?? '/'
    requests.push(raw)
    const url = new URL(raw, 'http://localhost')
    const head = req.method === 'HEAD'

    const route = routes[url.pathname]
    if (route) {
      send(res, route.status ?? 200, { 'Content-Type': 'text/plain; charset=utf-8', ...route.headers }, route.body, head)
      return
    }
    if (req.method !== 'GET' && !head) {
      send(res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method not allowed\n', head)
      return
    }
    // Hosts redirect the bare folder to its slash form; relative asset URLs only resolve from there.
    if (`${url.pathname}/` === basePath) {
      send(res, 301, { Location: `${basePath}${url.search}` }, '', head)
      return
    }
    if (!url.pathname.startsWith(basePath)) return notFound(res, head)

    let relative: string
    try {
      relative = decodeURIComponent(url.pathname.slice(basePath.length))
    } catch {
      return notFound(res, head)
    }
    const file = resolve(join(root, relative))
    // Refuse anything that escapes the root, e.g. encoded '..' segments.
    if (relative.includes('\0') || (file !== root && !file.startsWith(root + sep))) return notFound(res, head)

    let target = file
    try {
      if ((await stat(file)).isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          send(res, 301, { Location: `${url.pathname}/${url.search}` }, '', head)
          return
        }
        target = join(file, 'index.html')
      }
      const body = await readFile(target)
      send(
        res,
        200,
        {
          'Content-Type': contentTypeFor(target),
          // nosniff: a wrong Content-Type fails in the browser, as it would on a strict host.
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
        body,
        head,
      )
    } catch {
      notFound(res, head)
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Internal error\n', false)
      else res.destroy()
    })
  })
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolveListen()
    })
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`

  return {
    url: `${origin}${basePath}`,
    origin,
    requests,
    routes,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()))
        // Browsers keep connections alive; drop them so close() does not wait for their timeout.
        server.closeAllConnections()
      }),
  }
}
