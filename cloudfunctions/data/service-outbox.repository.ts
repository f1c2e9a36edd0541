// The service-record consumer's view of the request-event outbox: its own progress mark only
// (`processed.serviceRecords`), never the shared `processedAt` another consumer may use.
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import type { RequestEventDoc } from './request-event.repository'

const EFFECT = 'writeServiceRecord'
const MARK = 'processed.serviceRecords'

export const createServiceOutbox = (db: Database) => {
  const events = () => db.collection(COLLECTIONS.requestEvents)
  const _ = db.command
  return {
    /** Events asking for a service record that this consumer has not marked yet, oldest first. */
    pending: async (limit: number): Promise<RequestEventDoc[]> => {
      const res = await events()
        .where({ effects: EFFECT, [MARK]: _.exists(false) })
        .orderBy('createdAt', 'asc')
        .limit(limit)
        .get()
      return res.data as RequestEventDoc[]
    },
    markDone: async (id: string, at: Date): Promise<void> => {
      await events()
        .doc(id)
        .update({ [MARK]: at })
    },
  }
}

export type ServiceOutbox = ReturnType<typeof createServiceOutbox>
