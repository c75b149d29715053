// The hostile-input part of the benchmark on its own: `npm run bench:hostile`. Flags: `--large` adds
// the inputs that take minutes on a slow build; `--only=TEXT` runs the inputs whose name contains TEXT.
// `npm run bench` prints the same table at its end.
import { join } from 'node:path'
import { launchBrowser } from '../e2e/browser'
import { startStaticServer } from '../e2e/static-server'
import { measureHostileInputs } from './measure-hostile'

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const server = await startStaticServer({ root: join(import.meta.dirname, '../../dist'), basePath: '/bench/jwt/' })
const browser = await launchBrowser()
try {
  const options = { includeLarge: process.argv.includes('--large'), log: (message: string) => console.error(message), ...(only ? { only } : {}) }
  for (const line of await measureHostileInputs(browser, server.url, options)) console.log(line)
} finally {
  await browser.close()
  await server.close()
}
