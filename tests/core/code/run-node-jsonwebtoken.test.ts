// Runs every generated jsonwebtoken program under Node, and the Express server with its middleware.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { describe, expect, it } from 'vitest'
import { childEnv, expectCases, requireRuntime, type Observed } from './program-runner'
import { describeProgramRuns, prepareNodePrograms, setupTimeoutMs } from './program-suite'
import type { KeySetup } from './token-cases'

const context = describeProgramRuns({
  language: 'node-jsonwebtoken',
  check: () => {
    requireRuntime({ path: 'node_modules/jsonwebtoken/package.json', packages: '(none: run npm ci)', what: 'jsonwebtoken in node_modules' })
    requireRuntime({ path: 'node_modules/express/package.json', packages: '(none: run npm ci)', what: 'express in node_modules' })
  },
  prepare: prepareNodePrograms,
})

/** One setup per way of giving a key; a server each, so a few are enough. */
const serverSetups = ['hs256-secret-utf8', 'hs256-jwk', 'rs256-pem', 'es256-pem-certificate', 'es384-jwk', 'ps256-jwks', 'es256-jwks-url', 'rs256-pem-private-key']

/** Starts the generated server on a free port and stops it once `callServer` is done. */
async function withServer(file: string, setup: KeySetup, callServer: (baseUrl: string) => Promise<void>): Promise<void> {
  const server = spawn(process.execPath, [file], { env: childEnv({ PORT: '0', JWT_KEY: setup.keyText }), stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    let output = ''
    server.stdout.setEncoding('utf8')
    server.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    const port = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: string) => {
        output += chunk
        const match = /Listening on http:\/\/localhost:(\d+)/.exec(output)
        if (match) resolve(match[1]!)
      })
      server.on('exit', (code) => reject(new Error(`The server exited (${code}) before listening: ${output}`)))
    })
    await callServer(`http://127.0.0.1:${port}`)
  } finally {
    server.kill()
    if (server.exitCode === null) await once(server, 'exit')
  }
}

describe('node-jsonwebtoken Express middleware', () => {
  it.concurrent.each(serverSetups)('%s: 200 with the payload for a valid token, 401 otherwise', async (name) => {
    const { workspace, setups, generate, pool } = context()
    const setup = setups.find((each) => each.spec.name === name)!
    const server = generate(setup, 'express-middleware')
    if (!server.ok) throw new Error(server.reason)
    expect(server.fileName).toBe('server.mjs')
    const file = await workspace.write(`express/${name}/${server.fileName}`, server.source)
    await pool(() => withServer(file, setup, async (baseUrl) => {
      const missing = await fetch(`${baseUrl}/protected`)
      expect(missing.status).toBe(401)
      await expectCases(setup, async (tokenCase) => {
        const response = await fetch(`${baseUrl}/protected`, { headers: { authorization: `Bearer ${tokenCase.token}` } })
        const body: unknown = await response.json()
        const detail = JSON.stringify({ status: response.status, body })
        if (response.status === 200) return { outcome: { name: tokenCase.name, verified: true, payload: body }, detail } satisfies Observed
        return { outcome: response.status === 401 ? { name: tokenCase.name, verified: false } : { name: tokenCase.name, verified: false, payload: `status ${response.status}` }, detail }
      })
    }))
  }, setupTimeoutMs)
})
