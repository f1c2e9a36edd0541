// Fills in the emulator's defaults and resolves its folders against the working directory.

import fs from 'node:fs'
import path from 'node:path'
import type { Clock } from '../timers/scheduler'
import type { AdminCredentials } from './admin-credentials'
import type { FaultOptions } from './faults'
import { isLoopbackHostname } from './guards'
import type { DatabasePort } from './state'

export interface DatabaseFactoryOptions {
  dataDir: string
  indexConfigPath?: string
  now?: () => Date
}

export type DatabaseFactory = (options: DatabaseFactoryOptions) => DatabasePort

export interface EmulatorOptions {
  /** Default '127.0.0.1': loopback only. Any other address also needs `exposeOnNetwork`. */
  host?: string
  /**
   * Consent to listen beyond loopback (env LINLI_EXPOSE=1 in the scripts). The emulator then
   * prints a warning, /admin takes only requests signed with its generated key, and X-WX-OPENID
   * is refused from other machines.
   */
  exposeOnNetwork?: boolean
  /** Check /admin signatures even on loopback (default: only when exposed). */
  requireSignature?: boolean
  /**
   * Browser origins besides the server's own that may call /functions and /storage, e.g. the
   * Taro dev server `http://127.0.0.1:10086` (env LINLI_ALLOWED_ORIGINS, comma-separated).
   */
  allowedOrigins?: string[]
  /**
   * Faults on the wire for /admin and the gateway: `latencyMs` before each request and a `failRate`
   * share that fails (env LINLI_FAULTS="latency=300,fail=0.2"); changeable while running through
   * POST /_emulator/faults from this machine.
   */
  faults?: FaultOptions
  /** 0 picks a free port (tests); the start script passes PORT || 8787. */
  port?: number
  /** Default process.env.LINLI_DATA_DIR || '.data'. */
  dataDir?: string
  /** Built function bundles: <name>/index.js (exports main), package.json, config.json. */
  functionsDir?: string
  indexConfigPath?: string
  /** Which function gets which WeChat push; default message-push.json beside indexConfigPath. */
  messagePushConfigPath?: string
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
  exposed: boolean
  requireSignature: boolean
  allowedOrigins: string[]
  port: number
  dataDir: string
  functionsDir: string
  /** Absent when the default file does not exist (a given path must exist). */
  indexConfigPath: string | undefined
  /** message-push.json (消息推送): beside the index config unless given. */
  messagePushConfigPath: string | undefined
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
  const host = options.host ?? '127.0.0.1'
  const exposed = !isLoopbackHostname(host)
  if (exposed && options.exposeOnNetwork !== true) {
    throw new Error(
      `host "${host}" lets other machines reach the emulator: pass exposeOnNetwork: true ` +
        '(LINLI_EXPOSE=1) to mean it, or listen on 127.0.0.1',
    )
  }
  return {
    host,
    exposed,
    requireSignature: exposed || options.requireSignature === true,
    allowedOrigins: (options.allowedOrigins ?? []).map(originOfUrl),
    port,
    dataDir: path.resolve(options.dataDir ?? (process.env.LINLI_DATA_DIR || '.data')),
    functionsDir: path.resolve(options.functionsDir ?? 'dist/functions'),
    indexConfigPath: indexConfigPathOf(options.indexConfigPath),
    messagePushConfigPath: messagePushPathOf(options),
    staticDir: options.staticDir ? path.resolve(options.staticDir) : null,
    envId,
    timers: options.timers ?? true,
    log: options.log ?? ((line) => process.stdout.write(`${line}\n`)),
  }
}

function originOfUrl(url: string): string {
  const origin = new URL(url).origin
  if (origin === 'null') throw new Error(`allowedOrigins: "${url}" is not an http(s) origin`)
  return origin
}

function messagePushPathOf(options: EmulatorOptions): string | undefined {
  if (options.messagePushConfigPath !== undefined)
    return path.resolve(options.messagePushConfigPath)
  const indexes = indexConfigPathOf(options.indexConfigPath)
  return indexes ? path.join(path.dirname(indexes), 'message-push.json') : undefined
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

/**
 * The network settings the entry scripts take from the environment: LINLI_EXPOSE=1 (consent to a
 * non-loopback HOST) and LINLI_ALLOWED_ORIGINS (comma-separated origins, e.g. the dev server).
 */
export function networkOptionsFromEnv(env = process.env): EmulatorOptions {
  const origins = (env.LINLI_ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim())
  return {
    exposeOnNetwork: env.LINLI_EXPOSE === '1',
    allowedOrigins: origins.filter((o) => o !== ''),
  }
}
