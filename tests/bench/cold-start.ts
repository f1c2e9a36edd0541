// Cold-start rows: a fresh `node` process loading each function bundle and answering one call,
// ÷ the same for a bundle holding only the SDK (one database read); bundle sizes beside them.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { API } from '@linli/types'
import { build } from 'esbuild'
import { buildContext, buildProcessEnv } from '../../emulator/functions-host/context'
import { actionSamples } from '../support/action-samples'
import { FUNCTIONS_DIR, ROOT, startStack } from '../support/stack'
import { median, round } from './stats'
import { add } from './table'

const RUNS = 9
const CHILD = path.join(__dirname, 'cold-start-child.cjs')

/** The reference: the SDK alone, bundled as the functions are, answering one read. */
async function sdkOnlyBundle(dir: string): Promise<string> {
  const entry = path.join(dir, 'sdk-only.js')
  writeFileSync(
    entry,
    `const tcb = require('@cloudbase/node-sdk')
exports.main = async () => {
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })
  await app.database().collection('communities').doc('chengxi').get()
  return { ok: true }
}
`,
  )
  const outfile = path.join(dir, 'out', 'index.js')
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    legalComments: 'none',
    logLevel: 'warning',
    nodePaths: [path.join(ROOT, 'node_modules')],
  })
  return outfile
}

function coldStart(
  bundle: string,
  event: unknown,
  openid: string,
  env: Record<string, string>,
): Promise<number> {
  const context = buildContext({
    functionName: 'bench',
    envId: 'linli-local',
    timeoutMs: 20_000,
    caller: { source: 'client', openid, appid: 'wx-bench' },
  })
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CHILD, bundle, JSON.stringify(event), JSON.stringify(context)],
      { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'ignore', 'inherit'] },
    )
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`${bundle} exited with ${code}`)),
    )
  })
}

/** A function's environment variables from its config.json, as CloudBase sets them (none for the reference). */
const envVariablesOf = (fn: string): Record<string, string> => {
  const config = path.join(FUNCTIONS_DIR, fn, 'config.json')
  if (!existsSync(config)) return {}
  const parsed = JSON.parse(readFileSync(config, 'utf8')) as { envVariables?: Record<string, string> }
  return parsed.envVariables ?? {}
}

export async function benchColdStarts(): Promise<void> {
  const stack = await startStack()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'linli-bench-cold-'))
  try {
    const env = (name: string) =>
      buildProcessEnv({
        functionName: name,
        envId: 'linli-local',
        adminUrl: stack.adminUrl,
        // Loopback-only: the emulator checks signatures only when exposed, so any key signs here.
        credentials: { secretId: 'bench-cold-start', secretKey: 'bench-cold-start' },
        envVariables: envVariablesOf(name),
      })
    const reference = await sdkOnlyBundle(dir)
    const referenceKb = statSync(reference).size / 1024
    /** Medians of alternating runs (first pair dropped), so both see the same load on the machine. */
    const pairs = async (bundle: string, event: unknown, openid: string, name: string) => {
      const fnTimes: number[] = []
      const refTimes: number[] = []
      for (let i = 0; i < RUNS; i++) {
        fnTimes.push(await coldStart(bundle, event, openid, env(name)))
        refTimes.push(await coldStart(reference, {}, '', env('sdk-only')))
      }
      return { ms: median(fnTimes.slice(1)), refMs: median(refTimes.slice(1)) }
    }
    for (const fn of Object.keys(API)) {
      // A read with no target to set up: the start-up is measured, not a write's own work.
      const actions = API[fn as keyof typeof API] as Record<string, { kind: string }>
      const sample = actionSamples().find(
        (s) =>
          s.fn === fn &&
          s.state === null &&
          !s.setup &&
          !s.secondPage &&
          !s.generated &&
          actions[s.action]?.kind === 'read',
      )
      if (!sample) continue
      const bundle = path.join(FUNCTIONS_DIR, fn, 'index.js')
      const event = { action: sample.action, data: sample.data('') }
      const { ms, refMs } = await pairs(bundle, event, sample.who, fn)
      const kb = statSync(bundle).size / 1024
      add({
        section: 'cold start',
        name: `${fn} (${sample.action}): bundle ${round(kb, 0)} KB`,
        figure: `${round(ms, 1)} ms`,
        reference: `SDK only ${round(refMs, 1)} ms (${round(referenceKb, 0)} KB)`,
        ratio: ms / refMs,
        goal: '≤ 1.2',
        met: ms / refMs <= 1.2,
        values: { ms, refMs, kb, referenceKb },
      })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await stack.close()
  }
}
