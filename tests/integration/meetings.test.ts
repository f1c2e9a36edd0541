// 议事会 through the gateway (issue 11 §3): staff record a meeting on reported requests → the
// reporters and their grid see the decision → its owner updates it → the progress is visible;
// bad links and bad transitions write nothing; hot spots flag a building's repeated category.
import { clearReportAllowances, key } from '../support/drive'
import { aReport } from '../support/factories'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const report = async (category = 'roads', who = 'demo-resident') => {
  await clearReportAllowances(stack)
  const res = await stack.call(
    'requests',
    'report',
    aReport({ category: category as never, description: '益民巷护栏倒了，绿篱也没人修剪' }),
    who,
  )
  return dataOf(res).id as string
}
const meetingCount = async () =>
  ((await stack.db.collection('meetings').count()) as { total: number }).total
const record = (data: Record<string, unknown>) =>
  stack.call(
    'meetings',
    'record',
    {
      topic: '益民巷环境整治议事会',
      heldOn: '2026-11-20',
      participants: [
        { kind: 'unit', id: 'unit-1', name: '市住建局' },
        { kind: 'resident', name: '王大爷' },
      ],
      decisions: [
        {
          text: '修复益民巷护栏、修剪绿篱，安装路灯 28 盏',
          owner: { kind: 'unit', id: 'unit-1', name: '市住建局' },
          dueOn: '2026-12-31',
        },
      ],
      clientRequestId: key(),
      ...data,
    },
    'demo-staff',
  )

describe('a meeting from record to done', () => {
  it('is seen by the reporters and the grid, updated by its owner, progress visible', async () => {
    const linked = [await report(), await report('greening')]
    const recorded = dataOf(await record({ requestIds: linked }))
    expect(recorded).toMatchObject({ requestIds: linked, gridIds: ['grid-1'], done: 0, total: 1 })
    const decision = recorded.decisions[0]
    expect(decision).toMatchObject({ status: 'planned', canUpdate: true })

    // The reporter follows it; a neighbour of the grid sees it; another grid does not.
    const mine = dataOf(await stack.call('meetings', 'list', { mine: true }, 'demo-resident'))
    expect(mine.items.map((m: { id: string }) => m.id)).toContain(recorded.id)
    expect(mine.items.find((m: { id: string }) => m.id === recorded.id)).toMatchObject({
      following: true,
    })
    const neighbour = dataOf(await stack.call('meetings', 'list', {}, 'demo-resident-2'))
    const seen = neighbour.items.find((m: { id: string }) => m.id === recorded.id)
    expect(seen).toMatchObject({ following: false })
    expect(seen.decisions[0].canUpdate).toBe(false)
    // No personal data for residents: the representative is 居民代表, no openid, name or room.
    const text = JSON.stringify(seen)
    expect(text).not.toContain('王大爷')
    expect(text).not.toContain('demo-resident')
    const far = dataOf(await stack.call('meetings', 'list', {}, 'demo-resident-far'))
    expect(far.items.map((m: { id: string }) => m.id)).not.toContain(recorded.id)
    const farGet = await stack.call('meetings', 'get', { id: recorded.id }, 'demo-resident-far')
    expect(farGet).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

    // A resident may not update it; the unit's liaison (the owner) may.
    const update = (who: string, status: string, note: string) =>
      stack.call(
        'meetings',
        'updateDecision',
        { meetingId: recorded.id, decisionId: decision.id, status, note },
        who,
      )
    expect(await update('demo-resident', 'done', '好了')).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' },
    })
    dataOf(await update('demo-unit-liaison', 'inProgress', '护栏已进场施工'))
    dataOf(await update('demo-staff', 'done', '28 盏路灯已安装'))

    const got = dataOf(await stack.call('meetings', 'get', { id: recorded.id }, 'demo-resident'))
    expect(got).toMatchObject({ done: 1, total: 1, following: true })
    expect(got.decisions[0].status).toBe('done')
    expect(got.decisions[0].progress.map((p: { note: string }) => p.note)).toEqual([
      '护栏已进场施工',
      '28 盏路灯已安装',
    ])
    const stored = (await stack.db.collection('meetings').doc(recorded.id).get()).data[0]
    expect(JSON.stringify(got)).not.toContain('byPersonId')
    expect(stored.version).toBe(2)

    // Done is final: the refused change writes nothing.
    expect(await update('demo-staff', 'inProgress', '再看看')).toMatchObject({
      ok: false,
      error: { code: 'MEETINGS.DECISION_TRANSITION' },
    })
    const after = (await stack.db.collection('meetings').doc(recorded.id).get()).data[0]
    expect(after.version).toBe(2)
  })
})

