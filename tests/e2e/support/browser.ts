// Headless Chromium driven by playwright-core: the system's when there is one, else the npm registry's.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** Without the background-networking flags Chromium keeps dialling out of a closed network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface ChromiumChoice {
  path: string
  source: 'CHROMIUM_PATH' | 'system' | 'npm'
}

/**
 * CHROMIUM_PATH when it exists, else Debian's /usr/bin/chromium, else the Chromium packed in the
 * @sparticuz/chromium devDependency (unpacked once, ~2 s, into the temp folder), so `npm install &&
 * npm test` needs no apt. The npm build has no CJK font: text assertions work, screenshots of
 * Chinese show boxes.
 */
export const chooseChromium = (
  env: Record<string, string | undefined> = process.env,
): ChromiumChoice => {
  const given = env.CHROMIUM_PATH
  if (given && existsSync(given)) return { path: given, source: 'CHROMIUM_PATH' }
  if (!given && existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' }
  const script = join(__dirname, 'npm-chromium.mjs')
  const path = execFileSync(process.execPath, [script], { encoding: 'utf8' }).trim()
  return { path, source: 'npm' }
}

export const launchBrowser = async (): Promise<Browser> => {
  const { path } = chooseChromium()
  return chromium.launch({ executablePath: path, args: FLAGS, headless: true })
}
