// The outbox of request events: what each transition asked for (notify, service record), written
// once per (request, version) for the delivery and service-record work that consumes it.
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

export interface RequestEventDoc {
  _id: string
  communityId: string
  requestId: string
  /** The request's version this transition produced: with the id, the idempotency key. */
  version: number
  action: string
  effects: string[]
  actorId: string | null
  createdAt: Date
  processedAt: Date | null
  /** Each consumer marks its own progress (`processed.notify`, …), never the shared processedAt. */
  processed?: Record<string, Date>
}

/** The consumers of the outbox, each with its own mark. */
export type RequestEventConsumer = 'notify'

export const createRequestEventRepository = (db: Database) => ({
  /** Oldest first, the events this consumer has not handled yet. */
  listPending: async (
    consumer: RequestEventConsumer,
    limit: number,
  ): Promise<RequestEventDoc[]> => {
    const res = await db
      .collection(COLLECTIONS.requestEvents)
      .where({ [`processed.${consumer}`]: null })
      .orderBy('createdAt', 'asc')
      .limit(limit)
      .get()
    return res.data as RequestEventDoc[]
  },

  markProcessed: async (consumer: RequestEventConsumer, id: string, at: Date): Promise<void> => {
    await db
      .collection(COLLECTIONS.requestEvents)
      .doc(id)
      .update({ [`processed.${consumer}`]: at })
  },

  /** At least once, never twice: a retry of the same (request, version) finds its own entry. */
  record: async (event: Omit<RequestEventDoc, '_id' | 'processedAt'>): Promise<void> => {
    const _id = `${event.requestId}:${event.version}`
    try {
      await db.collection(COLLECTIONS.requestEvents).add({ _id, ...event, processedAt: null })
    } catch (error) {
      const existing = await db.collection(COLLECTIONS.requestEvents).doc(_id).get()
      if ((existing.data as unknown[]).length === 0) throw error
    }
  },
})

export type RequestEventRepository = ReturnType<typeof createRequestEventRepository>
