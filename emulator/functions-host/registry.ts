// Finds built function bundles (<functionsDir>/<name>/index.js) and reads each one's config.json.

import fs from 'node:fs'
import path from 'node:path'

export interface TimerTriggerConfig {
  name: string
  /** 7-field cron, CloudBase format. */
  config: string
}

export interface FunctionBundle {
  name: string
  dir: string
  entry: string
  timeoutMs: number
  timers: TimerTriggerConfig[]
  /** config.json `envVariables`: set in the function's process, as CloudBase does. */
  envVariables: Record<string, string>
}

export class FunctionConfigError extends Error {
  override name = 'FunctionConfigError'
}

// CloudBase function names: up to 60 letters, digits, '-' and '_', starting with a letter.
// Checking the name also keeps a URL like /functions/..%2F.. from leaving the functions folder.
const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/

// CloudBase's own default is short (3 s for a new function); a laptop running tests in parallel
// needs more room, and a bundle can set its own in config.json.
export const DEFAULT_TIMEOUT_MS = 60_000

export function isFunctionName(name: string): boolean {
  return FUNCTION_NAME.test(name)
}

/** The bundle called `name`, read from disk now (so a folder added after start is found). */
export function findFunction(functionsDir: string, name: string): FunctionBundle | null {
  if (!isFunctionName(name)) return null
  const dir = path.join(functionsDir, name)
  const entry = path.join(dir, 'index.js')
  if (!fs.existsSync(entry)) return null
  const config = readConfig(dir)
  return { name, dir, entry, ...config }
}

export function scanFunctions(functionsDir: string): FunctionBundle[] {
  if (!fs.existsSync(functionsDir)) return []
  return fs
    .readdirSync(functionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => findFunction(functionsDir, d.name))
    .filter((b): b is FunctionBundle => b !== null)
}

type BundleConfig = Pick<FunctionBundle, 'timeoutMs' | 'timers' | 'envVariables'>

function readConfig(dir: string): BundleConfig {
  const file = path.join(dir, 'config.json')
  if (!fs.existsSync(file)) return { timeoutMs: DEFAULT_TIMEOUT_MS, timers: [], envVariables: {} }
  let raw: unknown
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new FunctionConfigError(`${file}: not valid JSON (${(error as Error).message})`)
  }
  if (!isRecord(raw)) throw new FunctionConfigError(`${file}: expected a JSON object`)
  return {
    timeoutMs: readTimeout(file, raw.timeout),
    timers: readTimers(file, raw.triggers),
    envVariables: readEnvVariables(file, raw.envVariables),
  }
}

function readEnvVariables(file: string, variables: unknown): Record<string, string> {
  if (variables === undefined) return {}
  const ok = isRecord(variables) && Object.values(variables).every((v) => typeof v === 'string')
  if (!ok) throw new FunctionConfigError(`${file}: "envVariables" must map names to strings`)
  return variables as Record<string, string>
}

function readTimeout(file: string, timeout: unknown): number {
  if (timeout === undefined) return DEFAULT_TIMEOUT_MS
  if (typeof timeout !== 'number' || !(timeout > 0)) {
    throw new FunctionConfigError(`${file}: "timeout" must be a positive number of seconds`)
  }
  return timeout * 1000
}

function readTimers(file: string, triggers: unknown): TimerTriggerConfig[] {
  if (triggers === undefined) return []
  if (!Array.isArray(triggers))
    throw new FunctionConfigError(`${file}: "triggers" must be an array`)
  return triggers.map((t: unknown, i) => {
    const ok = isRecord(t) && typeof t.name === 'string' && typeof t.config === 'string'
    if (!ok || t.type !== 'timer') {
      throw new FunctionConfigError(
        `${file}: triggers[${i}] must be { "name", "type": "timer", "config": "<cron>" }`,
      )
    }
    return { name: t.name as string, config: t.config as string }
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
