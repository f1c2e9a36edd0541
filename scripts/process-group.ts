// Runs one command as its own process group, so a stop reaches everything it started (builds fork workers).
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process'

export interface GroupOptions {
  env?: NodeJS.ProcessEnv
  cwd?: string
  /** Default: inherit stdin/stdout/stderr. Add 'ipc' to let the child notice the parent dying. */
  stdio?: StdioOptions
}

export interface RunningGroup {
  child: ChildProcess
  /** Resolves with the exit code (128 + n for a signal) once the group leader is gone. */
  exited: Promise<number>
  /** SIGTERM to the whole group, then SIGKILL to whatever is left after `graceMs`. */
  stop(graceMs: number): Promise<number>
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = {
  SIGINT: 2,
  SIGKILL: 9,
  SIGTERM: 15,
}

export function startGroup(
  command: string,
  args: string[],
  options: GroupOptions = {},
): RunningGroup {
  // detached: the child leads a new process group; a terminal's Ctrl-C reaches only our group,
  // and we forward it, so nothing is stopped twice or left behind.
  const child = spawn(command, args, {
    detached: true,
    cwd: options.cwd,
    stdio: options.stdio ?? 'inherit',
    env: options.env ?? process.env,
  })
  const exited = new Promise<number>((resolve) => {
    child.once('error', () => resolve(127))
    child.once('exit', (code, signal) => {
      resolve(code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 1) : 1))
    })
  })
  const signalGroup = (signal: NodeJS.Signals): void => {
    if (child.pid === undefined) return
    try {
      process.kill(-child.pid, signal)
    } catch {
      // ESRCH: the group is already gone.
    }
  }
  const stop = async (graceMs: number): Promise<number> => {
    signalGroup('SIGTERM')
    const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs)
    const code = await exited
    clearTimeout(timer)
    // The leader may exit before its workers: whatever is left of the group goes now.
    signalGroup('SIGKILL')
    return code
  }
  return { child, exited, stop }
}
