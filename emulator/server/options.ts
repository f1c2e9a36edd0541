// Fills in the emulator's defaults and resolves its folders against the working directory.

import fs from 'node:fs'
import path from 'node:path'
import type { Clock } from '../timers/scheduler'
import type { AdminCredentials } from './admin-credentials'
import type { DatabasePort } from './state'

export interface DatabaseFactoryOptions {
  dataDir: string
  indexConfigPath?: string
  now?: () => Date
}

export type DatabaseFactory = (options: DatabaseFactoryOptions) => DatabasePort

export interface EmulatorOptions {
  /** Default '127.0.0.1': loopback only. */
  host?: string
  /** 0 picks a free port (tests); the start script passes PORT || 8787. */
  port?: number
  /** Default process.env.LINLI_DATA_DIR || '.data'. */
  dataDir?: string
  /** Built function bundles: <name>/index.js (exports main), package.json, config.json. */
  functionsDir?: string
  indexConfigPath?: string
  /** Serve this folder (the Taro H5 build) at / with SPA fallback to index.html. */
  staticDir?: string
  envId?: string
  /** Run timer triggers from config.json (default true). */
  timers?: boolean
  log?: (line: string) => void
  /**
   * Work that must finish before /healthz says ready (the start script seeds the demo data here),
   * given the running server's URLs. If it fails, the emulator closes and the start fails.
   */
  beforeReady?: (urls: {
    url: string
    adminUrl: string
    credentials: AdminCredentials
  }) => Promise<void>
  /** Tests: a database other than emulator/database (e.g. a fake). */
  database?: DatabaseFactory
  /** Tests: the clock timer triggers run on. */
  timerClock?: Clock
}

export interface ResolvedOptions {
  host: string
  port: number
  dataDir: string
  functionsDir: string
  /** Absent when the default file does not exist (a given path must exist). */
  indexConfigPath: string | undefined
  staticDir: string | null
  envId: string
  timers: boolean
  log: (line: string) => void
}

// The SDK puts a valid env id into hostnames; keep ours in the same shape.
const ENV_ID = /^[a-z0-9_-]{1,40}$/

export function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  const envId = options.envId ?? 'linli-local'
  if (!ENV_ID.test(envId)) throw new Error(`envId "${envId}" must match ${ENV_ID}`)
  const port = options.port ?? 8787
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port ${port}`)
  return {
    host: options.host ?? '127.0.0.1',
    port,
    dataDir: path.resolve(options.dataDir ?? (process.env.LINLI_DATA_DIR || '.data')),
    functionsDir: path.resolve(options.functionsDir ?? 'dist/functions'),
    indexConfigPath: indexConfigPathOf(options.indexConfigPath),
    staticDir: options.staticDir ? path.resolve(options.staticDir) : null,
    envId,
    timers: options.timers ?? true,
    log: options.log ?? ((line) => process.stdout.write(`${line}\n`)),
  }
}

function indexConfigPathOf(given: string | undefined): string | undefined {
  if (given !== undefined) return path.resolve(given)
  const fallback = path.resolve('cloudfunctions/indexes.json')
  return fs.existsSync(fallback) ? fallback : undefined
}

/** The host to put in URLs: a wildcard address is reached through loopback. */
export function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}
