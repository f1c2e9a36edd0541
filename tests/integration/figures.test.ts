// Figures through the gateway equal those worked out by hand on a small fixed data set (issue 11 §5),
// for staff, a grid leader (their grid only) and a street account (two communities side by side).
import { categoryById, type ActionOutput } from '@linli/types'
import { startStack, type Stack } from '../support/stack'

let stack: Stack
const MIN = 60_000
const HOUR = 60 * MIN
/** March 2025 in China time: 2025-02-28T16:00Z … 2025-03-31T16:00Z. */
const period = { from: '2025-03-01', to: '2025-03-31' }
const at = (iso: string) => new Date(iso)

const request = (
  id: string,
  o: {
    community?: string
    grid: string
    building: string
    category: string
    created: string
    dueH: number
    claimM?: number
    resolveM?: number
    stars?: number
  },
) => {
  const created = at(o.created)
  return {
    _id: id,
    communityId: o.community ?? 'chengxi',
    gridId: o.grid,
    buildingId: o.building,
    category: o.category,
    status: o.resolveM !== undefined ? 'resolved' : o.claimM !== undefined ? 'claimed' : 'open',
    createdAt: created,
    dueAt: new Date(created.getTime() + o.dueH * HOUR),
    claimedAt: o.claimM === undefined ? null : new Date(created.getTime() + o.claimM * MIN),
    resolvedAt: o.resolveM === undefined ? null : new Date(created.getTime() + o.resolveM * MIN),
    rating: o.stars === undefined ? null : { stars: o.stars, comment: null, at: created },
  }
}

const record = (
  id: string,
  o: {
    community?: string
    grid: string
    member: string
    hours: number
    points: number
    status?: string
    created: string
  },
) => ({
  _id: id,
  communityId: o.community ?? 'chengxi',
  holderKey: `member:${o.member}`,
  memberId: o.member,
  gridId: o.grid,
  hours: o.hours,
  points: o.points,
  status: o.status ?? 'verified',
  createdAt: at(o.created),
})

const rating = (
  id: string,
  o: { community?: string; grid: string; member: string; verdict: string; created: string },
) => ({
  _id: id,
  communityId: o.community ?? 'chengxi',
  roundId: 'fig-round',
  memberId: o.member,
  raterId: `rater-${id}`,
  gridId: o.grid,
  verdict: o.verdict,
  comment: null,
  clientRequestId: id,
  createdAt: at(o.created),
})

