// Stores notices: idempotent create, conditional status changes, the sender's and staff's lists.
import { createHash } from 'node:crypto'
import { noticeDocSchema, type NoticeDoc, type NoticeStatus, type Page } from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { pageOf } from './paging'
import { readAheadOf } from './store-helpers'

const parseListed = (raws: readonly unknown[]): NoticeDoc[] =>
  raws.flatMap((raw) => {
    const parsed = noticeDocSchema.safeParse(raw)
    if (parsed.success) return [parsed.data]
    console.error(`[linli] notice ${String((raw as { _id?: unknown })._id)} is malformed: left out`)
    return []
  })

/** One author's clientRequestId always maps to one notice, so a retried send finds the first. */
export const noticeIdFor = (authorId: string, clientRequestId: string): string =>
  createHash('sha256').update(`${authorId}\u0000${clientRequestId}`).digest('hex').slice(0, 32)

export const createNoticeRepository = (db: Database) => {
  const notices = () => db.collection(COLLECTIONS.notices)
  const _ = db.command
  const byId = readAheadOf(async (id: string): Promise<NoticeDoc | null> => {
    const raw = ((await notices().doc(id).get()).data as unknown[])[0]
    return raw === undefined ? null : noticeDocSchema.parse(raw)
  })
  return {
    getById: byId.read,
    /** Starts reading the notice a call names, while its caller is looked up. */
    readAhead: byId.start,

    /** Several notices by id, in one read (the delivery timer's batch names a few). */
    getByIds: async (ids: readonly string[]): Promise<NoticeDoc[]> => {
      if (ids.length === 0) return []
      const res = await notices()
        .where({ _id: _.in([...new Set(ids)]) })
        .limit(1000)
        .get()
      return parseListed(res.data as unknown[])
    },

    /** False when a notice with this id exists already (a retried send). */
    create: async (doc: NoticeDoc): Promise<boolean> => {
      try {
        await notices().add(doc)
        return true
      } catch (error) {
        const existing = ((await notices().doc(doc._id).get()).data as unknown[])[0]
        if (existing === undefined) throw error
        return false
      }
    },

    /** Changes a notice only while it is in one of `from`: two reviewers never both decide. */
    updateIf: async (
      id: string,
      from: readonly NoticeStatus[],
      set: Partial<Omit<NoticeDoc, '_id'>>,
    ): Promise<boolean> => {
      const res = (await notices()
        .where({ _id: id, status: _.in([...from]) })
        .update(set)) as { updated?: number }
      return res.updated === 1
    },

    /** Takes an image WeChat found risky out of the notice, whatever its status. */
    removeImage: async (id: string, fileId: string): Promise<void> => {
      await notices()
        .doc(id)
        .update({ images: _.pull(fileId) })
    },

    listByAuthor: (authorId: string, page: { limit: number; cursor?: string | undefined }) =>
      pageOf(db, COLLECTIONS.notices, { authorId }, page, parseListed) as Promise<Page<NoticeDoc>>,

    listHeld: (communityId: string, page: { limit: number; cursor?: string | undefined }) =>
      pageOf(
        db,
        COLLECTIONS.notices,
        { communityId, status: 'held' },
        page,
        parseListed,
      ) as Promise<Page<NoticeDoc>>,

    /** Scheduled notices whose time has come (the timer sends them). */
    listDue: async (now: Date, limit: number): Promise<NoticeDoc[]> => {
      const res = await notices()
        .where({ status: 'scheduled', scheduledAt: _.lte(now) })
        .orderBy('scheduledAt', 'asc')
        .limit(limit)
        .get()
      return parseListed(res.data as unknown[])
    },
  }
}

export type NoticeRepository = ReturnType<typeof createNoticeRepository>
