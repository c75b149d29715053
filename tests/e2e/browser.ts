// Launches the system Chromium through playwright-core, which ships no browser of its own.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'

export const defaultChromePath = '/usr/bin/chromium'

// Quiet and deterministic: no sandbox (containers, root), no GPU, no background traffic to Google.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function chromePath(): string {
  return process.env.CHROME_PATH || defaultChromePath
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromePath()
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install Debian's chromium (\`apt-get install chromium\`) or set CHROME_PATH to a Chromium or Chrome executable.`,
    )
  }
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true })
}
