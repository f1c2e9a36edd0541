// Per-person counters in fixed windows (reports an hour): one atomic conditional increment each.
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

export const createQuotaRepository = (db: Database) => {
  const quotas = () => db.collection(COLLECTIONS.quotas)
  const _ = db.command
  return {
    /**
     * Takes one unit of `key`'s allowance of `limit`; false when it is used up. Most takes find the
     * counter already there: one conditional increment, one round trip. Only when none matched is
     * the counter created (a duplicate `_id` is refused atomically); if it turns out to exist (at
     * the limit, or created by a concurrent take) the increment is tried once more. Concurrent
     * takes never pass the limit: every increment is conditional on `count < limit`.
     */
    take: async (key: string, limit: number, expiresAt: Date): Promise<boolean> => {
      const increment = async () => {
        const res = await quotas()
          .where({ _id: key, count: _.lt(limit) })
          .update({ count: _.inc(1) })
        return (res as { updated?: number }).updated === 1
      }
      if (await increment()) return true
      try {
        await quotas().add({ _id: key, count: 1, expiresAt })
        return true
      } catch {
        return increment()
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
