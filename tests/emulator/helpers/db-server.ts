// Test helper: the whole emulator (real /admin route) on a temp data dir, and a real SDK app on it.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as cloudbase from '@cloudbase/node-sdk'
import { startEmulator } from '../../../emulator'
import { openDatabase, type Database, type DatabaseOptions } from '../../../emulator/database'
import { prepareLocalSdkEnv } from '../../../emulator/local-sdk-env'

prepareLocalSdkEnv()

export type App = ReturnType<typeof cloudbase.init>

export interface DbServer {
  url: string
  app: App
  database: Database
  dataDir: string
  close(): Promise<void>
}

export type DbServerOptions = Partial<DatabaseOptions> & { keepDataDir?: boolean }

/** An SDK app talking to an /admin endpoint at `url` (as a function would, via serviceUrl). */
export function sdkApp(url: string): App {
  return cloudbase.init({ env: 'linli-test', serviceUrl: `${url}/admin` })
}

/**
 * Starts the emulator as `npm start` does (no functions, no timers), so the conformance suite
 * goes through the same /admin route the app's functions use; `now` reaches the engine.
 */
export async function startDbServer(opts: DbServerOptions = {}): Promise<DbServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'linli-db-'))
  const functionsDir = mkdtempSync(path.join(os.tmpdir(), 'linli-nofn-'))
  let database: Database | undefined
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    functionsDir,
    timers: false,
    log: () => undefined,
    ...(opts.indexConfigPath ? { indexConfigPath: opts.indexConfigPath } : {}),
    database: (factoryOptions) => {
      database = openDatabase({ ...factoryOptions, ...opts, dataDir })
      return database
    },
  })
  if (!database) throw new Error('the emulator did not open the database')
  return {
    url: emulator.url,
    app: sdkApp(emulator.url),
    database,
    dataDir,
    close: async () => {
      await emulator.close()
      rmSync(functionsDir, { recursive: true, force: true })
      if (!opts.dataDir && !opts.keepDataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