beforeAll(async () => {
  stack = await startStack()
  const db = stack.db
  await db.collection('communities').add({ _id: 'dongguan', name: '东关社区', city: '原平市' })
  await db.collection('requests').add([
    // grid-1: on time (30 min ≤ 48 h), resolved in 5 h, 5 stars
    request('fig-r1', {
      grid: 'grid-1',
      building: 'bldg-01',
      category: 'sanitation',
      created: '2025-03-02T02:00:00Z',
      dueH: 48,
      claimM: 30,
      resolveM: 300,
      stars: 5,
    }),
    // grid-1: claimed after its due time (2 h > 1 h), resolved in 10 h, 2 stars
    request('fig-r2', {
      grid: 'grid-1',
      building: 'bldg-02',
      category: 'repair',
      created: '2025-03-10T02:00:00Z',
      dueH: 1,
      claimM: 120,
      resolveM: 600,
      stars: 2,
    }),
    // grid-1: still open
    request('fig-r3', {
      grid: 'grid-1',
      building: 'bldg-01',
      category: 'sanitation',
      created: '2025-03-20T02:00:00Z',
      dueH: 24,
    }),
    // grid-2: on time (10 min), resolved in 1 h, not rated
    request('fig-r4', {
      grid: 'grid-2',
      building: 'bldg-06',
      category: 'sanitation',
      created: '2025-03-31T15:59:00Z',
      dueH: 24,
      claimM: 10,
      resolveM: 60,
    }),
    // outside the period: 23:59 on 28 Feb and 00:00 on 1 Apr, China time
    request('fig-r5', {
      grid: 'grid-1',
      building: 'bldg-01',
      category: 'sanitation',
      created: '2025-02-28T15:59:00Z',
      dueH: 24,
      claimM: 1,
      resolveM: 2,
      stars: 5,
    }),
    request('fig-r6', {
      grid: 'grid-1',
      building: 'bldg-01',
      category: 'sanitation',
      created: '2025-03-31T16:00:00Z',
      dueH: 24,
      claimM: 1,
    }),
    // another community, same period
    request('fig-r7', {
      community: 'dongguan',
      grid: 'dg-grid-1',
      building: 'dg-bldg-1',
      category: 'heating',
      created: '2025-03-05T02:00:00Z',
      dueH: 24,
      claimM: 40,
      resolveM: 120,
      stars: 4,
    }),
  ])
  await db.collection('serviceRecords').add([
    record('fig-s1', {
      grid: 'grid-1',
      member: 'm1',
      hours: 2,
      points: 5,
      created: '2025-03-03T02:00:00Z',
    }),
    record('fig-s2', {
      grid: 'grid-1',
      member: 'm2',
      hours: 1.5,
      points: 3,
      created: '2025-03-04T02:00:00Z',
    }),
    record('fig-s3', {
      grid: 'grid-2',
      member: 'm1',
      hours: 1,
      points: 2,
      created: '2025-03-05T02:00:00Z',
    }),
    record('fig-s4', {
      grid: 'grid-1',
      member: 'm3',
      hours: 9,
      points: 9,
      status: 'pending',
      created: '2025-03-05T02:00:00Z',
    }),
    record('fig-s5', {
      grid: 'grid-1',
      member: 'm3',
      hours: 9,
      points: 9,
      created: '2025-04-05T02:00:00Z',
    }),
    record('fig-s6', {
      community: 'dongguan',
      grid: 'dg-grid-1',
      member: 'dg-m1',
      hours: 3,
      points: 6,
      created: '2025-03-05T02:00:00Z',
    }),
  ])
  const march = '2025-03-12T02:00:00Z'
  await db.collection('evaluations').add([
    // grid-1: m1 满意 ×2, 基本满意; m3 不满意, 满意 (5 ratings: its verdicts show)
    rating('fig-e1', { grid: 'grid-1', member: 'm1', verdict: 'satisfied', created: march }),
    rating('fig-e2', { grid: 'grid-1', member: 'm1', verdict: 'satisfied', created: march }),
    rating('fig-e3', {
      grid: 'grid-1',
      member: 'm1',
      verdict: 'basicallySatisfied',
      created: march,
    }),
    rating('fig-e4', { grid: 'grid-1', member: 'm3', verdict: 'dissatisfied', created: march }),
    rating('fig-e5', { grid: 'grid-1', member: 'm3', verdict: 'satisfied', created: march }),
    // grid-2: m2 满意, 基本满意 (2 ratings: only counted)
    rating('fig-e6', { grid: 'grid-2', member: 'm2', verdict: 'satisfied', created: march }),
    rating('fig-e7', {
      grid: 'grid-2',
      member: 'm2',
      verdict: 'basicallySatisfied',
      created: march,
    }),
    // outside: April, and 东关
    rating('fig-e8', {
      grid: 'grid-1',
      member: 'm1',
      verdict: 'dissatisfied',
      created: '2025-04-02T02:00:00Z',
    }),
    rating('fig-e9', {
      community: 'dongguan',
      grid: 'dg-grid-1',
      member: 'dg-m1',
      verdict: 'dissatisfied',
      created: march,
    }),
  ])
  const notice = (id: string, status: string, recipientCount: number) => ({
    _id: id,
    communityId: 'chengxi',
    status,
    recipientCount,
    createdAt: at('2025-03-06T02:00:00Z'),
  })
  await db
    .collection('notices')
    .add([notice('fig-n1', 'published', 4), notice('fig-n2', 'draft', 9)])
  await db.collection('noticeReceipts').add(
    [0, 1, 2, 3].map((i) => ({
      _id: `fig-n1:p${i}`,
      noticeId: 'fig-n1',
      personId: `p${i}`,
      readAt: i < 3 ? at('2025-03-07T02:00:00Z') : null,
    })),
  )
  // A street account: staff posted in 城西 who also sees 东关.
  await db
    .collection('persons')
    .where({ openid: 'demo-staff' })
    .update({ roles: [{ role: 'staff', communityIds: ['dongguan'] }] })
})
afterAll(() => stack.close())

