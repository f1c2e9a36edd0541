// npm run seed: writes the demo community (城西社区) into the local data, through the real SDK.
import { join, resolve } from 'node:path'
import { seedDemoCommunity } from '../cloudfunctions/seed/seed-database'
import { startEmulator } from '../emulator'
import { findCredentials } from '../emulator/server/admin-credentials'
import { sdkDatabase } from './local-sdk'

const root = resolve(__dirname, '..')
const dataDir = process.env.LINLI_DATA_DIR ?? join(root, '.data')
const runningUrl = process.env.LINLI_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`

const isRunning = async (url: string): Promise<boolean> => {
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) })).ok
  } catch {
    return false
  }
}

/** A running server owns the data folder, so seed through it; else open the folder ourselves. */
const main = async (): Promise<void> => {
  if (await isRunning(runningUrl)) {
    // A server on loopback does not check the key; an exposed one needs its data folder's.
    const credentials = findCredentials(dataDir) ?? { secretId: 'none', secretKey: 'none' }
    const db = sdkDatabase(`${runningUrl}/admin`, credentials)
    const { seeded } = await seedDemoCommunity(db)
    console.log(`${seeded ? '已写入演示数据' : '演示数据已存在'} (${runningUrl})`)
    return
  }
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    functionsDir: join(root, 'dist', 'functions'),
    indexConfigPath: join(root, 'cloudfunctions', 'indexes.json'),
    timers: false,
    log: () => undefined,
  })
  try {
    const { seeded } = await seedDemoCommunity(sdkDatabase(emulator.adminUrl, emulator.credentials))
    console.log(`${seeded ? '已写入演示数据' : '演示数据已存在'} (${dataDir})`)
  } finally {
    await emulator.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
