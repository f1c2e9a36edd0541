// The emulator's single entry: opens the database, files, functions host, timers and HTTP server.

import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { FunctionsHost } from './functions-host/host'
import { loadOrCreateCredentials, type AdminCredentials } from './server/admin-credentials'
import { Faults, type FaultOptions } from './server/faults'
import { scanFunctions } from './functions-host/registry'
import {
  resolveOptions,
  urlHost,
  type DatabaseFactory,
  type EmulatorOptions,
  type ResolvedOptions,
} from './server/options'
import { createRouter } from './server/router'
import type { ServerState } from './server/state'
import { FileStore } from './storage/file-store'
import { readPushRoutes } from './wechat/message-push'
import { WeChatService } from './wechat/wechat-service'
import { timerEvent, timerJobs } from './timers/timer-jobs'
import { startScheduler, type Clock, type Scheduler, type TimerJob } from './timers/scheduler'

export type { DatabaseFactory, EmulatorOptions } from './server/options'
export { networkOptionsFromEnv } from './server/options'
export { faultsFromEnv } from './server/faults'
export type { DatabasePort } from './server/state'
export type { AdminCredentials } from './server/admin-credentials'

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  url: string
  /** url + '/admin': what TCB_CONTEXT_CNFG or init({ serviceUrl }) points the SDK at. */
  adminUrl: string
  port: number
  dataDir: string
  /** The key /admin checks signatures against (kept in dataDir); functions get it as their env. */
  credentials: AdminCredentials
  /** The emulated WeChat: its outbox of subscribe messages, and failure injection for tests. */
  wechat: WeChatService
  /** Ends function processes, timers, connections and the database; safe to call twice. */
  close(): Promise<void>
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const settings = resolveOptions(options)
  // Read before anything opens, so a broken config.json or cron fails the start, loudly.
  const jobs = timerJobs(scanFunctions(settings.functionsDir))
  fs.mkdirSync(settings.dataDir, { recursive: true })
  const credentials = loadOrCreateCredentials(settings.dataDir)
  const openDatabase = options.database ?? (await loadDatabaseEngine())
  const state = initialState(settings, openDatabase, credentials, options.faults)
  const server = http.createServer(createRouter(state))
  const port = await listen(server, settings).catch((error: unknown) => {
    state.database.close()
    throw error
  })
  server.on('error', (error) => settings.log(`[server] ${error.message}`))
  state.url = `http://${urlHost(settings.host)}:${port}`
  const functions = new FunctionsHost({
    functionsDir: settings.functionsDir,
    envId: settings.envId,
    adminUrl: `${state.url}/admin`,
    credentials,
    log: settings.log,
  })
  state.functions = functions
  state.wechat.connectPushes(
    readPushRoutes(settings.messagePushConfigPath),
    async (name, packet) => {
      const result = await functions.invoke(name, packet, { source: 'push', openid: '', appid: '' })
      if (result.kind !== 'ok') settings.log(`[wechat] push to ${name}: ${result.message}`)
    },
  )
  const scheduler = settings.timers
    ? runTimers(jobs, functions, settings, options.timerClock)
    : null
  const close = once(async () => {
    state.ready = false
    scheduler?.stop()
    state.wechat.stopPushes()
    await closeServer(server)
    await functions.close()
    state.database.close()
  })
  const urls = { url: state.url, adminUrl: `${state.url}/admin`, credentials }
  await options.beforeReady?.(urls).catch(async (error: unknown) => {
    await close()
    throw error
  })
  state.ready = true
  settings.log(`linli emulator listening on ${state.url} (data in ${settings.dataDir})`)
  if (settings.exposed) {
    settings.log(
      `WARNING: listening on ${settings.host}, reachable from other machines. /admin accepts only ` +
        `requests signed with the key in ${settings.dataDir}/admin-credentials.json; ` +
        'X-WX-OPENID is accepted from this machine only.',
    )
  }
  return { ...urls, port, dataDir: settings.dataDir, wechat: state.wechat, close }
}

function initialState(
  settings: ResolvedOptions,
  openDatabase: DatabaseFactory,
  credentials: AdminCredentials,
  faultOptions: FaultOptions | undefined,
): ServerState {
  return {
    credentials,
    envId: settings.envId,
    url: '',
    exposed: settings.exposed,
    requireSignature: settings.requireSignature,
    allowedOrigins: settings.allowedOrigins,
    faults: new Faults(faultOptions),
    ready: false,
    database: openDatabase({
      dataDir: settings.dataDir,
      indexConfigPath: settings.indexConfigPath,
    }),
    functions: null,
    storage: new FileStore(path.join(settings.dataDir, 'storage')),
    wechat: new WeChatService(settings.dataDir),
    staticDir: settings.staticDir,
    log: settings.log,
  }
}

// Imported on first use so the server (and its tests with a fake database) load without the
// native SQLite module.
async function loadDatabaseEngine(): Promise<DatabaseFactory> {
  const engine = await import('./database')
  return engine.openDatabase
}

async function listen(server: http.Server, settings: ResolvedOptions): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return (server.address() as AddressInfo).port
}

async function closeServer(server: http.Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve())
    // Keep-alive sockets (the SDK and browsers hold them) would otherwise keep close() waiting.
    server.closeAllConnections()
  })
}

function runTimers(
  jobs: TimerJob[],
  functions: FunctionsHost,
  settings: ResolvedOptions,
  clock: Clock | undefined,
): Scheduler {
  const fire = (job: TimerJob, at: Date): void => {
    const event = timerEvent(job.triggerName, at)
    const caller = { source: 'timer', openid: '', appid: '' } as const
    void functions.invoke(job.functionName, event, caller).then((result) => {
      if (result.kind !== 'ok') {
        settings.log(`[timer] ${job.functionName}/${job.triggerName}: ${result.message}`)
      }
    })
  }
  return startScheduler(jobs, fire, clock)
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null
  return () => (running ??= fn())
}
