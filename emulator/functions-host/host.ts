// The functions host: finds a bundle by name, keeps one child process per function, runs calls.
//
// Why child processes: each bundle runs under bare Node exactly as deployed (no jest module
// registry or tsx loader around it), a crash or endless loop in one function cannot take the
// emulator down, and two emulators in one test process cannot share SDK globals. One instance
// per function serves many concurrent calls, told apart by call id; identity is per call.

import fs from 'node:fs'
import path from 'node:path'
import { buildContext, buildProcessEnv, type Caller } from './context'
import { FunctionInstance, type CallOutcome } from './instance'
import { findFunction, FunctionConfigError, type FunctionBundle } from './registry'

export type InvokeResult = CallOutcome | { kind: 'not-found'; message: string }

export interface FunctionsHostOptions {
  functionsDir: string
  envId: string
  adminUrl: string
  /** The key the SDK in each function signs /admin requests with. */
  credentials: { secretId: string; secretKey: string }
  log: (line: string) => void
}

export class FunctionsHost {
  private readonly current = new Map<string, FunctionInstance>()
  private readonly live = new Set<FunctionInstance>()
  private closing = false

  constructor(private readonly options: FunctionsHostOptions) {}

  async invoke(name: string, event: unknown, caller: Caller): Promise<InvokeResult> {
    if (this.closing) return { kind: 'failed', message: 'the emulator is shutting down' }
    let bundle: FunctionBundle | null
    try {
      bundle = findFunction(this.options.functionsDir, name)
    } catch (error) {
      if (error instanceof FunctionConfigError) return { kind: 'failed', message: error.message }
      throw error
    }
    if (!bundle) return { kind: 'not-found', message: `no function named "${name}"` }
    const context = buildContext({
      functionName: name,
      envId: this.options.envId,
      timeoutMs: bundle.timeoutMs,
      caller,
    })
    return await this.instanceFor(bundle).invoke(event, context)
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all([...this.live].map((instance) => instance.kill()))
    this.live.clear()
    this.current.clear()
  }

  /** The running instance, or a fresh one when there is none, it died, or the bundle was rebuilt. */
  private instanceFor(bundle: FunctionBundle): FunctionInstance {
    // A rebuild touches index.js; an edited config.json (envVariables) also needs a new process.
    const version = `${modifiedAt(bundle.entry)}:${modifiedAt(path.join(bundle.dir, 'config.json'))}`
    const existing = this.current.get(bundle.name)
    if (existing?.accepting && existing.version === version) return existing
    existing?.retire()
    for (const instance of this.live) if (instance.exited) this.live.delete(instance)
    const env = buildProcessEnv({
      functionName: bundle.name,
      envId: this.options.envId,
      adminUrl: this.options.adminUrl,
      credentials: this.options.credentials,
      envVariables: bundle.envVariables,
    })
    const fresh = new FunctionInstance(bundle, version, env, this.options.log)
    this.current.set(bundle.name, fresh)
    this.live.add(fresh)
    return fresh
  }
}

function modifiedAt(file: string): number {
  try {
    return fs.statSync(file).mtimeMs
  } catch {
    return 0
  }
}
