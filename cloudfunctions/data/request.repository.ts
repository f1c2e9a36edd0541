// Stores and queries requests: idempotent insert, versioned conditional writes, boards. No rules here.
import { createHash } from 'node:crypto'
import {
  requestDocSchema,
  requestListDocSchema,
  type NewRequestDoc,
  type Page,
  type RequestCategoryId,
  type RequestDoc,
  type RequestListDoc,
  type RequestStatus,
  type TimelineEvent,
} from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { pageOf } from './paging'
import { readAheadOf } from './store-helpers'

const parse = (raw: unknown): RequestDoc => requestDocSchema.parse(raw)

/** Lists ask for these fields only (see requestListDocSchema). */
const LIST_FIELDS: Record<string, true> = Object.fromEntries(
  Object.keys(requestListDocSchema.shape).map((key) => [key, true]),
)

/**
 * For lists: one malformed stored document must not turn a whole board into INTERNAL. It is
 * left out and logged by id for the operator; a single `get` of it still fails loudly.
 */
const parseListed = (raws: readonly unknown[]): RequestListDoc[] =>
  raws.flatMap((raw) => {
    const parsed = requestListDocSchema.safeParse(raw)
    if (parsed.success) return [parsed.data]
    const id = (raw as { _id?: unknown } | null)?._id
    console.error(
      `[linli] request ${String(id)} does not match the schema: left out`,
      parsed.error.issues[0],
    )
    return []
  })

/** One reporter's clientRequestId always maps to one id, so a retried report finds the first. */
export const requestIdFor = (reporterOpenid: string, clientRequestId: string): string =>
  createHash('sha256')
    .update(`${reporterOpenid}\u0000${clientRequestId}`)
    .digest('hex')
    .slice(0, 32)

export interface GridPageQuery {
  communityId: string
  gridIds: readonly string[] | null
  statuses: readonly RequestStatus[] | null
  includeSensitive: boolean
}

/** Active requests for a board: in these grids, or for these team kinds, or by these handlers. */
export interface ActiveQuery {
  communityId: string
  /** null: every grid of the community (staff). */
  gridIds: readonly string[] | null
  teamKinds?: readonly string[]
  handlerKeys?: readonly string[]
  statuses: readonly RequestStatus[]
  category?: RequestCategoryId | undefined
  includeSensitive: boolean
}

/** The most active requests a board reads at once; a grid has a few hundred active at most. */
export const BOARD_READ_LIMIT = 1000

/** The facts a write is conditional on (see the lifecycle's WriteCondition). */
export interface ChangeCondition {
  statusIn: readonly RequestStatus[]
  handlerKey?: string | null
  notFollower?: string
  escalationLevel?: number
  resolvedAt?: Date | null
  followUpPending?: true
  hotlineAwaitingReport?: true
}

export interface Change {
  set: Partial<RequestDoc>
  addFollower?: string | undefined
  events: readonly TimelineEvent[]
  /** The caller's idempotency key: the write lands only if it was not applied before. */
  appliedKey?: string | undefined
  /** The hash of a text of this change held for staff (it joins `heldTexts`). */
  heldText?: string | undefined
}

/** How many idempotency keys a request remembers: far more than one person retries at once. */
export const APPLIED_KEYS_KEPT = 50

type Page_ = { limit: number; cursor?: string | undefined }

/**
 * A field stored before the request loop is absent, not 0 or null: `0` and `null` conditions also
 * match it (MongoDB's `eq(null)` does; `eq(0)` needs the `exists(false)` branch).
 */
const conditionFilter = (
  _: Database['command'],
  id: string,
  c: ChangeCondition,
  appliedKey: string | undefined,
): Record<string, unknown> => {
  const filter: Record<string, unknown> = { _id: id, status: _.in([...c.statusIn]) }
  if (c.handlerKey !== undefined) filter.handlerKey = _.eq(c.handlerKey)
  if (c.notFollower !== undefined) filter.followers = _.neq(c.notFollower)
  if (c.escalationLevel !== undefined) {
    filter.escalationLevel =
      c.escalationLevel === 0 ? _.or(_.eq(0), _.exists(false)) : c.escalationLevel
  }
  if (c.resolvedAt !== undefined) filter.resolvedAt = _.eq(c.resolvedAt)
  if (c.followUpPending) filter['followUp.status'] = 'pending'
  if (c.hotlineAwaitingReport) {
    filter['hotline.orderNo'] = _.exists(true)
    filter['hotline.reportedBackAt'] = _.eq(null)
  }
  if (appliedKey !== undefined) filter.appliedKeys = _.neq(appliedKey)
  return filter
}

