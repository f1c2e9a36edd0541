// App rows: the weapp main package, total and each subpackage against a bare Taro 4 + React app;
// the largest setData per page in miniprogram-simulate; the H5 home page's first content in Chromium.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measureMainPackage, subpackageRoots } from '../budget/package-size'
import { launchBrowser } from '../e2e/support/browser'
import { ROOT, startStack } from '../support/stack'
import { round } from './stats'
import { add } from './table'

/** A hello-world Taro 4.2.1 + React weapp build with this toolchain (see shared TOOLCHAIN notes). */
const BARE_TARO_KB = 286
const SETDATA_GOAL_KB = 64
const WEAPP = path.join(ROOT, 'dist', 'weapp')
const H5 = path.join(ROOT, 'dist', 'h5')

const kb = (bytes: number) => bytes / 1024
const sizeOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name)
    return sum + (entry.isDirectory() ? sizeOf(full) : statSync(full).size)
  }, 0)

const build = (target: 'weapp' | 'h5') => {
  if (process.env.BENCH_SKIP_BUILD && existsSync(path.join(ROOT, 'dist', target))) return
  execFileSync('npm', ['run', '--silent', `build:${target}`], { cwd: ROOT, stdio: 'ignore' })
}

function weappSizes(): void {
  build('weapp')
  const main = kb(measureMainPackage(WEAPP).bytes)
  const reference = `bare Taro 4 + React ${BARE_TARO_KB} KB`
  add({
    section: 'app',
    name: 'weapp main package',
    figure: `${round(main, 1)} KB`,
    reference,
    ratio: main / BARE_TARO_KB,
    goal: '≤ 600 KB (budget)',
    met: main <= 600,
  })
  add({
    section: 'app',
    name: 'weapp total',
    figure: `${round(kb(sizeOf(WEAPP)), 1)} KB`,
    reference,
    ratio: kb(sizeOf(WEAPP)) / BARE_TARO_KB,
  })
  for (const root of subpackageRoots(WEAPP)) {
    add({
      section: 'app',
      name: `weapp subpackage ${root}`,
      figure: `${round(kb(sizeOf(path.join(WEAPP, root))), 1)} KB`,
      reference: 'WeChat limit 2048 KB',
    })
  }
}

/** Runs the mini-program tests with setData logging on; the largest payload per page. */
function setDataSizes(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'linli-bench-setdata-'))
  const log = path.join(dir, 'setdata.jsonl')
  try {
    const run = spawnSync('npx', ['jest', '--ci', '--selectProjects', 'miniprogram'], {
      cwd: ROOT,
      env: { ...process.env, LINLI_SETDATA_LOG: log },
      stdio: 'ignore',
    })
    if (run.status !== 0 || !existsSync(log))
      throw new Error('the mini-program tests failed: run npx jest --selectProjects miniprogram')
    const largest = new Map<string, number>()
    for (const line of readFileSync(log, 'utf8').trim().split('\n')) {
      const { route, bytes } = JSON.parse(line) as { route: string; bytes: number }
      largest.set(route, Math.max(largest.get(route) ?? 0, bytes))
    }
    for (const [route, bytes] of largest) {
      add({
        section: 'app',
        name: `largest setData, ${route}`,
        figure: `${round(kb(bytes), 1)} KB`,
        reference: 'WeChat: well under 256 KB',
        goal: `≤ ${SETDATA_GOAL_KB} KB`,
        met: kb(bytes) <= SETDATA_GOAL_KB,
      })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The H5 build served by the emulator as `npm start` does; the home page in headless Chromium. */
async function h5FirstContent(): Promise<void> {
  build('h5')
  const stack = await startStack({ staticDir: H5 })
  const browser = await launchBrowser()
  try {
    const runs: Array<{ fcp: number; js: number }> = []
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      let js = 0
      page.on('response', (res) => {
        if (res.request().resourceType() === 'script')
          void res.body().then(
            (b) => (js += b.length),
            () => undefined,
          )
      })
      await page.goto(stack.url, { waitUntil: 'load' })
      await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint').length > 0,
      )
      const fcp = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      )
      runs.push({ fcp, js })
      await context.close()
    }
    const fcps = runs
      .slice(1)
      .map((r) => r.fcp)
      .sort((a, b) => a - b)
    const fcp = fcps[Math.floor(fcps.length / 2)] as number
    const js = runs[runs.length - 1]?.js ?? 0
    add({
      section: 'app',
      name: 'H5 home page: first contentful paint (Chromium, loopback)',
      figure: `${round(fcp, 0)} ms`,
      reference: `${round(kb(js), 0)} KB of JavaScript (uncompressed)`,
      values: { fcp, jsBytes: js },
    })
  } finally {
    await browser.close()
    await stack.close()
  }
}

export async function benchApp(): Promise<void> {
  weappSizes()
  setDataSizes()
  await h5FirstContent()
}
