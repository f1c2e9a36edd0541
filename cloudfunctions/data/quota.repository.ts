// Per-person counters in fixed windows (reports an hour): one atomic conditional increment each.
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

export const createQuotaRepository = (db: Database) => {
  const quotas = () => db.collection(COLLECTIONS.quotas)
  const _ = db.command
  return {
    /**
     * Takes one unit of `key`'s allowance of `limit`; false when it is used up. The first take
     * creates the counter (a duplicate `_id` is refused atomically); later ones increment it only
     * while it is under the limit, so concurrent takes never pass the limit.
     */
    take: async (key: string, limit: number, expiresAt: Date): Promise<boolean> => {
      try {
        await quotas().add({ _id: key, count: 1, expiresAt })
        return true
      } catch {
        const res = await quotas()
          .where({ _id: key, count: _.lt(limit) })
          .update({ count: _.inc(1) })
        return (res as { updated?: number }).updated === 1
      }
    },

    /** Returns one unit taken for nothing (never below zero). */
    giveBack: async (key: string): Promise<void> => {
      await quotas()
        .where({ _id: key, count: _.gt(0) })
        .update({ count: _.inc(-1) })
    },
  }
}

export type QuotaRepository = ReturnType<typeof createQuotaRepository>