export const createRequestRepository = (db: Database) => {
  const collection = () => db.collection(COLLECTIONS.requests)
  const _ = db.command

  const read = async (id: string): Promise<RequestDoc | null> => {
    const res = await collection().doc(id).get()
    const raw = (res.data as unknown[])[0]
    return raw === undefined ? null : parse(raw)
  }

  const ahead = readAheadOf(read)
  const getById = ahead.read

  const readPage = async (
    filter: Record<string, unknown>,
    limit: number,
  ): Promise<RequestListDoc[]> => {
    const res = await collection().where(filter).field(LIST_FIELDS).limit(limit).get()
    return parseListed(res.data as unknown[])
  }
  const readAll = (filter: Record<string, unknown>) => readPage(filter, BOARD_READ_LIMIT)

  return {
    getById,

    /** Starts reading a request the call is about to need, while its caller is looked up. */
    readAhead: ahead.start,

    /** Inserts unless the id exists; a duplicate `_id` is refused by the database atomically. */
    insertIfAbsent: async (
      input: NewRequestDoc,
    ): Promise<{ doc: RequestDoc; created: boolean }> => {
      const doc = requestDocSchema.parse(input)
      try {
        await collection().add(doc)
        return { doc, created: true }
      } catch (error) {
        const existing = await read(doc._id)
        if (existing) return { doc: existing, created: false }
        throw error
      }
    },

    /**
     * One conditional write, on exactly the facts the decision rested on: of two racing claims one
     * matches; two progress notes both land. Whole values are replaced with `_.set` (a field that
     * was null takes an object); followers, timeline and keys grow by array operators, so no
     * concurrent write is lost. Answers the request as written, or null if the condition failed.
     */
    applyChange: async (
      id: string,
      condition: ChangeCondition,
      change: Change,
    ): Promise<RequestDoc | null> => {
      const update: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(change.set)) update[key] = _.set(value)
      update.timeline = _.push([...change.events])
      if (change.addFollower) update.followers = _.addToSet(change.addFollower)
      if (change.heldText) update.heldTexts = _.addToSet(change.heldText)
      if (change.appliedKey) {
        update.appliedKeys = _.push({ each: [change.appliedKey], slice: -APPLIED_KEYS_KEPT })
      }
      update.version = _.inc(1)
      const res = (await collection()
        .where(conditionFilter(_, id, condition, change.appliedKey))
        .updateAndReturn(update)) as { updated?: number; doc?: unknown }
      return res.updated === 1 && res.doc ? parse(res.doc) : null
    },

    /**
     * Staff decided on a held text: it leaves `heldTexts`, and a refused one joins `rejectedTexts`.
     * No version bump: nothing the lifecycle decides on changes.
     */
    releaseText: async (id: string, hash: string, approved: boolean): Promise<void> => {
      await collection()
        .doc(id)
        .update({
          heldTexts: _.pull(hash),
          ...(approved ? {} : { rejectedTexts: _.addToSet(hash) }),
        })
    },

    /**
     * Takes a photo WeChat found risky out of the request and every timeline entry. The timeline
     * is rewritten whole, so only while the version is the one read (a transition meanwhile
     * pushes an entry): then it reads again.
     */
    removePhoto: async (id: string, fileId: string): Promise<void> => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const doc = await getById(id)
        if (!doc) return
        const res = (await collection()
          .where({ _id: id, version: doc.version })
          .update({
            photos: _.set(doc.photos.filter((p) => p !== fileId)),
            timeline: _.set(
              doc.timeline.map((e) =>
                e.photos ? { ...e, photos: e.photos.filter((p) => p !== fileId) } : e,
              ),
            ),
          })) as { updated?: number }
        if (res.updated === 1) return
      }
      throw new Error(`request ${id} kept changing while a risky photo was taken out`)
    },

    /** Adds a follower without a version check: a set-union is safe under any interleaving. */
    addFollower: async (id: string, openid: string): Promise<void> => {
      await collection()
        .doc(id)
        .update({ followers: _.addToSet(openid) })
    },

    pageByReporter: (openid: string, page: Page_) =>
      pageOf(db, COLLECTIONS.requests, { reporterOpenid: openid }, page, parseListed, LIST_FIELDS),

    pageForGrid: (query: GridPageQuery, page: Page_): Promise<Page<RequestListDoc>> => {
      const filter: Record<string, unknown> = { communityId: query.communityId }
      if (query.gridIds) filter.gridId = _.in([...query.gridIds])
      if (query.statuses) filter.status = _.in([...query.statuses])
      if (!query.includeSensitive) filter.sensitive = false
      return pageOf(db, COLLECTIONS.requests, filter, page, parseListed, LIST_FIELDS)
    },

    pageByHandlerKeys: (
      communityId: string,
      keys: readonly string[],
      statuses: readonly RequestStatus[],
      page: Page_,
    ): Promise<Page<RequestListDoc>> =>
      pageOf(
        db,
        COLLECTIONS.requests,
        { communityId, handlerKey: _.in([...keys]), status: _.in([...statuses]) },
        page,
        parseListed,
        LIST_FIELDS,
      ),

    /** A board's candidates in one read; the use case orders them (overdue and urgent first). */
    listActive: (query: ActiveQuery): Promise<RequestListDoc[]> => {
      const filter: Record<string, unknown> = {
        communityId: query.communityId,
        status: _.in([...query.statuses]),
      }
      if (query.category) filter.category = query.category
      if (!query.includeSensitive) filter.sensitive = false
      const scopes: Record<string, unknown>[] = []
      // An empty list is no scope at all (`$in: []` matches nothing and no index could seek on it).
      if (query.gridIds?.length) scopes.push({ gridId: _.in([...query.gridIds]) })
      if (query.teamKinds?.length) scopes.push({ suggestedTeamKinds: _.in([...query.teamKinds]) })
      if (query.handlerKeys?.length) scopes.push({ handlerKey: _.in([...query.handlerKeys]) })
      if (query.gridIds === null) return readAll(filter)
      if (scopes.length === 0) return Promise.resolve([])
      const [only] = scopes
      return readAll(
        scopes.length === 1 && only
          ? { ...filter, ...only }
          : (_.and([filter, _.or(scopes)]) as unknown as Record<string, unknown>),
      )
    },

    /** 同一个问题？: one building and category since a moment, in the given statuses. */
    listSimilar: (
      communityId: string,
      buildingId: string,
      category: RequestCategoryId,
      since: Date,
      statuses: readonly RequestStatus[],
    ): Promise<RequestListDoc[]> =>
      readAll({
        communityId,
        buildingId,
        category,
        createdAt: _.gte(since),
        status: _.in([...statuses]),
        sensitive: false,
      }),

    /**
     * The timer's work in one community, a page at a time: active requests at one of these
     * escalation levels due before a moment. `null` also matches requests stored before escalation
     * existed (no field yet). Every request it answers is due an escalation, so a page escalated
     * leaves the query and the next page is the rest.
     */
    listOverdue: (
      communityId: string,
      statuses: readonly RequestStatus[],
      levels: readonly (0 | 1 | null)[],
      dueBefore: Date,
      limit: number,
    ): Promise<RequestListDoc[]> =>
      readPage(
        {
          communityId,
          status: _.in([...statuses]),
          escalationLevel: _.in([...levels]),
          dueAt: _.lt(dueBefore),
        },
        limit,
      ),

    /** Resolved requests of one community the reporter has not confirmed since a moment: a page. */
    listResolvedBefore: (
      communityId: string,
      before: Date,
      limit: number,
    ): Promise<RequestListDoc[]> =>
      readPage({ communityId, status: 'resolved', resolvedAt: _.lte(before) }, limit),
  }
}

export type RequestRepository = ReturnType<typeof createRequestRepository>
