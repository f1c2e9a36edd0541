// Linux process listing from /proc, for tests that prove a stop left no process behind.
import { readFileSync, readdirSync } from 'node:fs'

interface ProcInfo {
  pid: number
  ppid: number
  state: string
  command: string
}

function readProc(pid: number): ProcInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    const [state = '', ppid = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()
    return { pid, ppid: Number(ppid), state, command }
  } catch {
    return null
  }
}

export function listProcesses(): ProcInfo[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProc(Number(name)))
    .filter((info): info is ProcInfo => info !== null)
}

/** The process and all its descendants, as they are now. */
export function processTree(rootPid: number): ProcInfo[] {
  const all = listProcesses()
  const found = all.filter((p) => p.pid === rootPid)
  for (let i = 0; i < found.length; i++) {
    const parent = found[i]?.pid
    found.push(...all.filter((p) => p.ppid === parent))
  }
  return found
}

/** Gone, or a zombie (exited, not yet reaped by a parent that may be an init that never reaps). */
export function isGone(pid: number): boolean {
  const info = readProc(pid)
  return info === null || info.state === 'Z' || info.state === 'X'
}
