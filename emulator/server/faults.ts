// Faults on the wire, on request: latency, and a share of /admin and gateway calls that fail.
//
// A failing call fails one of two ways, as a real network does: refused before it runs (503, so
// nothing happened), or run and its answer lost (the connection is cut after the work is done), which
// is the case only an idempotency key makes safe to retry.

import type { ServerResponse } from 'node:http'

export interface FaultSettings {
  /** Added before each /admin, /functions and /storage request is handled. */
  latencyMs: number
  /** 0…1: the share of those requests that fail (half refused, half answered into the void). */
  failRate: number
}

export interface FaultOptions extends Partial<FaultSettings> {
  /** Tests: a scripted random source (default Math.random). */
  random?: () => number
}

export type FaultOutcome = 'pass' | 'refuse' | 'drop'

export interface FaultCounts {
  passed: number
  refused: number
  dropped: number
}

export class Faults {
  settings: FaultSettings
  readonly counts: FaultCounts = { passed: 0, refused: 0, dropped: 0 }
  private readonly random: () => number

  constructor(options: FaultOptions = {}) {
    this.random = options.random ?? Math.random
    this.settings = validFaults({ latencyMs: 0, failRate: 0, ...stripRandom(options) })
  }

  update(change: Partial<FaultSettings>): FaultSettings {
    this.settings = validFaults({ ...this.settings, ...change })
    return this.settings
  }

  /** Waits the latency, then decides this request's fate. */
  async decide(): Promise<FaultOutcome> {
    const { latencyMs, failRate } = this.settings
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs))
    if (failRate === 0 || this.random() >= failRate) {
      this.counts.passed += 1
      return 'pass'
    }
    const outcome = this.random() < 0.5 ? 'refuse' : 'drop'
    this.counts[outcome === 'refuse' ? 'refused' : 'dropped'] += 1
    return outcome
  }
}

function stripRandom(options: FaultOptions): Partial<FaultSettings> {
  const { random: _random, ...settings } = options
  return settings
}

export function validFaults(settings: FaultSettings): FaultSettings {
  const { latencyMs, failRate } = settings
  if (!Number.isFinite(latencyMs) || latencyMs < 0 || latencyMs > 60_000) {
    throw new Error(`faults: latencyMs must be 0…60000, got ${latencyMs}`)
  }
  if (!Number.isFinite(failRate) || failRate < 0 || failRate > 1) {
    throw new Error(`faults: failRate must be 0…1, got ${failRate}`)
  }
  return { latencyMs, failRate }
}

/** Lets the route do its work, then cuts the connection instead of sending the answer. */
export function loseAnswer(res: ServerResponse): void {
  const cut = (): ServerResponse => {
    res.socket?.destroy()
    return res
  }
  res.writeHead = (() => res) as unknown as ServerResponse['writeHead']
  res.write = (() => true) as unknown as ServerResponse['write']
  res.end = cut as unknown as ServerResponse['end']
}

/** LINLI_FAULTS="latency=300,fail=0.2" → { latencyMs: 300, failRate: 0.2 }. */
export function faultsFromEnv(
  env: Record<string, string | undefined> = process.env,
): FaultOptions | undefined {
  const text = env.LINLI_FAULTS?.trim()
  if (!text) return undefined
  const settings: Partial<FaultSettings> = {}
  for (const part of text.split(',')) {
    const [key = '', value = ''] = part.split('=').map((s) => s.trim())
    if (key === 'latency') settings.latencyMs = Number(value)
    else if (key === 'fail') settings.failRate = Number(value)
    else throw new Error(`LINLI_FAULTS: unknown setting "${key}" (latency=<ms>,fail=<0…1>)`)
  }
  return validFaults({ latencyMs: 0, failRate: 0, ...settings })
}
