// Records who ran into a per-person limit, one document per (limit, person, window), for staff.
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

export type LimitName = 'writesPerMinute' | 'reportsPerHour'

export interface LimitHitDoc {
  _id: string
  communityId: string
  openid: string
  limit: LimitName
  at: Date
  count: number
}

export const createLimitHitRepository = (db: Database) => {
  const hits = () => db.collection(COLLECTIONS.limitHits)
  const _ = db.command
  return {
    /** Counts refused calls in one window; the first refusal creates the entry. */
    record: async (hit: Omit<LimitHitDoc, '_id' | 'count'> & { window: number }): Promise<void> => {
      const _id = `${hit.limit}:${hit.openid}:${hit.window}`
      const bump = () =>
        hits()
          .doc(_id)
          .update({ count: _.inc(1), at: hit.at })
      const res = (await bump()) as { updated?: number }
      if (res.updated === 1) return
      const { window: _window, ...fields } = hit
      try {
        await hits().add({ _id, ...fields, count: 1 })
      } catch {
        // Another refusal of the same window created it a moment ago.
        await bump()
      }
    },

    latest: async (communityId: string, limit: number): Promise<LimitHitDoc[]> => {
      const res = await hits().where({ communityId }).orderBy('at', 'desc').limit(limit).get()
      return res.data as LimitHitDoc[]
    },
  }
}

export type LimitHitRepository = ReturnType<typeof createLimitHitRepository>
