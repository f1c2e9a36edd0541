// Runs Linli locally: the emulator (database, functions gateway, files) serving the H5 app, seeded once.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { seedDemoCommunity } from '../cloudfunctions/seed/seed-database'
import { faultsFromEnv, networkOptionsFromEnv, startEmulator } from '../emulator'
import { sdkDatabase } from './local-sdk'
import { stopOnSignals } from '../emulator/server/stop-on-signals'

const root = resolve(__dirname, '..')

const main = async () => {
  const staticDir = join(root, 'dist', 'h5')
  if (!existsSync(join(staticDir, 'index.html')))
    throw new Error('dist/h5 is missing: run `npm run build:h5`')
  const emulator = await startEmulator({
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 8787),
    ...networkOptionsFromEnv(),
    faults: faultsFromEnv(),
    dataDir: process.env.LINLI_DATA_DIR ?? join(root, '.data'),
    functionsDir: join(root, 'dist', 'functions'),
    indexConfigPath: join(root, 'cloudfunctions', 'indexes.json'),
    staticDir,
    // Seed before /healthz turns 200, so "ready" means the demo community is there.
    beforeReady: async ({ adminUrl, credentials }) => {
      const { seeded } = await seedDemoCommunity(sdkDatabase(adminUrl, credentials))
      console.log(
        seeded ? '已写入城西社区演示数据 (demo data seeded)' : '演示数据已存在 (demo data present)',
      )
    },
  })
  console.log(
    `\n  邻里 Linli 已启动: ${emulator.url}\n  (gateway: POST ${emulator.url}/functions/<name>, health: ${emulator.url}/healthz)\n`,
  )
  stopOnSignals(() => emulator.close())
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
