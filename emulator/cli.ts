// Starts the emulator from the environment (PORT, HOST, LINLI_EXPOSE, LINLI_DATA_DIR…) and prints its URL.

import { faultsFromEnv, networkOptionsFromEnv, startEmulator } from './index'
import { stopOnSignals } from './server/stop-on-signals'

async function main(): Promise<void> {
  const emulator = await startEmulator({
    host: process.env.HOST || '127.0.0.1',
    port: process.env.PORT ? Number(process.env.PORT) : 8787,
    ...networkOptionsFromEnv(),
    faults: faultsFromEnv(),
    ...(process.env.LINLI_STATIC_DIR ? { staticDir: process.env.LINLI_STATIC_DIR } : {}),
  })
  process.stdout.write(`${emulator.url}\n`)
  stopOnSignals(() => emulator.close())
}

main().catch((error: unknown) => {
  process.stderr.write(`linli emulator failed to start: ${(error as Error).message}\n`)
  process.exit(1)
})
