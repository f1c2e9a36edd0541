// requests function: report, roles, privacy and idempotency, through the gateway and the real SDK.
import { aReport, aSkeletonRequest } from '../support/factories'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const countRequests = async () => (await stack.db.collection('requests').count()).total

describe('requests.report', () => {
  it('routes a resident report to the grid of their building', async () => {
    // GIVEN a resident of grid 1
    // WHEN they report a broken stair light
    const res = dataOf(await stack.call('requests', 'report', aReport(), 'demo-resident'))
    // THEN it is open on grid 1
    expect(res).toEqual({ id: expect.any(String), gridId: 'grid-1', status: 'open' })
    const detail = dataOf(await stack.call('requests', 'get', { id: res.id }, 'demo-resident'))
    expect(detail).toMatchObject({
      category: 'repair',
      status: 'open',
      buildingName: '益民巷1号楼',
      gridName: '益民巷网格',
      handlingMode: 'sameDay',
      suggestedTeamKinds: ['skills'],
      masked: false,
    })
    expect(detail.timeline.map((e: { type: string }) => e.type)).toEqual(['reported', 'routed'])
  })

  it('refuses bad input with INPUT.INVALID and writes nothing', async () => {
    // GIVEN the number of stored requests
    const before = await countRequests()
    // WHEN a report is too short, has an unknown category, or smuggles an identity
    const short = await stack.call(
      'requests',
      'report',
      aReport({ description: '灯' }),
      'demo-resident',
    )
    const category = await stack.call(
      'requests',
      'report',
      { ...aReport(), category: 'aliens' },
      'demo-resident',
    )
    const smuggled = await stack.call(
      'requests',
      'report',
      { ...aReport(), openid: 'demo-staff' },
      'demo-resident',
    )
    // THEN each is INPUT.INVALID with the field named, and nothing was written
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: ['description'] }] },
    })
    expect(category).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: ['category'] }] },
    })
    expect(smuggled).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
    expect(await countRequests()).toBe(before)
  })

  it('files one request for the same clientRequestId, even sent concurrently', async () => {
    // GIVEN one form's report, retried five times at once and once more later
    const report = aReport({ description: '单元门禁坏了，关不上' })
    const before = await countRequests()
    // WHEN they all arrive
    const results = await Promise.all(
      Array.from({ length: 5 }, () => stack.call('requests', 'report', report, 'demo-resident-2')),
    )
    const later = dataOf(await stack.call('requests', 'report', report, 'demo-resident-2'))
    // THEN one request exists, and every answer names it
    const ids = new Set(results.map((r) => dataOf(r).id))
    expect(ids).toEqual(new Set([later.id]))
    expect(await countRequests()).toBe(before + 1)
  })

  it('keeps the same clientRequestId of two people apart', async () => {
    const report = aReport()
    const a = dataOf(await stack.call('requests', 'report', report, 'demo-resident'))
    const b = dataOf(await stack.call('requests', 'report', report, 'demo-resident-2'))
    expect(a.id).not.toBe(b.id)
  })

  it('asks a caller without a household to name the building', async () => {
    const noBuilding = await stack.call('requests', 'report', aReport(), 'visitor-1')
    expect(noBuilding).toMatchObject({ ok: false, error: { code: 'REQUEST.BUILDING_REQUIRED' } })
    const named = dataOf(
      await stack.call('requests', 'report', aReport({ buildingId: 'bldg-12' }), 'visitor-1'),
    )
    expect(named.gridId).toBe('grid-3')
    const unknown = await stack.call(
      'requests',
      'report',
      aReport({ buildingId: 'bldg-99' }),
      'visitor-1',
    )
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: ['buildingId'] }] },
    })
  })
})

