// One local stack serving the H5 build and one Chromium per e2e test file, opened and closed with it.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { ROOT, startStack, type Stack } from '../../support/stack'
import { signIn } from './app'
import { launchBrowser } from './browser'

const H5_DIR = join(ROOT, 'dist', 'h5')

export interface E2ESession {
  /** The stack of this file (available once its beforeAll has run). */
  readonly stack: Stack
  /** A fresh browser context signed in as `openid` on the H5 build's dev sign-in. */
  signIn: (openid: string) => Promise<Page>
}

/** Call at the top of a test file: registers the file's beforeAll and afterAll. */
export const e2eSession = (): E2ESession => {
  let stack: Stack | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    if (!existsSync(join(H5_DIR, 'index.html')))
      throw new Error('dist/h5 is missing: run `npm run build:h5`')
    stack = await startStack({ staticDir: H5_DIR })
    browser = await launchBrowser()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await stack?.close()
  })
  const started = (): { stack: Stack; browser: Browser } => {
    if (!stack || !browser) throw new Error('the e2e session has not started')
    return { stack, browser }
  }
  return {
    get stack() {
      return started().stack
    },
    signIn: (openid) => {
      const { stack: s, browser: b } = started()
      return signIn(b, s.url, openid)
    },
  }
}
