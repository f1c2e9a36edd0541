// npm start stops whole: a signal to npm, to the start script or to the server ends every process
// it started and frees the port within 5 s (checked by process id, from /proc).
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { isGone, processTree } from '../../../scripts/process-tree'
import { postJson, request, tempDir } from './helpers'

const ROOT = path.resolve(__dirname, '..', '..', '..')
const STOP_LIMIT_MS = 5000
/** Every pid a test started: a failed test must not leave a server running under jest. */
const leftovers: number[] = []

afterEach(() => {
  for (const pid of leftovers.splice(0)) {
    if (!isGone(pid)) process.kill(pid, 'SIGKILL')
  }
})

interface Started {
  npm: ChildProcess
  url: string
  pids: Array<{ pid: number; command: string }>
}

/** `npm start -- --no-build` on a free port and a fresh data folder, once it serves a function. */
const startApp = async (): Promise<Started> => {
  const npm = spawn('npm', ['start', '--', '--no-build'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LINLI_DATA_DIR: tempDir('linli-start-') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // Killing npm is enough to end the rest: the start script stops when it loses its parent.
  if (npm.pid !== undefined) leftovers.push(npm.pid)
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      const found = /已启动: (http:\/\/\S+)/.exec(output)
      if (found?.[1]) resolve(found[1])
    }
    npm.stdout?.on('data', read)
    npm.stderr?.on('data', read)
    npm.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)))
  })
  // A function process exists only after a first call.
  const headers = { 'x-wx-openid': 'demo-resident' }
  const me = await postJson(`${url}/functions/org`, { action: 'me', data: {} }, headers)
  expect(me.status).toBe(200)
  const pids = processTree(npm.pid ?? 0).map(({ pid, command }) => ({ pid, command }))
  leftovers.push(...pids.map((p) => p.pid))
  return { npm, url, pids }
}

const pidOf = (started: Started, part: string): number => {
  const found = started.pids.find((p) => p.command.includes(part) && !p.command.startsWith('sh '))
  if (!found) throw new Error(`no process running ${part} in ${JSON.stringify(started.pids)}`)
  return found.pid
}

const portFree = async (url: string): Promise<boolean> =>
  request(`${url}/healthz`).then(
    () => false,
    (error: Error) => /ECONNREFUSED/.test(error.message),
  )

/** Milliseconds until every process is gone and the port refuses connections (or the limit). */
const timeToStop = async (started: Started): Promise<number> => {
  const since = Date.now()
  while (Date.now() - since < STOP_LIMIT_MS * 2) {
    if (started.pids.every((p) => isGone(p.pid)) && (await portFree(started.url))) break
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return Date.now() - since
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'h5', 'index.html'))) {
    throw new Error(
      'dist/ is missing: run `npm run build:functions && npm run build:h5` (npm test does)',
    )
  }
})

it.each([
  ['npm start', 'SIGTERM', 'npm start'],
  ['npm start', 'SIGINT', 'npm start'],
  ['the start script', 'SIGINT', 'scripts/start.ts'],
  ['the server', 'SIGTERM', 'scripts/serve.ts'],
] as const)(
  '%s given %s stops everything within 5 s',
  async (_name, signal, part) => {
    // GIVEN the app started with npm start, a function process running
    const started = await startApp()
    expect(started.pids.some((p) => p.command.includes('scripts/serve.ts'))).toBe(true)
    expect(started.pids.some((p) => p.command.includes('runner.cjs'))).toBe(true)
    // WHEN one of its processes is signalled
    process.kill(pidOf(started, part), signal)
    const ms = await timeToStop(started)
    // THEN every process it started is gone and the port is free, within the limit
    expect(started.pids.filter((p) => !isGone(p.pid))).toEqual([])
    expect(await portFree(started.url)).toBe(true)
    expect(ms).toBeLessThan(STOP_LIMIT_MS)
    if (process.env.LINLI_REPORT_TIMES) console.log(`${part} ${signal}: stopped in ${ms} ms`)
  },
  30_000,
)