describe('who sees a request', () => {
  let id: string
  beforeAll(async () => {
    const report = aReport({ description: '2单元301室门口楼道灯坏了，电话13912345678' })
    id = dataOf(await stack.call('requests', 'report', report, 'demo-resident')).id
  })

  it('shows the grid leader the full request with the reporter', async () => {
    const detail = dataOf(await stack.call('requests', 'get', { id }, 'demo-grid-leader'))
    expect(detail.masked).toBe(false)
    expect(detail.description).toContain('13912345678')
    expect(detail.reporter).toEqual({
      name: expect.any(String),
      phone: expect.any(String),
      room: '1单元101',
    })
  })

  it('puts it on the grid board, masked, for the leader and members of the grid', async () => {
    for (const openid of ['demo-grid-leader', 'demo-member', 'demo-member-2']) {
      const page = dataOf(await stack.call('requests', 'listForGrid', { limit: 50 }, openid))
      const item = page.items.find((i: { id: string }) => i.id === id)
      expect(item).toBeDefined()
      expect(item.excerpt).not.toMatch(/13912345678|301/)
      expect(item).not.toHaveProperty('reporter')
    }
  })

  it('shows a member the request masked, without the reporter', async () => {
    const detail = dataOf(await stack.call('requests', 'get', { id }, 'demo-member'))
    expect(detail.masked).toBe(true)
    expect(detail.reporter).toBeNull()
    expect(detail.description).not.toMatch(/13912345678/)
  })

  it('hides it from a resident of another grid and from another grid leader', async () => {
    const far = await stack.call('requests', 'get', { id }, 'demo-resident-far')
    expect(far).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const missing = await stack.call('requests', 'get', { id: 'no-such-id' }, 'demo-resident-far')
    expect(missing).toEqual(far)
    const otherLeader = await stack.call('requests', 'get', { id }, 'demo-grid-leader-2')
    expect(otherLeader).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const ownBoard = dataOf(await stack.call('requests', 'listForGrid', {}, 'demo-grid-leader-2'))
    expect(ownBoard.items.map((i: { id: string }) => i.id)).not.toContain(id)
  })

  it('refuses grid boards to residents and to leaders of other grids', async () => {
    const resident = await stack.call('requests', 'listForGrid', {}, 'demo-resident-far')
    expect(resident).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    const other = await stack.call(
      'requests',
      'listForGrid',
      { gridId: 'grid-1' },
      'demo-grid-leader-2',
    )
    expect(other).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  })

  it('keeps sensitive categories off the members board but on the leader board', async () => {
    const dispute = aReport({ category: 'dispute', description: '楼上邻居装修噪音，协商不成' })
    const sensitiveId = dataOf(await stack.call('requests', 'report', dispute, 'demo-resident')).id
    const ids = async (openid: string) =>
      dataOf(await stack.call('requests', 'listForGrid', { limit: 50 }, openid)).items.map(
        (i: { id: string }) => i.id,
      )
    expect(await ids('demo-grid-leader')).toContain(sensitiveId)
    expect(await ids('demo-member')).not.toContain(sensitiveId)
    const memberGet = await stack.call('requests', 'get', { id: sensitiveId }, 'demo-member')
    expect(memberGet).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('lets staff list the whole community', async () => {
    const page = dataOf(await stack.call('requests', 'listForGrid', { limit: 50 }, 'demo-staff'))
    expect(page.items.map((i: { id: string }) => i.id)).toContain(id)
  })
})

describe('pagination by cursor', () => {
  it('pages through 25 requests newest first without gaps or repeats', async () => {
    // GIVEN a resident with 25 requests on file, a second apart (more than an hour's reports)
    const openid = 'demo-resident-far'
    const start = Date.now() - 60_000
    for (let i = 0; i < 25; i += 1) {
      const at = new Date(start + i * 1000)
      await stack.db.collection('requests').add(
        aSkeletonRequest({
          reporterOpenid: openid,
          description: `第${i}号问题：路灯不亮`,
          createdAt: at,
          updatedAt: at,
        }),
      )
    }
    // WHEN they page through 我的诉求 ten at a time
    const seen: { id: string; createdAt: string }[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const page = dataOf(
        await stack.call(
          'requests',
          'listMine',
          { limit: 10, ...(cursor ? { cursor } : {}) },
          openid,
        ),
      )
      seen.push(...page.items)
      cursor = page.nextCursor ?? undefined
      pages += 1
    } while (cursor)
    // THEN three pages hold all 25 once each, newest first
    expect(pages).toBe(3)
    expect(new Set(seen.map((s) => s.id)).size).toBe(25)
    const times = seen.map((s) => s.createdAt)
    expect([...times].sort().reverse()).toEqual(times)
  })

  it('refuses a forged cursor', async () => {
    const res = await stack.call(
      'requests',
      'listMine',
      { cursor: 'bm90LWEtY3Vyc29y' },
      'demo-resident',
    )
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: ['cursor'] }] },
    })
  })
})
