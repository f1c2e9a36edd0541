// Runs the requests use cases in this process against an emulator, with a clock the test sets.
import cloudbase from '@cloudbase/node-sdk'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { API, type ActionInput, type ActionName, type ActionOutput } from '@linli/types'
import { handlers } from '../../cloudfunctions/functions/requests/index'
import { seedDemoCommunity } from '../../cloudfunctions/seed/seed-database'
import { composeDeps } from '../../cloudfunctions/shared/compose'
import { resolveCaller } from '../../cloudfunctions/use-cases/caller'
import type { Deps } from '../../cloudfunctions/use-cases/deps'
import { startEmulator } from '../../emulator'
import { prepareLocalSdkEnv } from '../../emulator/local-sdk-env'
import { ROOT } from './stack'

prepareLocalSdkEnv()

export interface InProcess {
  deps: Deps
  db: ReturnType<ReturnType<typeof cloudbase.init>['database']>
  /** Sets the time every use case reads from deps.now(). */
  setNow: (at: Date) => void
  /** One action as `openid`: input parsed as the entry would, caller resolved, handler run. */
  run: <A extends ActionName<'requests'>>(
    action: A,
    input: ActionInput<'requests', A>,
    openid: string,
  ) => Promise<ActionOutput<'requests', A>>
  close: () => Promise<void>
}

export const startInProcess = async (): Promise<InProcess> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-uc-'))
  const functionsDir = mkdtempSync(join(tmpdir(), 'linli-uc-fn-'))
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    // No functions: the use cases run here, in the test's process.
    functionsDir,
    indexConfigPath: join(ROOT, 'cloudfunctions', 'indexes.json'),
    timers: false,
    log: () => undefined,
  })
  const app = cloudbase.init({ env: 'linli-local', serviceUrl: emulator.adminUrl })
  await seedDemoCommunity(app.database())
  let now = new Date()
  const deps = composeDeps(app, () => now)
  const run: InProcess['run'] = async (action, input, openid) => {
    const parsed = API.requests[action].input.parse(input)
    const handler = handlers[action] as (i: unknown, c: unknown, d: Deps) => Promise<never>
    return handler(parsed, await resolveCaller(openid, deps), deps)
  }
  return {
    deps,
    db: app.database(),
    setNow: (at) => {
      now = at
    },
    run,
    close: async () => {
      await emulator.close()
      for (const dir of [dataDir, functionsDir]) rmSync(dir, { recursive: true, force: true })
    },
  }
}
