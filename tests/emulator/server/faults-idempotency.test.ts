// Under lossy wire faults, reports re-sent with their clientRequestId are filed exactly once each:
// the real functions, database and SDK, with /admin and gateway calls refused or answered into the void.

import { existsSync } from 'node:fs'
import path from 'node:path'
import { seedDemoCommunity } from '../../../cloudfunctions/seed/seed-database'
import { startEmulator, type RunningEmulator } from '../../../emulator'
import { sdkDatabase } from '../../../scripts/local-sdk'
import { postJson, tempDir } from './helpers'

const ROOT = path.resolve(__dirname, '..', '..', '..')
const FUNCTIONS = path.join(ROOT, 'dist', 'functions')

let emulator: RunningEmulator

beforeAll(async () => {
  if (!existsSync(path.join(FUNCTIONS, 'requests', 'index.js'))) {
    throw new Error('dist/functions is missing: run `npm run build:functions` (npm test does)')
  }
  emulator = await startEmulator({
    port: 0,
    dataDir: tempDir('linli-faults-'),
    functionsDir: FUNCTIONS,
    indexConfigPath: path.join(ROOT, 'cloudfunctions', 'indexes.json'),
    timers: false,
    log: () => undefined,
  })
  await seedDemoCommunity(sdkDatabase(emulator.adminUrl, emulator.credentials))
}, 60_000)

afterAll(async () => {
  await emulator?.close()
})

/** Re-sends the same report until it is answered ok, as the app's client does with a key. */
// Four residents share the reports: a person may file 10 an hour (and a lost answer can spend one).
const REPORTERS = ['demo-resident', 'demo-resident-2', 'demo-resident-far', 'demo-member']

const reportUntilFiled = async (
  clientRequestId: string,
  index: number,
): Promise<{ id: string; tries: number }> => {
  const event = {
    action: 'report',
    data: { category: 'repair', description: `楼道灯坏了 ${clientRequestId}`, clientRequestId },
  }
  for (let tries = 1; tries <= 30; tries++) {
    const answer = await postJson(`${emulator.url}/functions/requests`, event, {
      'x-wx-openid': REPORTERS[index % REPORTERS.length] ?? 'demo-resident',
    }).catch(() => null)
    const body =
      answer?.status === 200 ? (answer.json() as { ok: boolean; data?: { id: string } }) : null
    if (body?.ok && body.data) return { id: body.data.id, tries }
  }
  throw new Error(`${clientRequestId} was never filed`)
}

it('files each report once however many times the wire lost it', async () => {
  // GIVEN 15 % of /admin and gateway calls failing (a report makes ~6), half after the work was done
  await postJson(`${emulator.url}/_emulator/faults`, { failRate: 0.15 })
  // WHEN 12 reports are sent concurrently, each re-sent until answered ok
  const keys = Array.from({ length: 12 }, (_, i) => `rq-faults-${String(i).padStart(4, '0')}`)
  const filed = await Promise.all(keys.map(reportUntilFiled))
  const faults = (await postJson(`${emulator.url}/_emulator/faults`, { failRate: 0 })).json() as {
    counts: { dropped: number; refused: number }
  }
  // THEN faults really happened, and the database holds exactly one request per key
  const db = sdkDatabase(emulator.adminUrl, emulator.credentials)
  const stored = await db
    .collection('requests')
    .where({ clientRequestId: db.command.in(keys) })
    .get()
  const storedKeys = (stored.data as Array<{ clientRequestId: string }>).map(
    (d) => d.clientRequestId,
  )
  expect(faults.counts.dropped + faults.counts.refused).toBeGreaterThan(0)
  expect(filed.some((f) => f.tries > 1)).toBe(true)
  expect(storedKeys.sort()).toEqual(keys)
  expect(new Set(filed.map((f) => f.id)).size).toBe(keys.length)
}, 60_000)
