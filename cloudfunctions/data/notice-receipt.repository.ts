// The inbox: one receipt per (notice, person) with its read time; unread counts; read receipts.
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

export interface NoticeReceiptDoc {
  /** `${noticeId}:${personId}`: writing the same recipient twice finds the first. */
  _id: string
  communityId: string
  noticeId: string
  personId: string
  householdId: string | null
  buildingId: string | null
  urgent: boolean
  publishedAt: Date
  /** Urgent first, then newest: `1|2026-11-26T02:00:00.000Z|<noticeId>` sorts descending. */
  sortKey: string
  readAt: Date | null
  readVia: string | null
}

const PAGE = 1000

export const receiptIdOf = (noticeId: string, personId: string): string => `${noticeId}:${personId}`

export const sortKeyOf = (urgent: boolean, publishedAt: Date, noticeId: string): string =>
  `${urgent ? 1 : 0}|${publishedAt.toISOString()}|${noticeId}`

export const createNoticeReceiptRepository = (db: Database) => {
  const receipts = () => db.collection(COLLECTIONS.noticeReceipts)
  const _ = db.command
  const addEach = async (docs: readonly NoticeReceiptDoc[]): Promise<void> => {
    for (let i = 0; i < docs.length; i += 20) {
      await Promise.all(
        docs.slice(i, i + 20).map(async (doc) => {
          try {
            await receipts().add(doc)
          } catch (error) {
            const found = ((await receipts().doc(doc._id).get()).data as unknown[]).length
            if (found === 0) throw error
          }
        }),
      )
    }
  }
  return {
    /** Idempotent: a receipt already there (a retried publish) is left as it is. */
    addAll: async (docs: readonly NoticeReceiptDoc[]): Promise<void> => {
      // One insert per 1000, sent together: a publish's receipts land in one round trip. A batch
      // holding one receipt already there (a retried publish) is refused whole; it is written
      // again one by one, each leaving the receipt it finds.
      const batches: NoticeReceiptDoc[][] = []
      for (let i = 0; i < docs.length; i += PAGE) batches.push(docs.slice(i, i + PAGE))
      await Promise.all(
        batches.map(async (batch) => {
          try {
            await receipts().add(batch)
          } catch {
            await addEach(batch)
          }
        }),
      )
    },

    get: async (noticeId: string, personId: string): Promise<NoticeReceiptDoc | null> =>
      (((await receipts().doc(receiptIdOf(noticeId, personId)).get()).data as unknown[])[0] as
        NoticeReceiptDoc | undefined) ?? null,

    /** One page of a person's inbox, after the cursor (a sort key). */
    page: async (
      personId: string,
      limit: number,
      after: string | undefined,
    ): Promise<NoticeReceiptDoc[]> => {
      const filter = after === undefined ? { personId } : { personId, sortKey: _.lt(after) }
      const res = await receipts().where(filter).orderBy('sortKey', 'desc').limit(limit).get()
      return res.data as NoticeReceiptDoc[]
    },

    countUnread: async (personId: string): Promise<number> =>
      (await receipts().where({ personId, readAt: null }).count()).total,

    /** The first opening counts; later ones change nothing. */
    markRead: async (noticeId: string, personId: string, at: Date, via: string): Promise<void> => {
      await receipts()
        .where({ _id: receiptIdOf(noticeId, personId), readAt: null })
        .update({ readAt: at, readVia: via })
    },

    /** Every receipt of a notice (a grid has a few thousand people: pages of 1000). */
    listForNotice: async (noticeId: string): Promise<NoticeReceiptDoc[]> => {
      const out: NoticeReceiptDoc[] = []
      let after = ''
      for (;;) {
        const res = await receipts()
          .where({ noticeId, _id: _.gt(after) })
          .orderBy('_id', 'asc')
          .limit(PAGE)
          .get()
        const rows = res.data as NoticeReceiptDoc[]
        out.push(...rows)
        const last = rows[rows.length - 1]
        if (rows.length < PAGE || !last) return out
        after = last._id
      }
    },
  }
}

export type NoticeReceiptRepository = ReturnType<typeof createNoticeReceiptRepository>
