// Per-person counters in fixed windows (changes a minute, reports an hour): one atomic take each.
import { randomUUID } from 'node:crypto'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

export const createQuotaRepository = (db: Database) => {
  const quotas = () => db.collection(COLLECTIONS.quotas)
  const _ = db.command
  return {
    /**
     * Takes one unit of `key`'s allowance of `limit`; false when it is used up. The conditional
     * increment and the counter's creation are sent together, one round trip whether or not the
     * window's counter exists yet (a person's first change in a minute is the usual case, a
     * leader's fifth in a row the other). Exactly one of them can count this take: the counter is
     * created with this take's token, and the increment skips a counter whose last token is its
     * own. If neither landed (a concurrent take created the counter meanwhile, or it is at the
     * limit) the increment is tried once more. Concurrent takes never pass the limit: every
     * increment is conditional on `count < limit`.
     */
    take: async (key: string, limit: number, expiresAt: Date): Promise<boolean> => {
      if (limit < 1) return false
      const token = randomUUID()
      const increment = async () => {
        const res = await quotas()
          .where({ _id: key, count: _.lt(limit), last: _.neq(token) })
          .update({ count: _.inc(1), last: token })
        return (res as { updated?: number }).updated === 1
      }
      const create = async () => {
        try {
          await quotas().add({ _id: key, count: 1, last: token, expiresAt })
          return true
        } catch {
          return false
        }
      }
      const [incremented, created] = await Promise.all([increment(), create()])
      return incremented || created || increment()
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
