// The synthetic city: N communities shaped like 城西 (4 grids, 20 buildings, 2,340 households, 356
// members, 34 organisations, 8 teams), each with 10k requests (most closed and rated, a few hundred
// active per grid) and notices. Deterministic from a seed; written straight into the SQLite store.
import { REQUEST_CATEGORIES, TEAM_KINDS } from '@linli/types'
import { insertDoc } from '../../emulator/database/store/doc-writer'
import type { SqliteStore } from '../../emulator/database/store/sqlite-store'

export const CHENGXI = { grids: 4, buildings: 20, households: 2340, members: 356, units: 34 }
export const REQUESTS_PER_COMMUNITY = 10_000
/** Share of a community's requests still active: 800 of 10k, 200 per grid. */
const ACTIVE_SHARE = 0.08
const RESOLVED_SHARE = 0.02
const NOTICES_PER_COMMUNITY = 200
const DAY = 86_400_000
const ACTIVE = ['open', 'claimed', 'assigned', 'inProgress', 'reopened'] as const
const ACTIVE_SET = new Set<string>(ACTIVE)

/** mulberry32: a tiny seeded generator, the same sequence on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const communityId = (c: number) => `city-${String(c).padStart(3, '0')}`
export const gridIdOf = (c: number, g: number) => `${communityId(c)}-grid-${g + 1}`
export const reporterOf = (c: number, h: number) => `${communityId(c)}-resident-${h}`

export interface CityOptions {
  seed: number
  communities: number
  requestsPerCommunity?: number
  /** The moment the city's newest request was made (requests go back two years from it). */
  now: Date
}

type Rng = () => number
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T

/** Request i of n in community c: the newest ones are still active, then resolved, the rest closed. */
export function aCityRequest(
  rng: Rng,
  c: number,
  i: number,
  n: number,
  now: number,
): Record<string, unknown> {
  const cid = communityId(c)
  const g = Math.floor(rng() * CHENGXI.grids)
  const b = g * 5 + Math.floor(rng() * 5)
  const h = Math.floor(rng() * CHENGXI.households)
  const category = pick(rng, REQUEST_CATEGORIES)
  const age = n - 1 - i
  const createdAt = new Date(now - (age / n) * 730 * DAY - Math.floor(rng() * 60_000))
  const status =
    age < n * ACTIVE_SHARE
      ? pick(rng, ACTIVE)
      : age < n * (ACTIVE_SHARE + RESOLVED_SHARE)
        ? 'resolved'
        : rng() < 0.04
          ? pick(rng, ['rejected', 'cancelled'] as const)
          : 'closed'
  const taken = status !== 'open' && status !== 'rejected' && status !== 'cancelled'
  const member = `${cid}-member-${Math.floor(rng() * CHENGXI.members)}`
  const handler = taken ? { kind: 'member', id: member, name: `党员${member.slice(-3)}` } : null
  const closedAt = status === 'closed' ? new Date(createdAt.getTime() + 2 * DAY) : null
  const reporterId = `${cid}-p-${h}`
  const overdueDays = (now - createdAt.getTime() - DAY) / DAY
  const timeline = [{ type: 'reported', at: createdAt, by: reporterId }]
  if (taken) timeline.push({ type: 'claimed', at: createdAt, by: member })
  if (closedAt) timeline.push({ type: 'confirmed', at: closedAt, by: reporterId })
  return {
    _id: `${cid}-r-${String(i).padStart(5, '0')}`,
    communityId: cid,
    gridId: gridIdOf(c, g),
    buildingId: `${cid}-bldg-${b}`,
    householdId: `${cid}-hh-${h}`,
    reporterOpenid: reporterOf(c, h),
    reporterId,
    category: category.id,
    description: `${category.name}：楼道里的问题需要处理，请尽快安排人员上门查看。编号${i}`,
    photos: [],
    urgency: rng() < 0.1 ? 'urgent' : 'normal',
    hideName: rng() < 0.2,
    channel: 'miniProgram',
    status,
    handlingMode: category.handlingMode,
    suggestedTeamKinds: [...category.teamKinds],
    sensitive: category.sensitive,
    dueAt: new Date(createdAt.getTime() + DAY),
    clientRequestId: `bench-${c}-${i}`,
    createdAt,
    updatedAt: closedAt ?? createdAt,
    timeline,
    version: timeline.length - 1,
    handler,
    handlerKey: handler ? `member:${member}` : null,
    followers: [],
    rating: closedAt ? { stars: 1 + Math.floor(rng() * 5), comment: null, at: closedAt } : null,
    followUp: null,
    // The sweep escalates an overdue request to the grid leader, then to staff (a day apart).
    escalationLevel: ACTIVE_SET.has(status) ? Math.min(2, Math.max(0, Math.floor(overdueDays))) : 0,
    duplicateOf: null,
    hotline: null,
    recordedBy: null,
    claimedAt: taken ? createdAt : null,
    // Resolved ones wait at most 7 days for the resident (then the sweep closes them).
    resolvedAt:
      status === 'resolved' ? new Date(now - rng() * 6 * DAY) : closedAt ? createdAt : null,
    closedAt,
    appliedKeys: [],
  }
}

