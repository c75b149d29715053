// Serves the production build once for the e2e project, from a nested sub-path, and checks it exists.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startStaticServer } from './static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the app served by this setup, ending in '/'. */
    baseUrl: string
    /** Absolute path of the build being served, for tests that start their own server. */
    distRoot: string
    /** The sub-path the build is served under, e.g. '/nested/jwt/'. */
    basePath: string
  }
}

export const basePath = '/nested/jwt/'

export default async function setup(project: TestProject) {
  // E2E_DIST lets the server's own tests run without a build.
  const root = resolve(project.config.root, process.env.E2E_DIST || 'dist')
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error('Run `vite build` first: the e2e tests run against the production build in dist/')
  }
  const server = await startStaticServer({ root, basePath })
  project.provide('baseUrl', server.url)
  project.provide('distRoot', root)
  project.provide('basePath', basePath)
  return async () => {
    await server.close()
  }
}
