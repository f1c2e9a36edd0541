// Newcomers' reports wait for the grid leader; duplicates make followers; reports are rate-limited.
import { key, requestIn, storedRequest } from '../support/drive'
import { aReport } from '../support/factories'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const idsOn = async (action: 'listBoard' | 'listForGrid', openid: string) =>
  dataOf(await stack.call('requests', action, { limit: 50 }, openid)).items.map(
    (i: { id: string }) => i.id,
  )

describe('a newcomer', () => {
  it('reports as submitted, off the boards until the grid leader accepts it', async () => {
    // GIVEN a newcomer who names their building in grid 1
    const input = aReport({ buildingId: 'bldg-02', description: '新搬来的，楼下垃圾没人清' })
    // WHEN they report
    const filed = dataOf(await stack.call('requests', 'report', input, 'demo-newcomer'))
    // THEN it waits as submitted: the leader sees it, members do not
    expect(filed).toMatchObject({ gridId: 'grid-1', status: 'submitted' })
    expect(await idsOn('listForGrid', 'demo-grid-leader')).toContain(filed.id)
    expect(await idsOn('listBoard', 'demo-member')).not.toContain(filed.id)
    expect(await idsOn('listForGrid', 'demo-member')).not.toContain(filed.id)
    // WHEN the leader accepts it THEN it is open on the members' board
    const accepted = dataOf(
      await stack.call('requests', 'accept', { id: filed.id }, 'demo-grid-leader'),
    )
    expect(accepted.status).toBe('open')
    expect(await idsOn('listBoard', 'demo-member')).toContain(filed.id)
    const mine = dataOf(await stack.call('requests', 'get', { id: filed.id }, 'demo-newcomer'))
    expect(mine.timeline.map((e: { type: string }) => e.type)).toEqual([
      'reported',
      'routed',
      'accepted',
    ])
  })

  it('follows the original when the leader rejects theirs as a duplicate', async () => {
    // GIVEN an open request of demo-resident, and a newcomer's report of the same problem
    const original = await requestIn(stack, 'open')
    const duplicate = await requestIn(stack, 'submitted')
    expect(await stack.call('requests', 'get', { id: original }, 'demo-newcomer')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    // WHEN the leader rejects it as a duplicate of the original
    const rejected = dataOf(
      await stack.call(
        'requests',
        'reject',
        { id: duplicate, reason: '与已有诉求重复', duplicateOf: original },
        'demo-grid-leader',
      ),
    )
    // THEN it is rejected naming the original, and the newcomer follows the original
    expect(rejected).toMatchObject({ status: 'rejected', duplicateOf: original })
    expect((await storedRequest(stack, original)).followers).toEqual(['demo-newcomer'])
    const followed = dataOf(await stack.call('requests', 'get', { id: original }, 'demo-newcomer'))
    expect(followed).toMatchObject({ following: true, masked: true, followerCount: 1 })
  })

  it('refuses a duplicateOf that names no request, writing nothing', async () => {
    const duplicate = await requestIn(stack, 'submitted')
    const before = await storedRequest(stack, duplicate)
    const res = await stack.call(
      'requests',
      'reject',
      { id: duplicate, reason: '重复', duplicateOf: 'no-such-request' },
      'demo-grid-leader',
    )
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: ['duplicateOf'] }] },
    })
    expect(await storedRequest(stack, duplicate)).toEqual(before)
  })
})

/** The allowance is per clock hour: keep a test from straddling one. */
const awayFromTheHour = async () => {
  const left = 3_600_000 - (Date.now() % 3_600_000)
  if (left < 10_000) await new Promise((r) => setTimeout(r, left + 100))
}

describe('reports per hour', () => {
  it('refuses the 11th within an hour and writes nothing; retries of one form do not count', async () => {
    await awayFromTheHour()
    const count = async () => (await stack.db.collection('requests').count()).total
    const reporter = 'demo-resident-2'
    // GIVEN a first report, retried five times with its key
    const first = aReport({ description: '第1个：楼道灯坏了' })
    const firstId = dataOf(await stack.call('requests', 'report', first, reporter)).id
    for (let i = 0; i < 5; i += 1) {
      expect(dataOf(await stack.call('requests', 'report', first, reporter)).id).toBe(firstId)
    }
    // WHEN nine more distinct reports follow
    for (let i = 2; i <= 10; i += 1) {
      const input = aReport({ description: `第${i}个：楼道灯坏了`, clientRequestId: key() })
      dataOf(await stack.call('requests', 'report', input, reporter))
    }
    // THEN the 11th is RATE.LIMITED and nothing is written
    const before = await count()
    const eleventh = await stack.call('requests', 'report', aReport(), reporter)
    expect(eleventh).toMatchObject({ ok: false, error: { code: 'RATE.LIMITED' } })
    expect(await count()).toBe(before)
    const mine = dataOf(await stack.call('requests', 'listMine', { limit: 50 }, reporter))
    expect(mine.items).toHaveLength(10)
    // AND a retry of a filed form still answers with its request
    expect(dataOf(await stack.call('requests', 'report', first, reporter)).id).toBe(firstId)
    // AND another person is not limited by it
    dataOf(await stack.call('requests', 'report', aReport(), 'demo-resident-far'))
  })
})

describe('a double-tapped report', () => {
  it('spends one report of the allowance, even sent five times at once', async () => {
    await awayFromTheHour()
    const reporter = 'demo-member'
    // GIVEN one form sent five times at once
    const form = aReport({ description: '双击提交：单元门关不上' })
    const sent = await Promise.all(
      [1, 2, 3, 4, 5].map(() => stack.call('requests', 'report', form, reporter)),
    )
    expect(new Set(sent.map((r) => dataOf(r).id)).size).toBe(1)
    // WHEN nine more distinct reports follow THEN all are filed: the form counted once
    for (let i = 2; i <= 10; i += 1) {
      const input = aReport({ description: `第${i}个：单元门关不上` })
      expect(await stack.call('requests', 'report', input, reporter)).toMatchObject({ ok: true })
    }
    const eleventh = await stack.call('requests', 'report', aReport(), reporter)
    expect(eleventh).toMatchObject({ ok: false, error: { code: 'RATE.LIMITED' } })
  })
})
