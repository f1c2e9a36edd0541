// Notices through the gateway and the emulator: who receives what, reading, receipts, and the
// delivery outbox under WeChat's failures.
import { dataOf, startStack, type Stack } from '../support/stack'
import { aNotice, clearAllowances, deliverAt, sendNotice, subscribe } from '../support/notices'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const MINUTE = 60_000
const LEADER = 'demo-grid-leader'

/** The openids of the residents whose households are in a grid, from the seed itself. */
const residentsOfGrid = async (gridId: string): Promise<string[]> => {
  const households = await stack.db.collection('households').where({ gridId }).limit(1000).get()
  const ids = new Set((households.data as { _id: string }[]).map((h) => h._id))
  const persons = await stack.db.collection('persons').limit(1000).get()
  return (persons.data as { openid: string; roles: { role: string; householdId?: string }[] }[])
    .filter((p) => p.roles.some((r) => r.role === 'resident' && ids.has(r.householdId ?? '')))
    .map((p) => p.openid)
    .sort()
}

const inboxIds = async (openid: string): Promise<string[]> =>
  (
    dataOf(await stack.call('notices', 'inbox', { limit: 50 }, openid)).items as { id: string }[]
  ).map((i) => i.id)

const delivery = async (id: string) =>
  ((await stack.db.collection('deliveries').doc(id).get()).data as Record<string, unknown>[])[0]

const messagesTo = (openid: string) => stack.wechat.outbox().filter((m) => m.touser === openid)

describe('a notice to a grid', () => {
  it('reaches exactly the residents of the grid and no one else', async () => {
    // GIVEN the residents of grid 1 and of grid 2 in the seed
    const inGrid = await residentsOfGrid('grid-1')
    const elsewhere = await residentsOfGrid('grid-2')
    expect(inGrid.length).toBeGreaterThan(10)
    // WHEN the grid leader sends a notice to grid 1
    const sent = await sendNotice(stack, LEADER, { urgency: 'urgent' })
    expect(sent).toMatchObject({ status: 'published', recipientCount: inGrid.length })
    // THEN exactly grid 1's residents have it as receipts
    const receipts = await stack.db
      .collection('noticeReceipts')
      .where({ noticeId: sent.id })
      .limit(1000)
      .get()
    const personIds = (receipts.data as { personId: string }[]).map((r) => r.personId)
    const persons = await stack.db
      .collection('persons')
      .where({ _id: stack.db.command.in(personIds) })
      .limit(1000)
      .get()
    expect((persons.data as { openid: string }[]).map((p) => p.openid).sort()).toEqual(inGrid)
    // AND a resident of the grid sees it unread; one of grid 2 (and a far resident) never does
    const inbox = dataOf(await stack.call('notices', 'inbox', {}, 'demo-resident'))
    expect(inbox.items[0]).toMatchObject({ id: sent.id, read: false, urgency: 'urgent' })
    expect(inbox.unread).toBeGreaterThanOrEqual(1)
    for (const openid of [elsewhere[0] as string, 'demo-resident-far']) {
      expect(await inboxIds(openid)).not.toContain(sent.id)
      const res = await stack.call('notices', 'read', { id: sent.id }, openid)
      expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
  })

  it('opening marks it read, once, and the stats count the household by building', async () => {
    const sent = await sendNotice(stack, LEADER, { urgency: 'urgent' })
    // WHEN the resident opens it (from a share card)
    const detail = dataOf(
      await stack.call('notices', 'read', { id: sent.id, via: 'share' }, 'demo-resident'),
    )
    expect(detail).toMatchObject({ id: sent.id, canSeeStats: false })
    await stack.call('notices', 'read', { id: sent.id }, 'demo-resident')
    // THEN the leader's statistics show one household read, in its building
    const stats = dataOf(await stack.call('notices', 'stats', { id: sent.id }, LEADER))
    expect(stats).toMatchObject({ readers: 1, householdsRead: 1 })
    const bars = stats.byBuilding as { buildingId: string; read: number; households: number }[]
    expect(bars.find((b) => b.buildingId === 'bldg-01')).toMatchObject({ read: 1 })
    expect(bars.filter((b) => b.read > 0)).toHaveLength(1)
    expect(stats.households).toBe(bars.reduce((n, b) => n + b.households, 0))
  })

  it('lists unread households for a door-knock after 24 h, ticked off with a note', async () => {
    const sent = await sendNotice(stack, LEADER, {
      urgency: 'urgent',
      target: { kind: 'buildings', gridId: 'grid-1', buildingIds: ['bldg-01'] },
    })
    await stack.call('notices', 'read', { id: sent.id }, 'demo-resident')
    // Not due yet
    const early = dataOf(await stack.call('notices', 'doorKnockList', { id: sent.id }, LEADER))
    expect(early).toMatchObject({ due: false, items: [] })
    // Due at once with afterHours 0: every household of bldg-01 but demo-resident's
    const list = dataOf(
      await stack.call('notices', 'doorKnockList', { id: sent.id, afterHours: 0 }, LEADER),
    )
    const households = await stack.db
      .collection('households')
      .where({ buildingId: 'bldg-01' })
      .get()
    expect(list.items).toHaveLength(households.data.length - 1)
    expect(list.items.map((i: { householdId: string }) => i.householdId)).not.toContain('hh-01-1')
    const first = list.items[0] as { householdId: string }
    await clearAllowances(stack)
    dataOf(
      await stack.call(
        'notices',
        'markVisited',
        { id: sent.id, householdId: first.householdId, note: '已当面告知' },
        LEADER,
      ),
    )
    const after = dataOf(
      await stack.call('notices', 'doorKnockList', { id: sent.id, afterHours: 0 }, LEADER),
    )
    expect(after.items[0]).toMatchObject({
      householdId: first.householdId,
      visited: true,
      note: '已当面告知',
    })
  })
})

describe('content checks', () => {
  it('refuses a risky notice with nothing written', async () => {
    const before = (await stack.db.collection('notices').count()).total
    await clearAllowances(stack)
    const res = await stack.call(
      'notices',
      'send',
      aNotice({ body: '楼下有人聚众赌博，大家注意' }),
      LEADER,
    )
    expect(res).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } })
    expect((await stack.db.collection('notices').count()).total).toBe(before)
  })

  it('holds a notice for review until staff approve it', async () => {
    const held = await sendNotice(stack, LEADER, { body: '团购大米请加微信联系' })
    expect(held.status).toBe('held')
    expect(await inboxIds('demo-resident')).not.toContain(held.id)
    const queue = dataOf(await stack.call('notices', 'listHeld', {}, 'demo-staff'))
    const item = (queue.items as { id: string; kind: string; text: string }[]).find(
      (i) => i.kind === 'notice' && i.text.includes('团购大米请加微信联系'),
    )
    expect(item).toBeDefined()
    await clearAllowances(stack)
    const approved = dataOf(
      await stack.call(
        'notices',
        'review',
        { id: item?.id ?? '', decision: 'approve' },
        'demo-staff',
      ),
    )
    expect(approved.status).toBe('approved')
    expect(await inboxIds('demo-resident')).toContain(held.id)
  })
})

