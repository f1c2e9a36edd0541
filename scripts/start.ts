// npm start: build what changed (functions, H5), then serve; SIGINT/SIGTERM stops every process it started.
import { join, resolve } from 'node:path'
import { inputsHash, isUpToDate, writeStamp, type BuildTarget } from './build-stamp'
import { startGroup, type RunningGroup } from './process-group'

const root = resolve(__dirname, '..')
const stampDir = join(root, 'dist', '.build-stamps')
/** Under the 5 s a stop may take: the server closes in well under a second when healthy. */
const STOP_GRACE_MS = 3000

const SHARED_INPUTS = ['types', 'package-lock.json', 'tsconfig.json']
const BUILDS: Array<BuildTarget & { script: string }> = [
  {
    name: 'functions',
    script: 'build:functions',
    inputs: ['cloudfunctions', 'scripts/build-functions.ts', ...SHARED_INPUTS],
    envKeys: [],
    outputDir: 'dist/functions',
  },
  {
    name: 'h5',
    script: 'build:h5',
    inputs: ['src', 'config', 'babel.config.js', 'project.config.json', ...SHARED_INPUTS],
    envKeys: ['LINLI_API_BASE', 'LINLI_CLOUD_ENV', 'NODE_ENV'],
    outputDir: 'dist/h5',
  },
]

let current: RunningGroup | null = null
let stopping = false

const stop = (signal: NodeJS.Signals): void => {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: 正在停止 (stopping)…`)
  if (!current) process.exit(0)
  void current.stop(STOP_GRACE_MS).then(() => process.exit(0))
}

const run = async (command: string, args: string[], ipc = false): Promise<number> => {
  current = startGroup(command, args, {
    stdio: ipc ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
  })
  const code = await current.exited
  current = null
  return code
}

const build = async (target: (typeof BUILDS)[number]): Promise<void> => {
  if (isUpToDate(root, stampDir, target)) {
    console.log(`✔ ${target.name}: 未改动，跳过构建 (up to date, not rebuilt)`)
    return
  }
  const inputs = inputsHash(root, target)
  const code = await run('npm', ['run', '--silent', target.script])
  if (stopping) return
  if (code !== 0) process.exit(code)
  writeStamp(root, stampDir, target, inputs)
}

/**
 * npm forwards SIGINT/SIGTERM to us (package.json's `exec` keeps a shell from standing between);
 * if npm is killed outright, being handed to another parent is how we learn it.
 */
const stopWhenOrphaned = (): void => {
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM')
  }, 200).unref()
}

const main = async (): Promise<void> => {
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGHUP', () => stop('SIGHUP'))
  stopWhenOrphaned()
  // --no-build serves what dist/ holds (npm test has just built it).
  if (!process.argv.includes('--no-build')) {
    for (const target of BUILDS) {
      await build(target)
      if (stopping) return
    }
  }
  // One node process with the TypeScript loader (no npx/tsx wrapper between us and the server).
  const code = await run(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'serve.ts')],
    true,
  )
  if (!stopping) process.exit(code)
}

void main()
