// 议事会 meetings and the hot spots that lead to them (issue 11 §3): inserts once, pages by the
// community / an affected grid / a follower, the versioned decision update, and the hot-spot
// pipelines (the database groups the window's requests; one small row per hot spot comes back).
import { meetingDocSchema, type DecisionDoc, type MeetingDoc, type Page } from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { pageOf } from './paging'
import { insertOnce, readAheadOf, readOne, updateWhere } from './store-helpers'

type PageInput = { limit: number; cursor?: string | undefined }

/** What a meeting needs of a linked request: its grid and its reporter (who then follows). */
export interface LinkedRequest {
  _id: string
  communityId: string
  gridId: string
  reporterOpenid: string
}

export interface HotSpotRow {
  id: string
  category: string
  count: number
  requestIds: string[]
  latestAt: Date
}

/** Far above the hot spots a community has; explicit, since aggregate() answers 20 without. */
const MAX_SPOTS = 200
/** The requests a hot spot carries (what a meeting may link). */
const MAX_IDS = 50

export const createMeetingRepository = (db: Database) => {
  const _ = db.command
  const $ = db.command.aggregate
  const meeting = readAheadOf((id: string) =>
    readOne(db, COLLECTIONS.meetings, id, meetingDocSchema),
  )

  const spots = async (
    communityId: string,
    since: Date,
    key: '$buildingId' | '$gridId',
    min: number,
  ): Promise<HotSpotRow[]> => {
    const res = await db
      .collection(COLLECTIONS.requests)
      .aggregate()
      .match({ communityId, createdAt: _.gte(since) })
      .sort({ createdAt: -1 })
      .group({
        _id: { id: key, category: '$category' },
        count: $.sum(1),
        requestIds: $.push('$_id'),
        latestAt: $.max('$createdAt'),
      })
      .match({ count: _.gte(min) })
      .project({
        count: 1,
        latestAt: 1,
        requestIds: $.slice(['$requestIds', MAX_IDS]),
      })
      .sort({ count: -1 })
      .limit(MAX_SPOTS)
      .end()
    const rows = res.data as Array<{
      _id: { id: string; category: string }
      count: number
      requestIds: string[]
      latestAt: Date | string
    }>
    return rows.map((r) => ({
      id: r._id.id,
      category: r._id.category,
      count: r.count,
      requestIds: r.requestIds,
      latestAt: new Date(r.latestAt),
    }))
  }

  return {
    insert: (doc: MeetingDoc) => insertOnce(db, COLLECTIONS.meetings, doc, meetingDocSchema),
    get: meeting.read,
    readAhead: meeting.start,

    /** Newest first: the community's, an affected grid's, or those one reporter follows. */
    page: (
      q: { communityId: string; gridIds?: readonly string[]; follower?: string },
      page: PageInput,
    ): Promise<Page<MeetingDoc>> => {
      const filter: Record<string, unknown> = { communityId: q.communityId }
      if (q.follower !== undefined) filter.followers = q.follower
      else if (q.gridIds) filter.gridIds = _.in([...q.gridIds])
      return pageOf(db, COLLECTIONS.meetings, filter, page, (raws) =>
        raws.map((raw) => meetingDocSchema.parse(raw)),
      )
    },

    /** The decisions as changed, only while nobody changed the meeting since it was read. */
    putDecisions: (m: MeetingDoc, decisions: DecisionDoc[]): Promise<MeetingDoc | null> =>
      updateWhere(
        db,
        COLLECTIONS.meetings,
        m._id,
        { communityId: m.communityId, version: m.version },
        { decisions: _.set(decisions), version: _.inc(1) },
        meetingDocSchema,
      ),

    /** The linked requests, of the community only (by id: the primary index). */
    linkedRequests: async (
      communityId: string,
      ids: readonly string[],
    ): Promise<LinkedRequest[]> => {
      if (ids.length === 0) return []
      const res = await db
        .collection(COLLECTIONS.requests)
        .where({ _id: _.in([...ids]), communityId })
        .field({ _id: true, communityId: true, gridId: true, reporterOpenid: true })
        .limit(ids.length)
        .get()
      return res.data as LinkedRequest[]
    },

    /** Grids of the community among those named (by id). */
    gridsOf: async (communityId: string, ids: readonly string[]): Promise<string[]> => {
      if (ids.length === 0) return []
      const res = await db
        .collection(COLLECTIONS.grids)
        .where({ _id: _.in([...ids]), communityId })
        .field({ _id: true })
        .limit(ids.length)
        .get()
      return (res.data as Array<{ _id: string }>).map((g) => g._id)
    },

    /** Buildings and grids with at least `min` reports of one category since `since`. */
    hotSpots: (communityId: string, since: Date, min: number) =>
      Promise.all([
        spots(communityId, since, '$buildingId', min),
        spots(communityId, since, '$gridId', min),
      ]),
  }
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>
