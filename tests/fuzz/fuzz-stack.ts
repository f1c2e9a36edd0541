// One emulator for a whole fuzz run: demo seed, calls checked like stack.call's, and a write detector.
import cloudbase from '@cloudbase/node-sdk'
import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedDemoCommunity } from '../../cloudfunctions/seed/seed-database'
import { startEmulator } from '../../emulator'
import { prepareLocalSdkEnv } from '../../emulator/local-sdk-env'
import { checkResponse } from '../support/response-check'
import { FUNCTIONS_DIR, ROOT, type Db } from '../support/stack'

prepareLocalSdkEnv()

export interface Answer {
  envelope: { ok: boolean; data?: any; error?: { code: string; message: string } }
  status: number
  ms: number
}

export interface FuzzStack {
  db: Db
  /** Calls as `openid` (null: no identity header); the answer is checked before it is returned. */
  call: (fn: string, action: string, data: unknown, openid: string | null) => Promise<Answer>
  /** Posts a body as it is, for bodies no client would send (not JSON, wrong event shapes). */
  raw: (fn: string, body: string, openid: string | null) => Promise<Answer>
  /**
   * Changes whenever anything was committed to the database since the last look: SQLite's
   * data_version, read on a connection of our own, moves on every other connection's commit.
   */
  writeMark: () => number
  close: () => Promise<void>
}

export const startFuzzStack = async (): Promise<FuzzStack> => {
  if (!existsSync(join(FUNCTIONS_DIR, 'requests', 'index.js'))) {
    throw new Error('dist/functions is missing: run `npm run build:functions` first')
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-fuzz-'))
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    functionsDir: FUNCTIONS_DIR,
    indexConfigPath: join(ROOT, 'cloudfunctions', 'indexes.json'),
    timers: false,
    log: () => undefined,
  })
  const db = cloudbase.init({ env: 'linli-local', serviceUrl: emulator.adminUrl }).database()
  await seedDemoCommunity(db)
  const sqlite = new Database(join(dataDir, 'database.sqlite'), { readonly: true })

  const post = async (fn: string, body: string, openid: string | null) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (openid !== null) headers['x-wx-openid'] = openid
    const started = performance.now()
    const res = await fetch(`${emulator.url}/functions/${fn}`, { method: 'POST', headers, body })
    const envelope = (await res.json()) as Answer['envelope']
    return { envelope, status: res.status, ms: performance.now() - started }
  }
  return {
    db,
    call: async (fn, action, data, openid) => {
      const answer = await post(fn, JSON.stringify({ action, data }), openid)
      checkResponse({ fn, action, openid }, answer.envelope)
      return answer
    },
    raw: post,
    writeMark: () => sqlite.pragma('data_version', { simple: true }) as number,
    close: async () => {
      sqlite.close()
      await emulator.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
