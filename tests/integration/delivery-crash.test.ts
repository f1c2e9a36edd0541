// A worker that dies between sending and marking the entry sent: after its lease, the next run
// sends once more with the same idempotency key (at least once), and never again after that.
import cloudbase from '@cloudbase/node-sdk'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedDemoCommunity } from '../../cloudfunctions/seed/seed-database'
import { composeDeps } from '../../cloudfunctions/shared/compose'
import type { Deps } from '../../cloudfunctions/use-cases/deps'
import { LEASE_MS } from '../../cloudfunctions/use-cases/notices/deliver-messages'
import { runDelivery } from '../../cloudfunctions/use-cases/notices/run-delivery'
import { startEmulator, type RunningEmulator } from '../../emulator'
import { prepareLocalSdkEnv } from '../../emulator/local-sdk-env'
import { ROOT } from '../support/stack'

prepareLocalSdkEnv()

let emulator: RunningEmulator
let deps: Deps
const dirs = [mkdtempSync(join(tmpdir(), 'linli-crash-')), mkdtempSync(join(tmpdir(), 'linli-fn-'))]

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    dataDir: dirs[0],
    functionsDir: dirs[1],
    indexConfigPath: join(ROOT, 'cloudfunctions', 'indexes.json'),
    timers: false,
    log: () => undefined,
  })
  const app = cloudbase.init({ env: 'linli-local', serviceUrl: emulator.adminUrl })
  await seedDemoCommunity(app.database())
  deps = {
    ...composeDeps(app),
    env: {
      LINLI_COMMUNITY_ID: 'chengxi',
      LINLI_TEMPLATE_NOTICE: 'tmpl-notice-0001',
      LINLI_TEMPLATE_REQUEST_STATUS: 'tmpl-status-0001',
      LINLI_TEMPLATE_NEW_TASK: 'tmpl-task-0001',
    },
  }
})
afterAll(async () => {
  await emulator.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const KEY = 'notice:n-crash:person-demo-resident'

it('re-sends once after a crash between sending and marking sent, with the same key', async () => {
  // GIVEN one entry in the outbox for a resident with a subscription
  const t0 = new Date('2030-01-01T00:00:00Z')
  await deps.subscriptions.grant('demo-resident', 'notice', t0)
  await deps.deliveries.enqueue(
    [
      {
        _id: KEY,
        communityId: 'chengxi',
        personId: 'person-demo-resident',
        openid: 'demo-resident',
        template: 'notice',
        page: 'packages/notices/detail/index?id=n-crash&via=subscribe',
        data: { thing1: { value: '停水通知' } },
      },
    ],
    t0,
  )
  // WHEN the worker dies right after WeChat accepted the message (the "sent" mark never lands)
  const crashing: Deps = {
    ...deps,
    deliveries: {
      ...deps.deliveries,
      settle: async (id, attempts, set) => {
        if (set.status === 'sent') throw new Error('worker killed')
        return deps.deliveries.settle(id, attempts, set)
      },
    },
  }
  await expect(runDelivery(t0, crashing)).rejects.toThrow('worker killed')
  expect(emulator.wechat.outbox()).toHaveLength(1)
  // THEN while the lease holds, nobody sends it again
  await runDelivery(new Date(t0.getTime() + LEASE_MS / 2), deps)
  expect(emulator.wechat.outbox()).toHaveLength(1)
  // AND after the lease the next run sends it once more: same entry, same key, one more attempt
  await runDelivery(new Date(t0.getTime() + LEASE_MS + 1), deps)
  const [second, first] = emulator.wechat.outbox()
  expect(second).toMatchObject({ touser: 'demo-resident', page: first?.page, data: first?.data })
  expect(await deps.deliveries.get(KEY)).toMatchObject({
    status: 'sent',
    attempts: 2,
    quotaTaken: true,
  })
  // the re-send did not spend a second unit of the one subscription
  expect(await deps.subscriptions.remaining('demo-resident', 'notice')).toBe(0)
  // AND never a third time
  await runDelivery(new Date(t0.getTime() + 10 * LEASE_MS), deps)
  expect(emulator.wechat.outbox()).toHaveLength(2)
})
