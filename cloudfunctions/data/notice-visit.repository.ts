// Door-knock visits: one per (notice, household), ticked off by the building's leader with a note.
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

export interface NoticeVisitDoc {
  _id: string
  communityId: string
  noticeId: string
  householdId: string
  visitedBy: string
  note: string | null
  at: Date
}

export const createNoticeVisitRepository = (db: Database) => {
  const visits = () => db.collection(COLLECTIONS.noticeVisits)
  return {
    /** A second tick (another note) replaces the first: the latest visit is what counts. */
    mark: async (visit: Omit<NoticeVisitDoc, '_id'>): Promise<void> => {
      await visits()
        .doc(`${visit.noticeId}:${visit.householdId}`)
        .set({ ...visit })
    },
    listForNotice: async (noticeId: string): Promise<NoticeVisitDoc[]> => {
      const res = await visits().where({ noticeId }).limit(1000).get()
      return res.data as NoticeVisitDoc[]
    },
  }
}

export type NoticeVisitRepository = ReturnType<typeof createNoticeVisitRepository>
