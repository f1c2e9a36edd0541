// The emulator as a separate process the crash test can SIGKILL and start again on the same port.
import { join } from 'node:path'
import { startGroup, type RunningGroup } from '../process-group'

export interface ServerProcess {
  group: RunningGroup
  url: string
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(500) })).ok
  } catch {
    return false
  }
}

export async function startServer(
  root: string,
  port: number,
  dataDir: string,
): Promise<ServerProcess> {
  const url = `http://127.0.0.1:${port}`
  const group = startGroup(
    process.execPath,
    ['--import', 'tsx', join(root, 'emulator', 'cli.ts')],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      // The cli finds dist/functions and the index config from its working directory.
      cwd: root,
      env: { ...process.env, PORT: String(port), LINLI_DATA_DIR: dataDir },
    },
  )
  let exited = false
  void group.exited.then(() => (exited = true))
  const deadline = Date.now() + 30_000
  while (!(await healthy(url))) {
    if (exited) throw new Error('the emulator exited during start (see its output above)')
    if (Date.now() > deadline) throw new Error('the emulator did not become ready in 30 s')
    await sleep(20)
  }
  return { group, url }
}

/** kill -9 the server, then whatever it left in its process group (function processes). */
export async function crashServer(server: ServerProcess): Promise<void> {
  server.group.child.kill('SIGKILL')
  await server.group.exited
  await server.group.stop(0)
}