describe('the delivery outbox', () => {
  const one = { kind: 'buildings' as const, gridId: 'grid-1', buildingIds: ['bldg-01'] }
  /** The timer's clock, always ahead of real time so every entry written so far is due. */
  let clock = Date.now() + 10 * MINUTE
  const later = (minutes: number) => {
    clock += minutes * MINUTE
    return new Date(clock)
  }
  // Earlier tests left entries due (people without subscriptions): settle them first.
  beforeEach(async () => {
    await deliverAt(stack, later(100))
  })

  it('retries -1 twice, then delivers exactly one message', async () => {
    // GIVEN a resident with one subscription, and a notice to their building
    await subscribe(stack, 'demo-resident')
    const before = messagesTo('demo-resident').length
    const sent = await sendNotice(stack, LEADER, { target: one })
    const key = `notice:${sent.id}:person-demo-resident`
    // WHEN WeChat answers "system busy" twice
    stack.wechat.failNext(2, -1)
    await deliverAt(stack, later(1))
    expect(await delivery(key)).toMatchObject({ status: 'pending', attempts: 1 })
    await deliverAt(stack, later(1))
    expect(await delivery(key)).toMatchObject({ status: 'pending', attempts: 2 })
    // (the second retry waits 2 minutes: one minute later nothing is due)
    await deliverAt(stack, later(1))
    expect(await delivery(key)).toMatchObject({ status: 'pending', attempts: 2 })
    await deliverAt(stack, later(1))
    // THEN the third attempt delivers, once; more runs send nothing
    expect(await delivery(key)).toMatchObject({ status: 'sent', attempts: 3 })
    await deliverAt(stack, later(60))
    const mine = messagesTo('demo-resident').slice(0, messagesTo('demo-resident').length - before)
    expect(mine).toHaveLength(1)
    expect(mine[0]?.page).toContain(sent.id)
    // AND the one subscription is spent
    const sub = await stack.db.collection('subscriptions').doc('notice:demo-resident').get()
    expect((sub.data as { remaining: number }[])[0]?.remaining).toBe(0)
  })

  it('43101: never retried, and the quota is set to zero', async () => {
    await subscribe(stack, 'demo-resident', 3)
    const sent = await sendNotice(stack, LEADER, { target: one })
    const key = `notice:${sent.id}:person-demo-resident`
    stack.wechat.failNext(1, 43101)
    await deliverAt(stack, later(1))
    await deliverAt(stack, later(10))
    expect(await delivery(key)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'errcode 43101',
    })
    const sub = await stack.db.collection('subscriptions').doc('notice:demo-resident').get()
    expect((sub.data as { remaining: number }[])[0]?.remaining).toBe(0)
  })

  it('sends nothing to a person without a subscription (the inbox still has it)', async () => {
    const sent = await sendNotice(stack, LEADER, { target: one })
    await deliverAt(stack, later(1))
    expect(await delivery(`notice:${sent.id}:person-demo-resident`)).toMatchObject({
      status: 'skipped',
    })
    expect(await inboxIds('demo-resident')).toContain(sent.id)
  })
})