/** The answer's data, typed by the action's output schema. */
const call = async <A extends 'summary' | 'byGrid' | 'export'>(
  action: A,
  data: Record<string, unknown>,
  openid: string,
): Promise<ActionOutput<'figures', A>> => {
  const res = await stack.call('figures', action, data, openid)
  if (!res.ok) throw new Error(JSON.stringify(res.error))
  return res.data as ActionOutput<'figures', A>
}

it('the community summary equals the figures worked out by hand', async () => {
  // GIVEN the data set  WHEN staff ask for March 2025
  const out = await call('summary', period, 'demo-staff')
  // THEN 4 requests (r5, r6 lie outside, r7 is 东关's): on time r1, r4; resolved r1, r2, r4;
  // rated r1 (5★), r2 (2★); claim 10, 30, 120 min → 30; resolve 60, 300, 600 min → 300
  // (demo-staff is a street account here: 东关 comes second, by default)
  expect(out.communities.map((c) => c.communityId)).toEqual(['chengxi', 'dongguan'])
  expect(out.communities.slice(0, 1)).toEqual([
    {
      communityId: 'chengxi',
      name: '城西社区',
      requests: {
        requests: 4,
        answeredInTime: 2,
        resolved: 3,
        rated: 2,
        satisfied: 1,
        answeredRate: 50,
        resolvedRate: 75,
        satisfactionRate: 50,
        medianClaimMinutes: 30,
        medianResolveMinutes: 300,
      },
      // s1–s3 (s4 pending, s5 in April): 4.5 h, 10 points, members m1 and m2
      service: { services: 3, hours: 4.5, points: 10, members: 2, pointsPerMember: 5 },
      // e1–e7 (e8 in April, e9 东关's): 4 满意, 2 基本满意, 1 不满意 of 7, members m1, m2, m3
      evaluations: {
        ratings: 7,
        members: 3,
        shown: true,
        satisfied: 4,
        basicallySatisfied: 2,
        dissatisfied: 1,
        satisfactionRate: 85.7,
      },
      // n1 to 4 people, 3 opened it (n2 is a draft)
      notices: { notices: 1, recipients: 4, reads: 3, readRate: 75 },
    },
  ])
})

it('a street account sees its communities side by side, and no other', async () => {
  // WHEN the street staff ask for both communities
  const out = await call(
    'summary',
    { ...period, communityIds: ['chengxi', 'dongguan'] },
    'demo-staff',
  )
  // THEN 东关 has its own one request (claimed in 40 min, resolved in 2 h, 4★) and one service
  expect(out.communities.map((c) => c.communityId)).toEqual(['chengxi', 'dongguan'])
  expect(out.communities[1]).toMatchObject({
    name: '东关社区',
    requests: {
      requests: 1,
      answeredRate: 100,
      satisfactionRate: 100,
      medianClaimMinutes: 40,
      medianResolveMinutes: 120,
    },
    service: { services: 1, hours: 3, points: 6, members: 1 },
  })
  // AND a community outside the street is refused; a grid leader has no street
  const other = await stack.call(
    'figures',
    'summary',
    { ...period, communityIds: ['elsewhere'] },
    'demo-staff',
  )
  expect(other).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  const leader = await stack.call(
    'figures',
    'summary',
    { ...period, communityIds: ['dongguan'] },
    'demo-grid-leader',
  )
  expect(leader).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
})

