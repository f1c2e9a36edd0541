// Each person's one-time subscribe-message quota per template: granted when they accept in the app,
// spent one per message, zeroed when WeChat says none is left (43101). Atomic conditional updates.
import { randomUUID } from 'node:crypto'
import type { TemplateKey } from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

export interface SubscriptionDoc {
  _id: string
  openid: string
  template: TemplateKey
  remaining: number
  updatedAt: Date
  /** The token of the last grant that counted (see grant). */
  last?: string
}

const idOf = (openid: string, template: TemplateKey) => `${template}:${openid}`

export const createSubscriptionRepository = (db: Database) => {
  const subs = () => db.collection(COLLECTIONS.subscriptions)
  const _ = db.command
  return {
    /**
     * Adds one unit. The conditional increment and the document's creation are sent together (one
     * round trip, as the quotas' take): the document is created with this grant's token, and the
     * increment skips a document whose last token is its own, so exactly one of them counts. If
     * neither landed (a concurrent grant created it meanwhile), the increment is tried once more.
     */
    grant: async (openid: string, template: TemplateKey, at: Date): Promise<void> => {
      const _id = idOf(openid, template)
      const token = randomUUID()
      const bump = async () =>
        (
          (await subs()
            .where({ _id, last: _.neq(token) })
            .update({ remaining: _.inc(1), updatedAt: at, last: token })) as { updated?: number }
        ).updated === 1
      const create = async () => {
        try {
          await subs().add({ _id, openid, template, remaining: 1, updatedAt: at, last: token })
          return true
        } catch {
          return false
        }
      }
      const [bumped, created] = await Promise.all([bump(), create()])
      if (!bumped && !created) await bump()
    },

    /** Takes one unit; false when there is none. Never below zero, whatever runs at once. */
    spend: async (openid: string, template: TemplateKey): Promise<boolean> => {
      const res = (await subs()
        .where({ _id: idOf(openid, template), remaining: _.gt(0) })
        .update({ remaining: _.inc(-1) })) as { updated?: number }
      return res.updated === 1
    },

    refund: async (openid: string, template: TemplateKey): Promise<void> => {
      await subs()
        .doc(idOf(openid, template))
        .update({ remaining: _.inc(1) })
    },

    zero: async (openid: string, template: TemplateKey, at: Date): Promise<void> => {
      await subs().doc(idOf(openid, template)).update({ remaining: 0, updatedAt: at })
    },

    remaining: async (openid: string, template: TemplateKey): Promise<number> => {
      const raw = ((await subs().doc(idOf(openid, template)).get()).data as SubscriptionDoc[])[0]
      return raw?.remaining ?? 0
    },

    /** What is left of each template, in one read. */
    remainingOf: async (
      openid: string,
      templates: readonly TemplateKey[],
    ): Promise<Record<TemplateKey, number>> => {
      const res = await subs()
        .where({ _id: _.in(templates.map((t) => idOf(openid, t))) })
        .limit(templates.length)
        .get()
      const docs = res.data as SubscriptionDoc[]
      return Object.fromEntries(
        templates.map((t) => [t, docs.find((d) => d.template === t)?.remaining ?? 0]),
      ) as Record<TemplateKey, number>
    },
  }
}

export type SubscriptionRepository = ReturnType<typeof createSubscriptionRepository>
