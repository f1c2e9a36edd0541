// The figures' aggregation pipelines (issue 11 §5): the database groups, counts, sorts and picks the
// middle values; the function receives one small row per group, never the documents themselves.
// Each pipeline opens with a $match on an index prefix (communityId, then the period's createdAt).
import type { EvaluationCounts, Middles, RequestCounts, ServiceCounts } from '../domain/figures'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

/** How requests are grouped: one row per grid, building or category, or one for the community. */
export type RequestKey = 'gridId' | 'buildingId' | 'category' | null

export interface FigureScope {
  communityId: string
  start: Date
  end: Date
  /** A grid leader's figures cover only their grids. */
  gridIds?: readonly string[]
}

/** Far above the groups a community has (its buildings): explicit, since aggregate() answers 20 without. */
const MAX_GROUPS = 1000

export type Grouped<T> = Map<string | null, T>

const keyOf = (raw: { _id?: unknown }): string | null =>
  typeof raw._id === 'string' ? raw._id : null

export const createFiguresRepository = (db: Database) => {
  const _ = db.command
  const $ = db.command.aggregate
  const requests = () => db.collection(COLLECTIONS.requests)

  const requestMatch = (scope: FigureScope) => ({
    communityId: scope.communityId,
    createdAt: _.gte(scope.start).and(_.lt(scope.end)),
    ...(scope.gridIds ? { gridId: _.in([...scope.gridIds]) } : {}),
  })
  const groupKey = (key: RequestKey) => (key === null ? null : `$${key}`)
  const isSet = (field: string) => $.neq([$.ifNull([field, null]), null])

  /**
   * The two middle values of one duration per group, sorted by the database: `from` → `to` in ms,
   * for the requests that reached `to`.
   */
  const middles = async (
    scope: FigureScope,
    key: RequestKey,
    to: '$claimedAt' | '$resolvedAt',
  ): Promise<Grouped<Middles>> => {
    const res = await requests()
      .aggregate()
      .match(requestMatch(scope))
      .project({ key: groupKey(key) ?? $.literal(null), at: $.ifNull([to, null]), createdAt: 1 })
      .match({ at: _.neq(null) })
      .project({ key: 1, ms: $.subtract(['$at', '$createdAt']) })
      .sort({ ms: 1 })
      .group({ _id: '$key', values: $.push('$ms') })
      .project({
        count: $.size('$values'),
        low: $.arrayElemAt(['$values', $.floor($.divide([$.subtract([$.size('$values'), 1]), 2]))]),
        high: $.arrayElemAt(['$values', $.floor($.divide([$.size('$values'), 2]))]),
      })
      .limit(MAX_GROUPS)
      .end()
    const rows = res.data as Array<{ _id: unknown; count: number; low: number; high: number }>
    return new Map(
      rows.map((r) => [keyOf(r), { count: r.count, low: r.low ?? null, high: r.high ?? null }]),
    )
  }

  return {
    /** Requests in, answered in time, resolved, rated and satisfied, per group. */
    requestCounts: async (scope: FigureScope, key: RequestKey): Promise<Grouped<RequestCounts>> => {
      const one = (condition: unknown) => $.sum($.cond([condition, 1, 0]))
      const res = await requests()
        .aggregate()
        .match(requestMatch(scope))
        .group({
          _id: groupKey(key),
          requests: $.sum(1),
          answeredInTime: one($.and([isSet('$claimedAt'), $.lte(['$claimedAt', '$dueAt'])])),
          resolved: one(isSet('$resolvedAt')),
          rated: one(isSet('$rating')),
          satisfied: one($.gte([$.ifNull(['$rating.stars', 0]), 4])),
        })
        .limit(MAX_GROUPS)
        .end()
      const rows = res.data as Array<RequestCounts & { _id: unknown }>
      return new Map(
        rows.map((r) => [
          keyOf(r),
          {
            requests: r.requests,
            answeredInTime: r.answeredInTime,
            resolved: r.resolved,
            rated: r.rated,
            satisfied: r.satisfied,
          },
        ]),
      )
    },
    claimMiddles: (scope: FigureScope, key: RequestKey) => middles(scope, key, '$claimedAt'),
    resolveMiddles: (scope: FigureScope, key: RequestKey) => middles(scope, key, '$resolvedAt'),

    /** Verified service records of the period: services, hours, points and members who served. */
    serviceCounts: async (scope: FigureScope, byGrid: boolean): Promise<Grouped<ServiceCounts>> => {
      const res = await db
        .collection(COLLECTIONS.serviceRecords)
        .aggregate()
        .match({
          communityId: scope.communityId,
          createdAt: _.gte(scope.start).and(_.lt(scope.end)),
          status: 'verified',
          ...(scope.gridIds ? { gridId: _.in([...scope.gridIds]) } : {}),
        })
        .group({
          _id: byGrid ? '$gridId' : null,
          services: $.sum(1),
          hours: $.sum('$hours'),
          points: $.sum('$points'),
          memberIds: $.addToSet('$memberId'),
        })
        .project({
          services: 1,
          hours: 1,
          points: 1,
          members: $.size($.filter({ input: '$memberIds', as: 'm', cond: $.neq(['$$m', null]) })),
        })
        .limit(MAX_GROUPS)
        .end()
      const rows = res.data as Array<ServiceCounts & { _id: unknown }>
      return new Map(
        rows.map((r) => [
          keyOf(r),
          { services: r.services, hours: r.hours, points: r.points, members: r.members },
        ]),
      )
    },

    /** 评议 ratings given in the period, by the rated member's grid: verdicts and members rated. */
    evaluationCounts: async (
      scope: FigureScope,
      byGrid: boolean,
    ): Promise<Grouped<EvaluationCounts>> => {
      const one = (verdict: string) => $.sum($.cond([$.eq(['$verdict', verdict]), 1, 0]))
      const res = await db
        .collection(COLLECTIONS.evaluations)
        .aggregate()
        .match({
          communityId: scope.communityId,
          createdAt: _.gte(scope.start).and(_.lt(scope.end)),
          ...(scope.gridIds ? { gridId: _.in([...scope.gridIds]) } : {}),
        })
        .group({
          _id: byGrid ? '$gridId' : null,
          ratings: $.sum(1),
          satisfied: one('satisfied'),
          basicallySatisfied: one('basicallySatisfied'),
          dissatisfied: one('dissatisfied'),
          memberIds: $.addToSet('$memberId'),
        })
        .project({
          ratings: 1,
          satisfied: 1,
          basicallySatisfied: 1,
          dissatisfied: 1,
          members: $.size('$memberIds'),
        })
        .limit(MAX_GROUPS)
        .end()
      const rows = res.data as Array<EvaluationCounts & { _id: unknown }>
      return new Map(
        rows.map((r) => [
          keyOf(r),
          {
            ratings: r.ratings,
            satisfied: r.satisfied,
            basicallySatisfied: r.basicallySatisfied,
            dissatisfied: r.dissatisfied,
            members: r.members,
          },
        ]),
      )
    },

    /** Notices published in the period: how many, to how many people, and how many opened them. */
    noticeReads: async (
      scope: Omit<FigureScope, 'gridIds'>,
    ): Promise<{ notices: number; recipients: number; reads: number }> => {
      const sent = await db
        .collection(COLLECTIONS.notices)
        .where({
          communityId: scope.communityId,
          status: 'published',
          createdAt: _.gte(scope.start).and(_.lt(scope.end)),
        })
        .field({ _id: true, recipientCount: true })
        .limit(MAX_GROUPS)
        .get()
      const notices = sent.data as Array<{ _id: string; recipientCount?: number }>
      if (notices.length === 0) return { notices: 0, recipients: 0, reads: 0 }
      const read = await db
        .collection(COLLECTIONS.noticeReceipts)
        .aggregate()
        .match({ noticeId: _.in(notices.map((n) => n._id)), readAt: _.neq(null) })
        .group({ _id: null, reads: $.sum(1) })
        .end()
      const reads = (read.data as Array<{ reads: number }>)[0]?.reads ?? 0
      const recipients = notices.reduce((sum, n) => sum + (n.recipientCount ?? 0), 0)
      return { notices: notices.length, recipients, reads }
    },

    /** Names for the rows: grids and buildings of the community. */
    names: async (communityId: string) => {
      const [grids, buildings, community] = await Promise.all([
        db
          .collection(COLLECTIONS.grids)
          .where({ communityId })
          .field({ _id: true, name: true })
          .limit(MAX_GROUPS)
          .get(),
        db
          .collection(COLLECTIONS.buildings)
          .where({ communityId })
          .field({ _id: true, name: true, gridId: true })
          .limit(MAX_GROUPS)
          .get(),
        db
          .collection(COLLECTIONS.communities)
          .doc(communityId)
          .field({ _id: true, name: true })
          .get(),
      ])
      const pairs = (data: unknown) =>
        (data as Array<{ _id: string; name: string }>).map((r) => [r._id, r.name] as const)
      return {
        community: (community.data as Array<{ name?: string }>)[0]?.name ?? null,
        grids: new Map(pairs(grids.data)),
        buildings: new Map(pairs(buildings.data)),
        buildingGrid: new Map(
          (buildings.data as Array<{ _id: string; gridId: string }>).map((b) => [b._id, b.gridId]),
        ),
      }
    },
  }
}

export type FiguresRepository = ReturnType<typeof createFiguresRepository>