describe('bad input writes nothing', () => {
  it('refuses an unknown request, an unknown grid, no decision and a non-staff caller', async () => {
    const before = await meetingCount()
    expect(await record({ requestIds: ['no-such-request'] })).toMatchObject({
      ok: false,
      error: { code: 'MEETINGS.REQUEST_UNKNOWN' },
    })
    expect(await record({ gridIds: ['grid-elsewhere'] })).toMatchObject({
      ok: false,
      error: { code: 'MEETINGS.REQUEST_UNKNOWN' },
    })
    expect(await record({ decisions: [] })).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID' },
    })
    expect(await record({ heldOn: '20 Nov' })).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID' },
    })
    const byResident = await stack.call(
      'meetings',
      'record',
      {
        topic: '议事',
        heldOn: '2026-11-20',
        decisions: [
          {
            text: '修路灯',
            owner: { kind: 'unit', id: 'unit-1', name: '市住建局' },
            dueOn: '2026-12-31',
          },
        ],
        clientRequestId: key(),
      },
      'demo-resident',
    )
    expect(byResident).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect(await meetingCount()).toBe(before)
  })

  it('records once for a repeated clientRequestId', async () => {
    const before = await meetingCount()
    const clientRequestId = key()
    const a = dataOf(await record({ clientRequestId }))
    const b = dataOf(await record({ clientRequestId }))
    expect(b.id).toBe(a.id)
    expect(await meetingCount()).toBe(before + 1)
  })
})

describe('hot spots', () => {
  it('flags a building reporting one category 5 times in 30 days, with its requests', async () => {
    const ids: string[] = []
    for (let i = 0; i < 5; i += 1) ids.push(await report('security'))
    const res = dataOf(await stack.call('meetings', 'hotSpots', {}, 'demo-staff'))
    expect(res.rule).toEqual({ count: 5, days: 30 })
    const spot = res.items.find(
      (s: { scope: string; category: string }) =>
        s.scope === 'building' && s.category === 'security',
    )
    expect(spot.count).toBeGreaterThanOrEqual(5)
    expect(spot.requestIds).toEqual(expect.arrayContaining(ids))
    expect(
      res.items.some(
        (s: { scope: string; category: string }) => s.scope === 'grid' && s.category === 'security',
      ),
    ).toBe(true)

    // One step to the agenda: the hot spot's requests are what record takes.
    const recorded = dataOf(await record({ requestIds: spot.requestIds }))
    expect(recorded.requestIds).toEqual(expect.arrayContaining(ids))

    // The community's own rule is data: 10 in 30 days leaves 5 unflagged.
    await stack.db
      .collection('communities')
      .doc('chengxi')
      .update({ hotSpotRule: { count: 10, days: 30 } })
    try {
      const strict = dataOf(await stack.call('meetings', 'hotSpots', {}, 'demo-staff'))
      expect(strict.rule).toEqual({ count: 10, days: 30 })
      expect(strict.items.every((s: { count: number }) => s.count >= 10)).toBe(true)
    } finally {
      await stack.db
        .collection('communities')
        .doc('chengxi')
        .update({ hotSpotRule: { count: 5, days: 30 } })
    }
  })

  it('is for staff only', async () => {
    expect(await stack.call('meetings', 'hotSpots', {}, 'demo-resident')).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' },
    })
  })
})