it('by grid, by building and by category, most requests first', async () => {
  const grids = await call('byGrid', period, 'demo-staff')
  // grid-1: r1–r3; on time r1 only; resolved r1, r2; claim 30, 120 → 75; resolve 300, 600 → 450
  expect(grids.rows[0]).toEqual({
    key: 'grid-1',
    name: '益民巷网格',
    requests: {
      requests: 3,
      answeredInTime: 1,
      resolved: 2,
      rated: 2,
      satisfied: 1,
      answeredRate: 33.3,
      resolvedRate: 66.7,
      satisfactionRate: 50,
      medianClaimMinutes: 75,
      medianResolveMinutes: 450,
    },
    service: { services: 2, hours: 3.5, points: 8, members: 2, pointsPerMember: 4 },
    // e1–e5: 3 满意, 1 基本满意, 1 不满意 → 80%
    evaluations: {
      ratings: 5,
      members: 2,
      shown: true,
      satisfied: 3,
      basicallySatisfied: 1,
      dissatisfied: 1,
      satisfactionRate: 80,
    },
  })
  expect(grids.rows[1]).toMatchObject({
    key: 'grid-2',
    requests: { requests: 1, answeredRate: 100, satisfactionRate: null, medianClaimMinutes: 10 },
    service: { services: 1, hours: 1, points: 2, members: 1 },
    // two ratings only: counted, their verdicts not shown (they could be traced)
    evaluations: {
      ratings: 2,
      members: 1,
      shown: false,
      satisfied: null,
      basicallySatisfied: null,
      dissatisfied: null,
      satisfactionRate: null,
    },
  })
  // every grid has a row, an empty one too
  expect(grids.rows.map((r) => r.key).sort()).toEqual(['grid-1', 'grid-2', 'grid-3', 'grid-4'])
  expect(grids.rows[3]?.requests).toMatchObject({
    requests: 0,
    answeredRate: null,
    medianClaimMinutes: null,
  })

  const buildings = await call('byGrid', { ...period, by: 'building' }, 'demo-staff')
  expect(buildings.rows.map((r) => [r.key, r.requests.requests])).toEqual([
    ['bldg-01', 2],
    ['bldg-02', 1],
    ['bldg-06', 1],
  ])
  const categories = await call('byGrid', { ...period, by: 'category' }, 'demo-staff')
  expect(
    categories.rows.map((r) => [r.key, r.name, r.requests.requests, r.requests.resolvedRate]),
  ).toEqual([
    ['sanitation', '环境卫生', 3, 66.7],
    ['repair', categoryById('repair').name, 1, 100],
  ])
})

it('a grid leader sees their grid only', async () => {
  const grids = await call('byGrid', period, 'demo-grid-leader')
  expect(grids.rows.map((r) => r.key)).toEqual(['grid-1'])
  const summary = await call('summary', period, 'demo-grid-leader')
  expect(summary.communities[0]?.requests.requests).toBe(3)
  expect(summary.communities[0]?.notices).toBeNull()
  expect(summary.communities[0]?.evaluations).toMatchObject({ ratings: 5, satisfactionRate: 80 })
})

it('exports each table as CSV with the figures of the screen', async () => {
  const grid = await call('export', { ...period, table: 'grid' }, 'demo-staff')
  expect(grid.filename).toBe('统计-网格-2025-03-01至2025-03-31.csv')
  const lines = grid.csv.replace('\uFEFF', '').trim().split('\r\n')
  expect(lines[0]?.split(',').slice(0, 4)).toEqual(['网格', '诉求数', '及时响应', '及时响应率'])
  expect(lines[0]?.split(',').slice(-6)).toEqual([
    '评议票数',
    '被评党员数',
    '满意',
    '基本满意',
    '不满意',
    '评议满意率',
  ])
  expect(lines[1]).toBe('益民巷网格,3,1,33.3%,2,66.7%,2,1,50%,75,450,2,3.5,8,2,4,5,2,3,1,1,80%')
  // grid-2: two ratings counted, their verdict cells left empty
  expect(lines[2]?.split(',').slice(-6)).toEqual(['2', '1', '', '', '', ''])
  expect(grid.rows).toBe(4)
  const summary = await call('export', { ...period, table: 'summary' }, 'demo-staff')
  const rows = summary.csv.trim().split('\r\n').slice(1)
  expect(rows[0]).toBe('城西社区,4,2,50%,3,75%,2,1,50%,30,300,3,4.5,10,2,5,1,75%,7,3,4,2,1,85.7%')
  expect(rows[1]?.startsWith('东关社区,1,1,100%')).toBe(true)
})

it('refuses a reversed or too long period with FIGURES.PERIOD_INVALID', async () => {
  for (const bad of [
    { from: '2025-03-31', to: '2025-03-01' },
    { from: '2024-01-01', to: '2025-03-01' },
    { from: '2025-02-30', to: '2025-03-01' },
  ]) {
    const res = await stack.call('figures', 'summary', bad, 'demo-staff')
    expect(res).toMatchObject({ ok: false, error: { code: 'FIGURES.PERIOD_INVALID' } })
  }
})
