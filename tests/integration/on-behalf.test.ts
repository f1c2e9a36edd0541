// 代办 and 12345 work orders: recorded by staff for a household, due when the hotline says, reported back.
import { key, storedRequest } from '../support/drive'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const DAY = 24 * 3_600_000

const anOrder = (overrides: Record<string, unknown> = {}) => ({
  householdId: 'hh-01-2',
  category: 'roads',
  description: '12345 派单：益民巷路面塌陷，需修补',
  channel: 'hotline12345',
  hotline: {
    orderNo: 'GD20240601001',
    dueAt: new Date(Date.now() + 3 * DAY + 7_000).toISOString(),
  },
  clientRequestId: key(),
  ...overrides,
})

const residentOf = async (householdId: string) => {
  const found = await stack.db
    .collection('persons')
    .where({ 'roles.householdId': householdId })
    .get()
  return (found.data[0] as { openid: string }).openid
}

describe('a 12345 work order', () => {
  it('is due when the hotline says, keeps the outcome and is reported back once', async () => {
    // GIVEN staff record a 12345 order for a household of grid 1
    const order = anOrder()
    const filed = dataOf(await stack.call('requests', 'reportOnBehalf', order, 'demo-staff'))
    expect(filed).toMatchObject({ gridId: 'grid-1', status: 'open' })
    // THEN its due time is the hotline's, not the category's
    const doc = await storedRequest(stack, filed.id)
    expect(doc.dueAt).toEqual(new Date(order.hotline.dueAt))
    expect(doc).toMatchObject({ channel: 'hotline12345', recordedBy: 'person-demo-staff' })
    // AND the household's resident finds it in 我的诉求
    const resident = await residentOf('hh-01-2')
    const mine = dataOf(await stack.call('requests', 'listMine', {}, resident))
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(filed.id)
    // WHEN it is claimed, started and resolved with a note
    const id = filed.id as string
    for (const [action, data] of [
      ['claim', {}],
      ['start', {}],
      ['resolve', { note: '已安排市政修补，路面恢复' }],
    ] as const) {
      dataOf(await stack.call('requests', action, { id, ...data }, 'demo-member'))
    }
    // THEN staff see the outcome, still to report back
    const resolved = dataOf(await stack.call('requests', 'get', { id }, 'demo-staff'))
    expect(resolved.hotline).toEqual({
      orderNo: 'GD20240601001',
      dueAt: new Date(order.hotline.dueAt).toISOString(),
      outcome: '已安排市政修补，路面恢复',
      reportedBackAt: null,
    })
    expect(resolved.actions).toContain('reportBack')
    // WHEN staff report back THEN it is recorded once; a second report back is refused
    const back = dataOf(
      await stack.call('requests', 'reportBack', { id, note: '已回复 12345' }, 'demo-staff'),
    )
    expect(back.hotline.reportedBackAt).toEqual(expect.any(String))
    expect((await storedRequest(stack, id)).hotline.reportedBackAt).toBeInstanceOf(Date)
    const again = await stack.call('requests', 'reportBack', { id }, 'demo-staff')
    expect(again).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID_STATE' } })
    // AND a member of the grid sees no order details
    const member = dataOf(await stack.call('requests', 'get', { id }, 'demo-member-2'))
    expect(member.hotline).toBeNull()
  })

  it('refuses a due time already past, or an order without its number, writing nothing', async () => {
    const count = async () => (await stack.db.collection('requests').count()).total
    const before = await count()
    const past = anOrder({
      hotline: { orderNo: 'GD1', dueAt: new Date(Date.now() - 60_000).toISOString() },
    })
    expect(await stack.call('requests', 'reportOnBehalf', past, 'demo-staff')).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: ['hotline', 'dueAt'] }] },
    })
    const { hotline: _omit, ...noOrder } = anOrder()
    expect(await stack.call('requests', 'reportOnBehalf', noOrder, 'demo-staff')).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: ['hotline'] }] },
    })
    expect(await count()).toBe(before)
  })
})

describe('代办 by grid leaders', () => {
  it('lets a leader record for their own grid only; another grid is NOT_FOUND', async () => {
    const visit = anOrder({ channel: 'visit', hotline: undefined, category: 'repair' })
    delete (visit as { hotline?: unknown }).hotline
    const own = dataOf(await stack.call('requests', 'reportOnBehalf', visit, 'demo-grid-leader'))
    expect((await storedRequest(stack, own.id)).dueAt).not.toBeNull()
    const other = await stack.call(
      'requests',
      'reportOnBehalf',
      { ...visit, clientRequestId: key() },
      'demo-grid-leader-2',
    )
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const missing = await stack.call(
      'requests',
      'reportOnBehalf',
      { ...visit, householdId: 'hh-99-9', clientRequestId: key() },
      'demo-grid-leader-2',
    )
    expect(missing).toEqual(other)
  })
})
