// One long-lived child process running one function bundle; calls are multiplexed by id over IPC.

import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import type { Readable } from 'node:stream'
import type { ChildMessage } from './protocol'
import type { FunctionBundle } from './registry'

export type CallOutcome =
  | { kind: 'ok'; json: string }
  | { kind: 'failed'; message: string }
  | { kind: 'timeout'; message: string }

interface PendingCall {
  settle: (outcome: CallOutcome) => void
  timer: NodeJS.Timeout
}

const RUNNER = path.join(__dirname, 'runner.cjs')

export class FunctionInstance {
  private readonly child: ChildProcess
  private readonly pending = new Map<number, PendingCall>()
  private readonly ready: Promise<string | null>
  private readonly closed: Promise<void>
  private nextId = 1
  /** Why the process ended, when we know better than its exit code. */
  private stopReason: string | null = null
  private retiring = false
  private killed = false
  exited = false

  constructor(
    readonly bundle: FunctionBundle,
    /** Modification times of the bundle's files when this process loaded them. */
    readonly version: string,
    env: Record<string, string>,
    private readonly log: (line: string) => void,
  ) {
    // execArgv [] keeps the parent's loaders and flags (tsx, jest, inspectors) out of the child.
    this.child = fork(RUNNER, [bundle.entry], {
      cwd: bundle.dir,
      // The app's global typings make NODE_ENV/TARO_ENV required keys; a function has neither.
      env: env as NodeJS.ProcessEnv,
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    this.pipeOutput(this.child.stdout)
    this.pipeOutput(this.child.stderr)
    this.ready = new Promise((resolve) => {
      this.child.on('message', (message: ChildMessage) => {
        if (message.type === 'ready') resolve(null)
        else if (message.type === 'load-error') resolve((this.stopReason = message.message))
        else if (message.ok) this.settle(message.id, { kind: 'ok', json: message.json })
        else this.settle(message.id, { kind: 'failed', message: message.message })
      })
      // A process that could not even spawn emits 'close' without 'exit'.
      const gone = (): void => resolve(this.stopReason ?? 'the function process exited')
      this.child.on('exit', gone).on('close', gone)
    })
    this.closed = new Promise((resolve) => this.child.on('close', () => resolve()))
    this.child.on('exit', (code, signal) => this.onExit(code, signal))
    this.child.on('close', (code, signal) => this.exited || this.onExit(code, signal))
    this.child.on('error', (error) => {
      this.log(`[${bundle.name}] process error: ${error.message}`)
      this.stopReason ??= `${bundle.name}: ${error.message}`
    })
  }

  async invoke(event: unknown, context: Record<string, unknown>): Promise<CallOutcome> {
    const id = this.nextId++
    const outcome = new Promise<CallOutcome>((resolve) => {
      const seconds = this.bundle.timeoutMs / 1000
      const timer = setTimeout(() => {
        this.settle(id, {
          kind: 'timeout',
          message: `${this.bundle.name} timed out after ${seconds} s`,
        })
        // As on CloudBase, a timed-out instance is not reused: it may be stuck in a loop.
        this.stopReason = `${this.bundle.name}: instance stopped after a call timed out`
        void this.kill()
      }, this.bundle.timeoutMs)
      this.pending.set(id, { settle: resolve, timer })
    })
    const notReady = await this.ready
    if (notReady !== null) this.settle(id, { kind: 'failed', message: notReady })
    else if (this.pending.has(id)) {
      this.child.send({ type: 'invoke', id, event, context }, (error) => {
        if (error)
          this.settle(id, {
            kind: 'failed',
            message: `could not reach the function: ${error.message}`,
          })
      })
    }
    return await outcome
  }

  /** False once the process is gone or going: new calls need a fresh instance. */
  get accepting(): boolean {
    return !this.exited && !this.killed && !this.retiring
  }

  /** Stop taking calls; end the process once the calls in flight have answered. */
  retire(): void {
    this.retiring = true
    if (this.pending.size === 0) void this.kill()
  }

  async kill(): Promise<void> {
    this.killed = true
    if (!this.exited) this.child.kill('SIGKILL')
    await this.closed
  }

  private settle(id: number, outcome: CallOutcome): void {
    const call = this.pending.get(id)
    if (!call) return
    this.pending.delete(id)
    clearTimeout(call.timer)
    call.settle(outcome)
    if (this.retiring && this.pending.size === 0) void this.kill()
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exited = true
    const how = signal ? `signal ${signal}` : `code ${code}`
    const message = this.stopReason ?? `${this.bundle.name}: the function process exited (${how})`
    for (const id of [...this.pending.keys()]) this.settle(id, { kind: 'failed', message })
  }

  private pipeOutput(stream: Readable | null): void {
    if (!stream) return
    readline.createInterface({ input: stream }).on('line', (line) => {
      this.log(`[${this.bundle.name}] ${line}`)
    })
  }
}