function organisation(store: SqliteStore, c: number): void {
  const cid = communityId(c)
  insertDoc(store, 'communities', { _id: cid, name: `社区${c}` })
  for (let g = 0; g < CHENGXI.grids; g++)
    insertDoc(store, 'grids', { _id: gridIdOf(c, g), communityId: cid, name: `第${g + 1}网格` })
  for (let b = 0; b < CHENGXI.buildings; b++)
    insertDoc(store, 'buildings', {
      _id: `${cid}-bldg-${b}`,
      communityId: cid,
      gridId: gridIdOf(c, Math.floor(b / 5)),
      name: `${b + 1}号楼`,
      order: b,
    })
  for (let h = 0; h < CHENGXI.households; h++) {
    const householdId = `${cid}-hh-${h}`
    const buildingId = `${cid}-bldg-${h % CHENGXI.buildings}`
    insertDoc(store, 'households', { _id: householdId, communityId: cid, buildingId })
    insertDoc(store, 'persons', {
      _id: `${cid}-p-${h}`,
      communityId: cid,
      openid: reporterOf(c, h),
      name: `居民${h}`,
      phone: null,
      verified: true,
      roles: [{ role: 'resident', householdId }],
      member: null,
    })
  }
  for (let m = 0; m < CHENGXI.members; m++)
    insertDoc(store, 'persons', {
      _id: `${cid}-member-${m}`,
      communityId: cid,
      openid: `${cid}-member-openid-${m}`,
      name: `党员${m}`,
      phone: null,
      verified: true,
      roles: [{ role: 'member', gridId: gridIdOf(c, m % CHENGXI.grids) }],
      member: null,
    })
  for (let u = 0; u < CHENGXI.units; u++)
    insertDoc(store, 'units', { _id: `${cid}-unit-${u}`, communityId: cid, name: `单位${u}` })
  TEAM_KINDS.forEach((kind, t) =>
    insertDoc(store, 'teams', { _id: `${cid}-team-${t}`, communityId: cid, kind, name: kind }),
  )
}

/** Writes communities [from, to) of the city; one SQLite transaction per community. */
export function generateCity(
  store: SqliteStore,
  options: CityOptions,
  from = 0,
  to = options.communities,
): void {
  const n = options.requestsPerCommunity ?? REQUESTS_PER_COMMUNITY
  const now = options.now.getTime()
  if (!store.hasCollection('notices')) store.createCollection('notices')
  for (let c = from; c < to; c++) {
    // Each community has its own stream: community c is the same whatever range is generated.
    const rng = random(options.seed * 1_000_003 + c)
    store.transaction(() => {
      organisation(store, c)
      for (let i = 0; i < n; i++) insertDoc(store, 'requests', aCityRequest(rng, c, i, n, now))
      for (let k = 0; k < NOTICES_PER_COMMUNITY; k++)
        insertDoc(store, 'notices', {
          _id: `${communityId(c)}-notice-${k}`,
          communityId: communityId(c),
          gridId: gridIdOf(c, k % CHENGXI.grids),
          title: `通知${k}`,
          body: '本周六上午在社区广场开展义诊活动，欢迎居民参加。',
          createdAt: new Date(now - k * DAY),
        })
    })
  }
}
