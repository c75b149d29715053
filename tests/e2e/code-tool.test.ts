// The code tool in real Chromium: the programs it shows for an HS256 token with its secret and an
// ES256 token with its public key, run as a reader would run them (Node with jose, Python with PyJWT).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SignJWT, exportSPKI, generateKeyPair } from 'jose'
import { closeApp, fillEditor, openApp, openTool, runAxe, type AppPage } from './page-fixture'
import { createProgramRoot, debianPython, runProcess, type RunResult } from '../core/code/program-runner'

interface Sample {
  name: string
  token: string
  keyText: string
  payload: Record<string, unknown>
}

interface Shown {
  source: string
  fileName: string
}

const languages = ['node-jose', 'node-jsonwebtoken', 'python-pyjwt', 'go-jwt'] as const

let app: AppPage
let programs: Awaited<ReturnType<typeof createProgramRoot>>
const samples: Sample[] = []
const shownFor = new Map<string, Map<string, Shown>>()

beforeAll(async () => {
  const nowSeconds = Math.floor(Date.now() / 1000)
  const claims = { sub: 'alice', iss: 'https://idp.example', aud: 'api', iat: nowSeconds, exp: nowSeconds + 3600 }
  const secret = 'a shared secret long enough for HS256, 32+ bytes'
  const hs256 = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret))
  const es256Keys = await generateKeyPair('ES256', { extractable: true })
  const es256 = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(es256Keys.privateKey)
  samples.push({ name: 'HS256 with its secret', token: hs256, keyText: secret, payload: claims })
  samples.push({ name: 'ES256 with its public PEM', token: es256, keyText: await exportSPKI(es256Keys.publicKey), payload: claims })

  // The Node programs import jose from the project's own packages, linked beside them.
  programs = await createProgramRoot('code-tool')
  app = await openApp()
})

afterAll(async () => {
  await closeApp()
  await programs?.remove()
})

/** Puts the sample on the page, opens the code tool, and reads the program of every language. */
async function showPrograms(sample: Sample): Promise<Map<string, Shown>> {
  const { page } = app
  await fillEditor(page, 'token-input', sample.token)
  await fillEditor(page, 'key-input', sample.keyText)
  await expect.poll(() => page.getByTestId('signature-status').getAttribute('data-state')).toBe('valid')
  await openTool(page, 'code')
  const shown = new Map<string, Shown>()
  for (const language of languages) {
    await page.getByTestId('code-lang').selectOption(language)
    const snippet = page.getByTestId('code-snippet')
    await snippet.waitFor()
    shown.set(language, { source: (await snippet.textContent()) ?? '', fileName: (await page.getByTestId('code-file-name').textContent()) ?? '' })
  }
  return shown
}

/** Saves a program under its file name in a folder of its own, and runs it with the token and key in the environment. */
async function runProgram(language: string, shown: Shown, runner: string, env: Record<string, string>): Promise<RunResult> {
  const file = await programs.write(`${language}/${shown.fileName}`, shown.source)
  return runProcess(runner, [file], { env, timeoutMs: 30_000 })
}

function tampered(token: string): string {
  const [header, payload, signature] = token.split('.')
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>
  return [header, Buffer.from(JSON.stringify({ ...claims, sub: 'mallory' })).toString('base64url'), signature].join('.')
}

describe('the code tool', () => {
  it('shows a whole program for each language, for each sample', async () => {
    for (const sample of samples) {
      const shown = await showPrograms(sample)
      shownFor.set(sample.name, shown)
      const sources = [...shown.values()].map((program) => program.source)
      expect(new Set(sources).size, sample.name).toBe(languages.length)
      for (const [language, program] of shown) {
        expect(program.source.length, `${sample.name}: ${language}`).toBeGreaterThan(100)
        expect(program.source, `${sample.name}: ${language}`).toContain('JWT_KEY')
        // The key is read when the program runs, never written into it.
        expect(program.source, `${sample.name}: ${language}`).not.toContain(sample.keyText.slice(0, 40))
        expect(program.fileName, `${sample.name}: ${language}`).toMatch(/^[\w.-]+\.\w+$/)
      }
    }
    expect(await runAxe(app.page)).toEqual([])
    expect(app.pageErrors).toEqual([])
  })

  it.each([
    { language: 'node-jose', runner: process.execPath },
    { language: 'python-pyjwt', runner: debianPython },
  ])('$language: runs, prints the payload, and rejects a tampered token', async ({ language, runner }) => {
    for (const sample of samples) {
      const shown = shownFor.get(sample.name)?.get(language)
      if (!shown) throw new Error(`No ${language} program was read for ${sample.name}`)
      const label = `${sample.name}, ${language}`
      const genuine = await runProgram(language, shown, runner, { JWT: sample.token, JWT_KEY: sample.keyText })
      expect(genuine.code, `${label}: ${genuine.stderr}`).toBe(0)
      expect(JSON.parse(genuine.stdout), label).toEqual(sample.payload)

      const forged = await runProgram(language, shown, runner, { JWT: tampered(sample.token), JWT_KEY: sample.keyText })
      expect(forged.code, `${label}, tampered: ${forged.stdout}`).not.toBe(0)
      expect(forged.stderr.trim(), `${label}, tampered: the reason`).not.toBe('')
      expect(forged.stdout, `${label}, tampered`).not.toContain('mallory')
    }
  })

  it('fits a 360 px screen: the program scrolls inside itself, the page does not', async () => {
    const narrow = await openApp(undefined, { context: { viewport: { width: 360, height: 740 } } })
    try {
      await fillEditor(narrow.page, 'token-input', samples[0]!.token)
      await openTool(narrow.page, 'code')
      const snippet = narrow.page.getByTestId('code-snippet')
      await snippet.waitFor()
      expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
      const [scrollWidth, clientWidth] = await snippet.evaluate((element) => [element.scrollWidth, element.clientWidth])
      expect(scrollWidth).toBeGreaterThan(clientWidth)
    } finally {
      await narrow.close()
    }
  })
})
