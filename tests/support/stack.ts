// Starts the local stack for one test file: emulator on a temp data dir, the built functions, demo seed.
import cloudbase from '@cloudbase/node-sdk'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ActionInput, ActionName, Envelope, FunctionName } from '@linli/types'
import { seedDemoCommunity } from '../../cloudfunctions/seed/seed-database'
import { startEmulator, type DatabaseFactory, type RunningEmulator } from '../../emulator'
import { prepareLocalSdkEnv } from '../../emulator/local-sdk-env'
import { checkHeardAnswers, type HeardAnswer } from './rater-privacy'
import { checkResponse } from './response-check'

export const ROOT = resolve(__dirname, '..', '..')
export const FUNCTIONS_DIR = join(ROOT, 'dist', 'functions')

prepareLocalSdkEnv()

export type Db = ReturnType<ReturnType<typeof cloudbase.init>['database']>

export interface Stack {
  url: string
  /** The emulator's admin endpoint: the SDK's serviceUrl for calls made as the system. */
  adminUrl: string
  db: Db
  /** Calls a function through the gateway as `openid` (null: no identity header at all). */
  call: <F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    data: ActionInput<F, A> | Record<string, unknown>,
    openid: string | null,
  ) => Promise<Envelope<any>>
  /**
   * Invokes a function as the system (a function-to-function call through the SDK: no user,
   * TCB_SOURCE "scf"), e.g. with a timer-shaped event; answers the function's result.
   */
  system: (fn: FunctionName, event: unknown) => Promise<Envelope<any>>
  /** The emulated WeChat: its outbox of subscribe messages and failure injection. */
  wechat: RunningEmulator['wechat']
  close: () => Promise<void>
}

export const startStack = async (
  options: { staticDir?: string; database?: DatabaseFactory; functionsDir?: string } = {},
): Promise<Stack> => {
  const functionsDir = options.functionsDir ?? FUNCTIONS_DIR
  if (!existsSync(join(functionsDir, 'requests', 'index.js'))) {
    throw new Error(
      'dist/functions is missing: run `npm run build:functions` first (npm test does)',
    )
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-it-'))
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    functionsDir,
    indexConfigPath: join(ROOT, 'cloudfunctions', 'indexes.json'),
    timers: false,
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
    ...(options.database ? { database: options.database } : {}),
    log: () => undefined,
  })
  const app = cloudbase.init({ env: 'linli-local', serviceUrl: emulator.adminUrl })
  const db = app.database()
  await seedDemoCommunity(db)
  const heard: HeardAnswer[] = []
  const call: Stack['call'] = async (fn, action, data, openid) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (openid !== null) headers['x-wx-openid'] = openid
    const res = await fetch(`${emulator.url}/functions/${fn}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ action, data }),
    })
    const envelope = (await res.json()) as Envelope<any>
    // Every answer is checked against its output schema and for leaked personal data.
    checkResponse({ fn, action, openid }, envelope)
    // …and, once the suite closes the stack, answers to members for raters' identities.
    if (openid !== null && envelope.ok) {
      heard.push({ fn, action, openid, text: JSON.stringify(envelope.data) })
    }
    return envelope
  }
  const system: Stack['system'] = async (fn, event) =>
    (await app.callFunction({ name: fn, data: event as Record<string, unknown> }))
      .result as Envelope<any>
  return {
    url: emulator.url,
    adminUrl: emulator.adminUrl,
    db,
    call,
    system,
    wechat: emulator.wechat,
    close: async () => {
      // Raters are known to the system, never to the member (DESIGN §4): over every answer heard.
      try {
        await checkHeardAnswers(db, heard)
      } finally {
        await emulator.close()
        rmSync(dataDir, { recursive: true, force: true })
      }
    },
  }
}

/** Unwraps a success envelope or fails the test with the error it carried. */
export const dataOf = <T = any>(envelope: Envelope<T>): T => {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`)
  return envelope.data
}
